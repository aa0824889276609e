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
 * r8-r11, xmm0 with six arguments) is call-clobbered in the C ABI anyway,
 * and the kernel preserves the rest. No stack frame is made and rsp never
 * moves, so the CFI is just the entry state.
 *
 * vfork: nothing is read from the stack after the trap. A vfork child
 * (vfork, or clone/clone3 with CLONE_VM|CLONE_VFORK) returns through this
 * code first and then runs on the same stack, overwriting the slot that
 * held our return address; the parent resumes after `syscall` later. So
 * the return address is copied into a register before the trap and
 * stored back into its slot after it, and `ret` reads that fresh copy
 * (glibc's vfork does the same with pop/push). The register is one the
 * kernel preserves and the arity leaves free: r9 for up to five arguments;
 * with six every such general register carries an argument, so xmm0
 * (call-clobbered, preserved by the kernel) holds it.
 *
 * The argument shift has to run from the bottom up (each register is read
 * before it is overwritten): rdi->rax first, and a4 leaves r8 before a5
 * arrives there.
 */

/* Written in AT&T syntax; -masm=intel makes some drivers (clang) assemble
 * .S files in Intel syntax unless told otherwise. */
    .att_syntax prefix

/* With -fcf-protection (__CET__ bit 0: IBT) every function that may be
 * reached indirectly starts with endbr64, and the object says so in a
 * GNU property note; otherwise the linker would switch IBT off for the
 * whole program. Bit 1 (shadow stack) needs nothing here: call/ret only.
 * (A vfork child returning through a trampoline would pop the shadow stack
 * it shares with the parent; linux_syscall() never sends vfork-like calls
 * here in trampoline builds, see README "vfork/clone rules".) */
#if defined(__CET__) && (__CET__ & 1)
#define LINUX__ENTRY_LANDING endbr64
#else
#define LINUX__ENTRY_LANDING
#endif

/* The VEX form when the code around is AVX code: a legacy-SSE write to an
 * xmm register with dirty upper ymm state costs a state transition or a
 * false dependency on many Intel cores. */
#if defined(__AVX__)
#define LINUX__MOVQ vmovq
#else
#define LINUX__MOVQ movq
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
    LINUX__MOVQ (%rsp), %xmm0
    movq 8(%rsp), %r9
    syscall
    LINUX__MOVQ %xmm0, (%rsp)
    .else
    movq (%rsp), %r9
    syscall
    movq %r9, (%rsp)
    .endif
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
