/*
 * MIPS n64 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (n64: eight argument registers):
 *   nr a1 a2 a3 a4 a5 a6
 *   a0 a1 a2 a3 a4 a5 a6   ($4-$10)
 *   result in v0; callee-saved: s0-s7, fp, gp, sp.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/mips64/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   v0 a0 a1 a2 a3 a4 a5   ($2, $4-$9)
 *   trap `syscall`; result in v0, a3 != 0 when v0 holds a positive errno.
 *
 * Each argument moves down one register, each read before it is
 * overwritten; only call-clobbered registers are written, and there is no
 * frame (no calls, no data, so neither ra nor gp is needed). Assembled in
 * the assembler's default reorder mode, which fills the delay slots. On
 * error the positive errno is negated, so the result is -errno as the
 * inline path's.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 3
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
    move $7, $8
    .endif
    .if \arity >= 5
    move $8, $9
    .endif
    .if \arity >= 6
    move $9, $10
    .endif
    syscall
    beqz $7, 1f
    dsubu $2, $0, $2
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
