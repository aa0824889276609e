/*
 * x86 (i386) out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * C ABI in (i386 System V, cdecl): every argument on the stack,
 *   nr at 4(%esp), a1 at 8(%esp), ... a6 at 28(%esp) on entry;
 *   result in eax; callee-saved: ebx esi edi ebp (and esp).
 *
 * Kernel ABI out (see core/include/linux_syscall/arch/x86/syscall.h):
 *   nr  a1  a2  a3  a4  a5  a6
 *   eax ebx ecx edx esi edi ebp
 *   trap: `call *entry`, entry = &linux__x86_vsyscall_offset plus the word
 *   itself: the vDSO's __kernel_vsyscall, the `int $0x80` stub or, until
 *   the first call resolves it, the resolver (all preserve every register
 *   but eax); -DLINUX_SYSCALL_X86_INT80 always
 *   uses `int $0x80`. Result in eax.
 *
 * Saved: those of ebx esi edi ebp that the arity needs as argument
 * registers, because they are callee-saved in the C ABI. ecx and edx are
 * call-clobbered and not saved.
 *
 * Position independence: the word is hidden, so its address is the GOT
 * address plus a link-time constant (`lea sym@GOTOFF`), PIC, PIE or not;
 * the GOT address comes from the return address of a call to a local pc
 * thunk (never from ebx, which the caller need not have set up). So there
 * is no text relocation, no GOT slot, and no dynamic relocation at all:
 * freestanding static-PIE programs, which may never apply relocations,
 * depend on that.
 *
 * The word, the stub linux__x86_int80_stub and the resolver are also
 * defined here, from the same text as in the header
 * (core/include/linux_syscall/arch/x86/entry.h: one COMDAT group, of which
 * the linker keeps one copy), so the trampolines link and run even in a
 * program where no C file includes the header.
 *
 * The entry is called through a stack slot, `call *(%esp)`: with six
 * arguments every general register but esp is taken.
 */

/* Written in AT&T syntax; -masm=intel makes some drivers (clang) assemble
 * .S files in Intel syntax unless told otherwise. */
    .att_syntax prefix

/* -fcf-protection: see the x86_64 trampoline. */
#if defined(__CET__) && (__CET__ & 1)
#define LINUX__ENTRY_LANDING endbr32
#else
#define LINUX__ENTRY_LANDING
#endif

#ifndef LINUX_SYSCALL_X86_INT80
/* The word, the stub and the resolver: the same group as the header's,
 * from the same text. */
#include "../../../include/linux_syscall/arch/x86/entry.h"
    LINUX__X86_ENTRY_GROUP

    .text
    .p2align 4
    .type linux__x86_trampoline_pc_thunk, @function
linux__x86_trampoline_pc_thunk:
    .cfi_startproc
    movl (%esp), %eax
    ret
    .cfi_endproc
    .size linux__x86_trampoline_pc_thunk, . - linux__x86_trampoline_pc_thunk
#endif

/* Push a callee-saved register and describe it for the unwinder. */
.macro LINUX__SAVE reg
    pushl %\reg
    .cfi_adjust_cfa_offset 4
    .cfi_rel_offset \reg, 0
.endm

.macro LINUX__RESTORE reg
    popl %\reg
    .cfi_adjust_cfa_offset -4
    .cfi_restore \reg
.endm

/*
 * saved = bytes pushed by the prologue; argument i (nr is 0) is then at
 * saved + 4 + 4*i (%esp). Arguments are loaded only after eax has served
 * as the scratch register for the entry lookup.
 */
.macro LINUX__TRAMPOLINE arity
    .text
    .globl linux_syscall_trampoline\arity
    .type linux_syscall_trampoline\arity, @function
    .p2align 4
linux_syscall_trampoline\arity:
    .cfi_startproc
    LINUX__ENTRY_LANDING
    .if \arity >= 6
    LINUX__SAVE ebp
    .endif
    .if \arity >= 5
    LINUX__SAVE edi
    .endif
    .if \arity >= 4
    LINUX__SAVE esi
    .endif
    .if \arity >= 1
    LINUX__SAVE ebx
    .endif
    .if \arity >= 4
    saved = 4 * (\arity - 2)
    .elseif \arity >= 1
    saved = 4
    .else
    saved = 0
    .endif
#ifndef LINUX_SYSCALL_X86_INT80
    call linux__x86_trampoline_pc_thunk
    addl $_GLOBAL_OFFSET_TABLE_, %eax
    leal linux__x86_vsyscall_offset@GOTOFF(%eax), %eax
    addl (%eax), %eax
#endif
    .if \arity >= 1
    movl saved + 8(%esp), %ebx
    .endif
    .if \arity >= 2
    movl saved + 12(%esp), %ecx
    .endif
    .if \arity >= 3
    movl saved + 16(%esp), %edx
    .endif
    .if \arity >= 4
    movl saved + 20(%esp), %esi
    .endif
    .if \arity >= 5
    movl saved + 24(%esp), %edi
    .endif
    .if \arity >= 6
    movl saved + 28(%esp), %ebp
    .endif
#ifndef LINUX_SYSCALL_X86_INT80
    pushl %eax
    .cfi_adjust_cfa_offset 4
    movl saved + 8(%esp), %eax
    call *(%esp)
    addl $4, %esp
    .cfi_adjust_cfa_offset -4
#else
    movl saved + 4(%esp), %eax
    int $0x80
#endif
    .if \arity >= 1
    LINUX__RESTORE ebx
    .endif
    .if \arity >= 4
    LINUX__RESTORE esi
    .endif
    .if \arity >= 5
    LINUX__RESTORE edi
    .endif
    .if \arity >= 6
    LINUX__RESTORE ebp
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
/* NT_GNU_PROPERTY_TYPE_0 note: GNU_PROPERTY_X86_FEATURE_1_AND = __CET__. */
    .section .note.gnu.property, "a"
    .p2align 2
    .long 4
    .long 12
    .long 5
    .asciz "GNU"
    .long 0xc0000002
    .long 4
    .long __CET__ & 3
#endif

    .section .note.GNU-stack, "", @progbits
