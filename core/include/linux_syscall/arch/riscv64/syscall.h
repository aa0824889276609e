/*
 * riscv64 syscall ABI
 *
 *   trap:      ecall
 *   number:    a7
 *   arguments: a0 a1 a2 a3 a4 a5
 *   result:    a0 (so the first argument register is also the output)
 *   clobbered: memory; all other registers are preserved by the kernel
 */
#ifndef LINUX_SYSCALL_ARCH_RISCV64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_RISCV64_SYSCALL_H

#include "../register_args.h"

LINUX__REGISTER_ARG_SYSCALLS("ecall", "a7", "a0", "a1", "a2", "a3", "a4", "a5",
                             "memory")

#endif
