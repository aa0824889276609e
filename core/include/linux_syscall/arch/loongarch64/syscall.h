/*
 * loongarch64 syscall ABI
 *
 *   trap:      syscall 0
 *   number:    $a7
 *   arguments: $a0 $a1 $a2 $a3 $a4 $a5
 *   result:    $a0 (so the first argument register is also the output)
 *   clobbered: the temporaries $t0-$t8 (the kernel does not promise to
 *              preserve them across the trap) and memory
 */
#ifndef LINUX_SYSCALL_ARCH_LOONGARCH64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_LOONGARCH64_SYSCALL_H

#include "../register_args.h"

LINUX__REGISTER_ARG_SYSCALLS("syscall 0", "$a7", "$a0", "$a1", "$a2", "$a3", "$a4", "$a5",
                             "$t0", "$t1", "$t2", "$t3", "$t4", "$t5", "$t6", "$t7", "$t8", "memory")

#endif
