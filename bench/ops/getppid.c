/* getppid: the null system call (no arguments, no work in the kernel). */
#include "ops.h"

#include <sys/syscall.h>
#include <unistd.h>

BENCH_DECLARE_LIB_FNS(bench_getppid);

int BENCH_LIB_FN(bench_getppid)(uint64_t calls, void *arg)
{
    linux_word r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_result_raw(linux_syscall(LINUX_SYS_getppid)); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || r == (linux_word)getppid());
}

#if BENCH_PRIMARY_TU
int bench_getppid_libc_syscall(uint64_t calls, void *arg)
{
    long r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = syscall(LINUX_SYS_getppid); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || r == (long)getppid());
}

int bench_getppid_libc_wrapper(uint64_t calls, void *arg)
{
    pid_t r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = getppid(); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || r == getppid());
}

#ifdef BENCH_HAVE_RAW_FLOOR
int bench_getppid_raw_floor(uint64_t calls, void *arg)
{
    linux_word r = 0;
    (void)arg;
    BENCH_RAW_LOOP0(arg, calls, r, LINUX_SYS_getppid);
    return bench_expect(calls == 0 || r == (linux_word)getppid());
}
#endif

BENCH_OPERATION(getppid)
{
    BENCH_REGISTER_LIB_PATHS("getppid", bench_getppid);
    bench_register("getppid", "libc_syscall", bench_getppid_libc_syscall, 0);
    bench_register("getppid", "libc_wrapper", bench_getppid_libc_wrapper, 0);
#ifdef BENCH_HAVE_RAW_FLOOR
    BENCH_REGISTER_RAW("getppid", bench_getppid_raw_floor);
#endif
}
#endif
