/*
 * The time calls and vDSO lookup against glibc, in a hosted program
 * (x86_64 natively and under qemu-x86_64; x86 built with i686-linux-gnu-gcc).
 *
 *   host_test --expect-vdso=yes|no|any [--vdso-symbols=FILE]
 *             [--fake-vdso=SO --fake-vdso-symbols=FILE]...
 *
 * What the running kernel's vDSO exports is not assumed: --vdso-symbols
 * names a file of "name version" lines that tests/suites/40-vdso made with
 * llvm-readelf from a dump of this kernel's [vdso] (tests/vdso/dump_vdso.c).
 * Every listed function must be found, the time functions the library
 * looks for and the list lacks must not be, and the calls that use the vDSO
 * are the ones whose entries are listed. --fake-vdso maps a crafted vDSO
 * (tests/vdso/partial_vdso.c) that lacks entries and hands it over as
 * AT_SYSINFO_EHDR: the calls without an entry must fall back to their
 * system calls and agree with glibc.
 *
 * Prints "PASS: ..." / "FAIL: ..." lines (counted by tests/suites/40-vdso)
 * and "INFO: ..." lines; exits non-zero on any failure.
 */
#define _GNU_SOURCE
#include "linux_syscall.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#ifdef HAVE_DLVSYM
#include <dlfcn.h>
#endif

static int failures, passes;

static int check(int ok, const char *what, ...) __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static int check(int ok, const char *what, ...)
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
    return ok;
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

/* ---- what a vDSO exports, as llvm-readelf read it ------------------------ */

#define MAX_SYMS 64
struct symlist {
    int n;
    char name[MAX_SYMS][64];
    char version[MAX_SYMS][32];
};

static int read_symlist(const char *path, struct symlist *l)
{
    char line[256];
    FILE *f = fopen(path, "r");
    l->n = 0;
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f) && l->n < MAX_SYMS)
        if (sscanf(line, "%63s %31s", l->name[l->n], l->version[l->n]) == 2)
            l->n++;
    fclose(f);
    return l->n > 0;
}

static int listed(const struct symlist *l, const char *name, const char *version)
{
    int i;
    for (i = 0; i < l->n; i++)
        if (strcmp(l->name[i], name) == 0 && strcmp(l->version[i], version) == 0)
            return 1;
    return 0;
}

/* The entries core/src/time.c looks up (version LINUX_2.6 on x86), and the
 * linux_time_vdso_functions() bit each one gives. */
static const struct {
    const char *name;
    unsigned bit;
} time_entries[] = {
#if defined(__x86_64__)
    {"__vdso_clock_gettime", LINUX_VDSO_FN_CLOCK_GETTIME},
    {"__vdso_clock_getres", LINUX_VDSO_FN_CLOCK_GETRES},
    {"__vdso_gettimeofday", LINUX_VDSO_FN_GETTIMEOFDAY},
    {"__vdso_time", LINUX_VDSO_FN_TIME},
    {"__vdso_getcpu", LINUX_VDSO_FN_GETCPU},
#else /* 64-bit-time entries first, the 32-bit ones as fallbacks; __vdso_time is 32-bit: unused */
    {"__vdso_clock_gettime64", LINUX_VDSO_FN_CLOCK_GETTIME},
    {"__vdso_clock_gettime", LINUX_VDSO_FN_CLOCK_GETTIME},
    {"__vdso_clock_getres_time64", LINUX_VDSO_FN_CLOCK_GETRES},
    {"__vdso_clock_getres", LINUX_VDSO_FN_CLOCK_GETRES},
    {"__vdso_gettimeofday", LINUX_VDSO_FN_GETTIMEOFDAY},
    {"__vdso_getcpu", LINUX_VDSO_FN_GETCPU},
#endif
};
#define TIME_VERSION "LINUX_2.6"

static unsigned expected_mask(const struct symlist *l)
{
    unsigned mask = 0;
    size_t i;
    for (i = 0; i < sizeof time_entries / sizeof time_entries[0]; i++)
        if (listed(l, time_entries[i].name, TIME_VERSION))
            mask |= time_entries[i].bit;
    return mask;
}

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

static void test_symbols(const struct symlist *syms)
{
    const void *base = linux_vdso_base();
    uintptr_t lo = 0, hi = 0;
    int have_map = vdso_mapping(&lo, &hi), k;
    /* Readable: the [vdso] mapping as the kernel reports it (not a page
     * size assumed: 16 KiB and 64 KiB pages exist). */
    size_t size = linux_vdso_image_size(base, have_map ? hi - lo : 0), i;
#ifdef HAVE_DLVSYM
    void *dl = dlopen("linux-vdso.so.1", RTLD_LAZY | RTLD_NOLOAD);
#endif

    check(base == (const void *)getauxval(AT_SYSINFO_EHDR), "vDSO base %p = getauxval(AT_SYSINFO_EHDR)",
          base);
    check(have_map && (uintptr_t)base == lo && size > 0 && size <= hi - lo,
          "vDSO image %p + %zu inside the [vdso] mapping %#lx-%#lx", base, size, (unsigned long)lo,
          (unsigned long)hi);
    printf("INFO: this kernel's vDSO exports %d functions (llvm-readelf):", syms->n);
    for (k = 0; k < syms->n; k++)
        printf(" %s@%s", syms->name[k], syms->version[k]);
    printf("\n");
    for (k = 0; k < syms->n; k++) {
        const char *name = syms->name[k], *version = syms->version[k];
        void *p = linux_vdso_sym(name, version);
        void *any = linux_vdso_sym(name, NULL);
        void *parsed = linux_vdso_lookup(base, size, name, version);
        void *sysv = linux_vdso_lookup_using(base, size, name, version, LINUX_VDSO_HASH_SYSV);
        check(p != NULL && p == any && p == parsed && (uintptr_t)p >= lo && (uintptr_t)p < hi,
              "%s@%s = %p (any version: %p, parse: %p) inside [vdso]", name, version, p, any, parsed);
        /* The kernel's vDSO has only DT_HASH on some builds, both on others. */
        check(sysv == NULL || sysv == p, "%s via DT_HASH = %p", name, sysv);
#ifdef HAVE_DLVSYM
        if (dl) {
            void *g = dlvsym(dl, name, version);
            check(g == p, "%s: glibc dlvsym %p = ours %p", name, g, p);
        }
#endif
        check(linux_vdso_sym(name, "LINUX_9.99") == NULL, "%s@LINUX_9.99 (no such version) = NULL", name);
    }
    /* What the list lacks, the parser must not find either. */
    for (i = 0; i < sizeof time_entries / sizeof time_entries[0]; i++)
        if (!listed(syms, time_entries[i].name, TIME_VERSION))
            check(linux_vdso_sym(time_entries[i].name, TIME_VERSION) == NULL,
                  "%s@%s: not exported by this kernel's vDSO, not found", time_entries[i].name,
                  TIME_VERSION);
    check(linux_vdso_sym("__vdso_no_such_function", NULL) == NULL &&
              linux_vdso_sym("", NULL) == NULL && linux_vdso_sym(NULL, NULL) == NULL,
          "absent names give NULL");
#if defined(__i386__)
    {
        void *entry = linux_vdso_sym("__kernel_vsyscall", "LINUX_2.5");
        if (listed(syms, "__kernel_vsyscall", "LINUX_2.5"))
            check(entry != NULL && (linux_word)(uintptr_t)entry == linux_x86_vsyscall_entry() &&
                      linux_x86_vsyscall_entry() == getauxval(AT_SYSINFO),
                  "x86: linux_x86_vsyscall_entry() %#lx = AT_SYSINFO = __kernel_vsyscall@LINUX_2.5 %p",
                  linux_x86_vsyscall_entry(), entry);
        else
            check(entry == NULL, "x86: no __kernel_vsyscall@LINUX_2.5 listed, none found (%p)", entry);
    }
#endif
#ifdef HAVE_DLVSYM
    if (dl)
        dlclose(dl);
    else
        printf("INFO: dlopen(linux-vdso.so.1, RTLD_NOLOAD) failed; no dlvsym comparison\n");
#endif
}

/* ---- a crafted vDSO that lacks entries ------------------------------------ */

#include "map_image.h"

static void test_fake_vdso(const char *so, const char *symfile)
{
    struct symlist syms;
    size_t len = 0;
    void *image = map_image(so, &len);
    linux_word auxv[4] = {AT_SYSINFO_EHDR, 0, AT_NULL, 0};
    unsigned long (*calls)(int);
    unsigned want, mask;
    const char *base = strrchr(so, '/') ? strrchr(so, '/') + 1 : so;
    char path[128];

    int have_syms = read_symlist(symfile, &syms);

    if (!check(image != NULL && have_syms, "[%s] crafted vDSO mapped, %d symbols listed", base,
               have_syms ? syms.n : 0))
        return;
    auxv[1] = (linux_word)(uintptr_t)image;
    linux_init_auxv(auxv);
    want = expected_mask(&syms);
    mask = linux_time_vdso_functions();
    check(linux_vdso_present() && mask == want,
          "[%s] calls that use the crafted vDSO: 0x%x, its listed entries give 0x%x", base, mask, want);
    *(void **)&calls = linux_vdso_sym("fake_vdso_calls", "LINUX_2.6");
    check(calls != NULL, "[%s] fake_vdso_calls@LINUX_2.6 found", base);
    snprintf(path, sizeof path, "crafted vDSO %s", base);
    test_calls(path);
    if (calls) {
        check(calls(0) > 0, "[%s] its clock_gettime entry was called (%lu times)", base, calls(0));
        check((calls(1) > 0) == ((want & LINUX_VDSO_FN_CLOCK_GETRES) != 0),
              "[%s] clock_getres: %s (entry called %lu times)", base,
              (want & LINUX_VDSO_FN_CLOCK_GETRES) ? "the vDSO's 32-bit entry" : "the system call",
              calls(1));
    }
    munmap(image, len);
}

int main(int argc, char **argv)
{
    const char *expect = "any", *symfile = NULL;
    const char *fake[4], *fake_syms[4];
    int present, nfake = 0, nfake_syms = 0, i;
    unsigned mask;
    struct symlist syms = {0};

    setvbuf(stdout, NULL, _IOLBF, 0);
    for (i = 1; i < argc; i++) {
        if (strncmp(argv[i], "--expect-vdso=", 14) == 0)
            expect = argv[i] + 14;
        else if (strncmp(argv[i], "--vdso-symbols=", 15) == 0)
            symfile = argv[i] + 15;
        else if (strncmp(argv[i], "--fake-vdso=", 12) == 0 && nfake < 4)
            fake[nfake++] = argv[i] + 12;
        else if (strncmp(argv[i], "--fake-vdso-symbols=", 20) == 0 && nfake_syms < 4)
            fake_syms[nfake_syms++] = argv[i] + 20;
        else {
            fprintf(stderr, "host_test: bad argument %s\n", argv[i]);
            return 2;
        }
    }
    if (nfake != nfake_syms) {
        fprintf(stderr, "host_test: each --fake-vdso needs its --fake-vdso-symbols\n");
        return 2;
    }

    /* Must come first: nothing has resolved the vDSO entries yet. */
    test_racing_first_use();

    present = linux_vdso_present();
    mask = linux_time_vdso_functions();
    printf("INFO: path: %s (vDSO %s, entries used: 0x%x)\n", mask ? "vDSO" : "system calls",
           present ? "present" : "absent", mask);
    check(strcmp(expect, "any") == 0 || (strcmp(expect, "yes") == 0) == (present != 0),
          "vDSO present = %d, expected %s", present, expect);
    check(present == (getauxval(AT_SYSINFO_EHDR) != 0), "linux_vdso_present agrees with getauxval");
    if (present) {
        /* What this kernel's vDSO exports, as read by llvm-readelf from its dump. */
        if (check(symfile != NULL && read_symlist(symfile, &syms),
                  "this kernel's vDSO symbols read from %s", symfile ? symfile : "(no --vdso-symbols)"))
            check(mask == expected_mask(&syms),
                  "calls that use the vDSO: 0x%x, the entries this kernel's vDSO exports give 0x%x", mask,
                  expected_mask(&syms));
    }
#if defined(__i386__)
    check(linux_x86_vsyscall_entry() == getauxval(AT_SYSINFO),
          "x86: constructor set linux_x86_vsyscall_entry() = AT_SYSINFO (%#lx)", linux_x86_vsyscall_entry());
#endif
    test_calls(mask ? "vdso" : "syscall");
    if (present)
        test_symbols(&syms);
    {
        linux_word no_vdso[2] = {0, 0};
        linux_word real[6];
        /* The same checks through the system calls: hand over an auxiliary
         * vector without AT_SYSINFO_EHDR; then crafted vDSOs that lack
         * entries; then the real vector again. */
        linux_init_auxv(no_vdso);
        check(!linux_vdso_present() && linux_time_vdso_functions() == 0,
              "linux_init_auxv without AT_SYSINFO_EHDR: no vDSO, every call a syscall");
        if (present)
            test_calls("syscall");
        for (i = 0; i < nfake; i++)
            test_fake_vdso(fake[i], fake_syms[i]);
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
        check(linux_vdso_present() == present && linux_time_vdso_functions() == mask,
              "linux_init_auxv with the real vector: as at start (mask 0x%x)", linux_time_vdso_functions());
    }
    printf("%d passed, %d failed\n", passes, failures);
    return failures != 0;
}
