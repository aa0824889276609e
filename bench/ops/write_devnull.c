/* write_devnull: write(fd, buf, 1) to /dev/null (three arguments, a real
 * file operation that does no I/O). */
#include "ops.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

BENCH_DECLARE_LIB_FNS(bench_write_devnull);

static const char one_byte[1] = {'x'};

/* Opened once per translation unit and kept for the life of the process. */
static int devnull_fd(void)
{
    static int fd = -1;
    if (fd < 0) {
        fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            perror("write_devnull: open /dev/null");
            exit(2);
        }
    }
    return fd;
}

int BENCH_LIB_FN(bench_write_devnull)(uint64_t calls, void *arg)
{
    const int fd = devnull_fd();
    linux_word r = 1;
    (void)arg;
    BENCH_LOOP(calls, r = linux_result_raw(linux_syscall(LINUX_SYS_write, fd, one_byte, 1)); bench_do_not_optimize(r););
    return bench_expect(r == 1);
}

#if BENCH_PRIMARY_TU
int bench_write_devnull_libc_syscall(uint64_t calls, void *arg)
{
    const int fd = devnull_fd();
    long r = 1;
    (void)arg;
    BENCH_LOOP(calls, r = syscall(LINUX_SYS_write, fd, one_byte, 1); bench_do_not_optimize(r););
    return bench_expect(r == 1);
}

int bench_write_devnull_libc_wrapper(uint64_t calls, void *arg)
{
    const int fd = devnull_fd();
    ssize_t r = 1;
    (void)arg;
    BENCH_LOOP(calls, r = write(fd, one_byte, 1); bench_do_not_optimize(r););
    return bench_expect(r == 1);
}

#ifdef BENCH_HAVE_RAW_FLOOR
int bench_write_devnull_raw_floor(uint64_t calls, void *arg)
{
    const int fd = devnull_fd();
    linux_word r = 1;
    (void)arg;
    BENCH_RAW_LOOP(arg, calls, r, LINUX_SYS_write, (linux_word)fd, (linux_word)one_byte, 1);
    return bench_expect(r == 1);
}
#endif

BENCH_OPERATION(write_devnull)
{
    BENCH_REGISTER_LIB_PATHS("write_devnull", bench_write_devnull);
    bench_register("write_devnull", "libc_syscall", bench_write_devnull_libc_syscall, 0);
    bench_register("write_devnull", "libc_wrapper", bench_write_devnull_libc_wrapper, 0);
#ifdef BENCH_HAVE_RAW_FLOOR
    BENCH_REGISTER_RAW("write_devnull", bench_write_devnull_raw_floor);
#endif
}
#endif
