/*
 * One system call per function, every arity, with a number known only at
 * run time (so the vDSO branch is in the code), for check_entry_loads.py:
 * each function must load the entry word (linux__x86_vsyscall_offset) once.
 */
#include "linux_syscall.h"

linux_word entry_site0(linux_word n);
linux_word entry_site1(linux_word n, linux_word a);
linux_word entry_site2(linux_word n, linux_word a, linux_word b);
linux_word entry_site3(linux_word n, linux_word a, linux_word b, linux_word c);
linux_word entry_site4(linux_word n, linux_word a, linux_word b, linux_word c, linux_word d);
linux_word entry_site5(linux_word n, linux_word a, linux_word b, linux_word c, linux_word d,
                       linux_word e);
linux_word entry_site6(linux_word n, linux_word a, linux_word b, linux_word c, linux_word d,
                       linux_word e, linux_word f);

linux_word entry_site0(linux_word n)
{
    return linux_result_raw(linux_syscall(n));
}
linux_word entry_site1(linux_word n, linux_word a)
{
    return linux_result_raw(linux_syscall(n, a));
}
linux_word entry_site2(linux_word n, linux_word a, linux_word b)
{
    return linux_result_raw(linux_syscall(n, a, b));
}
linux_word entry_site3(linux_word n, linux_word a, linux_word b, linux_word c)
{
    return linux_result_raw(linux_syscall(n, a, b, c));
}
linux_word entry_site4(linux_word n, linux_word a, linux_word b, linux_word c, linux_word d)
{
    return linux_result_raw(linux_syscall(n, a, b, c, d));
}
linux_word entry_site5(linux_word n, linux_word a, linux_word b, linux_word c, linux_word d,
                       linux_word e)
{
    return linux_result_raw(linux_syscall(n, a, b, c, d, e));
}
linux_word entry_site6(linux_word n, linux_word a, linux_word b, linux_word c, linux_word d,
                       linux_word e, linux_word f)
{
    return linux_result_raw(linux_syscall(n, a, b, c, d, e, f));
}
