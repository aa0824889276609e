/*
 * m68k out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (m68k System V / Linux: every argument on the stack):
 *   4(%sp) nr, 8(%sp) a1, ... 28(%sp) a6 at entry (0(%sp): return address)
 *   result in d0; d0, d1, a0, a1 are call-clobbered; d2-d7, a2-a6 and sp
 *   are callee-saved.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/m68k/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   d0 d1 d2 d3 d4 d5 a0
 *   trap `trap #0`; result in d0 (-errno on error).
 *
 * a2..a5 of the call go to d2..d5, which the caller expects back: they are
 * pushed (as many as the arity needs) and restored after the trap. The
 * kernel preserves d1-d5 and a0 itself, but the values there are the
 * arguments, not the caller's. movem does not change the condition codes,
 * which the C ABI does not preserve anyway.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 1
linux_syscall_trampoline\arity:
    .cfi_startproc
    /* saved: how many of d2..d5 this arity overwrites */
    .if \arity >= 5
    .set saved, 4
    .elseif \arity >= 2
    .set saved, \arity - 1
    .else
    .set saved, 0
    .endif
    .if saved == 4
    movem.l %d2-%d5, -(%sp)
    .elseif saved == 3
    movem.l %d2-%d4, -(%sp)
    .elseif saved == 2
    movem.l %d2-%d3, -(%sp)
    .elseif saved == 1
    move.l %d2, -(%sp)
    .endif
    .cfi_adjust_cfa_offset 4 * saved
    /* where the caller's d2.. are, for an unwinder (gdb) stopped here;
     * movem to -(%sp) puts the lowest register lowest */
    .if saved >= 1
    .cfi_rel_offset %d2, 0
    .endif
    .if saved >= 2
    .cfi_rel_offset %d3, 4
    .endif
    .if saved >= 3
    .cfi_rel_offset %d4, 8
    .endif
    .if saved >= 4
    .cfi_rel_offset %d5, 12
    .endif
    .set off, 4 + 4 * saved /* offset of nr */
    move.l off(%sp), %d0
    .if \arity >= 1
    move.l off + 4(%sp), %d1
    .endif
    .if \arity >= 2
    move.l off + 8(%sp), %d2
    .endif
    .if \arity >= 3
    move.l off + 12(%sp), %d3
    .endif
    .if \arity >= 4
    move.l off + 16(%sp), %d4
    .endif
    .if \arity >= 5
    move.l off + 20(%sp), %d5
    .endif
    .if \arity >= 6
    move.l off + 24(%sp), %a0
    .endif
    trap #0
    .if saved == 4
    movem.l (%sp)+, %d2-%d5
    .elseif saved == 3
    movem.l (%sp)+, %d2-%d4
    .elseif saved == 2
    movem.l (%sp)+, %d2-%d3
    .elseif saved == 1
    move.l (%sp)+, %d2
    .endif
    .cfi_adjust_cfa_offset -4 * saved
    .if saved >= 1
    .cfi_restore %d2
    .endif
    .if saved >= 2
    .cfi_restore %d3
    .endif
    .if saved >= 3
    .cfi_restore %d4
    .endif
    .if saved >= 4
    .cfi_restore %d5
    .endif
    rts
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
