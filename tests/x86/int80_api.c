/*
 * Built with -DLINUX_SYSCALL_X86_INT80 -Werror: the entry functions the
 * README names exist there too (the setter does nothing, the entry reads
 * 0), and calls trap with `int $0x80`. Output: tests/lib/check.h.
 */
#include "linux_syscall.h"

#include "check.h" /* tests/lib */

int main(void)
{
    linux_x86_set_vsyscall_entry(0x1234);
    CHECK_EQUAL_UINT("int80.entry_reads_0_after_set", linux_x86_vsyscall_entry(), 0);
    CHECK_TRUE("int80.getpid", !linux_result_is_error(linux_syscall(LINUX_SYS_getpid)));
    return check_finish();
}
