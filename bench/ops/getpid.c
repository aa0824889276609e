/* getpid: the process id (no arguments; glibc 2.25+ and musl make the call every time, no cache). */
#include "ops.h"

#include <sys/syscall.h>
#include <unistd.h>

BENCH_DECLARE_LIB_FNS(bench_getpid);

int BENCH_LIB_FN(bench_getpid)(uint64_t calls, void *arg)
{
    linux_word r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_result_raw(linux_syscall(LINUX_SYS_getpid)); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || r == (linux_word)getpid());
}

#if BENCH_PRIMARY_TU
int bench_getpid_libc_syscall(uint64_t calls, void *arg)
{
    long r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = syscall(LINUX_SYS_getpid); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || r == (long)getpid());
}

int bench_getpid_libc_wrapper(uint64_t calls, void *arg)
{
    pid_t r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = getpid(); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || r == getpid());
}

#ifdef BENCH_HAVE_RAW_FLOOR
int bench_getpid_raw_floor(uint64_t calls, void *arg)
{
    linux_word r = 0;
    (void)arg;
    BENCH_RAW_LOOP0(arg, calls, r, LINUX_SYS_getpid);
    return bench_expect(calls == 0 || r == (linux_word)getpid());
}
#endif

BENCH_OPERATION(getpid)
{
    BENCH_REGISTER_LIB_PATHS("getpid", bench_getpid);
    bench_register("getpid", "libc_syscall", bench_getpid_libc_syscall, 0);
    bench_register("getpid", "libc_wrapper", bench_getpid_libc_wrapper, 0);
#ifdef BENCH_HAVE_RAW_FLOOR
    BENCH_REGISTER_RAW("getpid", bench_getpid_raw_floor);
#endif
}
#endif
