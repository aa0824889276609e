/*
 * arm (32-bit, EABI) out-of-line syscall trampolines:
 * linux_syscall_trampoline0..6.
 *
 * C ABI in (AAPCS): the first four words in r0-r3, the rest on the stack.
 *   nr a1 a2 a3 a4      a5        a6
 *   r0 r1 r2 r3 [sp]    [sp, #4]  [sp, #8]     (on entry)
 *   result in r0; callee-saved: r4-r11, sp (r7 is the Thumb frame
 *   pointer, r11 the ARM one), d8-d15.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/arm/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   r7 r0 r1 r2 r3 r4 r5
 *   trap `svc #0` (EABI: the number is in r7, not in the immediate);
 *   result in r0.
 *
 * Saved: r7 always, r4 from five arguments on, r5 with six, because they
 * are callee-saved in the C ABI; nothing else is written but r0-r3.
 * While the trap runs, r7 holds the number instead of the caller's frame
 * pointer; it is restored before returning, so callers built with or
 * without frame pointers see it unchanged. sp is 4-byte aligned during
 * the trap, which is enough: nothing here calls a C function.
 *
 * Assembles as ARM or Thumb-2 code, following the mode the C compiler is
 * in (-marm / -mthumb), in unified syntax; the return is `bx lr`, so ARM
 * and Thumb callers may call either build. Every instruction here exists
 * in ARM state from ARMv4T on (push/pop are STMDB/LDMIA, svc is SWI), so
 * the ARM build also serves ARMv5TE (Debian armel) and ARMv6 (ARM1176).
 * Thumb-1 is refused like in the header: `mov r7, r0` between low
 * registers does not exist in Thumb before ARMv6, and the C side cannot be
 * built for it anyway.
 *
 * Unwinding: DWARF CFI goes to .debug_frame (for debuggers), as compilers
 * do on this target. The ARM EHABI table marks each trampoline
 * .cantunwind, as clang does for nounwind C functions: a system call never
 * throws, and a table entry that could be unwound would make the object
 * reference the personality routine __aeabi_unwind_cpp_pr0, which
 * freestanding (-nostdlib) programs do not have.
 */

#if defined(__thumb__) && !defined(__thumb2__)
#error "linux_syscall: Thumb-1 code is not supported on arm; build in ARM mode (-marm) or as Thumb-2 (-mthumb with -march=armv6t2, armv7-a or later)"
#endif

    .syntax unified
#if defined(__thumb__)
    .thumb
#define LINUX__FUNCTION_MODE .thumb_func
#else
    .arm
#define LINUX__FUNCTION_MODE
#endif
    .cfi_sections .debug_frame

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, %function
    .p2align 2
    LINUX__FUNCTION_MODE
linux_syscall_trampoline\arity:
    .fnstart
    .cfi_startproc
    .if \arity >= 6
    push {r4, r5, r7}
    .save {r4, r5, r7}
    .cfi_adjust_cfa_offset 12
    .cfi_rel_offset r4, 0
    .cfi_rel_offset r5, 4
    .cfi_rel_offset r7, 8
    saved = 12
    .elseif \arity >= 5
    push {r4, r7}
    .save {r4, r7}
    .cfi_adjust_cfa_offset 8
    .cfi_rel_offset r4, 0
    .cfi_rel_offset r7, 4
    saved = 8
    .else
    push {r7}
    .save {r7}
    .cfi_adjust_cfa_offset 4
    .cfi_rel_offset r7, 0
    saved = 4
    .endif
    mov r7, r0
    .if \arity >= 1
    mov r0, r1
    .endif
    .if \arity >= 2
    mov r1, r2
    .endif
    .if \arity >= 3
    mov r2, r3
    .endif
    .if \arity >= 4
    ldr r3, [sp, #saved]
    .endif
    .if \arity >= 5
    ldr r4, [sp, #saved + 4]
    .endif
    .if \arity >= 6
    ldr r5, [sp, #saved + 8]
    .endif
    svc #0
    .if \arity >= 6
    pop {r4, r5, r7}
    .cfi_adjust_cfa_offset -12
    .cfi_restore r4
    .cfi_restore r5
    .cfi_restore r7
    .elseif \arity >= 5
    pop {r4, r7}
    .cfi_adjust_cfa_offset -8
    .cfi_restore r4
    .cfi_restore r7
    .else
    pop {r7}
    .cfi_adjust_cfa_offset -4
    .cfi_restore r7
    .endif
    bx lr
    .cfi_endproc
    .cantunwind
    .fnend
    .size linux_syscall_trampoline\arity, . - linux_syscall_trampoline\arity
.endm

LINUX__TRAMPOLINE 0
LINUX__TRAMPOLINE 1
LINUX__TRAMPOLINE 2
LINUX__TRAMPOLINE 3
LINUX__TRAMPOLINE 4
LINUX__TRAMPOLINE 5
LINUX__TRAMPOLINE 6

    .section .note.GNU-stack, "", %progbits
