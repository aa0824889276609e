/* clock_gettime: clock_gettime(CLOCK_MONOTONIC) through the system call
 * (library, libc syscall(), raw floor) against the vDSO (libc wrapper and
 * the library's linux_clock_gettime). */
#include "ops.h"

#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

BENCH_DECLARE_LIB_FNS(bench_clock_gettime);

#define MONOTONIC 1 /* CLOCK_MONOTONIC, the same number on every architecture */

int BENCH_LIB_FN(bench_clock_gettime)(uint64_t calls, void *arg)
{
    bench_kernel_timespec ts = {0, 0};
    linux_word r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_result_raw(linux_syscall(BENCH_SYS_clock_gettime, MONOTONIC, &ts)); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && (ts.sec | ts.nsec) != 0));
}

#if BENCH_PRIMARY_TU
int bench_clock_gettime_libc_syscall(uint64_t calls, void *arg)
{
    bench_kernel_timespec ts = {0, 0};
    long r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = syscall(BENCH_SYS_clock_gettime, MONOTONIC, &ts); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && (ts.sec | ts.nsec) != 0));
}

int bench_clock_gettime_libc_wrapper(uint64_t calls, void *arg)
{
    struct timespec ts = {0, 0};
    int r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = clock_gettime(CLOCK_MONOTONIC, &ts); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && (ts.tv_sec | ts.tv_nsec) != 0));
}

#ifdef BENCH_HAVE_VDSO
int bench_clock_gettime_vdso(uint64_t calls, void *arg)
{
    struct linux_timespec ts = {0, 0};
    int r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && (ts.tv_sec | ts.tv_nsec) != 0));
}
#endif

#ifdef BENCH_HAVE_RAW_FLOOR
int bench_clock_gettime_raw_floor(uint64_t calls, void *arg)
{
    bench_kernel_timespec ts = {0, 0};
    linux_word r = 0;
    (void)arg;
    BENCH_RAW_LOOP(arg, calls, r, BENCH_SYS_clock_gettime, MONOTONIC, (linux_word)&ts, 0);
    return bench_expect(calls == 0 || (r == 0 && (ts.sec | ts.nsec) != 0));
}
#endif

BENCH_OPERATION(clock_gettime)
{
    BENCH_REGISTER_LIB_PATHS("clock_gettime", bench_clock_gettime);
    bench_register("clock_gettime", "libc_syscall", bench_clock_gettime_libc_syscall, 0);
    bench_register("clock_gettime", "libc_wrapper", bench_clock_gettime_libc_wrapper, 0);
#ifdef BENCH_HAVE_VDSO
    bench_register("clock_gettime", linux_time_vdso_functions() & LINUX_VDSO_FN_CLOCK_GETTIME ? "vdso" : "vdso_fallback_syscall",
                   bench_clock_gettime_vdso, 0);
#endif
#ifdef BENCH_HAVE_RAW_FLOOR
    BENCH_REGISTER_RAW("clock_gettime", bench_clock_gettime_raw_floor);
#endif
}
#endif
