/* read_badfd: read(-1, buf, 1), the kernel's EBADF fast path (three
 * arguments, fails at the first check). */
#include "ops.h"

#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

BENCH_DECLARE_LIB_FNS(bench_read_badfd);

static char read_buffer[1];

int BENCH_LIB_FN(bench_read_badfd)(uint64_t calls, void *arg)
{
    linux_result r = linux_result_from_raw(0);
    (void)arg;
    BENCH_LOOP(calls, r = linux_syscall(LINUX_SYS_read, -1, read_buffer, 1); bench_do_not_optimize(r.raw););
    return bench_expect(calls == 0 || linux_check(r) == LINUX_EBADF);
}

#if BENCH_PRIMARY_TU
int bench_read_badfd_libc_syscall(uint64_t calls, void *arg)
{
    long r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = syscall(LINUX_SYS_read, -1, read_buffer, 1); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == -1 && errno == EBADF));
}

int bench_read_badfd_libc_wrapper(uint64_t calls, void *arg)
{
    ssize_t r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = read(-1, read_buffer, 1); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == -1 && errno == EBADF));
}

#ifdef BENCH_HAVE_RAW_FLOOR
int bench_read_badfd_raw_floor(uint64_t calls, void *arg)
{
    linux_word r = 0;
    (void)arg;
    BENCH_RAW_LOOP(arg, calls, r, LINUX_SYS_read, (linux_word)-1, (linux_word)read_buffer, 1);
    return bench_expect(calls == 0 || linux_check(linux_result_from_raw(r)) == LINUX_EBADF);
}
#endif

BENCH_OPERATION(read_badfd)
{
    BENCH_REGISTER_LIB_PATHS("read_badfd", bench_read_badfd);
    bench_register("read_badfd", "libc_syscall", bench_read_badfd_libc_syscall, 0);
    bench_register("read_badfd", "libc_wrapper", bench_read_badfd_libc_wrapper, 0);
#ifdef BENCH_HAVE_RAW_FLOOR
    BENCH_REGISTER_RAW("read_badfd", bench_read_badfd_raw_floor);
#endif
}
#endif
