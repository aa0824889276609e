/* tests/x86/run.sh "lto": a third translation unit that includes the
 * header, so that two LTO units can follow one without LTO (the order in
 * which LLVM's LTO once dropped the group's guard symbol). */
#include "linux_syscall.h"

linux_word lto_third_getppid(void);
linux_word lto_third_getppid(void)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_getppid, 0, 0, 0, 0, 0, 0));
}
