/*
 * The system-call path needs headers only: this program is compiled with
 * `pkg-config --cflags` alone and linked without the library.
 */
#include "linux_syscall.h"

static const char message[] = "header-only: ok\n";

int main(void)
{
    long written = 0;
    if (linux_try_i64(linux_syscall(LINUX_SYS_write, 1, message, sizeof message - 1),
                      (int64_t *)&written) != 0)
        return 1;
    if (linux_check(linux_syscall(LINUX_SYS_close, -1)) != LINUX_EBADF)
        return 2;
    return written == (long)(sizeof message - 1) ? 0 : 3;
}
