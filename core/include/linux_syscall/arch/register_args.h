/*
 * linux_syscall/arch/register_args.h: the shape shared by the ABIs that
 * take the number in one register and the arguments in six others, and
 * return the result in the first argument register (aarch64, riscv64,
 * s390x, loongarch64). An arch file states its registers, trap and
 * clobbers once:
 *
 *   LINUX__REGISTER_ARG_SYSCALLS("svc #0", "x8", "x0", "x1", "x2", "x3", "x4", "x5", "memory")
 *
 * and gets linux__arch_syscall0..6 as force-inlined functions that bind
 * each value to its register with GCC local register variables (the only
 * portable way to ask for a named register on these targets). The result
 * register is an input/output operand, so the compiler knows the first
 * argument is overwritten.
 */
#ifndef LINUX_SYSCALL_ARCH_REGISTER_ARGS_H
#define LINUX_SYSCALL_ARCH_REGISTER_ARGS_H

#define LINUX__REGISTER_ARG_SYSCALLS(trap, nr_reg, r1, r2, r3, r4, r5, r6, ...)                \
    static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)                   \
    {                                                                                          \
        register linux_word nr __asm__(nr_reg) = n;                                            \
        register linux_word ret __asm__(r1);                                                   \
        __asm__ __volatile__(trap : "=r"(ret) : "r"(nr) : __VA_ARGS__);                        \
        return ret;                                                                            \
    }                                                                                          \
    static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)    \
    {                                                                                          \
        register linux_word nr __asm__(nr_reg) = n;                                            \
        register linux_word ret __asm__(r1) = a1;                                              \
        __asm__ __volatile__(trap : "+r"(ret) : "r"(nr) : __VA_ARGS__);                        \
        return ret;                                                                            \
    }                                                                                          \
    static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1,    \
                                                               linux_word a2)                  \
    {                                                                                          \
        register linux_word nr __asm__(nr_reg) = n;                                            \
        register linux_word ret __asm__(r1) = a1;                                              \
        register linux_word x2 __asm__(r2) = a2;                                               \
        __asm__ __volatile__(trap : "+r"(ret) : "r"(nr), "r"(x2) : __VA_ARGS__);               \
        return ret;                                                                            \
    }                                                                                          \
    static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1,    \
                                                               linux_word a2, linux_word a3)   \
    {                                                                                          \
        register linux_word nr __asm__(nr_reg) = n;                                            \
        register linux_word ret __asm__(r1) = a1;                                              \
        register linux_word x2 __asm__(r2) = a2;                                               \
        register linux_word x3 __asm__(r3) = a3;                                               \
        __asm__ __volatile__(trap : "+r"(ret) : "r"(nr), "r"(x2), "r"(x3) : __VA_ARGS__);      \
        return ret;                                                                            \
    }                                                                                          \
    static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1,    \
                                                               linux_word a2, linux_word a3,   \
                                                               linux_word a4)                  \
    {                                                                                          \
        register linux_word nr __asm__(nr_reg) = n;                                            \
        register linux_word ret __asm__(r1) = a1;                                              \
        register linux_word x2 __asm__(r2) = a2;                                               \
        register linux_word x3 __asm__(r3) = a3;                                               \
        register linux_word x4 __asm__(r4) = a4;                                               \
        __asm__ __volatile__(trap                                                              \
                             : "+r"(ret)                                                       \
                             : "r"(nr), "r"(x2), "r"(x3), "r"(x4)                              \
                             : __VA_ARGS__);                                                   \
        return ret;                                                                            \
    }                                                                                          \
    static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1,    \
                                                               linux_word a2, linux_word a3,   \
                                                               linux_word a4, linux_word a5)   \
    {                                                                                          \
        register linux_word nr __asm__(nr_reg) = n;                                            \
        register linux_word ret __asm__(r1) = a1;                                              \
        register linux_word x2 __asm__(r2) = a2;                                               \
        register linux_word x3 __asm__(r3) = a3;                                               \
        register linux_word x4 __asm__(r4) = a4;                                               \
        register linux_word x5 __asm__(r5) = a5;                                               \
        __asm__ __volatile__(trap                                                              \
                             : "+r"(ret)                                                       \
                             : "r"(nr), "r"(x2), "r"(x3), "r"(x4), "r"(x5)                     \
                             : __VA_ARGS__);                                                   \
        return ret;                                                                            \
    }                                                                                          \
    static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1,    \
                                                               linux_word a2, linux_word a3,   \
                                                               linux_word a4, linux_word a5,   \
                                                               linux_word a6)                  \
    {                                                                                          \
        register linux_word nr __asm__(nr_reg) = n;                                            \
        register linux_word ret __asm__(r1) = a1;                                              \
        register linux_word x2 __asm__(r2) = a2;                                               \
        register linux_word x3 __asm__(r3) = a3;                                               \
        register linux_word x4 __asm__(r4) = a4;                                               \
        register linux_word x5 __asm__(r5) = a5;                                               \
        register linux_word x6 __asm__(r6) = a6;                                               \
        __asm__ __volatile__(trap                                                              \
                             : "+r"(ret)                                                       \
                             : "r"(nr), "r"(x2), "r"(x3), "r"(x4), "r"(x5), "r"(x6)            \
                             : __VA_ARGS__);                                                   \
        return ret;                                                                            \
    }

#endif /* LINUX_SYSCALL_ARCH_REGISTER_ARGS_H */
