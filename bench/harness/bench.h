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
 *   BENCH_OPERATION(getppid)
 *   {
 *       bench_register("getppid", "libc_wrapper", getppid_libc_wrapper, NULL);
 *   }
 *
 * A benchmark is the pair (operation, path); that pair is the only name
 * anything downstream keys on. The libc and architecture are properties of
 * the program (BENCH_LIBC, BENCH_ARCH), never part of a path. The timing
 * back ends name a benchmark "<operation>/<path>" (bench_entry.name).
 * BENCH_OPERATION registers the operation from a constructor, so adding an
 * operation is adding one file to bench/ops/ and nothing else.
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
    const char *operation; /* "getppid" */
    const char *path;      /* "inline", "libc_syscall", "raw_floor", ... */
    const char *name;      /* "<operation>/<path>", made from the two */
    bench_fn fn;
    void *arg;
} bench_entry;

void bench_register(const char *operation, const char *path, bench_fn fn, void *arg);

/* An operation's registration function, called by bench_main() after every
 * constructor has run (so it may use the library, e.g. ask which vDSO
 * functions exist). BENCH_OPERATION(op) { ... } defines one and adds it from
 * a constructor: the program needs no list of operations. */
typedef void (*bench_operation_fn)(void);
void bench_add_operation(bench_operation_fn fn);
#define BENCH_OPERATION(op)                                                    \
    static void bench_operation_##op(void);                                    \
    __attribute__((constructor)) static void bench_operation_add_##op(void)    \
    {                                                                          \
        bench_add_operation(bench_operation_##op);                             \
    }                                                                          \
    static void bench_operation_##op(void)

/* What the program is: --list prints them with every benchmark. */
#if defined(__x86_64__)
#define BENCH_ARCH "x86_64"
#elif defined(__i386__)
#define BENCH_ARCH "x86"
#elif defined(__aarch64__)
#define BENCH_ARCH "aarch64"
#elif defined(__arm__)
#define BENCH_ARCH "arm"
#elif defined(__riscv) && __riscv_xlen == 64
#define BENCH_ARCH "riscv64"
#elif defined(__s390x__)
#define BENCH_ARCH "s390x"
#elif defined(__loongarch__) && __loongarch_grlen == 64
#define BENCH_ARCH "loongarch64"
#elif defined(__mips__) && _MIPS_SIM == _ABIO32
#define BENCH_ARCH "mips"
#elif defined(__mips__) && _MIPS_SIM == _ABI64
#define BENCH_ARCH "mips64"
#else
#define BENCH_ARCH "unknown"
#endif
#if defined(__GLIBC__)
#define BENCH_LIBC "glibc"
#else
#define BENCH_LIBC "musl" /* the only other libc the Makefile builds with */
#endif

/* The registered benchmarks, in registration order. */
const bench_entry *bench_entries(size_t *count);

/* Entry point shared by every benchmark program (see registry.c):
 *   --once=N [--filter=REGEX]      run each benchmark once with N calls and
 *                                  check its result (correctness, perf stat,
 *                                  hyperfine); no timing. REGEX (extended)
 *                                  is searched in "<operation>/<path>"
 *   --once=N --count-instructions  under callgrind: dump N and 2N calls of
 *                                  each benchmark as separate profile parts
 *   --once=N --mark-instructions   under qemu -d exec: print the mark's
 *                                  address, then mark around N and 2N calls
 *                                  of each benchmark (icount.h)
 *   --list                         one line per benchmark, tab-separated:
 *                                  operation, path, arch, libc
 *   --latency=N [--latency_out=F]  per-call latency samples (latency.c)
 *   --seccomp=CONDITION            run under a seccomp filter (seccomp.c);
 *                                  combines with every other mode
 *   anything else                  handed to the timing back end          */
int bench_main(int argc, char **argv);

/* --latency=N [--filter=REGEX] [--latency_out=FILE]: single calls between
 * two counter reads (latency.c). --seccomp=CONDITION: install a seccomp
 * filter before anything runs (seccomp.c; none, allow1, profile,
 * profile_args). Both return a process exit status. */
int bench_latency_main(uint64_t samples, const char *filter, const char *out_path);
int bench_seccomp_install(const char *condition);

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
