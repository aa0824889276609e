/*
 * bench.h: the C face of the benchmark harness.
 *
 * A benchmark is a C function that makes `calls` calls of one operation
 * through one path and checks the last result:
 *
 *   static int getppid_libc_wrapper(uint64_t calls, void *arg)
 *   {
 *       pid_t r = 0;
 *       BENCH_LOOP(calls, r = getppid(); bench_do_not_optimize(r););
 *       return bench_expect(r == getppid());
 *   }
 *   bench_register("getppid/libc_wrapper", getppid_libc_wrapper, NULL);
 *
 * The loop lives in C (not one C call per iteration from C++) so that the
 * timed code is exactly the call and nothing else; every path shares the
 * same loop, so its small cost cancels in ratios. Two back ends time the
 * registered functions: harness/gbench_backend.cc (Google Benchmark) and
 * harness/c_backend.c (plain C, for targets without Google Benchmark:
 * x86 i386, musl, the cross architectures). Both accept the same
 * --benchmark_* flags and write the same JSON.
 */
#ifndef BENCH_HARNESS_BENCH_H
#define BENCH_HARNESS_BENCH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Returns 0 when the last result was the expected one. */
typedef int (*bench_fn)(uint64_t calls, void *arg);

typedef struct bench_entry {
    const char *name; /* "<operation>/<path>", e.g. "getppid/inline" */
    bench_fn fn;
    void *arg;
} bench_entry;

void bench_register(const char *name, bench_fn fn, void *arg);

/* The registered benchmarks, in registration order. */
const bench_entry *bench_entries(size_t *count);

/* Entry point shared by every benchmark program (see registry.c):
 *   --once=N [--filter=NAME]       run each benchmark once with N calls and
 *                                  check its result (correctness, perf stat,
 *                                  hyperfine); no timing. NAME: a benchmark
 *                                  ("getppid/inline") or an operation
 *   --once=N --count-instructions  under callgrind: dump N and 2N calls of
 *                                  each benchmark as separate profile parts
 *   --list                         print the names
 *   anything else                  handed to the timing back end          */
int bench_main(int argc, char **argv);

/* Implemented by the back end linked in. */
int bench_backend_main(int argc, char **argv);
extern const char bench_backend_name[];

/* Google Benchmark's DoNotOptimize and ClobberMemory, with the same
 * semantics, as inline asm so that they cost no call: the value must exist
 * in a register or memory, and memory may have been read or written. */
#define bench_do_not_optimize(value) __asm__ __volatile__("" : : "r,m"(value) : "memory")
#define bench_clobber_memory() __asm__ __volatile__("" : : : "memory")

static inline int bench_expect(int ok) { return ok ? 0 : 1; }

/* Run `...` (a statement list) `calls` times, unrolled by BENCH_UNROLL so
 * that the loop's own instructions are an eighth per call, as in the
 * hand-written raw floor, which traps BENCH_UNROLL times per asm block. */
#define BENCH_UNROLL 8
#define BENCH_LOOP(calls, ...)                                                 \
    do {                                                                       \
        uint64_t bench_i_;                                                     \
        for (bench_i_ = (calls) / BENCH_UNROLL; bench_i_ > 0; bench_i_--) {    \
            {__VA_ARGS__} {__VA_ARGS__} {__VA_ARGS__} {__VA_ARGS__}            \
            {__VA_ARGS__} {__VA_ARGS__} {__VA_ARGS__} {__VA_ARGS__}            \
        }                                                                      \
        for (bench_i_ = (calls) % BENCH_UNROLL; bench_i_ > 0; bench_i_--) {    \
            __VA_ARGS__                                                        \
        }                                                                      \
    } while (0)

#ifdef __cplusplus
}
#endif

#endif
