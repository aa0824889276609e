/*
 * s390x syscall ABI
 *
 *   trap:      svc 0 (the number in r1; `svc NR` with an 8-bit immediate
 *              would cover only numbers below 256)
 *   number:    r1
 *   arguments: r2 r3 r4 r5 r6 r7 (r6 and r7 are callee-saved in the C ABI;
 *              as asm inputs the compiler saves them when it needs to)
 *   result:    r2 (so the first argument register is also the output)
 *   clobbered: memory; condition code is preserved, other registers too
 *
 * mmap is special on s390x: it takes one pointer to a block of six words
 * (old_mmap), not six arguments.
 */

#ifndef LINUX_SYSCALL_ARCH_S390X_SYSCALL_H
#define LINUX_SYSCALL_ARCH_S390X_SYSCALL_H

#define LINUX__S390X_CLOBBERS "memory"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word nr __asm__("r1") = n;
    register linux_word r0 __asm__("r2");
    __asm__ __volatile__("svc 0"
                         : "=r"(r0)
                         : "r"(nr)
                         : LINUX__S390X_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word nr __asm__("r1") = n;
    register linux_word r0 __asm__("r2") = a1;
    __asm__ __volatile__("svc 0"
                         : "+r"(r0)
                         : "r"(nr)
                         : LINUX__S390X_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    register linux_word nr __asm__("r1") = n;
    register linux_word r0 __asm__("r2") = a1;
    register linux_word r1 __asm__("r3") = a2;
    __asm__ __volatile__("svc 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1)
                         : LINUX__S390X_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2, linux_word a3)
{
    register linux_word nr __asm__("r1") = n;
    register linux_word r0 __asm__("r2") = a1;
    register linux_word r1 __asm__("r3") = a2;
    register linux_word r2 __asm__("r4") = a3;
    __asm__ __volatile__("svc 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2)
                         : LINUX__S390X_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4)
{
    register linux_word nr __asm__("r1") = n;
    register linux_word r0 __asm__("r2") = a1;
    register linux_word r1 __asm__("r3") = a2;
    register linux_word r2 __asm__("r4") = a3;
    register linux_word r3 __asm__("r5") = a4;
    __asm__ __volatile__("svc 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3)
                         : LINUX__S390X_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5)
{
    register linux_word nr __asm__("r1") = n;
    register linux_word r0 __asm__("r2") = a1;
    register linux_word r1 __asm__("r3") = a2;
    register linux_word r2 __asm__("r4") = a3;
    register linux_word r3 __asm__("r5") = a4;
    register linux_word r4 __asm__("r6") = a5;
    __asm__ __volatile__("svc 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3), "r"(r4)
                         : LINUX__S390X_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5, linux_word a6)
{
    register linux_word nr __asm__("r1") = n;
    register linux_word r0 __asm__("r2") = a1;
    register linux_word r1 __asm__("r3") = a2;
    register linux_word r2 __asm__("r4") = a3;
    register linux_word r3 __asm__("r5") = a4;
    register linux_word r4 __asm__("r6") = a5;
    register linux_word r5 __asm__("r7") = a6;
    __asm__ __volatile__("svc 0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
                         : LINUX__S390X_CLOBBERS);
    return r0;
}

#endif
