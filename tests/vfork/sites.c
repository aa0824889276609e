/*
 * Call sites of the vfork-like system calls with constant numbers, for
 * tests/vfork/check_disasm.py: compiled to assembly (inline and trampoline
 * builds, every architecture), the code the library puts at each site must
 * read nothing from the stack after the trap.
 */
#include "linux_syscall.h"

linux_word site_vfork(void);
linux_word site_clone5(linux_word flags);
linux_word site_clone6(linux_word flags);
linux_word site_clone3(void *args, linux_word size);

linux_word site_vfork(void)
{
#ifdef LINUX_SYS_vfork
    return linux_result_raw(linux_syscall(LINUX_SYS_vfork));
#else
    return 0;
#endif
}

linux_word site_clone5(linux_word flags)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_clone, flags, 0, 0, 0, 0));
}

linux_word site_clone6(linux_word flags)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_clone, flags, 0, 0, 0, 0, 0));
}

linux_word site_clone3(void *args, linux_word size)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_clone3, args, size));
}
