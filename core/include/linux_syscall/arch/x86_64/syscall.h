/*
 * x86_64 syscall ABI (64-bit, not x32)
 *
 *   trap:      syscall
 *   number:    rax
 *   arguments: rdi rsi rdx r10 r8 r9   (r10, not rcx: the instruction
 *              itself overwrites rcx)
 *   result:    rax
 *   clobbered: rcx (return rip), r11 (saved rflags), memory
 *
 * Everything else, flags included, is preserved by the kernel. The red zone
 * is safe: syscall does not push anything on the user stack.
 */
#ifndef LINUX_SYSCALL_ARCH_X86_64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_X86_64_SYSCALL_H

#define LINUX__X86_64_CLOBBERS "rcx", "r11", "memory"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    linux_word ret;
    __asm__ __volatile__("syscall" : "=a"(ret) : "a"(n) : LINUX__X86_64_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    linux_word ret;
    __asm__ __volatile__("syscall" : "=a"(ret) : "a"(n), "D"(a1) : LINUX__X86_64_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    linux_word ret;
    __asm__ __volatile__("syscall"
                         : "=a"(ret)
                         : "a"(n), "D"(a1), "S"(a2)
                         : LINUX__X86_64_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3)
{
    linux_word ret;
    __asm__ __volatile__("syscall"
                         : "=a"(ret)
                         : "a"(n), "D"(a1), "S"(a2), "d"(a3)
                         : LINUX__X86_64_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4)
{
    linux_word ret;
    register linux_word r10 __asm__("r10") = a4;
    __asm__ __volatile__("syscall"
                         : "=a"(ret)
                         : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10)
                         : LINUX__X86_64_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5)
{
    linux_word ret;
    register linux_word r10 __asm__("r10") = a4;
    register linux_word r8 __asm__("r8") = a5;
    __asm__ __volatile__("syscall"
                         : "=a"(ret)
                         : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
                         : LINUX__X86_64_CLOBBERS);
    return ret;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2,
                                                           linux_word a3, linux_word a4,
                                                           linux_word a5, linux_word a6)
{
    linux_word ret;
    register linux_word r10 __asm__("r10") = a4;
    register linux_word r8 __asm__("r8") = a5;
    register linux_word r9 __asm__("r9") = a6;
    __asm__ __volatile__("syscall"
                         : "=a"(ret)
                         : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
                         : LINUX__X86_64_CLOBBERS);
    return ret;
}

#endif
