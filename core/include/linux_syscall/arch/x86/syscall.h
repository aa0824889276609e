/*
 * x86 (i386) syscall ABI
 *
 *   trap:      `call *entry`: the vDSO's __kernel_vsyscall (auxv
 *              AT_SYSINFO), or without a vDSO the `int $0x80` stub; until
 *              the first call or start-up code sets it, a resolver that
 *              finds which and continues the call there (arch/x86/entry.h);
 *              vfork, clone and clone3 trap with `int $0x80` in line
 *   number:    eax
 *   arguments: ebx ecx edx esi edi ebp
 *   result:    eax
 *   clobbered: memory; every entry (the resolver too) preserves every
 *              register but eax, and flags are treated as clobbered
 *
 * Why not just `int $0x80`: on virtual machines it can be far slower than
 * the vDSO entry (we measured about 4.4 us against 0.15 us per call), and
 * the vDSO picks the fastest instruction (sysenter/syscall) for the CPU.
 *
 * One indirect call, no test: the entry word always names something
 * callable, so a call site forms the word's address, adds the word to it
 * and calls the sum, with no test and no second trap (glibc's
 * `call *%gs:0x10` starts out at its _dl_sysinfo_int80 the same way). The
 * word starts at linux__x86_vsyscall_resolve, which keeps the contract of
 * __kernel_vsyscall: it takes AT_SYSINFO from the libc's getauxval() if
 * there is one (weak reference, errno kept), else the stub, stores it in
 * the word unless something was stored meanwhile, and continues the call
 * there with every register as the call site left it. The stub,
 * linux__x86_int80_stub, is `int $0x80; ret` (the three bytes of the
 * kernel's first vsyscall page): arguments in registers, every register
 * but eax preserved (int $0x80 changes only eax), a return address on the
 * stack that `ret` pops after the trap (so, like __kernel_vsyscall, never
 * used for vfork-like calls). Start-up code (linux_init_auxv(), or with a
 * libc the library's constructor) stores AT_SYSINFO before any call.
 * -DLINUX_SYSCALL_X86_INT80 compiles the entry out and always traps with
 * `int $0x80` in line.
 *
 * The word, linux__x86_vsyscall_offset, holds the entry relative to its own
 * address (entry = &word + word), so that no value in it, and no access to
 * it, needs a relocation: its initial value, resolver - &word, is fixed by
 * the linker; it is hidden, so code reaches it PC-relatively (GOTOFF),
 * never through a GOT slot. A static-PIE that never applies its
 * relocations, or makes system calls before it does, reaches the resolver,
 * which without a libc stores the stub. The word, the stub and the
 * resolver are one COMDAT group of which the linker keeps one copy per
 * module. A header-only program (LINUX_SYSCALL_HEADER_ONLY) defines it in
 * every translation unit that includes this header, so it needs nothing
 * else. A unit that links the library only refers to it: the library
 * defines it in an object of its own, core/src/x86_entry_group.c (the
 * reference to the hidden word pulls that object out of the archive, and
 * not the start-up code in auxv.o), and in the trampolines. Not in the
 * program's own units: with clang -flto and GNU ld (the LLVMgold plugin),
 * a group that both an LTO unit and a non-LTO object define loses its
 * symbols (ld binds them to the bitcode's definitions, then keeps the
 * object's copy of the group's sections and discards the LTO output's, so
 * the symbols end up in discarded sections: undefined references). A
 * header-only program built with clang -flto and linked by GNU ld meets
 * that when some of its units that include the header are built without
 * LTO: link it with lld, or build every such unit with -flto. Each module
 * (program, shared object, plugin) has its own word and resolves it on its
 * first call. Read and set the entry of the calling module with
 * linux_x86_vsyscall_entry() and linux_x86_set_vsyscall_entry().
 *
 * The entry word is read exactly once per call (one `add` from it, in an
 * asm): an aligned word is stored and loaded whole, so a linux_init_auxv()
 * in another thread makes a call use either the old entry or the new one,
 * both valid.
 *
 * vfork, clone and clone3 always trap with `int $0x80` in line: both
 * entries are called, so the return address (and in __kernel_vsyscall ecx,
 * edx and ebp) lies on the stack during the trap and is read after it, and
 * a vfork child (or clone with CLONE_VM|CLONE_VFORK) running on the same
 * stack overwrites it before the parent resumes. `int $0x80` with
 * everything in registers reads nothing from the stack after the trap. The
 * number test is plain C, so it folds away for constant numbers.
 *
 * Register pressure: six arguments plus the number use every register but
 * esp, and ebp may be the frame pointer and ebx the PIC register. Up to
 * four arguments the word's address has a register of its own, into which
 * the asm adds the word; with five the entry is computed first and is a
 * memory operand (a stack copy, never the global through a GOT register,
 * so PIC/PIE code needs no spare register). With six the number, the entry
 * and a6 travel in a stack block addressed through eax and ebp is saved
 * around the call on the stack; that form is never used for vfork-like
 * calls (linux_syscall6 sends them to the five-argument form).
 *
 * Assembler dialect: every instruction is written for both AT&T and Intel
 * syntax ({att|intel}); the top-level group (entry.h) is written as bytes,
 * which both dialects assemble alike.
 *
 * Unwinding: only the six-argument form moves esp. When the compiler emits
 * CFI (__GCC_HAVE_DWARF2_CFI_ASM), that asm describes its frame with CFA
 * expressions based on a copy of the CFA (__builtin_dwarf_cfa()) kept on
 * the stack, which is right whether the compiler's own CFA rule uses esp
 * or the frame pointer ebp (which the asm overwrites with a6). The stub and
 * the resolver have their own CFI (entry.h).
 */
#ifndef LINUX_SYSCALL_ARCH_X86_SYSCALL_H
#define LINUX_SYSCALL_ARCH_X86_SYSCALL_H

/* The trampolines and the vDSO follow the plain cdecl convention whatever
 * the compiler's -mregparm/-mrtd say; prototypes of such functions carry
 * this. */
#define LINUX__X86_CDECL __attribute__((__cdecl__, __regparm__(0)))
#define LINUX__TRAMPOLINE_CALLCONV LINUX__X86_CDECL

/* clone (120), vfork (190), clone3 (435): see "vfork" above. */
#define LINUX__X86_VFORK_LIKE(n) ((n) == 120 || (n) == 190 || (n) == 435)

#include "entry.h"

#ifndef LINUX_SYSCALL_X86_INT80
/*
 * The word, the stub, the resolver and its lookup: one COMDAT group written
 * in arch/x86/entry.h, of which the linker keeps one copy per module. This
 * unit emits it when it is header-only, or is the library's
 * core/src/x86_entry_group.c (LINUX__X86_DEFINE_ENTRY_GROUP);
 * core/src/arch/x86/trampoline.S emits the same group. The stub is
 * declared as an array, not a function: it takes its arguments in
 * registers and must not be called from C.
 */
extern const char linux__x86_int80_stub[] __attribute__((__visibility__("hidden")));
extern const char linux__x86_vsyscall_resolve[] __attribute__((__visibility__("hidden")));
extern linux_word linux__x86_vsyscall_offset __attribute__((__visibility__("hidden")));
extern linux_word linux__x86_vsyscall_lookup(void)
    LINUX__X86_CDECL __attribute__((__visibility__("hidden")));
/* Not with LINUX_SYSCALL_TRAMPOLINE: the trampolines, which such a unit
 * links, have the group, and a second copy from an LTO unit is what clang
 * -flto with GNU ld loses (see above). */
#if (defined(LINUX_SYSCALL_HEADER_ONLY) || defined(LINUX__X86_DEFINE_ENTRY_GROUP)) && \
    !defined(LINUX_SYSCALL_TRAMPOLINE)
__asm__(LINUX__X86_STRINGIFY(LINUX__X86_ENTRY_GROUP));
#endif

/* The entry the calls use: AT_SYSINFO's __kernel_vsyscall (or what
 * linux_x86_set_vsyscall_entry() stored), or 0 when they trap with
 * `int $0x80` (the stub). Asking resolves the entry if no call has yet. */
static __inline__ linux_word linux__x86_vsyscall_entry(void)
{
    linux_word entry = (linux_word)&linux__x86_vsyscall_offset +
                       __atomic_load_n(&linux__x86_vsyscall_offset, __ATOMIC_RELAXED);
    if (entry == (linux_word)linux__x86_vsyscall_resolve)
        entry = linux__x86_vsyscall_lookup();
    return entry == (linux_word)linux__x86_int80_stub ? 0 : entry;
}

/* Make the calls of this module (program or shared object) use `entry`
 * (AT_SYSINFO, or a function with the contract of __kernel_vsyscall); 0
 * sends them to `int $0x80`. The store is a release: code written just
 * before (a JIT-made entry) is seen by a thread whose call reads the new
 * word. */
static __inline__ void linux__x86_set_vsyscall_entry(linux_word entry)
{
    if (entry == 0)
        entry = (linux_word)linux__x86_int80_stub;
    __atomic_store_n(&linux__x86_vsyscall_offset, entry - (linux_word)&linux__x86_vsyscall_offset,
                     __ATOMIC_RELEASE);
}

/*
 * Linking: the entry is set by the library's start-up code (core/src/auxv.c),
 * and a static archive member is linked only if something refers to it, so
 * every translation unit that includes this header refers to a symbol that
 * only auxv.c defines. Linking the library then always brings in the
 * start-up code; a link without the library fails with
 *   undefined reference to `linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY'
 * Header-only programs define LINUX_SYSCALL_HEADER_ONLY (their calls find
 * AT_SYSINFO through a libc's getauxval(); without a libc they stay on the
 * `int $0x80` stub unless they pass AT_SYSINFO to
 * linux_x86_set_vsyscall_entry()).
 * The reference is a PC-relative word in a writable COMDAT section: one
 * word per program, no dynamic relocation when the symbol is in the
 * program, nothing in the code; GNU ld and lld both report it undefined.
 * (With --gc-sections GNU ld and lld drop the word, so a link that forgot
 * the library is not refused, but when the library is given the symbol
 * still pulls auxv.o out of the archive. A dlopen()ed plugin that includes
 * this header needs the library or LINUX_SYSCALL_HEADER_ONLY: without
 * either it has no entry word of its own, and does not link.)
 * core/src/x86_entry_group.c makes no reference: it is pulled in by units
 * that make one.
 * The same word group refers to a second symbol, hidden, that only
 * core/src/x86_entry_group.c defines, in C:
 * - its name says what to do when a module has no entry word of its own:
 *   a shared object built without the library and without
 *   LINUX_SYSCALL_HEADER_ONLY fails with
 *     undefined hidden symbol `linux_syscall_x86_entry__..._in_this_module_...'
 *   (next to the hidden word itself);
 * - gcc -flto writes no asm-defined symbol into an object's LTO symbol
 *   table, so an archive of such objects does not index the entry word;
 *   it indexes this C definition, which then pulls the object (and so the
 *   group in its top-level asm) into a program that refers to it.
 * A PC-relative reference to a hidden symbol: no dynamic relocation.
 */
#define LINUX__X86_LINK_SYMBOL "linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY"
#define LINUX__X86_OWN_GROUP_SYMBOL \
    linux_syscall_x86_entry__link_liblinux_syscall_in_this_module_or_define_LINUX_SYSCALL_HEADER_ONLY
#if defined(LINUX__X86_DEFINE_ENTRY_GROUP)
extern const char LINUX__X86_OWN_GROUP_SYMBOL __attribute__((__visibility__("hidden")));
__attribute__((__used__)) const char LINUX__X86_OWN_GROUP_SYMBOL = 0;
#elif defined(LINUX_SYSCALL_HEADER_ONLY)
#if !defined(LINUX_SYSCALL_TRAMPOLINE)
/* A header-only unit has the group itself, so when such a program also
 * links the library (for linux_clock_gettime, say), the library's objects'
 * reference to this symbol should not pull x86_entry_group.o, a second copy
 * of the group, which clang -flto with GNU ld loses. A weak hidden
 * definition here satisfies it (for clang: gcc's LTO symbol table lists no
 * asm-defined symbol, so with gcc -flto the object is still pulled, and
 * GNU ld keeps one of the two groups). Outside the group (a symbol in the
 * group is what gets lost); in asm, since C++ gives a namespace-scope const
 * internal linkage (g++: "weak declaration must be public"); once per
 * assembly (gcc -flto and clang's full LTO join the units' top-level asm)
 * under a local guard: when x86_entry_group.o comes first, LLVM's LTO
 * discards the global symbol's definition (.lto_discard), so a guard on it
 * would stay undefined and every copy would leave a stray byte. */
__asm__(".ifndef .Llinux__x86_own_group_symbol\n\t"
        ".set .Llinux__x86_own_group_symbol, 1\n\t"
        ".pushsection .rodata\n\t"
        ".weak " LINUX__X86_STRINGIFY(LINUX__X86_OWN_GROUP_SYMBOL) "\n\t"
        ".hidden " LINUX__X86_STRINGIFY(LINUX__X86_OWN_GROUP_SYMBOL) "\n\t"
        ".type " LINUX__X86_STRINGIFY(LINUX__X86_OWN_GROUP_SYMBOL) ", @object\n\t"
        ".size " LINUX__X86_STRINGIFY(LINUX__X86_OWN_GROUP_SYMBOL) ", 1\n"
        LINUX__X86_STRINGIFY(LINUX__X86_OWN_GROUP_SYMBOL) ":\n\t"
        ".byte 0\n\t"
        ".popsection\n\t"
        ".endif");
#endif
#else
__asm__(".pushsection .data.rel.ro.linux_syscall_link, \"awG\", @progbits, linux_syscall_link, comdat\n\t"
        ".p2align 2\n\t"
        ".long " LINUX__X86_LINK_SYMBOL " - .\n\t"
        ".hidden " LINUX__X86_STRINGIFY(LINUX__X86_OWN_GROUP_SYMBOL) "\n\t"
        ".long " LINUX__X86_STRINGIFY(LINUX__X86_OWN_GROUP_SYMBOL) " - .\n\t"
        ".popsection");
#endif

/* The entry, for the five- and six-argument forms, which take it in
 * memory: the word's address plus the word, added by the asm, so that the
 * sum needs only the one register it ends in; the "memory" clobber keeps
 * the read after any store to the word that precedes it in the program. */
static LINUX_ALWAYS_INLINE linux_word linux__x86_entry(void)
{
    linux_word entry = (linux_word)&linux__x86_vsyscall_offset;
    __asm__ __volatile__("{addl (%[entry]), %[entry]|add %[entry], DWORD PTR [%[entry]]}"
                         : [entry] "+r"(entry)
                         :
                         : "memory");
    return entry;
}
#else
/* The entry is compiled out: calls always trap with `int $0x80`, the
 * entry reads 0 and setting it does nothing. */
static __inline__ linux_word linux__x86_vsyscall_entry(void)
{
    return 0;
}

static __inline__ void linux__x86_set_vsyscall_entry(linux_word entry)
{
    (void)entry;
}
#endif

/* Function-like macros, so that code written for the former variable
 * linux_x86_vsyscall_entry (`if (linux_x86_vsyscall_entry)`, `= entry`)
 * does not compile instead of reading an always-true function address:
 * a bare name is not a macro call, and nothing of that name is declared. */
#define linux_x86_vsyscall_entry() linux__x86_vsyscall_entry()
#define linux_x86_set_vsyscall_entry(entry) linux__x86_set_vsyscall_entry(entry)

#define LINUX__X86_CLOBBERS "memory", "cc"
#define LINUX__X86_INT80 "int {$0x80|0x80}"

/*
 * One system call with the register constraints `inputs` (in parentheses,
 * number first): one indirect call through the entry, or for vfork-like
 * numbers `int $0x80` (the test is C and folds away for constant numbers).
 * Up to four arguments (LINUX__X86_SYSCALL) a free register takes the
 * word's address (a link-time constant, or GOT register + constant) and
 * the asm adds the word to it, the one read of the word. With five
 * (LINUX__X86_SYSCALL_M) no register is left: the entry is computed
 * before (linux__x86_entry()) and is a memory operand, a stack slot holding it, addressed through esp
 * or ebp, neither of which the asm changes before the call reads it.
 */
#define LINUX__X86_LIST(...) __VA_ARGS__
#define LINUX__X86_SYSCALL_INT80(inputs)                                       \
    __asm__ __volatile__(LINUX__X86_INT80                                      \
                         : "=a"(ret)                                           \
                         : LINUX__X86_LIST inputs                              \
                         : LINUX__X86_CLOBBERS)
#ifndef LINUX_SYSCALL_X86_INT80
#define LINUX__X86_SYSCALL(n, inputs)                                          \
    linux_word ret;                                                            \
    if (LINUX__X86_VFORK_LIKE(n)) {                                            \
        LINUX__X86_SYSCALL_INT80(inputs);                                      \
    } else {                                                                   \
        linux_word entry = (linux_word)&linux__x86_vsyscall_offset;            \
        __asm__ __volatile__("{addl (%[entry]), %[entry]|add %[entry], DWORD PTR [%[entry]]}\n\t" \
                             "{call *%[entry]|call %[entry]}"                  \
                             : "=a"(ret), [entry] "+r"(entry)                  \
                             : LINUX__X86_LIST inputs                          \
                             : LINUX__X86_CLOBBERS);                           \
    }                                                                          \
    return ret
#define LINUX__X86_SYSCALL_M(n, inputs)                                        \
    linux_word ret;                                                            \
    if (LINUX__X86_VFORK_LIKE(n)) {                                            \
        LINUX__X86_SYSCALL_INT80(inputs);                                      \
    } else {                                                                   \
        linux_word entry = linux__x86_entry();                                 \
        __asm__ __volatile__("{call *%[entry]|call %[entry]}"                  \
                             : "=a"(ret)                                       \
                             : LINUX__X86_LIST inputs, [entry] "m"(entry)      \
                             : LINUX__X86_CLOBBERS);                           \
    }                                                                          \
    return ret
#else
#define LINUX__X86_SYSCALL(n, inputs)                                          \
    linux_word ret;                                                            \
    LINUX__X86_SYSCALL_INT80(inputs);                                          \
    return ret
#define LINUX__X86_SYSCALL_M LINUX__X86_SYSCALL
#endif

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    LINUX__X86_SYSCALL(n, ("a"(n)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    LINUX__X86_SYSCALL(n, ("a"(n), "b"(a1)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    LINUX__X86_SYSCALL(n, ("a"(n), "b"(a1), "c"(a2)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3)
{
    LINUX__X86_SYSCALL(n, ("a"(n), "b"(a1), "c"(a2), "d"(a3)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4)
{
    LINUX__X86_SYSCALL(n, ("a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5)
{
    LINUX__X86_SYSCALL_M(n, ("a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)));
}

/* linux_syscall6 sends vfork-like calls here (none of them has a sixth
 * argument): always `int $0x80`, and no load of the entry on that path. */
static LINUX_ALWAYS_INLINE linux_word linux__x86_syscall5_int80(linux_word n, linux_word a1,
                                                               linux_word a2, linux_word a3,
                                                               linux_word a4, linux_word a5)
{
    linux_word ret;
    __asm__ __volatile__(LINUX__X86_INT80
                         : "=a"(ret)
                         : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)
                         : LINUX__X86_CLOBBERS);
    return ret;
}
#define LINUX__ARCH_SYSCALL5_STACK_FREE linux__x86_syscall5_int80

/*
 * Six arguments: ebp must carry a6, but it may be the frame pointer (and
 * memory operands may be addressed through it), so the number, the entry
 * and a6 travel in a stack block whose address is in eax, and ebp is saved
 * on the stack around the trap. Block: [0] number, [1] entry (unused
 * with -DLINUX_SYSCALL_X86_INT80), [2] a6, [3] the CFA and [4] the frame pointer (for the unwind
 * information only).
 *
 * CFI (DWARF expressions, as .cfi_escape bytes): the copy of the CFA is
 * pushed first, so at every instruction after that CFA = *(esp + k), k
 * being the bytes pushed since. The function's ebp, pushed next, is its
 * frame pointer: when CFI is emitted the function takes
 * __builtin_frame_address(0) (block[4]), which makes gcc and clang give it
 * one, also at -O2 and under -fomit-frame-pointer. So the caller's ebp is
 * saved at the address the pushed ebp holds, in a plain frame and in a
 * realigned (DRAP) one alike; the compiler's own rule for ebp cannot be
 * kept, as it may be based on ebp itself, which holds a6 here. ebp is
 * reloaded before esp moves back (the `add` is the asm's last
 * instruction), so both rules hold up to the .cfi_restore_state that ends
 * the asm.
 *   0x0f 3 0x74 k 0x06     DW_CFA_def_cfa_expression: DW_OP_breg4(esp) k; DW_OP_deref
 *   0x10 5 3 0x74 k 0x06   DW_CFA_expression ebp: DW_OP_breg4(esp) k; DW_OP_deref
 */
#if defined(__GCC_HAVE_DWARF2_CFI_ASM)
#define LINUX__X86_CFI(text) text "\n\t"
#define LINUX__X86_CFA_COPY (linux_word) __builtin_dwarf_cfa()
#define LINUX__X86_FRAME_POINTER (linux_word) __builtin_frame_address(0)
#else
#define LINUX__X86_CFI(text)
#define LINUX__X86_CFA_COPY 0
#define LINUX__X86_FRAME_POINTER 0
#endif
#define LINUX__X86_CFA_AT(k) LINUX__X86_CFI(".cfi_escape 0x0f, 3, 0x74, " #k ", 0x06")
#define LINUX__X86_EBP_AT(k) LINUX__X86_CFI(".cfi_escape 0x10, 5, 3, 0x74, " #k ", 0x06")

#ifndef LINUX_SYSCALL_X86_INT80
/* The entry is pushed so that the call can read it after eax is loaded
 * with the number: `call *(%esp)` addresses it without a register. It
 * stays pushed until the single `add` that also drops the CFA copy and
 * the saved ebp, which is reloaded from above it. */
#define LINUX__X86_BLOCK_TRAP                                                  \
    "{pushl 4(%%eax)|push DWORD PTR [eax+4]}\n\t"                              \
    LINUX__X86_CFA_AT(8)                                                       \
    LINUX__X86_EBP_AT(4)                                                       \
    "{movl (%%eax), %%eax|mov eax, DWORD PTR [eax]}\n\t"                       \
    "{call *(%%esp)|call DWORD PTR [esp]}\n\t"                                 \
    "{movl 4(%%esp), %%ebp|mov ebp, DWORD PTR [esp+4]}\n\t"                    \
    "{addl $12, %%esp|add esp, 12}\n\t"
#else
#define LINUX__X86_BLOCK_TRAP                                                  \
    "{movl (%%eax), %%eax|mov eax, DWORD PTR [eax]}\n\t"                       \
    LINUX__X86_INT80 "\n\t"                                                   \
    "{movl (%%esp), %%ebp|mov ebp, DWORD PTR [esp]}\n\t"                       \
    "{addl $8, %%esp|add esp, 8}\n\t"
#endif

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5, linux_word a6)
{
    linux_word block[5];
    linux_word ret;
    block[0] = n;
#ifndef LINUX_SYSCALL_X86_INT80
    block[1] = linux__x86_entry();
#else
    block[1] = 0; /* unused */
#endif
    block[2] = a6;
    block[3] = LINUX__X86_CFA_COPY;
    block[4] = LINUX__X86_FRAME_POINTER;
    ret = (linux_word)block;
    __asm__ __volatile__(LINUX__X86_CFI(".cfi_remember_state")
                         "{pushl 12(%%eax)|push DWORD PTR [eax+12]}\n\t"
                         LINUX__X86_CFA_AT(0)
                         "{pushl %%ebp|push ebp}\n\t"
                         LINUX__X86_CFA_AT(4)
                         LINUX__X86_EBP_AT(0)
                         "{movl 8(%%eax), %%ebp|mov ebp, DWORD PTR [eax+8]}\n\t"
                         LINUX__X86_BLOCK_TRAP
                         LINUX__X86_CFI(".cfi_restore_state")
                         : "+a"(ret)
                         : "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5), "m"(block)
                         : LINUX__X86_CLOBBERS);
    return ret;
}

#endif
