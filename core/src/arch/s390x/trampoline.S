/*
 * s390x out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (s390x ELF ABI): the first five integer arguments in r2-r6,
 * the rest in the caller's frame at 160(%r15), 168(%r15), ...
 *   nr a1 a2 a3 a4 a5         a6
 *   r2 r3 r4 r5 r6 160(%r15)  168(%r15)
 *   result in r2; callee-saved: r6-r15 (r14 return address, r15 stack
 *   pointer) and f8-f15. The caller provides a 160-byte register save
 *   area at 0(%r15); r6 and r7 have their slots at 48 and 56.
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/s390x/syscall.h):
 *   nr a1 a2 a3 a4 a5 a6
 *   r1 r2 r3 r4 r5 r6 r7
 *   trap `svc 0`; result in r2.
 *
 * Saved: r6 and r7 when the kernel needs them (five and six arguments),
 * because they are callee-saved in the C ABI; they go into the caller's
 * save area, so no frame is allocated. With four arguments r6 carries a4
 * in, is only read, and so needs no saving. r1 is call-clobbered.
 */

.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 3
linux_syscall_trampoline\arity:
    .cfi_startproc
    .if \arity >= 6
    stmg %r6, %r7, 48(%r15)
    .cfi_offset %r6, 48 - 160
    .cfi_offset %r7, 56 - 160
    .elseif \arity >= 5
    stg %r6, 48(%r15)
    .cfi_offset %r6, 48 - 160
    .endif
    lgr %r1, %r2
    .if \arity >= 1
    lgr %r2, %r3
    .endif
    .if \arity >= 2
    lgr %r3, %r4
    .endif
    .if \arity >= 3
    lgr %r4, %r5
    .endif
    .if \arity >= 4
    lgr %r5, %r6
    .endif
    .if \arity >= 5
    lg %r6, 160(%r15)
    .endif
    .if \arity >= 6
    lg %r7, 168(%r15)
    .endif
    svc 0
    .if \arity >= 6
    lmg %r6, %r7, 48(%r15)
    .cfi_restore %r6
    .cfi_restore %r7
    .elseif \arity >= 5
    lg %r6, 48(%r15)
    .cfi_restore %r6
    .endif
    br %r14
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
