/*
 * x86 (i386): the entry word and what it can name, as assembler text that
 * both arch/x86/syscall.h (C, one top-level asm) and
 * core/src/arch/x86/trampoline.S (.S) emit, so both copies of the COMDAT
 * group are the same bytes. See "One indirect call" in arch/x86/syscall.h.
 *
 * LINUX__X86_ENTRY_GROUP is a sequence of assembler statements separated
 * by `;` (the statement separator of both GNU as and LLVM's assembler on
 * x86); C stringifies it (LINUX__X86_STRINGIFY), .S uses it as it is.
 * Every instruction is written as bytes, with the mnemonic beside it in a
 * comment: top-level asm is read in the dialect the compiler writes
 * (-masm=intel makes it Intel), and bytes read the same in both. Labels
 * are named (.L...), not numbered: `1b` is a binary number in Intel syntax.
 * The whole group is inside `.ifndef .Llinux__x86_entry_group`, a local
 * symbol the group sets: gcc -flto and clang's full LTO put the top-level
 * asm of every translation unit in one assembler file, where the second
 * copy must be skipped. The guard is local, not one of the group's global
 * symbols: when a non-LTO object that defines the group comes before the
 * LTO units, LLVM's LTO drops the module asm's definitions of the symbols
 * that object already defines (`.lto_discard`, which makes the assembler
 * ignore them), so a global guard stays undefined and the second copy's
 * labels collide with the first's ("symbol '.Llinux__x86_lookup_pc' is
 * already defined").
 *
 * Contents (one group, signature linux__x86_int80_stub; all hidden, so a
 * module reaches its own copies PC-relatively and never through the GOT):
 *
 *   linux__x86_vsyscall_offset (.data): the entry relative to the word's
 *     own address (entry = &word + word), so no value in it needs a
 *     relocation; initially linux__x86_vsyscall_resolve.
 *
 *   linux__x86_int80_stub: `int $0x80; ret`, the contract of
 *     __kernel_vsyscall (arguments in registers, every register but eax
 *     preserved, return address on the stack).
 *
 *   linux__x86_vsyscall_resolve: the word's first target, with the same
 *     contract. It calls linux__x86_vsyscall_lookup (which sets the word),
 *     then continues the same call at the entry found, with every register
 *     as the call site left it: it keeps eax, ecx and edx (the registers a
 *     cdecl function may change) on the stack, puts the entry into a slot
 *     reserved below the return address and `ret`s into it, so the entry
 *     runs with the call site's return address on top of the stack, as if
 *     it had been called directly (a `ret` that does not return: fine,
 *     as Linux has no user shadow stack for i386 programs). Runs once per
 *     module (until the word is set); a signal handler or another thread
 *     entering it meanwhile computes the same thing. A getauxval() that
 *     itself made a system call through this module's word would recurse:
 *     libc's do not.
 *
 *   linux__x86_vsyscall_lookup (cdecl, returns the entry the calls use
 *     from now on): AT_SYSINFO from the libc's getauxval() if the process
 *     has one (weak reference: 0 without a libc, and in a static link that
 *     did not pull getauxval out of libc.a), else (or when AT_SYSINFO is 0)
 *     the stub; errno is kept (getauxval sets it to ENOENT when there is no
 *     AT_SYSINFO), through __errno_location() when there is one. The word
 *     is stored with `lock cmpxchg` only while it still names the
 *     resolver, so an entry set meanwhile (linux_init_auxv(), the
 *     library's constructor, linux_x86_set_vsyscall_entry()) is never
 *     overwritten. The stack is aligned to 16 bytes for the libc calls.
 *     The two function addresses are read from a relocated word pair
 *     (.data.rel.ro), not through the GOT: that needs no GOT register, and
 *     without a libc they are 0 with no relocation at all (a static-PIE
 *     that never relocates itself still calls the right stub).
 *     Before a static-PIE that has a getauxval applies its relocations the
 *     pair is not yet right: such a program (static libc) relocates itself
 *     before any code of ours runs.
 *
 * CFI: the stub's and the resolver's frame starts as every i386 frame
 * (CFA = esp + 4, return address at CFA - 4); the resolver's CFA offset
 * follows its pushes (at its `ret` the slot is popped). lookup has an ebp
 * frame. DWARF register numbers: ebx 3, ebp 5, esi 6, edi 7.
 *
 * -fcf-protection=branch: the stub and the resolver, which are called
 * indirectly, start with endbr32 (f3 0f 1e fb; LINUX__X86_ENTRY_LANDING,
 * which the includer defines, empty otherwise).
 */
#ifndef LINUX_SYSCALL_ARCH_X86_ENTRY_H
#define LINUX_SYSCALL_ARCH_X86_ENTRY_H

#ifndef __ASSEMBLER__
/* Variadic: the text has commas. (Not in .S, which gcc preprocesses as
 * C90 there, where -Wpedantic refuses variadic macros.) */
#define LINUX__X86_STRINGIFY_TEXT(...) #__VA_ARGS__
#define LINUX__X86_STRINGIFY(...) LINUX__X86_STRINGIFY_TEXT(__VA_ARGS__)
#endif

/* The size of the stub and the resolver: constants, not `. - sym` (LLVM's
 * LTO reads the group's .size from module asm and needs it absolute). */
#if defined(__CET__) && (__CET__ & 1)
#define LINUX__X86_ENTRY_LANDING .byte 0xf3, 0x0f, 0x1e, 0xfb;
#define LINUX__X86_STUB_SIZE 7
#define LINUX__X86_RESOLVE_SIZE 23
#else
#define LINUX__X86_ENTRY_LANDING
#define LINUX__X86_STUB_SIZE 3
#define LINUX__X86_RESOLVE_SIZE 19
#endif
#define LINUX__X86_LOOKUP_SIZE 0x85

#define LINUX__X86_ENTRY_GROUP                                                                    \
    .ifndef .Llinux__x86_entry_group;                                                             \
    .set .Llinux__x86_entry_group, 1;                                                             \
    .pushsection .text.linux__x86_int80_stub, "axG", @progbits, linux__x86_int80_stub, comdat;   \
    .weak linux__x86_int80_stub; .hidden linux__x86_int80_stub;                                   \
    .weak linux__x86_vsyscall_resolve; .hidden linux__x86_vsyscall_resolve;                       \
    .weak linux__x86_vsyscall_lookup; .hidden linux__x86_vsyscall_lookup;                         \
    .weakref linux__x86_getauxval_weakref, getauxval;                                             \
    .weakref linux__x86_errno_location_weakref, __errno_location;                              \
    .type linux__x86_int80_stub, @function;                                                       \
    .size linux__x86_int80_stub, LINUX__X86_STUB_SIZE;                                            \
    linux__x86_int80_stub:;                                                                       \
    .cfi_startproc;                                                                               \
    LINUX__X86_ENTRY_LANDING                                                                      \
    .byte 0xcd, 0x80; /* int $0x80 */                                                            \
    .byte 0xc3; /* ret */                                                                         \
    .cfi_endproc;                                                                                 \
                                                                                                  \
    .type linux__x86_vsyscall_resolve, @function;                                                 \
    .size linux__x86_vsyscall_resolve, LINUX__X86_RESOLVE_SIZE;                                   \
    linux__x86_vsyscall_resolve:;                                                                 \
    .cfi_startproc;                                                                               \
    LINUX__X86_ENTRY_LANDING                                                                      \
    .byte 0x83, 0xec, 0x04; /* subl $4, %esp: the slot for the entry */                          \
    .cfi_adjust_cfa_offset 4;                                                                     \
    .byte 0x50; /* pushl %eax */                                                                  \
    .cfi_adjust_cfa_offset 4;                                                                     \
    .byte 0x51; /* pushl %ecx */                                                                  \
    .cfi_adjust_cfa_offset 4;                                                                     \
    .byte 0x52; /* pushl %edx */                                                                  \
    .cfi_adjust_cfa_offset 4;                                                                     \
    .byte 0xe8; /* call linux__x86_vsyscall_lookup */                                             \
    .long linux__x86_vsyscall_lookup - . - 4;                                                     \
    .byte 0x89, 0x44, 0x24, 0x0c; /* movl %eax, 12(%esp): the entry into the slot */             \
    .byte 0x5a; /* popl %edx */                                                                   \
    .cfi_adjust_cfa_offset -4;                                                                    \
    .byte 0x59; /* popl %ecx */                                                                   \
    .cfi_adjust_cfa_offset -4;                                                                    \
    .byte 0x58; /* popl %eax */                                                                   \
    .cfi_adjust_cfa_offset -4;                                                                    \
    .byte 0xc3; /* ret: to the entry, the call site's return address on top */                   \
    .cfi_endproc;                                                                                 \
                                                                                                  \
    .type linux__x86_vsyscall_lookup, @function;                                                  \
    .size linux__x86_vsyscall_lookup, LINUX__X86_LOOKUP_SIZE;                                     \
    linux__x86_vsyscall_lookup:;                                                                  \
    .cfi_startproc;                                                                               \
    .byte 0x55; /* pushl %ebp */                                                                  \
    .cfi_adjust_cfa_offset 4; .cfi_offset 5, -8;                                                  \
    .byte 0x89, 0xe5; /* movl %esp, %ebp */                                                       \
    .cfi_def_cfa_register 5;                                                                      \
    .byte 0x53; /* pushl %ebx */                                                                  \
    .cfi_offset 3, -12;                                                                           \
    .byte 0x56; /* pushl %esi */                                                                  \
    .cfi_offset 6, -16;                                                                           \
    .byte 0x57; /* pushl %edi */                                                                  \
    .cfi_offset 7, -20;                                                                           \
    .byte 0xe8; .long 0; /* call .Llinux__x86_lookup_pc */                                        \
    .Llinux__x86_lookup_pc:;                                                                      \
    .byte 0x5b; /* popl %ebx: ebx = .Llinux__x86_lookup_pc */                                     \
    .byte 0x31, 0xff; /* xorl %edi, %edi: no entry found yet */                                   \
    .byte 0x8b, 0x83; /* movl getauxval-slot(%ebx), %eax */                                       \
    .long .Llinux__x86_libc_functions - .Llinux__x86_lookup_pc;                                   \
    .byte 0x85, 0xc0; /* testl %eax, %eax */                                                      \
    .byte 0x74; .byte .Llinux__x86_lookup_none - . - 1; /* jz: no getauxval */                          \
    .byte 0x83, 0xe4, 0xf0; /* andl $-16, %esp */                                                 \
    .byte 0x83, 0xec, 0x10; /* subl $16, %esp: 0 argument, 4 &errno, 8 errno */                  \
    .byte 0xc7, 0x44, 0x24, 0x04, 0, 0, 0, 0; /* movl $0, 4(%esp) */                              \
    .byte 0x8b, 0x83; /* movl __errno_location-slot(%ebx), %eax */                                \
    .long .Llinux__x86_libc_functions + 4 - .Llinux__x86_lookup_pc;                               \
    .byte 0x85, 0xc0; /* testl %eax, %eax */                                                      \
    .byte 0x74; .byte .Llinux__x86_lookup_ask - . - 1; /* jz: no __errno_location */                    \
    .byte 0xff, 0xd0; /* call *%eax */                                                            \
    .byte 0x89, 0x44, 0x24, 0x04; /* movl %eax, 4(%esp) */                                        \
    .byte 0x8b, 0x00; /* movl (%eax), %eax */                                                     \
    .byte 0x89, 0x44, 0x24, 0x08; /* movl %eax, 8(%esp) */                                        \
    .Llinux__x86_lookup_ask:;                                                                     \
    .byte 0xc7, 0x04, 0x24, 0x20, 0, 0, 0; /* movl $32 (AT_SYSINFO), (%esp) */                    \
    .byte 0xff, 0x93; /* call *getauxval-slot(%ebx) */                                            \
    .long .Llinux__x86_libc_functions - .Llinux__x86_lookup_pc;                                   \
    .byte 0x89, 0xc7; /* movl %eax, %edi */                                                       \
    .byte 0x8b, 0x44, 0x24, 0x04; /* movl 4(%esp), %eax */                                        \
    .byte 0x85, 0xc0; /* testl %eax, %eax */                                                      \
    .byte 0x74; .byte .Llinux__x86_lookup_none - . - 1; /* jz: errno not saved */                       \
    .byte 0x8b, 0x4c, 0x24, 0x08; /* movl 8(%esp), %ecx */                                        \
    .byte 0x89, 0x08; /* movl %ecx, (%eax): errno back */                                         \
    .Llinux__x86_lookup_none:;                                                                    \
    .byte 0x8d, 0x83; /* leal linux__x86_int80_stub(%ebx), %eax */                                \
    .long linux__x86_int80_stub - .Llinux__x86_lookup_pc;                                         \
    .byte 0x85, 0xff; /* testl %edi, %edi */                                                      \
    .byte 0x75; .byte .Llinux__x86_lookup_found - . - 1; /* jnz: AT_SYSINFO found */                    \
    .byte 0x89, 0xc7; /* movl %eax, %edi: the stub */                                             \
    .Llinux__x86_lookup_found:;                                                                   \
    .byte 0x8d, 0xb3; /* leal linux__x86_vsyscall_offset(%ebx), %esi */                           \
    .long linux__x86_vsyscall_offset - .Llinux__x86_lookup_pc;                                    \
    .byte 0x29, 0xf7; /* subl %esi, %edi: the word for the entry */                               \
    .byte 0x8d, 0x83; /* leal linux__x86_vsyscall_resolve(%ebx), %eax */                          \
    .long linux__x86_vsyscall_resolve - .Llinux__x86_lookup_pc;                                   \
    .byte 0x29, 0xf0; /* subl %esi, %eax: the word for the resolver */                            \
    .byte 0xf0, 0x0f, 0xb1, 0x3e; /* lock cmpxchgl %edi, (%esi) */                                \
    .byte 0x8b, 0x06; /* movl (%esi), %eax */                                                     \
    .byte 0x01, 0xf0; /* addl %esi, %eax: the entry the word names */                             \
    .byte 0x8d, 0x65, 0xf4; /* leal -12(%ebp), %esp */                                            \
    .byte 0x5f; /* popl %edi */                                                                   \
    .cfi_restore 7;                                                                               \
    .byte 0x5e; /* popl %esi */                                                                   \
    .cfi_restore 6;                                                                               \
    .byte 0x5b; /* popl %ebx */                                                                   \
    .cfi_restore 3;                                                                               \
    .byte 0x5d; /* popl %ebp */                                                                   \
    .cfi_restore 5; .cfi_def_cfa 4, 4;                                                            \
    .byte 0xc3; /* ret */                                                                         \
    .cfi_endproc;                                                                                 \
                                                                                                  \
    .section .data.rel.ro.linux__x86_libc_functions, "awG", @progbits, linux__x86_int80_stub, comdat; \
    .p2align 2;                                                                                   \
    .Llinux__x86_libc_functions:;                                                                 \
    .long linux__x86_getauxval_weakref;                                                                              \
    .long linux__x86_errno_location_weakref;                                                                       \
                                                                                                  \
    .section .data.linux__x86_vsyscall_offset, "awG", @progbits, linux__x86_int80_stub, comdat;  \
    .weak linux__x86_vsyscall_offset; .hidden linux__x86_vsyscall_offset;                         \
    .type linux__x86_vsyscall_offset, @object;                                                    \
    .size linux__x86_vsyscall_offset, 4;                                                          \
    .p2align 2;                                                                                   \
    linux__x86_vsyscall_offset:;                                                                  \
    .long linux__x86_vsyscall_resolve - .;                                                        \
    .popsection;                                                                                  \
    .endif

#endif
