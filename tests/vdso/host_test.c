/*
 * The time calls and vDSO lookup against glibc, in a hosted program
 * (x86_64 natively and under qemu-x86_64; x86 built with i686-linux-gnu-gcc).
 *
 *   host_test --expect-vdso=yes|no|any
 *
 * Prints "PASS: ..." / "FAIL: ..." lines (counted by tests/suites/40-vdso)
 * and "INFO: ..." lines; exits non-zero on any failure.
 */
#define _GNU_SOURCE
#include "linux_syscall.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#ifdef HAVE_DLVSYM
#include <dlfcn.h>
#endif

static int failures, passes;

static void check(int ok, const char *what, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void check(int ok, const char *what, ...)
{
    va_list ap;
    va_start(ap, what);
    printf(ok ? "PASS: " : "FAIL: ");
    vprintf(what, ap);
    printf("\n");
    va_end(ap);
    if (ok)
        passes++;
    else
        failures++;
}

static int64_t ns_of(int64_t sec, int64_t nsec)
{
    return sec * 1000000000 + nsec;
}

/* ---- first use from 8 threads at once ---------------------------------- */

#define RACERS 8
static pthread_barrier_t start_line;
struct racer {
    int err;
    unsigned mask;
    struct linux_timespec ts;
};

static void *race(void *arg)
{
    struct racer *r = arg;
    pthread_barrier_wait(&start_line);
    r->err = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &r->ts);
    r->mask = linux_time_vdso_functions();
    return NULL;
}

static void test_racing_first_use(void)
{
    pthread_t t[RACERS];
    struct racer r[RACERS];
    int i, ok = 1;
    struct timespec before, after;

    clock_gettime(CLOCK_MONOTONIC, &before);
    pthread_barrier_init(&start_line, NULL, RACERS);
    for (i = 0; i < RACERS; i++)
        pthread_create(&t[i], NULL, race, &r[i]);
    for (i = 0; i < RACERS; i++)
        pthread_join(t[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &after);
    for (i = 0; i < RACERS; i++) {
        int64_t v = ns_of(r[i].ts.tv_sec, r[i].ts.tv_nsec);
        if (r[i].err != 0 || r[i].mask != r[0].mask || v < ns_of(before.tv_sec, before.tv_nsec) ||
            v > ns_of(after.tv_sec, after.tv_nsec))
            ok = 0;
    }
    check(ok, "%d threads racing the first clock_gettime: all succeed, agree (vDSO mask 0x%x)",
          RACERS, r[0].mask);
}

/* ---- the calls against glibc -------------------------------------------- */

static const struct {
    int id;
    const char *name;
} clocks[] = {
    {LINUX_CLOCK_REALTIME, "REALTIME"},
    {LINUX_CLOCK_MONOTONIC, "MONOTONIC"},
    {LINUX_CLOCK_PROCESS_CPUTIME_ID, "PROCESS_CPUTIME_ID"},
    {LINUX_CLOCK_THREAD_CPUTIME_ID, "THREAD_CPUTIME_ID"},
    {LINUX_CLOCK_MONOTONIC_RAW, "MONOTONIC_RAW"},
    {LINUX_CLOCK_REALTIME_COARSE, "REALTIME_COARSE"},
    {LINUX_CLOCK_MONOTONIC_COARSE, "MONOTONIC_COARSE"},
    {LINUX_CLOCK_BOOTTIME, "BOOTTIME"},
    {LINUX_CLOCK_TAI, "TAI"},
};

static void test_calls(const char *path)
{
    size_t i;
    for (i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        struct timespec before, after, gres;
        struct linux_timespec ours, res;
        int err, gerr;
        clock_gettime(clocks[i].id, &before);
        err = linux_clock_gettime(clocks[i].id, &ours);
        clock_gettime(clocks[i].id, &after);
        check(err == 0 && ns_of(before.tv_sec, before.tv_nsec) <= ns_of(ours.tv_sec, ours.tv_nsec) &&
                  ns_of(ours.tv_sec, ours.tv_nsec) <= ns_of(after.tv_sec, after.tv_nsec) &&
                  ours.tv_nsec >= 0 && ours.tv_nsec < 1000000000,
              "[%s] clock_gettime(%s) = %lld.%09lld within glibc's %lld.%09lld .. %lld.%09lld",
              path, clocks[i].name, (long long)ours.tv_sec, (long long)ours.tv_nsec,
              (long long)before.tv_sec, (long long)before.tv_nsec, (long long)after.tv_sec,
              (long long)after.tv_nsec);
        gerr = clock_getres(clocks[i].id, &gres);
        err = linux_clock_getres(clocks[i].id, &res);
        check(err == 0 && gerr == 0 && res.tv_sec == gres.tv_sec && res.tv_nsec == gres.tv_nsec,
              "[%s] clock_getres(%s) = %lld.%09lld, glibc %lld.%09lld", path, clocks[i].name,
              (long long)res.tv_sec, (long long)res.tv_nsec, (long long)gres.tv_sec,
              (long long)gres.tv_nsec);
    }

    {
        struct timeval before, after;
        struct linux_timeval ours;
        int err;
        gettimeofday(&before, NULL);
        err = linux_gettimeofday(&ours);
        gettimeofday(&after, NULL);
        check(err == 0 && (int64_t)before.tv_sec * 1000000 + before.tv_usec <= ours.tv_sec * 1000000 + ours.tv_usec &&
                  ours.tv_sec * 1000000 + ours.tv_usec <= (int64_t)after.tv_sec * 1000000 + after.tv_usec &&
                  ours.tv_usec >= 0 && ours.tv_usec < 1000000,
              "[%s] gettimeofday = %lld.%06lld within glibc's bracket", path, (long long)ours.tv_sec,
              (long long)ours.tv_usec);
    }
    {
        /* time() reads the coarse clock on some paths and CLOCK_REALTIME on
         * others, which may differ by a tick across a second boundary. */
        time_t before, after;
        int64_t ours;
        int err;
        before = time(NULL);
        err = linux_time(&ours);
        after = time(NULL);
        check(err == 0 && (int64_t)before - 1 <= ours && ours <= (int64_t)after + 1,
              "[%s] time = %lld within glibc's %lld .. %lld (+-1 s)", path, (long long)ours,
              (long long)before, (long long)after);
    }
    {
        /* Pinned to one CPU, getcpu has exactly one right answer. */
        cpu_set_t set, saved;
        unsigned cpu = ~0u, node = ~0u, gcpu = ~0u, gnode = ~0u;
        int target = -1, err, c;
        sched_getaffinity(0, sizeof saved, &saved);
        for (c = 0; c < CPU_SETSIZE; c++)
            if (CPU_ISSET(c, &saved)) {
                target = c;
                break;
            }
        CPU_ZERO(&set);
        CPU_SET(target, &set);
        if (sched_setaffinity(0, sizeof set, &set) != 0)
            printf("INFO: sched_setaffinity failed (%s); getcpu compared unpinned\n", strerror(errno));
        err = linux_getcpu(&cpu, &node);
        getcpu(&gcpu, &gnode);
        check(err == 0 && cpu == gcpu && node == gnode,
              "[%s] getcpu = cpu %u node %u, glibc cpu %u node %u (pinned to %d)", path, cpu, node,
              gcpu, gnode, target);
        err = linux_getcpu(NULL, NULL);
        check(err == 0, "[%s] getcpu(NULL, NULL) = %d", path, err);
        sched_setaffinity(0, sizeof saved, &saved);
    }
    {
        struct linux_timespec ts;
        struct linux_timeval tv;
        int e1 = linux_clock_gettime(12345, &ts), e2 = linux_clock_getres(12345, &ts);
        check(e1 == LINUX_EINVAL && e2 == LINUX_EINVAL,
              "[%s] unknown clock: clock_gettime %d, clock_getres %d (EINVAL %d)", path, e1, e2,
              LINUX_EINVAL);
        check(linux_clock_gettime(LINUX_CLOCK_MONOTONIC, NULL) == LINUX_EFAULT &&
                  linux_gettimeofday(NULL) == LINUX_EFAULT && linux_time(NULL) == LINUX_EFAULT &&
                  linux_clock_getres(LINUX_CLOCK_MONOTONIC, NULL) == 0,
              "[%s] NULL outputs: EFAULT (clock_getres(NULL) is valid)", path);
        (void)tv;
    }
}

/* ---- symbols --------------------------------------------------------------- */

#if defined(__x86_64__)
static const char *const vdso_names[] = {"__vdso_clock_gettime", "__vdso_gettimeofday",
                                         "__vdso_getcpu", "__vdso_time", "__vdso_clock_getres"};
#define VERSION "LINUX_2.6"
#else
static const char *const vdso_names[] = {"__vdso_clock_gettime64", "__vdso_clock_getres_time64",
                                         "__vdso_getcpu", "__vdso_gettimeofday"};
#define VERSION "LINUX_2.6"
#endif

static int vdso_mapping(uintptr_t *lo, uintptr_t *hi)
{
    char line[512];
    FILE *f = fopen("/proc/self/maps", "r");
    int found = 0;
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f))
        if (strstr(line, "[vdso]")) {
            unsigned long a, b;
            if (sscanf(line, "%lx-%lx", &a, &b) == 2) {
                *lo = a;
                *hi = b;
                found = 1;
            }
        }
    fclose(f);
    return found;
}

static void test_symbols(void)
{
    const void *base = linux_vdso_base();
    size_t size = linux_vdso_image_size(base, 4096), i;
    uintptr_t lo = 0, hi = 0;
    int have_map = vdso_mapping(&lo, &hi);
#ifdef HAVE_DLVSYM
    void *dl = dlopen("linux-vdso.so.1", RTLD_LAZY | RTLD_NOLOAD);
#endif

    check(base == (const void *)getauxval(AT_SYSINFO_EHDR), "vDSO base %p = getauxval(AT_SYSINFO_EHDR)",
          base);
    check(have_map && (uintptr_t)base == lo && size > 0 && size <= hi - lo,
          "vDSO image %p + %zu inside the [vdso] mapping %#lx-%#lx", base, size, (unsigned long)lo,
          (unsigned long)hi);
    for (i = 0; i < sizeof vdso_names / sizeof vdso_names[0]; i++) {
        void *p = linux_vdso_sym(vdso_names[i], VERSION);
        void *any = linux_vdso_sym(vdso_names[i], NULL);
        void *parsed = linux_vdso_lookup(base, size, vdso_names[i], VERSION);
        void *sysv = linux_vdso_lookup_using(base, size, vdso_names[i], VERSION, LINUX_VDSO_HASH_SYSV);
        check(p != NULL && p == any && p == parsed && (uintptr_t)p >= lo && (uintptr_t)p < hi,
              "%s@%s = %p (any version: %p, parse: %p) inside [vdso]", vdso_names[i], VERSION, p, any,
              parsed);
        /* The kernel's vDSO has only DT_HASH on some builds, both on others. */
        check(sysv == NULL || sysv == p, "%s via DT_HASH = %p", vdso_names[i], sysv);
#ifdef HAVE_DLVSYM
        if (dl) {
            void *g = dlvsym(dl, vdso_names[i], VERSION);
            check(g == p, "%s: glibc dlvsym %p = ours %p", vdso_names[i], g, p);
        }
#endif
        check(linux_vdso_sym(vdso_names[i], "LINUX_9.99") == NULL,
              "%s@LINUX_9.99 (no such version) = NULL", vdso_names[i]);
    }
    check(linux_vdso_sym("__vdso_no_such_function", NULL) == NULL &&
              linux_vdso_sym("", NULL) == NULL && linux_vdso_sym(NULL, NULL) == NULL,
          "absent names give NULL");
#if defined(__i386__)
    {
        void *entry = linux_vdso_sym("__kernel_vsyscall", "LINUX_2.5");
        check(entry != NULL && (linux_word)(uintptr_t)entry == linux_x86_vsyscall_entry &&
                  linux_x86_vsyscall_entry == getauxval(AT_SYSINFO),
              "x86: linux_x86_vsyscall_entry %#lx = AT_SYSINFO = __kernel_vsyscall@LINUX_2.5 %p",
              linux_x86_vsyscall_entry, entry);
    }
#endif
#ifdef HAVE_DLVSYM
    if (dl)
        dlclose(dl);
    else
        printf("INFO: dlopen(linux-vdso.so.1, RTLD_NOLOAD) failed; no dlvsym comparison\n");
#endif
}

int main(int argc, char **argv)
{
    const char *expect = "any";
    int present;
    unsigned mask;

    if (argc > 1 && strncmp(argv[1], "--expect-vdso=", 14) == 0)
        expect = argv[1] + 14;
    setvbuf(stdout, NULL, _IOLBF, 0);

    /* Must come first: nothing has resolved the vDSO entries yet. */
    test_racing_first_use();

    present = linux_vdso_present();
    mask = linux_time_vdso_functions();
    printf("INFO: path: %s (vDSO %s, entries used: 0x%x)\n", mask ? "vDSO" : "system calls",
           present ? "present" : "absent", mask);
    check(strcmp(expect, "any") == 0 || (strcmp(expect, "yes") == 0) == (present != 0),
          "vDSO present = %d, expected %s", present, expect);
    check(present == (getauxval(AT_SYSINFO_EHDR) != 0), "linux_vdso_present agrees with getauxval");
#if defined(__x86_64__)
    check(!present || mask == 0x1f, "x86_64 vDSO provides all five calls (mask 0x%x)", mask);
#elif defined(__i386__)
    /* __vdso_gettimeofday (32-bit) exists only with CONFIG_COMPAT_32BIT_TIME. */
    check(!present || (mask & ~LINUX_VDSO_FN_GETTIMEOFDAY) == 0x13,
          "x86 vDSO provides clock_gettime64, clock_getres_time64, getcpu (mask 0x%x)", mask);
    check(linux_x86_vsyscall_entry == getauxval(AT_SYSINFO),
          "x86: constructor set linux_x86_vsyscall_entry = AT_SYSINFO (%#lx)", linux_x86_vsyscall_entry);
#endif
    test_calls(mask ? "vdso" : "syscall");
    if (present) {
        linux_word no_vdso[2] = {0, 0};
        linux_word real[6];
        test_symbols();
        /* The same checks through the system calls: hand over an auxiliary
         * vector without AT_SYSINFO_EHDR, then the real one again. */
        linux_init_auxv(no_vdso);
        check(!linux_vdso_present() && linux_time_vdso_functions() == 0,
              "linux_init_auxv without AT_SYSINFO_EHDR: no vDSO, every call a syscall");
        test_calls("syscall");
        real[0] = AT_SYSINFO_EHDR;
        real[1] = getauxval(AT_SYSINFO_EHDR);
        real[2] = AT_NULL;
        real[3] = 0;
#if defined(__i386__)
        real[2] = AT_SYSINFO;
        real[3] = getauxval(AT_SYSINFO);
#endif
        real[4] = AT_NULL;
        real[5] = 0;
        linux_init_auxv(real);
        check(linux_vdso_present() && linux_time_vdso_functions() == mask,
              "linux_init_auxv with the real vector: vDSO back (mask 0x%x)", linux_time_vdso_functions());
    }
    printf("%d passed, %d failed\n", passes, failures);
    return failures != 0;
}
