/*
 * The powerpc vDSO call path (core/src/arch/powerpc{,64}/vdso_call.h) on a
 * crafted vDSO, since qemu-user gives guests none:
 *
 *   ppc_vdso_test FULL.so PARTIAL.so [TIME32.so]
 *   ppc_vdso_test TIME32.so       (built with -DNO_TIME64_SYSCALLS, ppc32)
 *
 * All are tests/vdso/ppc_fake_vdso.S builds: entries that follow the
 * kernel's convention (cr0.SO + positive errno on error), return known
 * values, trap on a misaligned stack, and clobber every volatile register,
 * the 288 bytes below r1 and the caller's frame slots a callee may write.
 * FULL has every entry the library looks up (on ppc32 the 32-bit-time ones
 * too, which must lose to the 64-bit-time ones); PARTIAL only clock_gettime,
 * so the other calls must take their system calls; TIME32 (ppc32) only the
 * 32-bit-time clock_gettime, clock_getres and gettimeofday of kernels
 * before 5.11. Each image is mapped as the kernel maps a vDSO and handed
 * over as AT_SYSINFO_EHDR. Built with the target's gcc and clang-19, static
 * and PIE, run under qemu (tests/vdso/run.sh).
 *
 * The error convention, and what catches a shim that gets it wrong: every
 * entry but __kernel_time returns 0 on success, and -0 is 0, so a shim that
 * always negated r3, or that read SO from cr1 instead of cr0 (the fake sets
 * cr1.SO on success), would pass every success case. The error cases
 * (clock 12345: SO set, r3 = EINVAL, cr1.SO clear) catch the cr1 reading,
 * which would return +EINVAL, a success; always negating turns +EINVAL
 * into the right -EINVAL, so only a success with a non-zero r3 catches it:
 * __kernel_time, called through the shim directly (the library has no use
 * for it), must come back as +1000000.
 *
 * The shim's CFI: a function of this program called through the shim
 * unwinds the stack with libgcc (test_shim_unwind).
 *
 * Prints "PASS: ..." / "FAIL: ..." lines (counted by tests/vdso/run.sh)
 * and a closing count; exits non-zero on any failure.
 */
#define _GNU_SOURCE
#ifdef NO_TIME64_SYSCALLS
/* A kernel older than 5.1, without clock_gettime64/clock_getres_time64:
 * only there does a ppc32 process take the 32-bit-time clock_gettime and
 * gettimeofday entries (a newer kernel's 64-bit system call is y2038-safe,
 * the 32-bit entry is not). qemu-user has those system calls, so this
 * build compiles the library's time.c into the test itself, with their
 * numbers swapped for one no kernel assigns (ENOSYS), and run.sh links it
 * without core/src/time.c. */
#ifdef __powerpc64__
#error "NO_TIME64_SYSCALLS: the 64-bit-time system calls exist only on 32-bit targets"
#endif
#include "linux_syscall.h"
#define NO_SUCH_SYSCALL 1023
#undef LINUX_SYS_clock_gettime64
#undef LINUX_SYS_clock_getres_time64
#define LINUX_SYS_clock_gettime64 NO_SUCH_SYSCALL
#define LINUX_SYS_clock_getres_time64 NO_SUCH_SYSCALL
#include "../../core/src/time.c"
#endif
#include "linux_syscall.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sched.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <unwind.h>

/* The shim itself (core/src/arch/powerpc{,64}/vdso_call.h): hidden, which
 * only keeps it out of a shared library's exports; this program links
 * time.c in. */
long linux__ppc_vdso_call(unsigned long fn, long a1, long a2, long a3)
    __attribute__((__visibility__("hidden")));

static int failures, passes;

static int check(int ok, const char *what, ...) __attribute__((format(printf, 2, 3)));
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

#include "map_image.h"

static int use_image(const char *so, void **image, size_t *len)
{
    linux_word auxv[4] = {AT_SYSINFO_EHDR, 0, AT_NULL, 0};
    *image = map_image(so, len);
    if (!check(*image != NULL, "%s mapped", so))
        return 0;
    auxv[1] = (linux_word)(uintptr_t)*image;
    linux_init_auxv(auxv);
    return 1;
}

/* The calls FULL answers; ppc32's gettimeofday comes from clock_gettime64
 * (the 32-bit __kernel_gettimeofday is only for kernels before 5.1). */
#define FULL_MASK                                                                              \
    (LINUX_VDSO_FN_CLOCK_GETTIME | LINUX_VDSO_FN_CLOCK_GETRES | LINUX_VDSO_FN_GETTIMEOFDAY |   \
     LINUX_VDSO_FN_GETCPU)
#ifdef __powerpc64__
#define FAKE_TV_SEC 2000000
#define FAKE_TV_USEC 654321
#else
#define FAKE_TV_SEC 1000000 /* CLOCK_REALTIME's fake seconds */
#define FAKE_TV_USEC 123456
#endif
#define TIME32_MASK                                                                            \
    (LINUX_VDSO_FN_CLOCK_GETTIME | LINUX_VDSO_FN_CLOCK_GETRES | LINUX_VDSO_FN_GETTIMEOFDAY)

/* a <= b <= c for timespecs / timevals (not every build uses both) */
__attribute__((__unused__)) static int ts_between(const struct timespec *a, const struct linux_timespec *b,
                      const struct timespec *c)
{
    int64_t x = (int64_t)a->tv_sec * 1000000000 + a->tv_nsec;
    int64_t y = b->tv_sec * 1000000000 + b->tv_nsec;
    int64_t z = (int64_t)c->tv_sec * 1000000000 + c->tv_nsec;
    return x <= y && y <= z;
}

__attribute__((__unused__)) static int tv_between(const struct timeval *a, const struct linux_timeval *b,
                      const struct timeval *c)
{
    int64_t x = (int64_t)a->tv_sec * 1000000 + a->tv_usec;
    int64_t y = b->tv_sec * 1000000 + b->tv_usec;
    int64_t z = (int64_t)c->tv_sec * 1000000 + c->tv_usec;
    return x <= y && y <= z;
}

#ifndef NO_TIME64_SYSCALLS

/* The calls every image answers from its clock_gettime entry; an invalid
 * clock must come back as EINVAL, not as success and not as -EINVAL. */
static void test_clock_gettime(const char *tag)
{
    struct linux_timespec ts = {-1, -1};
    int64_t t = -1;
    int err = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == 1000000 + LINUX_CLOCK_MONOTONIC && ts.tv_nsec == 123456789,
          "[%s] clock_gettime(MONOTONIC) = %d, %lld.%09lld from the vDSO (1000001.123456789)", tag,
          err, (long long)ts.tv_sec, (long long)ts.tv_nsec);
    ts.tv_sec = ts.tv_nsec = -1;
    err = linux_clock_gettime(12345, &ts);
    check(err == LINUX_EINVAL && ts.tv_sec == -1 && ts.tv_nsec == -1,
          "[%s] clock_gettime(12345) = %d (EINVAL %d), output untouched", tag, err, LINUX_EINVAL);
    err = linux_time(&t);
    check(err == 0 && t == 1000000, "[%s] time = %d, %lld (CLOCK_REALTIME's fake 1000000)", tag, err,
          (long long)t);
}

static void test_full(const char *so)
{
    void *image;
    size_t len;
    struct linux_timespec ts = {-1, -1};
    struct linux_timeval tv = {-1, -1};
    unsigned cpu = ~0u, node = ~0u, mask;
    unsigned long fn;
    long ret;
    int err;

    if (!use_image(so, &image, &len))
        return;
    mask = linux_time_vdso_functions();
    check(linux_vdso_present() && mask == FULL_MASK, "[full] calls that use the vDSO: 0x%x (0x%x)",
          mask, FULL_MASK);
    test_clock_gettime("full");
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == 0 && ts.tv_nsec == 1000 + LINUX_CLOCK_MONOTONIC,
          "[full] clock_getres(MONOTONIC) = %d, %lld.%09lld from the vDSO (0.000001001)", err,
          (long long)ts.tv_sec, (long long)ts.tv_nsec);
    err = linux_clock_getres(12345, &ts);
    check(err == LINUX_EINVAL, "[full] clock_getres(12345) = %d (EINVAL %d)", err, LINUX_EINVAL);
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, NULL);
    check(err == 0, "[full] clock_getres(MONOTONIC, NULL) = %d", err);
    err = linux_gettimeofday(&tv);
    check(err == 0 && tv.tv_sec == FAKE_TV_SEC && tv.tv_usec == FAKE_TV_USEC,
          "[full] gettimeofday = %d, %lld.%06lld (%d.%06d)", err, (long long)tv.tv_sec,
          (long long)tv.tv_usec, FAKE_TV_SEC, FAKE_TV_USEC);
    err = linux_getcpu(&cpu, &node);
    check(err == 0 && cpu == 7 && node == 3, "[full] getcpu = %d, cpu %u node %u from the vDSO (7, 3)",
          err, cpu, node);
    err = linux_getcpu(NULL, NULL);
    check(err == 0, "[full] getcpu(NULL, NULL) = %d", err);
    /* The one success with a non-zero r3 (see the top of this file). */
    fn = (unsigned long)(uintptr_t)linux_vdso_sym("__kernel_time", "LINUX_2.6.15");
    ret = fn ? linux__ppc_vdso_call(fn, 0, 0, 0) : -1;
    check(ret == 1000000, "[full] __kernel_time through the shim = %ld (1000000, SO clear: not negated)",
          ret);
    munmap(image, len);
}

static void test_partial(const char *so)
{
    void *image;
    size_t len;
    struct linux_timespec ts = {-1, -1};
    struct timespec gres;
    struct timeval before, after;
    struct linux_timeval tv = {-1, -1};
    unsigned cpu = ~0u, node = ~0u, gcpu = ~0u, gnode = ~0u, mask;
    int err;

    if (!use_image(so, &image, &len))
        return;
    mask = linux_time_vdso_functions();
    check(linux_vdso_present() && mask == LINUX_VDSO_FN_CLOCK_GETTIME,
          "[partial] calls that use the vDSO: 0x%x (clock_gettime only, 0x%x)", mask,
          LINUX_VDSO_FN_CLOCK_GETTIME);
    test_clock_gettime("partial");
    clock_getres(CLOCK_MONOTONIC, &gres);
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == gres.tv_sec && ts.tv_nsec == gres.tv_nsec,
          "[partial] clock_getres(MONOTONIC) = %d, %lld.%09lld: the system call's (glibc %lld.%09lld)",
          err, (long long)ts.tv_sec, (long long)ts.tv_nsec, (long long)gres.tv_sec,
          (long long)gres.tv_nsec);
    err = linux_clock_getres(12345, &ts);
    check(err == LINUX_EINVAL, "[partial] clock_getres(12345) = %d (EINVAL %d)", err, LINUX_EINVAL);
#ifdef __powerpc64__
    gettimeofday(&before, NULL);
    err = linux_gettimeofday(&tv);
    gettimeofday(&after, NULL);
    check(err == 0 && tv_between(&before, &tv, &after),
          "[partial] gettimeofday = %d, %lld.%06lld: the system call's (within glibc's bracket)", err,
          (long long)tv.tv_sec, (long long)tv.tv_usec);
#else
    (void)before, (void)after, (void)tv;
#endif
    err = linux_getcpu(&cpu, &node);
    getcpu(&gcpu, &gnode);
    check(err == 0 && cpu == gcpu && node == gnode,
          "[partial] getcpu = %d, cpu %u node %u: the system call's (glibc %u %u)", err, cpu, node,
          gcpu, gnode);
    munmap(image, len);
}

#endif /* !NO_TIME64_SYSCALLS */

#ifndef __powerpc64__
/* TIME32, a kernel before 5.11: clock_getres takes the 32-bit entry (a
 * resolution fits in 32 bits); clock_gettime and gettimeofday take it only
 * where the 64-bit system calls are missing too (before 5.1:
 * NO_TIME64_SYSCALLS), else the 64-bit system call, which outlives 2038. */
static void test_time32(const char *so)
{
    void *image;
    size_t len = 0; /* gcc -O2 cannot see use_image() set it */
    struct linux_timespec ts = {-1, -1};
    struct linux_timeval tv = {-1, -1};
    unsigned mask;
    int err;

    if (!use_image(so, &image, &len))
        return;
    mask = linux_time_vdso_functions();
    check(linux_vdso_present() && mask == TIME32_MASK,
          "[time32] calls that use the vDSO: 0x%x (0x%x)", mask, TIME32_MASK);
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == 0 && ts.tv_nsec == 2000 + LINUX_CLOCK_MONOTONIC,
          "[time32] clock_getres(MONOTONIC) = %d, %lld.%09lld from the 32-bit entry (0.000002001)",
          err, (long long)ts.tv_sec, (long long)ts.tv_nsec);
    ts.tv_sec = ts.tv_nsec = -1;
    err = linux_clock_getres(12345, &ts);
    check(err == LINUX_EINVAL && ts.tv_sec == -1 && ts.tv_nsec == -1,
          "[time32] clock_getres(12345) = %d (EINVAL %d) from the 32-bit entry, output untouched",
          err, LINUX_EINVAL);
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, NULL);
    check(err == 0, "[time32] clock_getres(MONOTONIC, NULL) = %d", err);
#ifdef NO_TIME64_SYSCALLS
    int64_t t = -1;
    ts.tv_sec = ts.tv_nsec = -1;
    err = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == 3000000 + LINUX_CLOCK_MONOTONIC && ts.tv_nsec == 234567891,
          "[time32, no 64-bit calls] clock_gettime(MONOTONIC) = %d, %lld.%09lld from the 32-bit "
          "entry (3000001.234567891)", err, (long long)ts.tv_sec, (long long)ts.tv_nsec);
    ts.tv_sec = ts.tv_nsec = -1;
    err = linux_clock_gettime(12345, &ts);
    check(err == LINUX_EINVAL && ts.tv_sec == -1 && ts.tv_nsec == -1,
          "[time32, no 64-bit calls] clock_gettime(12345) = %d (EINVAL %d) from the 32-bit entry, "
          "output untouched", err, LINUX_EINVAL);
    err = linux_time(&t);
    check(err == 0 && t == 3000000, "[time32, no 64-bit calls] time = %d, %lld (3000000)", err,
          (long long)t);
    err = linux_gettimeofday(&tv);
    check(err == 0 && tv.tv_sec == 4000000 && tv.tv_usec == 765432,
          "[time32, no 64-bit calls] gettimeofday = %d, %lld.%06lld from the 32-bit entry "
          "(4000000.765432)", err, (long long)tv.tv_sec, (long long)tv.tv_usec);
#else
    {
        struct timespec before, after;
        struct timeval tv_before, tv_after;
        clock_gettime(CLOCK_MONOTONIC, &before);
        err = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts);
        clock_gettime(CLOCK_MONOTONIC, &after);
        check(err == 0 && ts_between(&before, &ts, &after),
              "[time32] clock_gettime(MONOTONIC) = %d, %lld.%09lld: the 64-bit system call's, not "
              "the 32-bit entry's (within glibc's bracket)", err, (long long)ts.tv_sec,
              (long long)ts.tv_nsec);
        gettimeofday(&tv_before, NULL);
        err = linux_gettimeofday(&tv);
        gettimeofday(&tv_after, NULL);
        check(err == 0 && tv_between(&tv_before, &tv, &tv_after),
              "[time32] gettimeofday = %d, %lld.%06lld: from the 64-bit system call (within "
              "glibc's bracket)", err, (long long)tv.tv_sec, (long long)tv.tv_usec);
    }
#endif
    munmap(image, len);
}
#endif /* !__powerpc64__ */

#ifndef NO_TIME64_SYSCALLS
/*
 * The shim's CFI, read by libgcc's unwinder, as a debugger, a profiler or
 * a C++ exception from a signal handler would: a probe function called
 * through the shim walks the stack. Its return address, CFA and (ppc64)
 * r2 in the caller come from the shim's rules at the bctrl, so a wrong
 * CFA offset, LR slot or r2 slot puts the wrong function after the shim,
 * or the wrong function after that, or another TOC.
 */
#ifdef __clang__
#define NOT_INLINED_OR_CLONED __attribute__((noinline))
#else
#define NOT_INLINED_OR_CLONED __attribute__((noipa))
#endif
#if defined(_CALL_ELF) && _CALL_ELF == 2 || !defined(__powerpc64__)
#define CODE_ADDRESS(f) ((uintptr_t)(f))
#else /* ELFv1: a function pointer is a descriptor; its first word is the code */
#define CODE_ADDRESS(f) (*(const uintptr_t *)(const void *)(f))
#endif

#define UNWIND_FRAMES 16
struct unwind_walk {
    int frames;
    uintptr_t ip[UNWIND_FRAMES], cfa[UNWIND_FRAMES];
    uintptr_t caller_r2; /* r2 in call_probe_through_shim's frame */
    long shim_result;
};

static void call_probe_through_shim(struct unwind_walk *walk);

static uintptr_t enclosing(uintptr_t ip)
{
    return (uintptr_t)_Unwind_FindEnclosingFunction((void *)ip);
}

static _Unwind_Reason_Code unwind_record(struct _Unwind_Context *ctx, void *arg)
{
    struct unwind_walk *walk = arg;
    if (walk->frames == UNWIND_FRAMES)
        return _URC_END_OF_STACK;
    walk->ip[walk->frames] = _Unwind_GetIP(ctx);
    walk->cfa[walk->frames] = _Unwind_GetCFA(ctx);
#ifdef __powerpc64__
    /* only there: libgcc has no location for r2 in the outermost frames */
    if (enclosing(walk->ip[walk->frames]) == CODE_ADDRESS(call_probe_through_shim))
        walk->caller_r2 = _Unwind_GetGR(ctx, 2);
#endif
    walk->frames++;
    return _URC_NO_REASON;
}

NOT_INLINED_OR_CLONED static long unwind_probe(long walk, long unused1, long unused2)
{
    (void)unused1;
    (void)unused2;
    _Unwind_Backtrace(unwind_record, (void *)walk);
    return 0;
}

NOT_INLINED_OR_CLONED static void call_probe_through_shim(struct unwind_walk *walk)
{
    /* the store after the call keeps it from being a tail call */
    walk->shim_result = linux__ppc_vdso_call(CODE_ADDRESS(unwind_probe), (long)walk, 0, 0);
}

NOT_INLINED_OR_CLONED static void test_shim_unwind(void)
{
    struct unwind_walk walk = {0};
    int shim = -1, i;
    call_probe_through_shim(&walk);
    for (i = 0; i < walk.frames; i++)
        if (enclosing(walk.ip[i]) == CODE_ADDRESS(linux__ppc_vdso_call))
            shim = i;
    if (!check(shim > 0 && enclosing(walk.ip[shim - 1]) == CODE_ADDRESS(unwind_probe),
               "unwinding from a function called through the shim: the shim's frame follows "
               "the function's (frame %d of %d)", shim, walk.frames))
        return;
    check(shim + 2 < walk.frames &&
              enclosing(walk.ip[shim + 1]) == CODE_ADDRESS(call_probe_through_shim) &&
              enclosing(walk.ip[shim + 2]) == CODE_ADDRESS(test_shim_unwind),
          "shim CFI: the return address (CFA %#lx + LR slot) is in the shim's caller, and the "
          "caller's CFA leads to its own caller (frames %d, %d of %d)",
          (unsigned long)walk.cfa[shim], shim + 1, shim + 2, walk.frames);
    check(shim + 1 < walk.frames && walk.cfa[shim - 1] < walk.cfa[shim] &&
              walk.cfa[shim] < walk.cfa[shim + 1],
          "shim CFI: the CFAs grow up the stack (%#lx < %#lx < %#lx)",
          (unsigned long)walk.cfa[shim - 1], (unsigned long)walk.cfa[shim],
          (unsigned long)(shim + 1 < walk.frames ? walk.cfa[shim + 1] : 0));
#ifdef __powerpc64__
    {
        uintptr_t toc;
        __asm__("mr %0, 2" : "=r"(toc));
        check(walk.caller_r2 == toc,
              "shim CFI: r2 (TOC) in the shim's caller = %#lx (the TOC %#lx, from the shim's r2 slot)",
              (unsigned long)walk.caller_r2, (unsigned long)toc);
    }
#endif /* ppc32: r2 is the thread pointer; the shim neither saves nor describes it */
}
#endif

#ifdef NO_TIME64_SYSCALLS
int main(int argc, char **argv)
{
    linux_word no_vdso[2] = {AT_NULL, 0};
    struct linux_timespec ts;
    struct timespec before, after;
    int err;
    if (argc != 2) {
        fprintf(stderr, "usage: ppc_vdso_test TIME32.so (the -DNO_TIME64_SYSCALLS build)\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    err = linux_check(linux_syscall(NO_SUCH_SYSCALL, 0, 0));
    check(err == LINUX_ENOSYS, "system call %d, standing for clock_gettime64: %d (ENOSYS %d)",
          NO_SUCH_SYSCALL, err, LINUX_ENOSYS);
    test_time32(argv[1]);
    linux_init_auxv(no_vdso);
    clock_gettime(CLOCK_MONOTONIC, &before);
    err = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts);
    clock_gettime(CLOCK_MONOTONIC, &after);
    check(err == 0 && ts_between(&before, &ts, &after),
          "no vDSO, no 64-bit calls: clock_gettime(MONOTONIC) = %d from the 32-bit system call "
          "(within glibc's bracket)", err);
    printf("%d passed, %d failed\n", passes, failures);
    return failures != 0;
}
#else
int main(int argc, char **argv)
{
    linux_word no_vdso[2] = {AT_NULL, 0};
    struct linux_timespec ts;
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: ppc_vdso_test FULL.so PARTIAL.so [TIME32.so]\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    test_shim_unwind();
    test_full(argv[1]);
    test_partial(argv[2]);
#ifdef __powerpc64__
    if (argc == 4)
        check(0, "TIME32.so given: 32-bit-time entries are ppc32's only");
#else
    if (check(argc == 4, "TIME32.so given (ppc32)"))
        test_time32(argv[3]);
#endif
    linux_init_auxv(no_vdso);
    check(!linux_vdso_present() && linux_time_vdso_functions() == 0 &&
              linux_clock_gettime(12345, &ts) == LINUX_EINVAL &&
              linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec != 1000001,
          "no vDSO: system calls (EINVAL for clock 12345, a real MONOTONIC time)");
    printf("%d passed, %d failed\n", passes, failures);
    return failures != 0;
}
#endif /* NO_TIME64_SYSCALLS */
