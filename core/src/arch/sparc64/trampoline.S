/*
 * sparc64 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (SPARC V9 / 64-bit psABI):
 *   nr a1 a2 a3 a4 a5 a6
 *   o0 o1 o2 o3 o4 o5 [%sp + 2047 + 176]   (stack bias 2047; the 7th
 *   argument word follows the 128-byte register save area and the six
 *   argument-dump words of the caller's frame)
 *   result in o0; g1 and the o registers are call-clobbered; the window
 *   (l, i), sp and fp are the callee's to keep, which a leaf without
 *   `save` never touches.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/sparc64/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   g1 o0 o1 o2 o3 o4 o5
 *   trap `ta 0x6d`; carry set on error with the positive errno in o0,
 *   turned into -errno here (annulled delay slot: runs only on error).
 *
 * fork (arity 0; vfork and clone never come here, the header keeps them
 * inline) returns the SunOS way: the child gets the parent's pid in o0 and
 * 1 in o1, the parent 0 in o1. linux_syscall_trampoline0 presets o1 to 0
 * and returns o0 & (o1 - 1) on success, which is o0 for every other
 * arity-0 call (o1 stays 0) and 0 in a fork child.
 *
 * Leaf functions: no `save`, so no window and no frame; the moves run
 * from o0 upwards, each register read before it is overwritten. retl
 * returns through o7, which the kernel preserves.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, #function
    .p2align 2
linux_syscall_trampoline\arity:
    .cfi_startproc
    mov %o0, %g1
    .if \arity == 0
    clr %o1
    .endif
    .if \arity >= 1
    mov %o1, %o0
    .endif
    .if \arity >= 2
    mov %o2, %o1
    .endif
    .if \arity >= 3
    mov %o3, %o2
    .endif
    .if \arity >= 4
    mov %o4, %o3
    .endif
    .if \arity >= 5
    mov %o5, %o4
    .endif
    .if \arity >= 6
    ldx [%sp + 2047 + 176], %o5
    .endif
    ta 0x6d
    bcs,a,pn %xcc, 1f
     sub %g0, %o0, %o0
    .if \arity == 0
    sub %o1, 1, %o1
    and %o0, %o1, %o0
    .endif
1:
    retl
     nop
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
