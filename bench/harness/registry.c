/*
 * registry.c: the table of registered benchmarks and the shared main().
 * Timing is the back end's job; this file only knows how to list the
 * benchmarks and run each one once (--once=N) for the instruments that count
 * instructions or time whole processes.
 */
#include "bench.h"
#include "icount.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Present on native builds with the valgrind package; the requests are a
 * handful of no-op instructions when not running under callgrind. */
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define BENCH_HAVE_CALLGRIND 1
#endif
#endif

#define BENCH_MAX_ENTRIES 256

static bench_entry entries[BENCH_MAX_ENTRIES];
static size_t entry_count;

static bench_operation_fn operations[BENCH_MAX_ENTRIES];
static size_t operation_count;

/* Called from constructors (BENCH_OPERATION): only records the function;
 * bench_main() calls them once the library's own constructors have run. */
void bench_add_operation(bench_operation_fn fn)
{
    if (operation_count == BENCH_MAX_ENTRIES) {
        fprintf(stderr, "bench_add_operation: more than %d operations\n", BENCH_MAX_ENTRIES);
        exit(2);
    }
    operations[operation_count++] = fn;
}

/* Operation and path become one name, "<operation>/<path>", here and only
 * here; neither may contain '/' or white space, so the name splits back
 * into exactly these two fields. */
static int valid_field(const char *s)
{
    if (!s || !*s)
        return 0;
    for (; *s; s++)
        if (*s == '/' || *s == ' ' || *s == '\t' || *s == '\n')
            return 0;
    return 1;
}

void bench_register(const char *operation, const char *path, bench_fn fn, void *arg)
{
    size_t n;
    char *name;
    if (entry_count == BENCH_MAX_ENTRIES) {
        fprintf(stderr, "bench_register: more than %d benchmarks; raise BENCH_MAX_ENTRIES\n",
                BENCH_MAX_ENTRIES);
        exit(2);
    }
    if (!valid_field(operation) || !valid_field(path)) {
        fprintf(stderr, "bench_register: operation '%s' and path '%s' must be non-empty, "
                        "without '/' or white space\n", operation ? operation : "(null)",
                path ? path : "(null)");
        exit(2);
    }
    n = strlen(operation) + strlen(path) + 2;
    name = malloc(n);
    if (!name) {
        perror("bench_register");
        exit(2);
    }
    snprintf(name, n, "%s/%s", operation, path);
    entries[entry_count].operation = operation;
    entries[entry_count].path = path;
    entries[entry_count].name = name;
    entries[entry_count].fn = fn;
    entries[entry_count].arg = arg;
    entry_count++;
}

const bench_entry *bench_entries(size_t *count)
{
    *count = entry_count;
    return entries;
}

/* A filter is an extended regular expression searched in
 * "<operation>/<path>" ("^getppid/inline$": one benchmark; "^getppid/": all
 * paths of getppid), as --benchmark_filter is for timing. */
static regex_t filter_re;

static int matches(const char *name, const char *filter)
{
    return !filter || regexec(&filter_re, name, 0, NULL, 0) == 0;
}

/*
 * --count-instructions under callgrind: per benchmark, one warm-up run
 * (lazy set-up such as vDSO resolution happens there), then `calls` and
 * 2 * `calls` calls, each dumped as its own profile part named
 * "<name> calls=<n>". The difference of the two parts divided by `calls`
 * is the instructions per call with every fixed cost cancelled.
 */
static int count_one(const bench_entry *e, uint64_t calls)
{
#ifdef BENCH_HAVE_CALLGRIND
    char labels[2][192];
    int wrong = e->fn(8, e->arg);
    uint64_t k, last = 2;
    /* Labels are formatted before counting starts: a first snprintf() does
     * one-time set-up that would otherwise land in one part only. */
    for (k = 0; k < 2; k++)
        snprintf(labels[k], sizeof labels[k], "%s calls=%llu", e->name,
                 (unsigned long long)((k + 1) * calls));
    /* Both parts are the same loop iteration (zero, calls, dump), never
     * unrolled and with a trip count hidden from the compiler, so they
     * differ by the calls alone (as bench_icount_one's segments). */
    __asm__("" : "+r"(last));
#pragma GCC unroll 1
    for (k = 1; k <= last; k++) {
        CALLGRIND_ZERO_STATS;
        wrong |= e->fn(k * calls, e->arg);
        CALLGRIND_DUMP_STATS_AT(labels[k - 1]);
    }
    return wrong;
#else
    (void)e;
    (void)calls;
    fprintf(stderr, "--count-instructions: built without valgrind/callgrind.h\n");
    exit(2);
#endif
}

/* How --once runs each benchmark. */
enum once_mode { ONCE_PLAIN, ONCE_CALLGRIND, ONCE_QEMU_MARKS };

static int run_once(uint64_t calls, const char *filter, enum once_mode mode)
{
    size_t i, ran = 0, failed = 0;
    if (mode == ONCE_QEMU_MARKS)
        printf("icount-mark 0x%llx\n", (unsigned long long)bench_icount_mark_address());
    for (i = 0; i < entry_count; i++) {
        int wrong;
        if (!matches(entries[i].name, filter))
            continue;
        ran++;
        if (mode == ONCE_CALLGRIND)
            wrong = count_one(&entries[i], calls);
        else if (mode == ONCE_QEMU_MARKS)
            wrong = bench_icount_one(entries[i].fn, entries[i].arg, calls);
        else
            wrong = entries[i].fn(calls, entries[i].arg);
        if (wrong) {
            failed++;
            printf("FAIL %s (wrong result)\n", entries[i].name);
        } else {
            printf("ok %s\n", entries[i].name);
        }
    }
    if (ran == 0) {
        fprintf(stderr, "--once: no benchmark matches filter '%s'\n", filter ? filter : "");
        return 2;
    }
    return failed ? 1 : 0;
}

int bench_main(int argc, char **argv)
{
    const char *once = NULL, *filter = NULL, *latency = NULL, *latency_out = NULL;
    const char *seccomp = NULL;
    int i, kept = 1;
    enum once_mode mode = ONCE_PLAIN;

    size_t k;

    for (k = 0; k < operation_count; k++)
        operations[k]();
    for (i = 1; i < argc; i++) {
        if (strncmp(argv[i], "--once=", 7) == 0)
            once = argv[i] + 7;
        else if (strncmp(argv[i], "--filter=", 9) == 0)
            filter = argv[i] + 9;
        else if (strcmp(argv[i], "--count-instructions") == 0)
            mode = ONCE_CALLGRIND;
        else if (strcmp(argv[i], "--mark-instructions") == 0)
            mode = ONCE_QEMU_MARKS;
        else if (strncmp(argv[i], "--latency=", 10) == 0)
            latency = argv[i] + 10;
        else if (strncmp(argv[i], "--latency_out=", 14) == 0)
            latency_out = argv[i] + 14;
        else if (strncmp(argv[i], "--seccomp=", 10) == 0)
            seccomp = argv[i] + 10;
        else if (strcmp(argv[i], "--list") == 0) {
            for (k = 0; k < entry_count; k++)
                printf("%s\t%s\t%s\t%s\n", entries[k].operation, entries[k].path, BENCH_ARCH,
                       BENCH_LIBC);
            return 0;
        } else {
            argv[kept++] = argv[i]; /* the timing back end's flags */
            continue;
        }
    }
    argc = kept;
    argv[argc] = NULL;
    /* The filter goes in after registration (which may look up the vDSO)
     * and before the first measured call, whatever the mode. */
    if (seccomp && (i = bench_seccomp_install(seccomp)) != 0)
        return i;
    if (latency) {
        char *end;
        unsigned long long n = strtoull(latency, &end, 10);
        if (*latency == '\0' || *end != '\0') {
            fprintf(stderr, "--latency=N: N must be a whole number, got '%s'\n", latency);
            return 2;
        }
        return bench_latency_main(n, filter, latency_out);
    }
    if (filter && regcomp(&filter_re, filter, REG_EXTENDED | REG_NOSUB) != 0) {
        fprintf(stderr, "--filter: bad regular expression '%s'\n", filter);
        return 2;
    }
    if (once) {
        char *end;
        unsigned long long calls = strtoull(once, &end, 10);
        if (*once == '\0' || *end != '\0') {
            fprintf(stderr, "--once=N: N must be a whole number, got '%s'\n", once);
            return 2;
        }
        return run_once(calls, filter, mode);
    }
    if (filter || mode != ONCE_PLAIN) {
        fprintf(stderr, "--filter, --count-instructions and --mark-instructions go with "
                        "--once=N; for timing use "
                        "--benchmark_filter=REGEX\n");
        return 2;
    }
    return bench_backend_main(argc, argv);
}

int main(int argc, char **argv)
{
    return bench_main(argc, argv);
}
