/*
 * powerpc64 out-of-line syscall trampolines: linux_syscall_trampoline0..6,
 * for ppc64le (ELFv2) and big-endian ppc64 (ELFv1).
 *
 * C ABI in (both ELF ABIs):
 *   nr a1 a2 a3 a4 a5 a6
 *   r3 r4 r5 r6 r7 r8 r9
 *   result in r3; callee-saved: r1, r2 (TOC), r13-r31, cr2-cr4, f14-f31,
 *   v20-v31; r0, r3-r12, ctr, xer, cr0 are call-clobbered.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/powerpc/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   r0 r3 r4 r5 r6 r7 r8
 *   trap `sc`; cr0.SO set: r3 is the positive errno, negated here so that
 *   the result is -errno as on every other target.
 *
 * Leaf functions without a frame: only call-clobbered registers are written
 * (r0, r3-r8, cr0 and what the kernel changes), lr is not touched, and no
 * TOC is used, so the ELFv2 functions have a single entry point (no
 * global-entry prologue, .localentry 0 by default). ELFv1 calls go through
 * a function descriptor: the symbol names a .opd entry (code address, TOC,
 * environment), the code has a local label.
 */

#if defined(_CALL_ELF) && _CALL_ELF == 2
#define LINUX__PPC64_ELFV1 0
    /* e_flags 2: without it the object says "ABI unspecified", which an
     * all-asm link passes on and the kernel then runs as ELFv1 */
    .abiversion 2
#else
#define LINUX__PPC64_ELFV1 1
#endif

.macro LINUX__TRAMPOLINE arity
#if LINUX__PPC64_ELFV1
    .section .opd, "aw"
    .p2align 3
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
linux_syscall_trampoline\arity:
    .quad .L.linux_syscall_trampoline\arity, .TOC.@tocbase, 0
    .text
    .p2align 2
.L.linux_syscall_trampoline\arity:
#else
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 2
linux_syscall_trampoline\arity:
#endif
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
#if LINUX__PPC64_ELFV1
    /* the code's size, as gcc and clang give their ELFv1 functions (not
     * the descriptor's 24 bytes): what objdump, perf and the code-size
     * bench read as the function's extent */
    .size linux_syscall_trampoline\arity, . - .L.linux_syscall_trampoline\arity
#else
    .size linux_syscall_trampoline\arity, . - linux_syscall_trampoline\arity
#endif
.endm

LINUX__TRAMPOLINE 0
LINUX__TRAMPOLINE 1
LINUX__TRAMPOLINE 2
LINUX__TRAMPOLINE 3
LINUX__TRAMPOLINE 4
LINUX__TRAMPOLINE 5
LINUX__TRAMPOLINE 6

    .section .note.GNU-stack, "", @progbits
