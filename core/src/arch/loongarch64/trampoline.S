/*
 * loongarch64 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (LoongArch LP64D integer convention):
 *   nr  a1  a2  a3  a4  a5  a6
 *   $a0 $a1 $a2 $a3 $a4 $a5 $a6
 *   result in $a0; callee-saved: $s0-$s8, $fp, $sp ($tp, $r21 untouched).
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/loongarch64/syscall.h):
 *   nr  a1  a2  a3  a4  a5  a6
 *   $a7 $a0 $a1 $a2 $a3 $a4 $a5
 *   trap `syscall 0`; result in $a0; the kernel may clobber $t0-$t8,
 *   which are call-clobbered in the C ABI too.
 *
 * Nothing is saved: only $a0-$a7 are written (and $t0-$t8 by the kernel),
 * all call-clobbered, and $ra is never spilled, so there is no frame. The
 * moves run from $a0 upwards, each register read before it is overwritten.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 2
linux_syscall_trampoline\arity:
    .cfi_startproc
    move $a7, $a0
    .if \arity >= 1
    move $a0, $a1
    .endif
    .if \arity >= 2
    move $a1, $a2
    .endif
    .if \arity >= 3
    move $a2, $a3
    .endif
    .if \arity >= 4
    move $a3, $a4
    .endif
    .if \arity >= 5
    move $a4, $a5
    .endif
    .if \arity >= 6
    move $a5, $a6
    .endif
    syscall 0
    jr $ra
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
