/*
 * MIPS o32 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (o32):
 *   nr a1 a2 a3 a4        a5        a6
 *   a0 a1 a2 a3 16($sp)   20($sp)   24($sp)   (the caller's outgoing area;
 *   its first 16 bytes are the home area of a0-a3)
 *   result in v0; callee-saved: s0-s7, fp, gp, sp.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/mips/syscall.h):
 *   nr a1 a2 a3 a4 a5       a6
 *   v0 a0 a1 a2 a3 16($sp)  20($sp)
 *   trap `syscall`; result in v0, a3 != 0 when v0 holds a positive errno.
 *
 * Each argument moves down one register and a4 from the stack into a3.
 * For 5 and 6 arguments the kernel reads the stack of the trap, so the
 * trampoline makes a 32-byte frame (sp stays 8-byte aligned) and copies
 * a5/a6 from the caller's area (now at 32+20 and 32+24) to 16 and 20.
 * Only v0, a0-a3 and t0/t1 are written, all call-clobbered; ra is not
 * touched (no calls), gp is not needed (no data). Assembled in the
 * assembler's default reorder mode: it fills the branch delay slots.
 * On error the positive errno is negated, so the result is -errno as the
 * inline path's.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 2
    .ent linux_syscall_trampoline\arity
linux_syscall_trampoline\arity:
    .cfi_startproc
    move $2, $4
    .if \arity >= 1
    move $4, $5
    .endif
    .if \arity >= 2
    move $5, $6
    .endif
    .if \arity >= 3
    move $6, $7
    .endif
    .if \arity >= 4
    lw $7, 16($sp)
    .endif
    .if \arity >= 5
    addiu $sp, $sp, -32
    .cfi_adjust_cfa_offset 32
    lw $8, 52($sp)
    sw $8, 16($sp)
    .endif
    .if \arity >= 6
    lw $9, 56($sp)
    sw $9, 20($sp)
    .endif
    syscall
    .if \arity >= 5
    addiu $sp, $sp, 32
    .cfi_adjust_cfa_offset -32
    .endif
    beqz $7, 1f
    subu $2, $0, $2
1:
    jr $31
    .cfi_endproc
    .end linux_syscall_trampoline\arity
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
