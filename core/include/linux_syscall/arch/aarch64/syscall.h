/*
 * aarch64 (arm64) syscall ABI
 *
 *   trap:      svc #0
 *   number:    x8
 *   arguments: x0 x1 x2 x3 x4 x5
 *   result:    x0 (so the first argument register is also the output)
 *   clobbered: memory; every other register, flags included, is preserved
 *
 * The immediate of svc is ignored by Linux; 0 is the convention.
 */

#ifndef LINUX_SYSCALL_ARCH_AARCH64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_AARCH64_SYSCALL_H

#define LINUX__AARCH64_CLOBBERS "memory"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word nr __asm__("x8") = n;
    register linux_word r0 __asm__("x0");
    __asm__ __volatile__("svc #0"
                         : "=r"(r0)
                         : "r"(nr)
                         : LINUX__AARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word nr __asm__("x8") = n;
    register linux_word r0 __asm__("x0") = a1;
    __asm__ __volatile__("svc #0"
                         : "+r"(r0)
                         : "r"(nr)
                         : LINUX__AARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    register linux_word nr __asm__("x8") = n;
    register linux_word r0 __asm__("x0") = a1;
    register linux_word r1 __asm__("x1") = a2;
    __asm__ __volatile__("svc #0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1)
                         : LINUX__AARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2, linux_word a3)
{
    register linux_word nr __asm__("x8") = n;
    register linux_word r0 __asm__("x0") = a1;
    register linux_word r1 __asm__("x1") = a2;
    register linux_word r2 __asm__("x2") = a3;
    __asm__ __volatile__("svc #0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2)
                         : LINUX__AARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4)
{
    register linux_word nr __asm__("x8") = n;
    register linux_word r0 __asm__("x0") = a1;
    register linux_word r1 __asm__("x1") = a2;
    register linux_word r2 __asm__("x2") = a3;
    register linux_word r3 __asm__("x3") = a4;
    __asm__ __volatile__("svc #0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3)
                         : LINUX__AARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5)
{
    register linux_word nr __asm__("x8") = n;
    register linux_word r0 __asm__("x0") = a1;
    register linux_word r1 __asm__("x1") = a2;
    register linux_word r2 __asm__("x2") = a3;
    register linux_word r3 __asm__("x3") = a4;
    register linux_word r4 __asm__("x4") = a5;
    __asm__ __volatile__("svc #0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3), "r"(r4)
                         : LINUX__AARCH64_CLOBBERS);
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5, linux_word a6)
{
    register linux_word nr __asm__("x8") = n;
    register linux_word r0 __asm__("x0") = a1;
    register linux_word r1 __asm__("x1") = a2;
    register linux_word r2 __asm__("x2") = a3;
    register linux_word r3 __asm__("x3") = a4;
    register linux_word r4 __asm__("x4") = a5;
    register linux_word r5 __asm__("x5") = a6;
    __asm__ __volatile__("svc #0"
                         : "+r"(r0)
                         : "r"(nr), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
                         : LINUX__AARCH64_CLOBBERS);
    return r0;
}

#endif
