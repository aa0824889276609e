/*
 * sparc64 syscall ABI
 *
 *   trap:      ta 0x6d (the 64-bit system call trap; 0x10 is the 32-bit one)
 *   number:    g1
 *   arguments: o0 o1 o2 o3 o4 o5
 *   result:    o0; on error the kernel sets the carry flag (both icc and
 *              xcc: ret_sys_call in arch/sparc/kernel/syscalls.S) and o0
 *              holds the POSITIVE errno
 *   clobbered: memory, the condition codes (the carry bit), o1 and g1:
 *              fork, vfork and clone return a second value in o1 (parent
 *              0, child 1; arch/sparc/kernel/process_64.c), and a clone3
 *              child starts with g1 = 0 (copy_thread clears it, on kernels
 *              with sparc clone3). Since the compiler cannot tell which
 *              number a call carries, o1 and g1 are in/out operands (o1 a
 *              clobber when no argument uses it) on every call; that costs
 *              nothing, g1 being call-clobbered anyway. All other registers
 *              come back as they were: the trap saves the caller's window
 *              and globals in pt_regs.
 *
 * fork, vfork and clone return in the SunOS way (copy_thread in
 * arch/sparc/kernel/process_64.c): the child gets the PARENT's pid in o0
 * and 1 in o1, the parent the child's pid in o0 and 0 in o1. For those
 * numbers the result is o0 & (o1 - 1) on success: 0 in the child, the pid
 * in the parent, as on every other architecture. qemu-user (7.2) does the
 * same with o1 (child 1, parent 0) but gives the child 0 in o0, which the
 * mask keeps. With arity 0 and 1, o1 is preset to 0 for them, so that a
 * return that left o1 alone would pass o0 through unmasked. The test is on
 * the number: free when it is a constant, as it nearly always is. clone3
 * is not masked: on kernels with sparc clone3 support its child gets 0 in
 * o0 like everywhere else; earlier kernels (__ARCH_BROKEN_SYS_CLONE3)
 * refuse it with ENOSYS.
 *
 * Error convention: the linux_result contract (-errno in [-4095, -1])
 * is kept by negating o0 in the asm when carry is set:
 *     ta 0x6d; bcs,a,pn %xcc, 1f; sub %g0, %o0, %o0; 1:
 * The branch is annulled: its delay slot (the negation) runs only when the
 * branch is taken, i.e. only on error; both paths meet at 1:. A value whose
 * top bits look like -errno but came without carry (none does today) would
 * still read as an error, as on every flagless ABI.
 */
#ifndef LINUX_SYSCALL_ARCH_SPARC64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_SPARC64_SYSCALL_H

#include "../../numbers/sparc64.h"

#define LINUX__SPARC64_FORKLIKE(n)                                                             \
    ((n) == LINUX_SPARC64_SYS_fork || (n) == LINUX_SPARC64_SYS_vfork ||                        \
     (n) == LINUX_SPARC64_SYS_clone)

/* o0 & (o1 - 1) on success: 0 in a fork child (o1 = 1), o0 in the parent. */
static LINUX_ALWAYS_INLINE linux_word linux__sparc64_forklike(linux_word o0, linux_word o1)
{
    return o0 > (linux_word)-4096 ? o0 : (o0 & (o1 - 1));
}

#define LINUX__SPARC64_TRAP                                                                    \
    "ta 0x6d\n\t"                                                                              \
    "bcs,a,pn %%xcc, 1f\n\t"                                                                   \
    " sub %%g0, %%o0, %%o0\n"                                                                  \
    "1:"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word g1 __asm__("g1") = n;
    register linux_word o0 __asm__("o0");
    if (LINUX__SPARC64_FORKLIKE(n)) {
        register linux_word o1 __asm__("o1") = 0;
        __asm__ __volatile__(LINUX__SPARC64_TRAP : "=r"(o0), "+r"(o1), "+r"(g1) : : "cc", "memory");
        return linux__sparc64_forklike(o0, o1);
    }
    __asm__ __volatile__(LINUX__SPARC64_TRAP : "=r"(o0), "+r"(g1) : : "o1", "cc", "memory");
    return o0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word g1 __asm__("g1") = n;
    register linux_word o0 __asm__("o0") = a1;
    if (LINUX__SPARC64_FORKLIKE(n)) {
        register linux_word o1 __asm__("o1") = 0;
        __asm__ __volatile__(LINUX__SPARC64_TRAP : "+r"(o0), "+r"(o1), "+r"(g1) : : "cc", "memory");
        return linux__sparc64_forklike(o0, o1);
    }
    __asm__ __volatile__(LINUX__SPARC64_TRAP : "+r"(o0), "+r"(g1) : : "o1", "cc", "memory");
    return o0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1,
                                                           linux_word a2)
{
    register linux_word g1 __asm__("g1") = n;
    register linux_word o0 __asm__("o0") = a1;
    register linux_word o1 __asm__("o1") = a2;
    __asm__ __volatile__(LINUX__SPARC64_TRAP : "+r"(o0), "+r"(o1), "+r"(g1) : : "cc", "memory");
    return LINUX__SPARC64_FORKLIKE(n) ? linux__sparc64_forklike(o0, o1) : o0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3)
{
    register linux_word g1 __asm__("g1") = n;
    register linux_word o0 __asm__("o0") = a1;
    register linux_word o1 __asm__("o1") = a2;
    register linux_word o2 __asm__("o2") = a3;
    __asm__ __volatile__(LINUX__SPARC64_TRAP
                         : "+r"(o0), "+r"(o1), "+r"(g1)
                         : "r"(o2)
                         : "cc", "memory");
    return LINUX__SPARC64_FORKLIKE(n) ? linux__sparc64_forklike(o0, o1) : o0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4)
{
    register linux_word g1 __asm__("g1") = n;
    register linux_word o0 __asm__("o0") = a1;
    register linux_word o1 __asm__("o1") = a2;
    register linux_word o2 __asm__("o2") = a3;
    register linux_word o3 __asm__("o3") = a4;
    __asm__ __volatile__(LINUX__SPARC64_TRAP
                         : "+r"(o0), "+r"(o1), "+r"(g1)
                         : "r"(o2), "r"(o3)
                         : "cc", "memory");
    return LINUX__SPARC64_FORKLIKE(n) ? linux__sparc64_forklike(o0, o1) : o0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4, linux_word a5)
{
    register linux_word g1 __asm__("g1") = n;
    register linux_word o0 __asm__("o0") = a1;
    register linux_word o1 __asm__("o1") = a2;
    register linux_word o2 __asm__("o2") = a3;
    register linux_word o3 __asm__("o3") = a4;
    register linux_word o4 __asm__("o4") = a5;
    __asm__ __volatile__(LINUX__SPARC64_TRAP
                         : "+r"(o0), "+r"(o1), "+r"(g1)
                         : "r"(o2), "r"(o3), "r"(o4)
                         : "cc", "memory");
    return LINUX__SPARC64_FORKLIKE(n) ? linux__sparc64_forklike(o0, o1) : o0;
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3,
                                                           linux_word a4, linux_word a5,
                                                           linux_word a6)
{
    register linux_word g1 __asm__("g1") = n;
    register linux_word o0 __asm__("o0") = a1;
    register linux_word o1 __asm__("o1") = a2;
    register linux_word o2 __asm__("o2") = a3;
    register linux_word o3 __asm__("o3") = a4;
    register linux_word o4 __asm__("o4") = a5;
    register linux_word o5 __asm__("o5") = a6;
    __asm__ __volatile__(LINUX__SPARC64_TRAP
                         : "+r"(o0), "+r"(o1), "+r"(g1)
                         : "r"(o2), "r"(o3), "r"(o4), "r"(o5)
                         : "cc", "memory");
    return LINUX__SPARC64_FORKLIKE(n) ? linux__sparc64_forklike(o0, o1) : o0;
}

#endif /* LINUX_SYSCALL_ARCH_SPARC64_SYSCALL_H */
