/* libfoo.so for tests/x86/modules: a shared object that contains the
 * library (liblinux_syscall.a, start-up code and all), so that a program
 * linked against it finds the library's symbols here and never links the
 * library's start-up code into itself. */
#include "linux_syscall.h"

linux_word modules_foo_getppid(void);
linux_word modules_foo_entry(void);

linux_word modules_foo_getppid(void)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_getppid));
}

linux_word modules_foo_entry(void)
{
    return linux_x86_vsyscall_entry();
}
