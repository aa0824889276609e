/*
 * c_backend.c: a plain-C timing back end for targets without Google
 * Benchmark (x86 i386: libbenchmark-dev has no i386 build next to the cross
 * compilers; musl; the cross architectures). It follows Google Benchmark's
 * method closely enough that the two are read by the same aggregator:
 * calibrate the call count until one run lasts --benchmark_min_time
 * seconds, repeat --benchmark_repetitions times with that count, report
 * per-call real and CPU time of each repetition plus mean, median, stddev
 * (sample) and cv, in Google Benchmark's JSON layout.
 *
 * With --benchmark_enable_random_interleaving=true (as Google Benchmark's
 * flag) every benchmark is calibrated first, then the repetitions run in
 * rounds: each round runs one repetition of every benchmark, in a fresh
 * random order, so machine drift falls on all paths alike.
 *
 * Flags: --benchmark_filter=REGEX --benchmark_min_time=SECONDS
 *        --benchmark_repetitions=N --benchmark_out=FILE
 *        --benchmark_enable_random_interleaving[=true|false]
 *        --benchmark_out_format=json --benchmark_list_tests[=true]
 *        --benchmark_report_aggregates_only[=true] (accepted, ignored)
 */
#define _GNU_SOURCE
#include "bench.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

const char bench_backend_name[] = "c-harness";

#define MAX_REPETITIONS 1000

typedef struct {
    double real_ns[MAX_REPETITIONS]; /* per call */
    double cpu_ns[MAX_REPETITIONS];
    uint64_t calls;
    int wrong;
} bench_result;

static double seconds_of(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Google Benchmark's rule: grow by 10x while a run is under a tenth of the
 * target, else aim at 1.4x the target in one step. */
static uint64_t calibrate(const bench_entry *e, double min_time, int *wrong)
{
    uint64_t calls = 1;
    for (;;) {
        double t0 = seconds_of(CLOCK_MONOTONIC), t;
        *wrong |= e->fn(calls, e->arg);
        t = seconds_of(CLOCK_MONOTONIC) - t0;
        if (t >= min_time || calls >= (uint64_t)1e9)
            return calls;
        double grow = t / min_time > 0.1 ? min_time * 1.4 / (t > 1e-9 ? t : 1e-9) : 10.0;
        uint64_t next = (uint64_t)((double)calls * grow);
        calls = next > calls ? next : calls + 1;
    }
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/*
 * Square root without libm: Debian's x86_64 cross libc (libc6-dev-amd64-cross)
 * ships libm.a as a linker script naming the native /usr/lib/x86_64-linux-gnu
 * archives, so on any host but amd64 a static -lm link of the x86_64 program
 * fails. Newton's iteration from above (r >= sqrt(x)) decreases strictly
 * until it reaches sqrt(x) to the last bit, then stops decreasing.
 */
static double sqrt_nonnegative(double x)
{
    double r, next;
    if (!(x > 0))
        return 0.0;
    r = x > 1 ? x : 1;
    for (;;) {
        next = 0.5 * (r + x / r);
        if (!(next < r))
            return r;
        r = next;
    }
}

static void stats(const double *v, int n, double *mean, double *median, double *stddev)
{
    double sorted[MAX_REPETITIONS], sum = 0, sq = 0;
    int i;
    for (i = 0; i < n; i++)
        sum += v[i];
    *mean = sum / n;
    for (i = 0; i < n; i++)
        sq += (v[i] - *mean) * (v[i] - *mean);
    *stddev = n > 1 ? sqrt_nonnegative(sq / (n - 1)) : 0.0;
    memcpy(sorted, v, sizeof(double) * (size_t)n);
    qsort(sorted, (size_t)n, sizeof(double), cmp_double);
    *median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static void json_row(FILE *f, int *first, const char *name, const char *suffix,
                     const char *run_type, int reps, int index, const char *aggregate,
                     uint64_t iterations, double real_ns, double cpu_ns)
{
    fprintf(f, "%s    {\n      \"name\": \"%s%s\",\n      \"run_name\": \"%s\",\n"
               "      \"run_type\": \"%s\",\n      \"repetitions\": %d,\n",
            *first ? "" : ",\n", name, suffix, name, run_type, reps);
    if (aggregate)
        fprintf(f, "      \"aggregate_name\": \"%s\",\n      \"aggregate_unit\": \"%s\",\n",
                aggregate, strcmp(aggregate, "cv") == 0 ? "percentage" : "time");
    else
        fprintf(f, "      \"repetition_index\": %d,\n", index);
    fprintf(f, "      \"threads\": 1,\n      \"iterations\": %llu,\n"
               "      \"real_time\": %.10e,\n      \"cpu_time\": %.10e,\n"
               "      \"time_unit\": \"ns\"\n    }",
            (unsigned long long)iterations, real_ns, cpu_ns);
    *first = 0;
}

static void json_benchmark(FILE *f, int *first, const char *name, const bench_result *r, int reps)
{
    double rm, rmed, rsd, cm, cmed, csd;
    int i;
    for (i = 0; i < reps; i++)
        json_row(f, first, name, "", "iteration", reps, i, NULL, r->calls, r->real_ns[i],
                 r->cpu_ns[i]);
    if (reps < 2)
        return;
    stats(r->real_ns, reps, &rm, &rmed, &rsd);
    stats(r->cpu_ns, reps, &cm, &cmed, &csd);
    json_row(f, first, name, "_mean", "aggregate", reps, 0, "mean", (uint64_t)reps, rm, cm);
    json_row(f, first, name, "_median", "aggregate", reps, 0, "median", (uint64_t)reps, rmed, cmed);
    json_row(f, first, name, "_stddev", "aggregate", reps, 0, "stddev", (uint64_t)reps, rsd, csd);
    json_row(f, first, name, "_cv", "aggregate", reps, 0, "cv", (uint64_t)reps,
             rm > 0 ? rsd / rm : 0, cm > 0 ? csd / cm : 0);
}

static const char *flag_value(const char *arg, const char *flag)
{
    size_t n = strlen(flag);
    if (strncmp(arg, flag, n) != 0)
        return NULL;
    if (arg[n] == '=')
        return arg + n + 1;
    return arg[n] == '\0' ? "true" : NULL;
}

int bench_backend_main(int argc, char **argv)
{
    const char *filter = NULL, *out_path = NULL, *v;
    double min_time = 0.5;
    int reps = 1, list = 0, interleave = 0, i;
    regex_t re;
    size_t count, k, n_sel = 0;
    const bench_entry *entries = bench_entries(&count);
    bench_result *results;
    size_t *sel, *order;
    uint32_t seed = 0x9e3779b9u;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((v = flag_value(a, "--benchmark_filter")))
            filter = v;
        else if ((v = flag_value(a, "--benchmark_min_time")))
            min_time = atof(v);
        else if ((v = flag_value(a, "--benchmark_repetitions")))
            reps = atoi(v);
        else if ((v = flag_value(a, "--benchmark_out")))
            out_path = v;
        else if ((v = flag_value(a, "--benchmark_out_format"))) {
            if (strcmp(v, "json") != 0) {
                fprintf(stderr, "c-harness: only --benchmark_out_format=json is supported\n");
                return 2;
            }
        } else if ((v = flag_value(a, "--benchmark_list_tests")))
            list = strcmp(v, "false") != 0;
        else if ((v = flag_value(a, "--benchmark_enable_random_interleaving")))
            interleave = strcmp(v, "false") != 0;
        else if (flag_value(a, "--benchmark_report_aggregates_only"))
            continue;
        else {
            fprintf(stderr, "c-harness: unrecognized argument '%s'\n", a);
            return 2;
        }
    }
    if (reps < 1 || reps > MAX_REPETITIONS || !(min_time > 0)) {
        fprintf(stderr, "c-harness: need 1 <= repetitions <= %d and min_time > 0\n",
                MAX_REPETITIONS);
        return 2;
    }
    if (filter && regcomp(&re, filter, REG_EXTENDED | REG_NOSUB) != 0) {
        fprintf(stderr, "c-harness: bad --benchmark_filter regex '%s'\n", filter);
        return 2;
    }

    FILE *out = NULL;
    int first = 1;
    if (out_path && !list) {
        char host[256] = "unknown";
        gethostname(host, sizeof host);
        out = fopen(out_path, "w");
        if (!out) {
            perror(out_path);
            return 2;
        }
        fprintf(out, "{\n  \"context\": {\n    \"host_name\": \"%s\",\n    \"executable\": \"%s\",\n"
                     "    \"num_cpus\": %ld,\n    \"bench_backend\": \"%s\",\n"
                     "    \"bench_arch\": \"%s\",\n    \"bench_libc\": \"%s\",\n"
                     "    \"random_interleaving\": %s\n  },\n"
                     "  \"benchmarks\": [\n",
                host, argv[0], sysconf(_SC_NPROCESSORS_ONLN), bench_backend_name, BENCH_ARCH,
                BENCH_LIBC, interleave ? "true" : "false");
    }
    results = calloc(count ? count : 1, sizeof *results);
    sel = calloc(count ? count : 1, sizeof *sel);
    order = calloc(count ? count : 1, sizeof *order);
    if (!results || !sel || !order) {
        perror("c-harness");
        return 2;
    }
    for (k = 0; k < count; k++) {
        if (filter && regexec(&re, entries[k].name, 0, NULL, 0) != 0)
            continue;
        if (list)
            printf("%s\n", entries[k].name);
        else
            sel[n_sel++] = k;
    }
    /* Sequential: calibrate and repeat one benchmark, then the next.
     * Interleaved: calibrate all, then round r runs repetition r of each,
     * in an order shuffled per round (Fisher-Yates, xorshift32). */
    int wrong_total = 0, rounds = interleave ? reps : 1, r;
    for (k = 0; k < n_sel && interleave; k++)
        results[k].calls = calibrate(&entries[sel[k]], min_time, &results[k].wrong);
    for (r = 0; r < rounds; r++) {
        for (k = 0; k < n_sel; k++)
            order[k] = k;
        for (k = n_sel; interleave && k > 1; k--) {
            size_t j, t;
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            j = seed % k;
            t = order[k - 1];
            order[k - 1] = order[j];
            order[j] = t;
        }
        for (k = 0; k < n_sel; k++) {
            size_t idx = order[k];
            const bench_entry *e = &entries[sel[idx]];
            bench_result *res = &results[idx];
            int first_rep = interleave ? r : 0, last_rep = interleave ? r + 1 : reps;
            if (!interleave)
                res->calls = calibrate(e, min_time, &res->wrong);
            for (i = first_rep; i < last_rep; i++) {
                double r0 = seconds_of(CLOCK_MONOTONIC), c0 = seconds_of(CLOCK_PROCESS_CPUTIME_ID);
                res->wrong |= e->fn(res->calls, e->arg);
                res->cpu_ns[i] = (seconds_of(CLOCK_PROCESS_CPUTIME_ID) - c0) * 1e9 / (double)res->calls;
                res->real_ns[i] = (seconds_of(CLOCK_MONOTONIC) - r0) * 1e9 / (double)res->calls;
                printf("%-40s %12.1f ns %12.1f ns cpu %12llu calls%s\n", e->name, res->real_ns[i],
                       res->cpu_ns[i], (unsigned long long)res->calls,
                       res->wrong ? "  WRONG RESULT" : "");
            }
        }
    }
    for (k = 0; k < n_sel; k++) {
        wrong_total |= results[k].wrong;
        if (out && !results[k].wrong)
            json_benchmark(out, &first, entries[sel[k]].name, &results[k], reps);
    }
    free(results);
    free(sel);
    free(order);
    if (out) {
        fprintf(out, "\n  ]\n}\n");
        fclose(out);
    }
    if (filter)
        regfree(&re);
    return wrong_total ? 1 : 0;
}
