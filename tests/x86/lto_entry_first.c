/* tests/x86/run.sh "lto": a program whose first reference is to the
 * calling module's entry word (linux_x86_vsyscall_entry()), not to a
 * trampoline, so that the archive member a linker pulls for it is the
 * first one that defines the word. Exit status 0 when getppid works. */
#include "linux_syscall.h"
int main(void)
{
    linux_word e = linux_x86_vsyscall_entry();
    return (e != 1 /* any value: the read is what counts */ && linux_result_raw(linux_syscall(LINUX_SYS_getppid)) > 0) ? 0 : 1;
}
