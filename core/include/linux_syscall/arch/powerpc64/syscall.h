/*
 * powerpc64 syscall ABI (ppc64le ELFv2 and big-endian ppc64 ELFv1)
 *
 *   trap:      sc
 *   number:    r0
 *   arguments: r3 r4 r5 r6 r7 r8
 *   result:    r3; error when cr0.SO is set, r3 then holds the positive
 *              errno (converted to -errno by the asm)
 *   clobbered: r0, r4-r8 (changed by the kernel), r9-r12, ctr, xer, cr0,
 *              memory
 *
 * The system-call convention is the 32-bit powerpc one with 64-bit
 * registers (Documentation/arch/powerpc/syscall64-abi.rst), and the C code
 * is the same word for word, so it lives in one place:
 * arch/powerpc/syscall.h. The ELFv1/ELFv2 difference (function
 * descriptors, TOC) matters only to the out-of-line trampolines and
 * _start, not to inline asm.
 */
#ifndef LINUX_SYSCALL_ARCH_POWERPC64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_POWERPC64_SYSCALL_H

#include "../powerpc/syscall.h"

#endif
