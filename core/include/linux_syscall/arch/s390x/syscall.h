/*
 * s390x syscall ABI
 *
 *   trap:      svc 0 (the number in r1; `svc NR` with an 8-bit immediate
 *              would cover only numbers below 256)
 *   number:    r1
 *   arguments: r2 r3 r4 r5 r6 r7 (r6 and r7 are callee-saved in the C ABI;
 *              as asm inputs the compiler saves them when it needs to)
 *   result:    r2 (so the first argument register is also the output)
 *   clobbered: memory; condition code is preserved, other registers too
 *
 * mmap is special on s390x: it takes one pointer to a block of six words
 * (old_mmap), not six arguments.
 */
#ifndef LINUX_SYSCALL_ARCH_S390X_SYSCALL_H
#define LINUX_SYSCALL_ARCH_S390X_SYSCALL_H

#include "../register_args.h"

LINUX__REGISTER_ARG_SYSCALLS("svc 0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
                             "memory")

#endif
