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
 * Register pressure: six arguments plus the number use every register but
 * esp, and ebp may be the frame pointer and ebx the PIC register, so the
 * five- and six-argument forms pass the number, the entry (and a6) in a
 * stack block addressed through eax; the six-argument form loads ebp inside
 * the asm, saving it around the call. The entry is read from memory (a
 * stack copy), never through a GOT register, so PIC/PIE code needs no
 * spare register.
 */
#ifndef LINUX_SYSCALL_ARCH_X86_SYSCALL_H
#define LINUX_SYSCALL_ARCH_X86_SYSCALL_H

#ifndef LINUX_SYSCALL_X86_INT80
/* Weak so that the header alone defines it; every translation unit and the
 * compiled library share one copy. */
extern linux_word linux_x86_vsyscall_entry;
__attribute__((__weak__)) linux_word linux_x86_vsyscall_entry;

#define LINUX__X86_TRAP(entry)                                                 \
    "cmpl $0, " entry "\n\t"                                                   \
    "je 1f\n\t"                                                                \
    "call *" entry "\n\t"                                                      \
    "jmp 2f\n"                                                                 \
    "1:\tint $0x80\n"                                                          \
    "2:"
#define LINUX__X86_ENTRY_OPERAND , [entry] "rm"(linux_x86_entry_copy)
#define LINUX__X86_LOAD_ENTRY linux_word linux_x86_entry_copy = linux_x86_vsyscall_entry;
#define LINUX__X86_ENTRY_INSNS LINUX__X86_TRAP("%[entry]")
#else
#define LINUX__X86_ENTRY_OPERAND
#define LINUX__X86_LOAD_ENTRY
#define LINUX__X86_ENTRY_INSNS "int $0x80"
#endif

#define LINUX__X86_CLOBBERS "memory", "cc"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    LINUX__X86_LOAD_ENTRY
    linux_word ret;
    __asm__ __volatile__(LINUX__X86_ENTRY_INSNS
                         : "=a"(ret)
                         : "a"(n) LINUX__X86_ENTRY_OPERAND
                         : LINUX__X86_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    LINUX__X86_LOAD_ENTRY
    linux_word ret;
    __asm__ __volatile__(LINUX__X86_ENTRY_INSNS
                         : "=a"(ret)
                         : "a"(n), "b"(a1) LINUX__X86_ENTRY_OPERAND
                         : LINUX__X86_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    LINUX__X86_LOAD_ENTRY
    linux_word ret;
    __asm__ __volatile__(LINUX__X86_ENTRY_INSNS
                         : "=a"(ret)
                         : "a"(n), "b"(a1), "c"(a2) LINUX__X86_ENTRY_OPERAND
                         : LINUX__X86_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3)
{
    LINUX__X86_LOAD_ENTRY
    linux_word ret;
    __asm__ __volatile__(LINUX__X86_ENTRY_INSNS
                         : "=a"(ret)
                         : "a"(n), "b"(a1), "c"(a2), "d"(a3) LINUX__X86_ENTRY_OPERAND
                         : LINUX__X86_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4)
{
    LINUX__X86_LOAD_ENTRY
    linux_word ret;
    __asm__ __volatile__(LINUX__X86_ENTRY_INSNS
                         : "=a"(ret)
                         : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4) LINUX__X86_ENTRY_OPERAND
                         : LINUX__X86_CLOBBERS);
    return ret;
}

/*
 * Five and six arguments: the number and the entry (and a6) travel in a
 * stack block whose address is in eax. With five argument registers taken,
 * gcc cannot always give the entry its own operand in PIE code (it
 * rematerialises the load from the GOT inside the asm operand, which needs
 * a base register, and fails with "impossible constraints" at -Os, or -O2
 * with frame pointers); an address on the stack needs none.
 * Block: [0] number, [1] entry (0: int $0x80), [2] a6.
 */
#ifndef LINUX_SYSCALL_X86_INT80
#define LINUX__X86_BLOCK_ENTRY linux_x86_vsyscall_entry
#define LINUX__X86_BLOCK_TRAP                                                  \
    "cmpl $0, 4(%%eax)\n\t"                                                   \
    "je 1f\n\t"                                                               \
    "push 4(%%eax)\n\t"                                                       \
    "mov (%%eax), %%eax\n\t"                                                  \
    "call *(%%esp)\n\t"                                                       \
    "add $4, %%esp\n\t"                                                       \
    "jmp 2f\n"                                                                \
    "1:\tmov (%%eax), %%eax\n\t"                                              \
    "int $0x80\n"                                                             \
    "2:"
#else
#define LINUX__X86_BLOCK_ENTRY 0
#define LINUX__X86_BLOCK_TRAP "mov (%%eax), %%eax\n\tint $0x80"
#endif

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5)
{
    linux_word block[2];
    linux_word ret;
    block[0] = n;
    block[1] = LINUX__X86_BLOCK_ENTRY;
    ret = (linux_word)block;
    __asm__ __volatile__(LINUX__X86_BLOCK_TRAP
                         : "+a"(ret)
                         : "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5), "m"(block)
                         : LINUX__X86_CLOBBERS);
    return ret;
}

/* ebp may be the frame pointer, so it is saved and loaded inside the asm. */
static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5, linux_word a6)
{
    linux_word block[3];
    linux_word ret;
    block[0] = n;
    block[1] = LINUX__X86_BLOCK_ENTRY;
    block[2] = a6;
    ret = (linux_word)block;
    __asm__ __volatile__("push %%ebp\n\t"
                         "mov 8(%%eax), %%ebp\n\t" LINUX__X86_BLOCK_TRAP "\n\t"
                         "pop %%ebp"
                         : "+a"(ret)
                         : "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5), "m"(block)
                         : LINUX__X86_CLOBBERS);
    return ret;
}

#endif
