/*
 * x86_64 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (System V AMD64):
 *   nr  a1  a2  a3  a4  a5  a6
 *   rdi rsi rdx rcx r8  r9  8(%rsp)
 *   result in rax; callee-saved: rbx rbp r12-r15.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/x86_64/syscall.h):
 *   nr  a1  a2  a3  a4  a5  a6
 *   rax rdi rsi rdx r10 r8  r9
 *   `syscall` overwrites rcx and r11; result in rax.
 *
 * Nothing is saved: every register written here (rax rcx rdx rsi rdi
 * r8-r11) is call-clobbered in the C ABI anyway, and the kernel preserves
 * the rest. No stack frame is made, so the CFI is just the entry state.
 *
 * The argument shift has to run from the bottom up (each register is read
 * before it is overwritten): rdi->rax first, and a4 leaves r8 before a5
 * arrives there.
 */

/* With -fcf-protection (__CET__ bit 0: IBT) every function that may be
 * reached indirectly starts with endbr64, and the object says so in a
 * GNU property note; otherwise the linker would switch IBT off for the
 * whole program. Bit 1 (shadow stack) needs nothing here: call/ret only. */
#if defined(__CET__) && (__CET__ & 1)
#define LINUX__ENTRY_LANDING endbr64
#else
#define LINUX__ENTRY_LANDING
#endif

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 4
linux_syscall_trampoline\arity:
    .cfi_startproc
    LINUX__ENTRY_LANDING
    movq %rdi, %rax
    .if \arity >= 1
    movq %rsi, %rdi
    .endif
    .if \arity >= 2
    movq %rdx, %rsi
    .endif
    .if \arity >= 3
    movq %rcx, %rdx
    .endif
    .if \arity >= 4
    movq %r8, %r10
    .endif
    .if \arity >= 5
    movq %r9, %r8
    .endif
    .if \arity >= 6
    movq 8(%rsp), %r9
    .endif
    syscall
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

#if defined(__CET__)
/* NT_GNU_PROPERTY_TYPE_0 note: GNU_PROPERTY_X86_FEATURE_1_AND = __CET__
 * (IBT and/or SHSTK, both of which this file honours). */
    .section .note.gnu.property, "a"
    .p2align 3
    .long 4                 /* name size: "GNU\0" */
    .long 16                /* descriptor size */
    .long 5                 /* NT_GNU_PROPERTY_TYPE_0 */
    .asciz "GNU"
    .long 0xc0000002        /* GNU_PROPERTY_X86_FEATURE_1_AND */
    .long 4                 /* property data size */
    .long __CET__ & 3
    .long 0                 /* pad to 8 bytes */
#endif

    .section .note.GNU-stack, "", @progbits
