/*
 * PowerPC syscall ABI (32-bit powerpc; also the 64-bit powerpc64 ABI of
 * ppc64 and ppc64le, see arch/powerpc64/syscall.h: the same registers, one
 * register width larger)
 *
 *   trap:      sc
 *   number:    r0
 *   arguments: r3 r4 r5 r6 r7 r8
 *   result:    r3, with the error in cr0.SO: when the summary-overflow bit
 *              of cr0 is set the call failed and r3 holds the POSITIVE
 *              errno. The asm turns that into -errno (`bns+ 1f; neg 3,3`),
 *              so linux_result, linux_check and linux_try_* see the same
 *              [-4095, -1] convention as on every other target.
 *   clobbered: r0 and r4-r8 may come back changed (Linux's system-call exit
 *              does not restore them), so they are input/output operands;
 *              r9-r12, ctr, xer and cr0 are volatile (Linux
 *              Documentation/arch/powerpc/syscall64-abi.rst: the ELF ABI's
 *              call-clobbered registers, except that cr1 and cr5-cr7 and lr
 *              are preserved); memory. The floating-point and vector
 *              registers are preserved by the kernel (every libc relies on
 *              it), so they are not listed.
 *
 * Not used: `scv 0` (POWER9, Linux 5.9+; returns -errno directly and
 * clobbers more). It needs PPC_FEATURE2_SCV in AT_HWCAP2 to be tested at run
 * time, a branch per call, and qemu-user 7.2 does not advertise or implement
 * it (SIGILL), so `sc` is the one trap every PowerPC Linux accepts.
 */
#ifndef LINUX_SYSCALL_ARCH_POWERPC_SYSCALL_H
#define LINUX_SYSCALL_ARCH_POWERPC_SYSCALL_H

/* `bns+`: the branch is predicted taken (no error is the common case). The
 * label is a numeric local label, so the asm can be inlined any number of
 * times in one function. */
#define LINUX__PPC_SC "sc\n\tbns+ 1f\n\tneg 3, 3\n1:"
#define LINUX__PPC_CLOBBERS "r9", "r10", "r11", "r12", "ctr", "xer", "cr0", "memory"

/* Every argument register is an input/output operand ("+r"): the compiler
 * must not reuse a value it put there. Unused argument registers are left
 * out; the kernel may still change them, so they are clobbered instead. */
static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word r0 __asm__("r0") = n;
    register linux_word r3 __asm__("r3");
    __asm__ __volatile__(LINUX__PPC_SC
                         : "+r"(r0), "=r"(r3)
                         :
                         : "r4", "r5", "r6", "r7", "r8", LINUX__PPC_CLOBBERS);
    return r3;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word r0 __asm__("r0") = n;
    register linux_word r3 __asm__("r3") = a1;
    __asm__ __volatile__(LINUX__PPC_SC
                         : "+r"(r0), "+r"(r3)
                         :
                         : "r4", "r5", "r6", "r7", "r8", LINUX__PPC_CLOBBERS);
    return r3;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1,
                                                           linux_word a2)
{
    register linux_word r0 __asm__("r0") = n;
    register linux_word r3 __asm__("r3") = a1;
    register linux_word r4 __asm__("r4") = a2;
    __asm__ __volatile__(LINUX__PPC_SC
                         : "+r"(r0), "+r"(r3), "+r"(r4)
                         :
                         : "r5", "r6", "r7", "r8", LINUX__PPC_CLOBBERS);
    return r3;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3)
{
    register linux_word r0 __asm__("r0") = n;
    register linux_word r3 __asm__("r3") = a1;
    register linux_word r4 __asm__("r4") = a2;
    register linux_word r5 __asm__("r5") = a3;
    __asm__ __volatile__(LINUX__PPC_SC
                         : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5)
                         :
                         : "r6", "r7", "r8", LINUX__PPC_CLOBBERS);
    return r3;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4)
{
    register linux_word r0 __asm__("r0") = n;
    register linux_word r3 __asm__("r3") = a1;
    register linux_word r4 __asm__("r4") = a2;
    register linux_word r5 __asm__("r5") = a3;
    register linux_word r6 __asm__("r6") = a4;
    __asm__ __volatile__(LINUX__PPC_SC
                         : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
                         :
                         : "r7", "r8", LINUX__PPC_CLOBBERS);
    return r3;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4, linux_word a5)
{
    register linux_word r0 __asm__("r0") = n;
    register linux_word r3 __asm__("r3") = a1;
    register linux_word r4 __asm__("r4") = a2;
    register linux_word r5 __asm__("r5") = a3;
    register linux_word r6 __asm__("r6") = a4;
    register linux_word r7 __asm__("r7") = a5;
    __asm__ __volatile__(LINUX__PPC_SC
                         : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7)
                         :
                         : "r8", LINUX__PPC_CLOBBERS);
    return r3;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4, linux_word a5,
                                                           linux_word a6)
{
    register linux_word r0 __asm__("r0") = n;
    register linux_word r3 __asm__("r3") = a1;
    register linux_word r4 __asm__("r4") = a2;
    register linux_word r5 __asm__("r5") = a3;
    register linux_word r6 __asm__("r6") = a4;
    register linux_word r7 __asm__("r7") = a5;
    register linux_word r8 __asm__("r8") = a6;
    __asm__ __volatile__(LINUX__PPC_SC
                         : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7),
                           "+r"(r8)
                         :
                         : LINUX__PPC_CLOBBERS);
    return r3;
}

#endif
