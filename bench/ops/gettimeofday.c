/* gettimeofday: gettimeofday(&tv, NULL), system call against vDSO, like
 * clock_gettime but with the older call. */
#include "ops.h"

#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#ifdef LINUX_SYS_gettimeofday
BENCH_DECLARE_LIB_FNS(bench_gettimeofday);

/* The kernel's old struct timeval: two longs on every architecture. */
int BENCH_LIB_FN(bench_gettimeofday)(uint64_t calls, void *arg)
{
    long tv[2] = {0, 0};
    linux_word r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_result_raw(linux_syscall(LINUX_SYS_gettimeofday, tv, 0)); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && tv[0] != 0));
}
#endif

#if BENCH_PRIMARY_TU
#ifdef LINUX_SYS_gettimeofday
int bench_gettimeofday_libc_syscall(uint64_t calls, void *arg)
{
    long tv[2] = {0, 0};
    long r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = syscall(LINUX_SYS_gettimeofday, tv, 0); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && tv[0] != 0));
}

#ifdef BENCH_HAVE_RAW_FLOOR
int bench_gettimeofday_raw_floor(uint64_t calls, void *arg)
{
    long tv[2] = {0, 0};
    linux_word r = 0;
    (void)arg;
    BENCH_RAW_LOOP(arg, calls, r, LINUX_SYS_gettimeofday, (linux_word)tv, 0, 0);
    return bench_expect(calls == 0 || (r == 0 && tv[0] != 0));
}
#endif
#endif

int bench_gettimeofday_libc_wrapper(uint64_t calls, void *arg)
{
    struct timeval tv = {0, 0};
    int r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = gettimeofday(&tv, NULL); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && tv.tv_sec != 0));
}

#ifdef BENCH_HAVE_VDSO
int bench_gettimeofday_vdso(uint64_t calls, void *arg)
{
    struct linux_timeval tv = {0, 0};
    int r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_gettimeofday(&tv); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && tv.tv_sec != 0));
}
#endif

BENCH_OPERATION(gettimeofday)
{
#ifdef LINUX_SYS_gettimeofday
    BENCH_REGISTER_LIB_PATHS("gettimeofday", bench_gettimeofday);
    bench_register("gettimeofday", "libc_syscall", bench_gettimeofday_libc_syscall, 0);
#endif
    bench_register("gettimeofday", "libc_wrapper", bench_gettimeofday_libc_wrapper, 0);
#ifdef BENCH_HAVE_VDSO
    bench_register("gettimeofday", linux_time_vdso_functions() & LINUX_VDSO_FN_GETTIMEOFDAY ? "vdso" : "vdso_fallback_syscall",
                   bench_gettimeofday_vdso, 0);
#endif
#if defined(LINUX_SYS_gettimeofday) && defined(BENCH_HAVE_RAW_FLOOR)
    BENCH_REGISTER_RAW("gettimeofday", bench_gettimeofday_raw_floor);
#endif
}
#endif
