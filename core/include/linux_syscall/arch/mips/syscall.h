/*
 * MIPS o32 syscall ABI (mips big-endian, mipsel little-endian)
 *
 *   trap:      syscall
 *   number:    v0 ($2); o32 numbers start at 4000
 *   arguments: a0 a1 a2 a3 ($4-$7), then arguments 5 and 6 in memory at
 *              sp+16 and sp+20 of the stack the trap sees: the kernel
 *              (arch/mips/kernel/scall32-o32.S) loads them from the user
 *              stack, where the o32 calling convention would put them for a
 *              call (the first 16 bytes are the home area of a0-a3)
 *   result:    v0; a3 is the error flag: 0 on success, otherwise v0 holds
 *              the POSITIVE errno. The asm turns that into -errno
 *              (linux__flag_error_to_raw in common.h), so linux_result
 *              means the same as on every other architecture.
 *   clobbered: $1 (at), $3 (v1: a second result, e.g. the old pipe()),
 *              $8-$15 (t0-t7), $24, $25 (t8, t9), hi and lo, memory. The
 *              kernel's syscall path saves only what its C code must not
 *              lose (SAVE_SOME: v0, v1, a0-a3, gp, sp, ra, t9 ...) and
 *              returns the temporaries as its C code left them; a 64-bit
 *              kernel running o32 programs uses $8-$11 for arguments 5-8.
 *              MIPS release 6 has no hi/lo registers, so they are named
 *              only before it. s0-s7, gp, sp, fp, ra are preserved.
 *
 * Arguments 5 and 6: the asm makes its own 32-byte frame below the
 * compiler's (o32 keeps sp 8-byte aligned; 32 keeps it as aligned as it
 * was), stores them at 16 and 20 and pops the frame after the trap. The
 * operands are registers, never sp-relative memory, so moving sp inside
 * the asm cannot make one of them point elsewhere.
 *
 * Restarts (arch/mips/kernel/signal.c): the kernel saves the number in
 * regs[0] and a3 in regs[26] on entry, and a restarted call puts both
 * back and re-executes `syscall` (epc - 4) with the same sp, so v0 need not
 * be loaded by the instruction right before the trap (kernels before
 * 2.6.x rewound by 8 and required `li v0, nr` there; not supported).
 */
#ifndef LINUX_SYSCALL_ARCH_MIPS_SYSCALL_H
#define LINUX_SYSCALL_ARCH_MIPS_SYSCALL_H

#if defined(__mips_isa_rev) && __mips_isa_rev >= 6
#define LINUX__MIPS_HILO
#else
#define LINUX__MIPS_HILO "hi", "lo",
#endif

#define LINUX__MIPS_O32_CLOBBERS                                                               \
    "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",            \
        LINUX__MIPS_HILO "memory"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a3 __asm__("$7");
    __asm__ __volatile__("syscall" : "+r"(v0), "=r"(a3) : : LINUX__MIPS_O32_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a0 __asm__("$4") = a1;
    register linux_word a3 __asm__("$7");
    __asm__ __volatile__("syscall" : "+r"(v0), "=r"(a3) : "r"(a0) : LINUX__MIPS_O32_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall2(linux_word n, linux_word a1,
                                                           linux_word a2)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a0 __asm__("$4") = a1;
    register linux_word x1 __asm__("$5") = a2;
    register linux_word a3 __asm__("$7");
    __asm__ __volatile__("syscall"
                         : "+r"(v0), "=r"(a3)
                         : "r"(a0), "r"(x1)
                         : LINUX__MIPS_O32_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall3(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3_)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a0 __asm__("$4") = a1;
    register linux_word x1 __asm__("$5") = a2;
    register linux_word x2 __asm__("$6") = a3_;
    register linux_word a3 __asm__("$7");
    __asm__ __volatile__("syscall"
                         : "+r"(v0), "=r"(a3)
                         : "r"(a0), "r"(x1), "r"(x2)
                         : LINUX__MIPS_O32_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

/* From four arguments on, a3 carries the fourth in and the flag out. */
static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall4(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3_,
                                                           linux_word a4)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a0 __asm__("$4") = a1;
    register linux_word x1 __asm__("$5") = a2;
    register linux_word x2 __asm__("$6") = a3_;
    register linux_word a3 __asm__("$7") = a4;
    __asm__ __volatile__("syscall"
                         : "+r"(v0), "+r"(a3)
                         : "r"(a0), "r"(x1), "r"(x2)
                         : LINUX__MIPS_O32_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall5(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3_,
                                                           linux_word a4, linux_word a5)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a0 __asm__("$4") = a1;
    register linux_word x1 __asm__("$5") = a2;
    register linux_word x2 __asm__("$6") = a3_;
    register linux_word a3 __asm__("$7") = a4;
    __asm__ __volatile__("addiu $sp, $sp, -32\n\t"
                         "sw %[a5], 16($sp)\n\t"
                         "syscall\n\t"
                         "addiu $sp, $sp, 32"
                         : "+r"(v0), "+r"(a3)
                         : "r"(a0), "r"(x1), "r"(x2), [a5] "r"(a5)
                         : LINUX__MIPS_O32_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall6(linux_word n, linux_word a1,
                                                           linux_word a2, linux_word a3_,
                                                           linux_word a4, linux_word a5,
                                                           linux_word a6)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a0 __asm__("$4") = a1;
    register linux_word x1 __asm__("$5") = a2;
    register linux_word x2 __asm__("$6") = a3_;
    register linux_word a3 __asm__("$7") = a4;
    __asm__ __volatile__("addiu $sp, $sp, -32\n\t"
                         "sw %[a5], 16($sp)\n\t"
                         "sw %[a6], 20($sp)\n\t"
                         "syscall\n\t"
                         "addiu $sp, $sp, 32"
                         : "+r"(v0), "+r"(a3)
                         : "r"(a0), "r"(x1), "r"(x2), [a5] "r"(a5), [a6] "r"(a6)
                         : LINUX__MIPS_O32_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

#endif /* LINUX_SYSCALL_ARCH_MIPS_SYSCALL_H */
