/*
 * Call sites with constant numbers, for check_callsite_shape.py: each
 * shape_entryN (arity N) must make exactly one indirect call (the entry)
 * and contain no `int $0x80`; each shape_vfork_* (vfork, clone with five
 * and six arguments, clone3) exactly one `int $0x80` and no indirect call.
 */
#include "linux_syscall.h"

#define NR LINUX_SYS_getppid /* any constant that is not vfork-like */

linux_word shape_entry0(void);
linux_word shape_entry1(linux_word a);
linux_word shape_entry2(linux_word a, linux_word b);
linux_word shape_entry3(linux_word a, linux_word b, linux_word c);
linux_word shape_entry4(linux_word a, linux_word b, linux_word c, linux_word d);
linux_word shape_entry5(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e);
linux_word shape_entry6(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e,
                        linux_word f);
linux_word shape_vfork_vfork(void);
linux_word shape_vfork_clone5(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e);
linux_word shape_vfork_clone6(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e,
                              linux_word f);
linux_word shape_vfork_clone3(linux_word a, linux_word b);

linux_word shape_entry0(void)
{
    return linux_result_raw(linux_syscall(NR));
}
linux_word shape_entry1(linux_word a)
{
    return linux_result_raw(linux_syscall(NR, a));
}
linux_word shape_entry2(linux_word a, linux_word b)
{
    return linux_result_raw(linux_syscall(NR, a, b));
}
linux_word shape_entry3(linux_word a, linux_word b, linux_word c)
{
    return linux_result_raw(linux_syscall(NR, a, b, c));
}
linux_word shape_entry4(linux_word a, linux_word b, linux_word c, linux_word d)
{
    return linux_result_raw(linux_syscall(NR, a, b, c, d));
}
linux_word shape_entry5(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e)
{
    return linux_result_raw(linux_syscall(NR, a, b, c, d, e));
}
linux_word shape_entry6(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e,
                        linux_word f)
{
    return linux_result_raw(linux_syscall(NR, a, b, c, d, e, f));
}
linux_word shape_vfork_vfork(void)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_vfork));
}
linux_word shape_vfork_clone5(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_clone, a, b, c, d, e));
}
linux_word shape_vfork_clone6(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e,
                              linux_word f)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_clone, a, b, c, d, e, f));
}
linux_word shape_vfork_clone3(linux_word a, linux_word b)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_clone3, a, b));
}
