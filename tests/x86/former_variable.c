/*
 * Code written for the former variable linux_x86_vsyscall_entry (now a
 * function-like macro): tests/x86/run.sh expects this NOT to compile,
 * without -Werror, instead of testing an always-true function address.
 */
#include "linux_syscall.h"

int uses_fast_entry(void);
int uses_fast_entry(void)
{
    return linux_x86_vsyscall_entry ? 1 : 0;
}
