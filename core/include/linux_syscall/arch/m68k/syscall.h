/*
 * m68k syscall ABI
 *
 *   trap:      trap #0
 *   number:    d0
 *   arguments: d1 d2 d3 d4 d5 a0
 *   result:    d0 (the number register is also the output), -errno on
 *              error like the flagless ABIs
 *   clobbered: memory and the condition codes; the kernel's entry
 *              (arch/m68k/kernel/entry.S, SAVE_ALL_SYS / RESTORE_ALL)
 *              saves d1-d5 and a0-a2 in pt_regs and reloads them, so the
 *              argument registers come back unchanged
 *
 * The number register doubles as the result, unlike the aarch64/riscv64
 * shape of register_args.h (result in the first argument register), so
 * this file binds its own registers. a6 (frame pointer) and a5 (PIC
 * register) are not used, so -fno-omit-frame-pointer and -fPIC need no
 * special care. No floating-point state is touched by a syscall.
 */
#ifndef LINUX_SYSCALL_ARCH_M68K_SYSCALL_H
#define LINUX_SYSCALL_ARCH_M68K_SYSCALL_H

#define LINUX__M68K_TRAP "trap #0"
#define LINUX__M68K_CLOBBERS "memory", "cc"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word d0 __asm__("d0") = n;
    __asm__ __volatile__(LINUX__M68K_TRAP : "+r"(d0) : : LINUX__M68K_CLOBBERS);
    return d0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word d0 __asm__("d0") = n;
    register linux_word d1 __asm__("d1") = a1;
    __asm__ __volatile__(LINUX__M68K_TRAP : "+r"(d0) : "r"(d1) : LINUX__M68K_CLOBBERS);
    return d0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1,
                                                           linux_word a2)
{
    register linux_word d0 __asm__("d0") = n;
    register linux_word d1 __asm__("d1") = a1;
    register linux_word d2 __asm__("d2") = a2;
    __asm__ __volatile__(LINUX__M68K_TRAP : "+r"(d0) : "r"(d1), "r"(d2) : LINUX__M68K_CLOBBERS);
    return d0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3)
{
    register linux_word d0 __asm__("d0") = n;
    register linux_word d1 __asm__("d1") = a1;
    register linux_word d2 __asm__("d2") = a2;
    register linux_word d3 __asm__("d3") = a3;
    __asm__ __volatile__(LINUX__M68K_TRAP
                         : "+r"(d0)
                         : "r"(d1), "r"(d2), "r"(d3)
                         : LINUX__M68K_CLOBBERS);
    return d0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4)
{
    register linux_word d0 __asm__("d0") = n;
    register linux_word d1 __asm__("d1") = a1;
    register linux_word d2 __asm__("d2") = a2;
    register linux_word d3 __asm__("d3") = a3;
    register linux_word d4 __asm__("d4") = a4;
    __asm__ __volatile__(LINUX__M68K_TRAP
                         : "+r"(d0)
                         : "r"(d1), "r"(d2), "r"(d3), "r"(d4)
                         : LINUX__M68K_CLOBBERS);
    return d0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4, linux_word a5)
{
    register linux_word d0 __asm__("d0") = n;
    register linux_word d1 __asm__("d1") = a1;
    register linux_word d2 __asm__("d2") = a2;
    register linux_word d3 __asm__("d3") = a3;
    register linux_word d4 __asm__("d4") = a4;
    register linux_word d5 __asm__("d5") = a5;
    __asm__ __volatile__(LINUX__M68K_TRAP
                         : "+r"(d0)
                         : "r"(d1), "r"(d2), "r"(d3), "r"(d4), "r"(d5)
                         : LINUX__M68K_CLOBBERS);
    return d0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4, linux_word a5,
                                                           linux_word a6)
{
    register linux_word d0 __asm__("d0") = n;
    register linux_word d1 __asm__("d1") = a1;
    register linux_word d2 __asm__("d2") = a2;
    register linux_word d3 __asm__("d3") = a3;
    register linux_word d4 __asm__("d4") = a4;
    register linux_word d5 __asm__("d5") = a5;
    register linux_word r_a0 __asm__("a0") = a6;
    __asm__ __volatile__(LINUX__M68K_TRAP
                         : "+r"(d0)
                         : "r"(d1), "r"(d2), "r"(d3), "r"(d4), "r"(d5), "r"(r_a0)
                         : LINUX__M68K_CLOBBERS);
    return d0;
}

#endif /* LINUX_SYSCALL_ARCH_M68K_SYSCALL_H */
