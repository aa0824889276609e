/*
 * aarch64 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (AAPCS64):
 *   nr a1 a2 a3 a4 a5 a6
 *   x0 x1 x2 x3 x4 x5 x6
 *   result in x0; callee-saved: x19-x29, sp, d8-d15.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/aarch64/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   x8 x0 x1 x2 x3 x4 x5
 *   trap `svc #0`; result in x0.
 *
 * Nothing is saved: only x0-x8 are written, all call-clobbered (x8 is the
 * indirect-result register, free in a function returning a word), and
 * the link register is never spilled, so there is no frame. The moves run
 * from x0 upwards, each register read before it is overwritten.
 *
 * Vector state: the kernel keeps V0-V31 (bits [127:0] of Z0-Z31) and zeroes
 * the rest of Z, P0-P15 and FFR (kernel Documentation/arch/arm64/sve.rst).
 * That is within what AAPCS64 lets any ordinary function destroy: its
 * callee-saved vector state is d8-d15, the low 64 bits, and callers that
 * use the SVE calling convention already treat a call to an ordinary
 * function as destroying z8-z23 above bit 64 and p4-p15. So the header's
 * SVE clobbers have no counterpart here; tests/codegen checks that
 * compilers keep nothing live across the call. SME: the trampolines are
 * ordinary non-streaming functions, so a streaming caller leaves
 * streaming mode around the call itself (the compiler emits
 * SMSTOP/SMSTART), and ZA, which a syscall preserves, is handled by the
 * caller's lazy-save protocol like for any call.
 */

/* -mbranch-protection: `bti c` as the landing pad for indirect calls, and
 * a GNU property note so the linker keeps BTI/PAC/GCS on for the program:
 * the linker ANDs the notes of all objects, so one object without a bit
 * turns that protection off for the whole binary. No return address is
 * ever spilled here, so PAC needs no instructions, and the guarded control
 * stack (GCS) needs none either: each trampoline is entered by BL/BLR and
 * leaves by RET through an untouched x30, which is exactly the return GCS
 * checks; the svc in between does not touch the GCS. */
#if defined(__ARM_FEATURE_BTI_DEFAULT) && __ARM_FEATURE_BTI_DEFAULT
#define LINUX__ENTRY_LANDING hint #34
#define LINUX__FEATURE_BTI 1
#else
#define LINUX__ENTRY_LANDING
#define LINUX__FEATURE_BTI 0
#endif
#if defined(__ARM_FEATURE_PAC_DEFAULT) && __ARM_FEATURE_PAC_DEFAULT
#define LINUX__FEATURE_PAC 2
#else
#define LINUX__FEATURE_PAC 0
#endif
#if defined(__ARM_FEATURE_GCS_DEFAULT) && __ARM_FEATURE_GCS_DEFAULT
#define LINUX__FEATURE_GCS 4
#else
#define LINUX__FEATURE_GCS 0
#endif

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, %function
    .p2align 2
linux_syscall_trampoline\arity:
    .cfi_startproc
    LINUX__ENTRY_LANDING
    mov x8, x0
    .if \arity >= 1
    mov x0, x1
    .endif
    .if \arity >= 2
    mov x1, x2
    .endif
    .if \arity >= 3
    mov x2, x3
    .endif
    .if \arity >= 4
    mov x3, x4
    .endif
    .if \arity >= 5
    mov x4, x5
    .endif
    .if \arity >= 6
    mov x5, x6
    .endif
    svc #0
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

#if LINUX__FEATURE_BTI || LINUX__FEATURE_PAC || LINUX__FEATURE_GCS
/* NT_GNU_PROPERTY_TYPE_0 note: GNU_PROPERTY_AARCH64_FEATURE_1_AND, whose
 * bits are BTI (1), PAC (2) and GCS (4). */
    .section .note.gnu.property, "a"
    .p2align 3
    .long 4
    .long 16
    .long 5
    .asciz "GNU"
    .long 0xc0000000
    .long 4
    .long LINUX__FEATURE_BTI | LINUX__FEATURE_PAC | LINUX__FEATURE_GCS
    .long 0
#endif

    .section .note.GNU-stack, "", %progbits
