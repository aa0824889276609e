/*
 * MIPS n64 syscall ABI (mips64el, and big-endian mips64)
 *
 *   trap:      syscall
 *   number:    v0 ($2); n64 numbers start at 5000
 *   arguments: a0 a1 a2 a3 a4 a5 ($4-$9): all six in registers
 *   result:    v0; a3 ($7) is the error flag: 0 on success, otherwise v0
 *              holds the POSITIVE errno, turned into -errno here
 *              (linux__flag_error_to_raw in common.h) as on o32
 *   clobbered: $1 (at), $3 (v1), $10-$15 (a6, a7, t0-t3), $24, $25
 *              (t8, t9), hi and lo (not on release 6, which has none),
 *              memory. A 64-bit kernel saves and restores $8 and $9
 *              (a4, a5) with the other argument registers (SAVE_SOME /
 *              RESTORE_SOME under CONFIG_64BIT in asm/stackframe.h), so
 *              they stay plain inputs; the temporaries are returned as the
 *              kernel's C code left them. s0-s7, gp, sp, fp, ra are
 *              preserved.
 *
 * Restarts work as on o32 (see arch/mips/syscall.h): the kernel puts v0
 * and a3 back from its saved copies and re-executes the trap.
 */
#ifndef LINUX_SYSCALL_ARCH_MIPS64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_MIPS64_SYSCALL_H

#if defined(__mips_isa_rev) && __mips_isa_rev >= 6
#define LINUX__MIPS_HILO
#else
#define LINUX__MIPS_HILO "hi", "lo",
#endif

#define LINUX__MIPS_N64_CLOBBERS                                                               \
    "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", LINUX__MIPS_HILO "memory"

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall0(linux_word n)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a3 __asm__("$7");
    __asm__ __volatile__("syscall" : "+r"(v0), "=r"(a3) : : LINUX__MIPS_N64_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

static LINUX_ALWAYS_INLINE linux_word linux__arch_syscall1(linux_word n, linux_word a1)
{
    register linux_word v0 __asm__("$2") = n;
    register linux_word a0 __asm__("$4") = a1;
    register linux_word a3 __asm__("$7");
    __asm__ __volatile__("syscall" : "+r"(v0), "=r"(a3) : "r"(a0) : LINUX__MIPS_N64_CLOBBERS);
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
                         : LINUX__MIPS_N64_CLOBBERS);
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
                         : LINUX__MIPS_N64_CLOBBERS);
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
                         : LINUX__MIPS_N64_CLOBBERS);
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
    register linux_word x4 __asm__("$8") = a5;
    __asm__ __volatile__("syscall"
                         : "+r"(v0), "+r"(a3)
                         : "r"(a0), "r"(x1), "r"(x2), "r"(x4)
                         : LINUX__MIPS_N64_CLOBBERS);
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
    register linux_word x4 __asm__("$8") = a5;
    register linux_word x5 __asm__("$9") = a6;
    __asm__ __volatile__("syscall"
                         : "+r"(v0), "+r"(a3)
                         : "r"(a0), "r"(x1), "r"(x2), "r"(x4), "r"(x5)
                         : LINUX__MIPS_N64_CLOBBERS);
    return linux__flag_error_to_raw(a3, v0);
}

#endif /* LINUX_SYSCALL_ARCH_MIPS64_SYSCALL_H */
