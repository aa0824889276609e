/* tests/x86/run.sh "lto": a unit that calls one of the library's functions
 * (linux_clock_gettime, core/src/time.c), so that header-only units are
 * linked with the library archive too. */
#include "linux_syscall.h"

int lto_clock_works(void);
int lto_clock_works(void)
{
    struct linux_timespec ts = {0, -1};
    return linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts) == 0 && ts.tv_nsec >= 0 &&
           ts.tv_nsec < 1000000000;
}
