/* A program without libc: the linux_syscall library and its start-up only. */
#include "linux_syscall.h"

int main(int argc, char **argv)
{
    static const char greeting[] = "hello from a program without libc\n";
    struct linux_timespec now; /* the clock: vDSO if there is one, else the system call */

    (void)argv;
    if (linux_clock_gettime(LINUX_CLOCK_REALTIME, &now) != 0 || now.tv_sec <= 0)
        return 100;
    (void)linux_check(linux_syscall(LINUX_SYS_write, 1, greeting, sizeof greeting - 1));
    return argc - 1; /* the exit status: how many arguments were given */
}
