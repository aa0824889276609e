/*
 * arm (32-bit, EABI) syscall ABI
 *
 *   trap:      svc #0 (EABI: the number is in r7, not in the immediate)
 *   number:    r7
 *   arguments: r0 r1 r2 r3 r4 r5
 *   result:    r0 (so the first argument register is also the output)
 *   clobbered: memory; every other register is preserved
 *
 * Thumb: r7 is the Thumb frame pointer, so a compiler building with frame
 * pointers refuses it as an asm operand. In Thumb code the number is
 * therefore passed in any register and moved into r7 inside the asm, with
 * r7 saved in a scratch register and restored right after the trap. In ARM
 * mode (frame pointer r11) r7 is bound directly.
 *
 * Instruction sets: ARM state on ARMv4T and later (Debian armel is ARMv5TE,
 * the Raspberry Pi Zero's ARM1176 ARMv6), and Thumb-2 (ARMv6T2, ARMv7 and
 * later). Thumb-1 (-mthumb for ARMv4T, ARMv5TE or ARMv6 without T2) is
 * refused at compile time: it has only eight freely usable registers, so
 * six arguments, the number and the saved frame pointer do not fit
 * (clang -O0 runs out of registers), and its MOV between low registers
 * does not exist before ARMv6. Those cores all run ARM state, so build the
 * calling code with -marm.
 */

#ifndef LINUX_SYSCALL_ARCH_ARM_SYSCALL_H
#define LINUX_SYSCALL_ARCH_ARM_SYSCALL_H

#if defined(__thumb__) && !defined(__thumb2__)
#error "linux_syscall: Thumb-1 code is not supported on arm; build in ARM mode (-marm) or as Thumb-2 (-mthumb with -march=armv6t2, armv7-a or later)"
#endif

#ifdef __thumb__
#define LINUX__ARM_NR_DECL linux_word r7_save;
#define LINUX__ARM_TRAP "mov %[r7_save], r7\n\tmov r7, %[nr]\n\tsvc #0\n\tmov r7, %[r7_save]"
#define LINUX__ARM_OUT , [r7_save] "=&r"(r7_save)
#define LINUX__ARM_NR [nr] "r"(n)
#else
#define LINUX__ARM_NR_DECL register linux_word r7 __asm__("r7") = n;
#define LINUX__ARM_TRAP "svc #0"
#define LINUX__ARM_OUT
#define LINUX__ARM_NR "r"(r7)
#endif

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    LINUX__ARM_NR_DECL
    register linux_word r0 __asm__("r0");
    __asm__ __volatile__(LINUX__ARM_TRAP
                         : "=r"(r0) LINUX__ARM_OUT
                         : LINUX__ARM_NR
                         : "memory");
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    LINUX__ARM_NR_DECL
    register linux_word r0 __asm__("r0") = a1;
    __asm__ __volatile__(LINUX__ARM_TRAP
                         : "+r"(r0) LINUX__ARM_OUT
                         : LINUX__ARM_NR
                         : "memory");
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1, linux_word a2)
{
    LINUX__ARM_NR_DECL
    register linux_word r0 __asm__("r0") = a1;
    register linux_word r1 __asm__("r1") = a2;
    __asm__ __volatile__(LINUX__ARM_TRAP
                         : "+r"(r0) LINUX__ARM_OUT
                         : LINUX__ARM_NR, "r"(r1)
                         : "memory");
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1, linux_word a2, linux_word a3)
{
    LINUX__ARM_NR_DECL
    register linux_word r0 __asm__("r0") = a1;
    register linux_word r1 __asm__("r1") = a2;
    register linux_word r2 __asm__("r2") = a3;
    __asm__ __volatile__(LINUX__ARM_TRAP
                         : "+r"(r0) LINUX__ARM_OUT
                         : LINUX__ARM_NR, "r"(r1), "r"(r2)
                         : "memory");
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4)
{
    LINUX__ARM_NR_DECL
    register linux_word r0 __asm__("r0") = a1;
    register linux_word r1 __asm__("r1") = a2;
    register linux_word r2 __asm__("r2") = a3;
    register linux_word r3 __asm__("r3") = a4;
    __asm__ __volatile__(LINUX__ARM_TRAP
                         : "+r"(r0) LINUX__ARM_OUT
                         : LINUX__ARM_NR, "r"(r1), "r"(r2), "r"(r3)
                         : "memory");
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5)
{
    LINUX__ARM_NR_DECL
    register linux_word r0 __asm__("r0") = a1;
    register linux_word r1 __asm__("r1") = a2;
    register linux_word r2 __asm__("r2") = a3;
    register linux_word r3 __asm__("r3") = a4;
    register linux_word r4 __asm__("r4") = a5;
    __asm__ __volatile__(LINUX__ARM_TRAP
                         : "+r"(r0) LINUX__ARM_OUT
                         : LINUX__ARM_NR, "r"(r1), "r"(r2), "r"(r3), "r"(r4)
                         : "memory");
    return r0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1, linux_word a2, linux_word a3, linux_word a4, linux_word a5, linux_word a6)
{
    LINUX__ARM_NR_DECL
    register linux_word r0 __asm__("r0") = a1;
    register linux_word r1 __asm__("r1") = a2;
    register linux_word r2 __asm__("r2") = a3;
    register linux_word r3 __asm__("r3") = a4;
    register linux_word r4 __asm__("r4") = a5;
    register linux_word r5 __asm__("r5") = a6;
    __asm__ __volatile__(LINUX__ARM_TRAP
                         : "+r"(r0) LINUX__ARM_OUT
                         : LINUX__ARM_NR, "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
                         : "memory");
    return r0;
}

#endif
