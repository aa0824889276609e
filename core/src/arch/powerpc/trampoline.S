/*
 * powerpc (32-bit) out-of-line syscall trampolines:
 * linux_syscall_trampoline0..6.
 *
 * C ABI in (System V PowerPC ABI, as Linux uses it):
 *   nr a1 a2 a3 a4 a5 a6
 *   r3 r4 r5 r6 r7 r8 r9
 *   result in r3; callee-saved: r1, r2 (thread pointer), r13 (small data),
 *   r14-r31, cr2-cr4, f14-f31; r0, r3-r12, ctr, xer, cr0 are call-clobbered.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/powerpc/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   r0 r3 r4 r5 r6 r7 r8
 *   trap `sc`; cr0.SO set: r3 is the positive errno, negated here.
 *
 * Leaf functions without a frame: only call-clobbered registers are
 * written and lr is not touched. The moves run from r3 upwards, each
 * register read before it is overwritten.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 2
linux_syscall_trampoline\arity:
    .cfi_startproc
    mr 0, 3
    .if \arity >= 1
    mr 3, 4
    .endif
    .if \arity >= 2
    mr 4, 5
    .endif
    .if \arity >= 3
    mr 5, 6
    .endif
    .if \arity >= 4
    mr 6, 7
    .endif
    .if \arity >= 5
    mr 7, 8
    .endif
    .if \arity >= 6
    mr 8, 9
    .endif
    sc
    bnslr+
    neg 3, 3
    blr
    .cfi_endproc
    .size linux_syscall_trampoline\arity, . - linux_syscall_trampoline\arity
.endm

LINUX__TRAMPOLINE 0
LINUX__TRAMPOLINE 1
LINUX__TRAMPOLINE 2
LINUX__TRAMPOLINE 3
LINUX__TRAMPOLINE 4
LINUX__TRAMPOLINE 5
LINUX__TRAMPOLINE 6

    .section .note.GNU-stack, "", @progbits
