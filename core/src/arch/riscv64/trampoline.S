/*
 * riscv64 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (RISC-V LP64D integer convention):
 *   nr a1 a2 a3 a4 a5 a6
 *   a0 a1 a2 a3 a4 a5 a6
 *   result in a0; callee-saved: s0-s11, sp (gp and tp are never touched).
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/riscv64/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   a7 a0 a1 a2 a3 a4 a5
 *   trap `ecall`; result in a0.
 *
 * Nothing is saved: only a0-a7 are written, all call-clobbered, and ra is
 * never spilled, so there is no frame. The moves run from a0 upwards,
 * each register read before it is overwritten.
 *
 * Vector state: a syscall leaves v0-v31, vl, vtype and vstart unspecified
 * (kernel Documentation/arch/riscv/vector.rst). The trampolines follow
 * the standard calling convention, in which the RISC-V psABI makes v0-v31,
 * vl and vtype caller-saved, so every caller (one using the vector
 * calling convention too) already assumes the call destroys them and the
 * header's vector clobbers have no counterpart here; tests/codegen checks
 * that compilers keep nothing live across the call.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 2
linux_syscall_trampoline\arity:
    .cfi_startproc
    mv a7, a0
    .if \arity >= 1
    mv a0, a1
    .endif
    .if \arity >= 2
    mv a1, a2
    .endif
    .if \arity >= 3
    mv a2, a3
    .endif
    .if \arity >= 4
    mv a3, a4
    .endif
    .if \arity >= 5
    mv a4, a5
    .endif
    .if \arity >= 6
    mv a5, a6
    .endif
    ecall
    ret
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
