/*
 * x86 (i386) syscall ABI
 *
 *   trap:      `call *entry` where entry is the vDSO's __kernel_vsyscall
 *              (auxv AT_SYSINFO), else `int $0x80`
 *   number:    eax
 *   arguments: ebx ecx edx esi edi ebp
 *   result:    eax
 *   clobbered: memory; __kernel_vsyscall preserves every register but
 *              eax, and flags are treated as clobbered for both entries
 *
 * Why not just `int $0x80`: on virtual machines it can be far slower than
 * the vDSO entry (we measured about 4.4 us against 0.15 us per call), and
 * the vDSO picks the fastest instruction (sysenter/syscall) for the CPU.
 * The entry lives in linux_x86_vsyscall_entry, set once at start-up by
 * linux_init_auxv() or, with a libc, automatically by the library's
 * constructor; while it is 0 (no vDSO, qemu-user, header-only use without
 * initialisation) `int $0x80` is used. -DLINUX_SYSCALL_X86_INT80 compiles
 * the vDSO entry out and always traps with `int $0x80`.
 *
 * The entry word is read exactly once per call (a relaxed atomic load into
 * a local that the asm takes as an operand), so a linux_init_auxv() in
 * another thread can never make a call test one value and call another.
 *
 * vfork, clone and clone3 always trap with `int $0x80`: __kernel_vsyscall
 * pushes ecx, edx and ebp and pops them after the trap, and a vfork child
 * (or clone with CLONE_VM|CLONE_VFORK) running on the same stack overwrites
 * them before the parent resumes. `int $0x80` with everything in registers
 * reads nothing from the stack after the trap. The number test is plain C,
 * so it folds away for constant numbers.
 *
 * Register pressure: six arguments plus the number use every register but
 * esp, and ebp may be the frame pointer and ebx the PIC register. Up to
 * four arguments the entry has a register of its own; with five it is a
 * memory operand (a stack copy, never the global through a GOT register,
 * so PIC/PIE code needs no spare register). With six the number, the entry
 * and a6 travel in a stack block addressed through eax and ebp is saved
 * around the call on the stack; that form is never used for vfork-like
 * calls (linux_syscall6 sends them to the five-argument form).
 *
 * Assembler dialect: every instruction is written for both AT&T and Intel
 * syntax ({att|intel}), so -masm=intel works.
 *
 * Unwinding: only the six-argument form moves esp. When the compiler emits
 * CFI (__GCC_HAVE_DWARF2_CFI_ASM), that asm describes its frame with CFA
 * expressions based on a copy of the CFA (__builtin_dwarf_cfa()) kept on
 * the stack, which is right whether the compiler's own CFA rule uses esp
 * or the frame pointer ebp (which the asm overwrites with a6).
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

#ifndef LINUX_SYSCALL_X86_INT80
/* Weak so that the header alone defines it; every translation unit and the
 * compiled library share one copy. */
extern linux_word linux_x86_vsyscall_entry;
__attribute__((__weak__)) linux_word linux_x86_vsyscall_entry;

/*
 * Linking: the entry is set by the library's start-up code (core/src/auxv.c),
 * and a static archive member is linked only if something refers to it, so
 * every translation unit that includes this header refers to a symbol that
 * only auxv.c defines. Linking the library then always brings in the
 * start-up code; a link without the library fails with
 *   undefined reference to `linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY'
 * Header-only programs define LINUX_SYSCALL_HEADER_ONLY (then x86 stays on
 * `int $0x80` unless they set linux_x86_vsyscall_entry from AT_SYSINFO).
 * The reference is a PC-relative word in a writable COMDAT section: one
 * word per program, no dynamic relocation when the symbol is in the
 * program, nothing in the code; GNU ld and lld both report it undefined.
 * (With --gc-sections GNU ld and lld drop the word, so a link that forgot
 * the library is not refused, but when the library is given the symbol
 * still pulls auxv.o out of the archive. A dlopen()ed plugin that includes
 * this header without linking the library needs a program that exports
 * the symbol, or LINUX_SYSCALL_HEADER_ONLY.)
 */
#define LINUX__X86_LINK_SYMBOL "linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY"
#ifndef LINUX_SYSCALL_HEADER_ONLY
__asm__(".pushsection .data.rel.ro.linux_syscall_link, \"awG\", @progbits, linux_syscall_link, comdat\n\t"
        ".p2align 2\n\t"
        ".long " LINUX__X86_LINK_SYMBOL " - .\n\t"
        ".popsection");
#endif

/* The entry for number n, read once; 0 selects `int $0x80`. */
#define LINUX__X86_ENTRY_FOR(n)                                                \
    (LINUX__X86_VFORK_LIKE(n) ? 0 : __atomic_load_n(&linux_x86_vsyscall_entry, __ATOMIC_RELAXED))
#endif

#define LINUX__X86_CLOBBERS "memory", "cc"
#define LINUX__X86_INT80 "int {$0x80|0x80}"

/*
 * One system call with the register constraints `inputs` (in parentheses,
 * number first): the
 * vDSO entry when there is one (the test is C, on the one copy of the
 * entry), `int $0x80` otherwise. The entry operand is a register up to
 * four arguments; with five none is left, so it is a memory operand: a
 * stack slot holding the copy, addressed through esp or ebp, neither of
 * which the asm changes before the call reads it.
 */
#define LINUX__X86_LIST(...) __VA_ARGS__
#ifndef LINUX_SYSCALL_X86_INT80
#define LINUX__X86_SYSCALL(n, entry_constraint, inputs)                           \
    linux_word ret;                                                            \
    linux_word entry = LINUX__X86_ENTRY_FOR(n);                                \
    if (entry != 0) {                                                          \
        __asm__ __volatile__("{call *%[entry]|call %[entry]}"                  \
                             : "=a"(ret)                                       \
                             : LINUX__X86_LIST inputs, [entry] entry_constraint(entry) \
                             : LINUX__X86_CLOBBERS);                           \
        return ret;                                                            \
    }                                                                          \
    __asm__ __volatile__(LINUX__X86_INT80                                      \
                         : "=a"(ret)                                           \
                         : LINUX__X86_LIST inputs                               \
                         : LINUX__X86_CLOBBERS);                               \
    return ret
#else
#define LINUX__X86_SYSCALL(n, entry_constraint, inputs)                           \
    linux_word ret;                                                            \
    __asm__ __volatile__(LINUX__X86_INT80                                      \
                         : "=a"(ret)                                           \
                         : LINUX__X86_LIST inputs                               \
                         : LINUX__X86_CLOBBERS);                               \
    return ret
#endif

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    LINUX__X86_SYSCALL(n, "r", ("a"(n)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    LINUX__X86_SYSCALL(n, "r", ("a"(n), "b"(a1)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    LINUX__X86_SYSCALL(n, "r", ("a"(n), "b"(a1), "c"(a2)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3)
{
    LINUX__X86_SYSCALL(n, "r", ("a"(n), "b"(a1), "c"(a2), "d"(a3)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4)
{
    LINUX__X86_SYSCALL(n, "r", ("a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4)));
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5)
{
    LINUX__X86_SYSCALL(n, "m", ("a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5)));
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
 * on the stack around the trap. Block: [0] number, [1] entry (0: int
 * $0x80), [2] a6, [3] the CFA and [4] the frame pointer (for the unwind
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
 * reloaded before esp moves back, so both rules hold up to the
 * .cfi_restore_state that ends the asm.
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
#define LINUX__X86_BLOCK_TRAP                                                  \
    "{cmpl $0, 4(%%eax)|cmp DWORD PTR [eax+4], 0}\n\t"                         \
    "je 1f\n\t"                                                                \
    "{pushl 4(%%eax)|push DWORD PTR [eax+4]}\n\t"                              \
    LINUX__X86_CFA_AT(8)                                                       \
    LINUX__X86_EBP_AT(4)                                                       \
    "{movl (%%eax), %%eax|mov eax, DWORD PTR [eax]}\n\t"                       \
    "{call *(%%esp)|call DWORD PTR [esp]}\n\t"                                 \
    "{addl $4, %%esp|add esp, 4}\n\t"                                          \
    LINUX__X86_CFA_AT(4)                                                       \
    LINUX__X86_EBP_AT(0)                                                       \
    "jmp 2f\n"                                                                 \
    "1:\t{movl (%%eax), %%eax|mov eax, DWORD PTR [eax]}\n\t"                   \
    LINUX__X86_INT80 "\n"                                                       \
    "2:\t"
#else
#define LINUX__X86_BLOCK_TRAP                                                  \
    "{movl (%%eax), %%eax|mov eax, DWORD PTR [eax]}\n\t"                       \
    LINUX__X86_INT80 "\n\t"
#endif

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5, linux_word a6)
{
    linux_word block[5];
    linux_word ret;
    block[0] = n;
#ifndef LINUX_SYSCALL_X86_INT80
    block[1] = LINUX__X86_ENTRY_FOR(n);
#else
    block[1] = 0;
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
                         "{movl (%%esp), %%ebp|mov ebp, DWORD PTR [esp]}\n\t"
                         "{addl $8, %%esp|add esp, 8}\n\t"
                         LINUX__X86_CFI(".cfi_restore_state")
                         : "+a"(ret)
                         : "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5), "m"(block)
                         : LINUX__X86_CLOBBERS);
    return ret;
}

#endif
