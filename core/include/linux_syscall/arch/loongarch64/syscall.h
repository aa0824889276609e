/*
 * loongarch64 syscall ABI
 *
 *   trap:      syscall 0
 *   number:    $a7
 *   arguments: $a0 $a1 $a2 $a3 $a4 $a5
 *   result:    $a0 (so the first argument register is also the output)
 *   clobbered: the temporaries $t0-$t8 (the kernel does not promise to
 *              preserve them across the trap) and memory
 */

#ifndef LINUX_SYSCALL_ARCH_LOONGARCH64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_LOONGARCH64_SYSCALL_H

#define LINUX__LOONGARCH64_CLOBBERS "$t0", "$t1", "$t2", "$t3", "$t4", "$t5", "$t6", "$t7", "$t8", "memory"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word nr __asm__("$a7") = n;
    register linux_word r0 __asm__("$a0");
    __asm__ __volatile__("syscall 0"
                         : "=r"(r0)
                         : "r"(nr)
                         : LINUX__LOONGARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word nr __asm__("$a7") = n;
    register linux_word r0 __asm__("$a0") = a1;
    __asm__ __volatile__("syscall 0"
                         : "+r"(r0)
                         : "r"(nr)
                         : LINUX__LOONGARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    register linux_word nr __asm__("$a7") = n;
    register linux_word r0 __asm__("$a0") = a1;
    register linux_word r1 __asm__("$a1") = a2;
    __asm__ __volatile__("syscall 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1)
                         : LINUX__LOONGARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2, linux_word a3)
{
    register linux_word nr __asm__("$a7") = n;
    register linux_word r0 __asm__("$a0") = a1;
    register linux_word r1 __asm__("$a1") = a2;
    register linux_word r2 __asm__("$a2") = a3;
    __asm__ __volatile__("syscall 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2)
                         : LINUX__LOONGARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4)
{
    register linux_word nr __asm__("$a7") = n;
    register linux_word r0 __asm__("$a0") = a1;
    register linux_word r1 __asm__("$a1") = a2;
    register linux_word r2 __asm__("$a2") = a3;
    register linux_word r3 __asm__("$a3") = a4;
    __asm__ __volatile__("syscall 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3)
                         : LINUX__LOONGARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5)
{
    register linux_word nr __asm__("$a7") = n;
    register linux_word r0 __asm__("$a0") = a1;
    register linux_word r1 __asm__("$a1") = a2;
    register linux_word r2 __asm__("$a2") = a3;
    register linux_word r3 __asm__("$a3") = a4;
    register linux_word r4 __asm__("$a4") = a5;
    __asm__ __volatile__("syscall 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3), "r"(r4)
                         : LINUX__LOONGARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5, linux_word a6)
{
    register linux_word nr __asm__("$a7") = n;
    register linux_word r0 __asm__("$a0") = a1;
    register linux_word r1 __asm__("$a1") = a2;
    register linux_word r2 __asm__("$a2") = a3;
    register linux_word r3 __asm__("$a3") = a4;
    register linux_word r4 __asm__("$a4") = a5;
    register linux_word r5 __asm__("$a5") = a6;
    __asm__ __volatile__("syscall 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
                         : LINUX__LOONGARCH64_CLOBBERS);
    return r0;
}

#endif
