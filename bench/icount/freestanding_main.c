/*
 * freestanding_main.c: the icount program for an architecture without a
 * libc here (loongarch64): the library paths (inline, trampoline) of every
 * bench/ops/<op>.c, built libc-free on the library's start-up (core/src/start), run as
 * `--once=N --mark-instructions` does in the hosted programs (registry.c,
 * same output lines, same marks: bench/harness/icount.h), so
 * bench/icount.py counts it like any other program.
 *
 * The operations come from the build: BENCH_FREESTANDING_OPS is
 * "X(clock_gettime) X(getcpu) ..." made by bench/Makefile from the file
 * names, so adding an operation still is adding one file.
 */
#include "icount.h"
#include "linux_syscall.h"

#include <stddef.h>
#include <stdint.h>

#ifndef BENCH_FREESTANDING_OPS
#error "BENCH_FREESTANDING_OPS must list the operations (bench/Makefile defines it)"
#endif

/* Weak: an operation whose system call the target lacks (riscv32 has no
 * gettimeofday) defines no library paths and is left out below. */
#define X(op)                                                                  \
    int bench_##op##_inline(uint64_t calls, void *arg) __attribute__((__weak__)); \
    int bench_##op##_trampoline(uint64_t calls, void *arg) __attribute__((__weak__));
BENCH_FREESTANDING_OPS
#undef X

static void put(const char *s)
{
    size_t n = 0;
    linux_result r;
    while (s[n])
        n++;
    r = linux_syscall(LINUX_SYS_write, 1, s, n);
    (void)r;
}

static void put_hex(uintptr_t v)
{
    char buf[2 + 2 * sizeof v + 1];
    int i, n = 2 * (int)sizeof v;
    buf[0] = '0';
    buf[1] = 'x';
    for (i = 0; i < n; i++)
        buf[2 + i] = "0123456789abcdef"[(v >> (4 * (n - 1 - i))) & 15];
    buf[2 + n] = '\0';
    put(buf);
}

static int failed;

static void one(const char *op, const char *path, bench_fn fn, uint64_t calls)
{
    int wrong = bench_icount_one(fn, 0, calls);
    put(wrong ? "FAIL " : "ok ");
    put(op);
    put("/");
    put(path);
    put(wrong ? " (wrong result)\n" : "\n");
    failed |= wrong;
}

static int starts_with(const char *s, const char *prefix)
{
    while (*prefix)
        if (*s++ != *prefix++)
            return 0;
    return 1;
}

static int parse_calls(const char *s, uint64_t *out)
{
    uint64_t v = 0;
    if (!*s)
        return -1;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return -1;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    *out = v;
    return 0;
}

int main(int argc, char **argv, char **envp)
{
    uint64_t calls = 0;
    int i, have_calls = 0, marks = 0;
    (void)envp;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (starts_with(a, "--once=")) {
            if (parse_calls(a + 7, &calls) != 0) {
                put("--once=N: N must be a whole number\n");
                return 2;
            }
            have_calls = 1;
        } else if (starts_with(a, "--mark-instructions") && a[19] == '\0') {
            marks = 1; /* --mark-instructions: the only thing this program does */
        } else {
            put("usage: --once=N --mark-instructions (this libc-free program only counts)\n");
            return 2;
        }
    }
    if (!have_calls || !marks) {
        put("usage: --once=N --mark-instructions (this libc-free program only counts)\n");
        return 2;
    }
    put("icount-mark ");
    put_hex(bench_icount_mark_address());
    put("\n");
#define X(op)                                                                  \
    if (bench_##op##_inline)                                                   \
        one(#op, "inline", bench_##op##_inline, calls);                        \
    if (bench_##op##_trampoline)                                               \
        one(#op, "trampoline", bench_##op##_trampoline, calls);
    BENCH_FREESTANDING_OPS
#undef X
    return failed;
}
