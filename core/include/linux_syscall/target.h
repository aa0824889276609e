/*
 * linux_syscall/target.h: brings in the asm (arch/<arch>/syscall.h) and
 * the LINUX_SYS_* names (numbers/target/<arch>.h) of the architecture
 * target_arch.h selects, and nothing else.
 */
#ifndef LINUX_SYSCALL_TARGET_H
#define LINUX_SYSCALL_TARGET_H

#include "target_arch.h"
#include LINUX_ARCH_TARGET_SYSCALL_H
#include LINUX_ARCH_TARGET_NUMBERS_H

#endif /* LINUX_SYSCALL_TARGET_H */
