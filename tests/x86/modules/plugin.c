/* A dlopen()ed plugin built with -DLINUX_SYSCALL_HEADER_ONLY, as the
 * README suggests for plugins: nothing in it sets its entry word. */
#include "linux_syscall.h"

linux_word modules_plugin_getppid(void);
linux_word modules_plugin_entry(void);

linux_word modules_plugin_getppid(void)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_getppid));
}

linux_word modules_plugin_entry(void)
{
    return linux_x86_vsyscall_entry();
}
