/* tests/x86/run.sh "lto": a second translation unit that includes the
 * header, so link-time optimisation sees the header's top-level asm twice. */
#include "linux_syscall.h"

linux_word lto_other_getppid(void);
linux_word lto_other_getppid(void)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_getppid, 0, 0, 0, 0, 0, 0));
}
