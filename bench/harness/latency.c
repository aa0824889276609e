/*
 * latency.c: --latency=N, the distribution of single calls.
 *
 * The timing back ends give a mean per call over millions of calls, which
 * hides the calls an interrupt, a VM exit or a page fault lands on. Here
 * every call is bracketed by two reads of the cheapest serialised counter:
 *   x86     lfence; rdtsc; lfence ... rdtscp; lfence   (the lfences keep
 *           the call from moving across the reads; rdtscp waits for the
 *           call's instructions to finish)
 *   aarch64 isb; mrs cntvct_el0; isb    (the virtual counter; isb keeps
 *           the read in program order)
 *   others  clock_gettime(CLOCK_MONOTONIC) through libc (ticks are ns)
 * The counter's ticks per ns are measured against CLOCK_MONOTONIC here
 * (never taken from a nominal frequency). The brackets' own cost is
 * measured the same way around an empty function called like the paths
 * (samples of the path "timestamp/empty"); the report subtracts its
 * median. Everything is written as raw ticks, one run-length-encoded
 * sorted list per path, and reports/pipeline/latency.py does the rest.
 *
 * The paths (operation/path as in the timed suite, one call each; the
 * timed benchmarks themselves check their result with a second call, so
 * they cannot be reused one call at a time):
 *   getppid/inline getppid/libc_syscall read_badfd/inline
 *   clock_gettime/inline clock_gettime/vdso clock_gettime/libc_wrapper
 *   getcpu/vdso
 * Samples are taken in rounds (BENCH_LATENCY_ROUNDS), each path's share of
 * a round in a shuffled order, like the interleaved timings.
 *
 *   PROG --latency=N [--filter=REGEX] [--latency_out=FILE]   (default stdout)
 */
#define _GNU_SOURCE
#include "bench.h"
#include "linux_syscall.h"
#ifdef BENCH_HAVE_VDSO
#include "linux_syscall/vdso.h"
#endif

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define BENCH_LATENCY_ROUNDS 10

#if defined(__x86_64__) || defined(__i386__)
#define COUNTER_NAME "rdtsc (lfence; rdtsc; lfence ... rdtscp; lfence)"
static inline uint64_t ts_begin(void)
{
    uint32_t lo, hi;
    __asm__ __volatile__("lfence\n\trdtsc\n\tlfence" : "=a"(lo), "=d"(hi) : : "memory");
    return ((uint64_t)hi << 32) | lo;
}
static inline uint64_t ts_end(void)
{
    uint32_t lo, hi, aux;
    __asm__ __volatile__("rdtscp\n\tlfence" : "=a"(lo), "=d"(hi), "=c"(aux) : : "memory");
    return ((uint64_t)hi << 32) | lo;
}
#elif defined(__aarch64__)
#define COUNTER_NAME "cntvct_el0 (isb; mrs cntvct_el0; isb)"
static inline uint64_t ts_begin(void)
{
    uint64_t v;
    __asm__ __volatile__("isb\n\tmrs %0, cntvct_el0\n\tisb" : "=r"(v) : : "memory");
    return v;
}
#define ts_end ts_begin
#else
#define COUNTER_NAME "clock_gettime(CLOCK_MONOTONIC) (ns)"
static inline uint64_t ts_begin(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}
#define ts_end ts_begin
#endif

static double monotonic_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

typedef int (*single_fn)(void);

static char read_buffer[1];

/* Each returns 0 when its one call gave the expected kind of result. */
__attribute__((noinline)) static int empty(void)
{
    __asm__ __volatile__("" ::: "memory");
    return 0;
}
__attribute__((noinline)) static int getppid_inline(void)
{
    return linux_check(linux_syscall(LINUX_SYS_getppid)) != 0;
}
__attribute__((noinline)) static int getppid_libc_syscall(void)
{
    return syscall(SYS_getppid) < 0;
}
__attribute__((noinline)) static int read_badfd_inline(void)
{
    return linux_check(linux_syscall(LINUX_SYS_read, -1, read_buffer, 1)) != LINUX_EBADF;
}
#ifdef LINUX_SYS_clock_gettime64
#define CLOCK_GETTIME_NR LINUX_SYS_clock_gettime64
#else
#define CLOCK_GETTIME_NR LINUX_SYS_clock_gettime
#endif
__attribute__((noinline)) static int clock_gettime_inline(void)
{
    int64_t ts[2];
    return linux_result_raw(linux_syscall(CLOCK_GETTIME_NR, 1 /* CLOCK_MONOTONIC */, ts)) != 0;
}
__attribute__((noinline)) static int clock_gettime_libc_wrapper(void)
{
    struct timespec t;
    return clock_gettime(CLOCK_MONOTONIC, &t) != 0;
}
#ifdef BENCH_HAVE_VDSO
__attribute__((noinline)) static int clock_gettime_vdso(void)
{
    struct linux_timespec t;
    return linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &t) != 0;
}
__attribute__((noinline)) static int getcpu_vdso(void)
{
    unsigned cpu, node;
    return linux_getcpu(&cpu, &node) != 0;
}
#endif

typedef struct {
    const char *operation, *path;
    single_fn fn;
    uint64_t *ticks;
    size_t n;
    int wrong;
} latency_path;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Ticks per ns against CLOCK_MONOTONIC: five 20 ms windows, the median. */
static double calibrate(double windows[5])
{
    double sorted[5];
    int i, j;
    for (i = 0; i < 5; i++) {
        double m0 = monotonic_ns(), m1;
        uint64_t t0 = ts_begin(), t1;
        do
            m1 = monotonic_ns();
        while (m1 - m0 < 20e6);
        t1 = ts_end();
        windows[i] = (double)(t1 - t0) / (m1 - m0);
        sorted[i] = windows[i];
    }
    for (i = 1; i < 5; i++)
        for (j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
            double t = sorted[j];
            sorted[j] = sorted[j - 1];
            sorted[j - 1] = t;
        }
    return sorted[2];
}

static void write_counts(FILE *f, uint64_t *v, size_t n)
{
    size_t i = 0, first = 1;
    qsort(v, n, sizeof *v, cmp_u64);
    fputc('[', f);
    while (i < n) {
        size_t j = i;
        while (j < n && v[j] == v[i])
            j++;
        fprintf(f, "%s[%llu,%zu]", first ? "" : ",", (unsigned long long)v[i], j - i);
        first = 0;
        i = j;
    }
    fputc(']', f);
}

int bench_latency_main(uint64_t samples, const char *filter, const char *out_path)
{
    latency_path paths[] = {
        {"timestamp", "empty", empty, 0, 0, 0},
        {"getppid", "inline", getppid_inline, 0, 0, 0},
        {"getppid", "libc_syscall", getppid_libc_syscall, 0, 0, 0},
        {"read_badfd", "inline", read_badfd_inline, 0, 0, 0},
        {"clock_gettime", "inline", clock_gettime_inline, 0, 0, 0},
#ifdef BENCH_HAVE_VDSO
        {"clock_gettime", linux_time_vdso_functions() & LINUX_VDSO_FN_CLOCK_GETTIME
                              ? "vdso" : "vdso_fallback_syscall", clock_gettime_vdso, 0, 0, 0},
        {"getcpu", linux_time_vdso_functions() & LINUX_VDSO_FN_GETCPU ? "vdso"
                                                                     : "vdso_fallback_syscall",
         getcpu_vdso, 0, 0, 0},
#endif
        {"clock_gettime", "libc_wrapper", clock_gettime_libc_wrapper, 0, 0, 0},
    };
    size_t n_paths = sizeof paths / sizeof paths[0], k, sel[sizeof paths / sizeof paths[0]];
    size_t n_sel = 0;
    uint32_t seed = 0x9e3779b9u;
    double windows[5], ticks_per_ns;
    regex_t re;
    FILE *out = stdout;
    int r, wrong = 0;
    char name[128];

    if (samples < BENCH_LATENCY_ROUNDS) {
        fprintf(stderr, "--latency=N: N must be at least %d\n", BENCH_LATENCY_ROUNDS);
        return 2;
    }
    if (filter && regcomp(&re, filter, REG_EXTENDED | REG_NOSUB) != 0) {
        fprintf(stderr, "--filter: bad regular expression '%s'\n", filter);
        return 2;
    }
    for (k = 0; k < n_paths; k++) {
        snprintf(name, sizeof name, "%s/%s", paths[k].operation, paths[k].path);
        /* the timestamp's own cost is always measured: it is subtracted */
        if (k == 0 || !filter || regexec(&re, name, 0, NULL, 0) == 0) {
            paths[k].ticks = malloc(sizeof(uint64_t) * samples);
            if (!paths[k].ticks) {
                perror("--latency");
                return 2;
            }
            paths[k].wrong |= paths[k].fn(); /* warm: lazy set-up, caches */
            sel[n_sel++] = k;
        }
    }
    if (n_sel == 1) {
        fprintf(stderr, "--latency: no path matches filter '%s'\n", filter ? filter : "");
        return 2;
    }
    ticks_per_ns = calibrate(windows);
    for (r = 0; r < BENCH_LATENCY_ROUNDS; r++) {
        size_t order[sizeof paths / sizeof paths[0]], j;
        uint64_t share = samples / BENCH_LATENCY_ROUNDS +
                         ((uint64_t)r < samples % BENCH_LATENCY_ROUNDS);
        for (j = 0; j < n_sel; j++)
            order[j] = sel[j];
        for (j = n_sel; j > 1; j--) { /* Fisher-Yates, xorshift32 */
            size_t i, t;
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            i = seed % j;
            t = order[j - 1];
            order[j - 1] = order[i];
            order[i] = t;
        }
        for (j = 0; j < n_sel; j++) {
            latency_path *p = &paths[order[j]];
            single_fn volatile fn = p->fn; /* called like every path: through a pointer */
            uint64_t i;
            for (i = 0; i < share; i++) {
                uint64_t t0 = ts_begin();
                int bad = fn();
                uint64_t t1 = ts_end();
                p->wrong |= bad;
                p->ticks[p->n++] = t1 - t0;
            }
        }
    }
    if (out_path) {
        out = fopen(out_path, "w");
        if (!out) {
            perror(out_path);
            return 2;
        }
    }
    fprintf(out, "{\n \"instrument\": \"bench --latency: one call between two counter reads\",\n"
                 " \"arch\": \"%s\",\n \"libc\": \"%s\",\n \"counter\": \"%s\",\n"
                 " \"ticks_per_ns\": %.9g,\n \"calibration_ticks_per_ns\": [%.9g, %.9g, %.9g, "
                 "%.9g, %.9g],\n \"calibration\": \"5 windows of 20 ms of CLOCK_MONOTONIC, "
                 "median\",\n \"samples_per_path\": %llu,\n \"rounds\": %d,\n"
                 " \"overhead_path\": \"timestamp/empty\",\n \"paths\": [",
            BENCH_ARCH, BENCH_LIBC, COUNTER_NAME, ticks_per_ns, windows[0], windows[1],
            windows[2], windows[3], windows[4], (unsigned long long)samples,
            BENCH_LATENCY_ROUNDS);
    for (k = 0; k < n_sel; k++) {
        latency_path *p = &paths[sel[k]];
        fprintf(out, "%s\n  {\"operation\": \"%s\", \"path\": \"%s\", \"wrong\": %d, "
                     "\"ticks_counts\": ", k ? "," : "", p->operation, p->path, p->wrong);
        write_counts(out, p->ticks, p->n);
        fputc('}', out);
        wrong |= p->wrong;
        fprintf(stderr, "%s %s/%s: %zu samples\n", p->wrong ? "FAIL" : "ok", p->operation,
                p->path, p->n);
        free(p->ticks);
    }
    fprintf(out, "\n ]\n}\n");
    if (out != stdout)
        fclose(out);
    if (filter)
        regfree(&re);
    return wrong ? 1 : 0;
}
