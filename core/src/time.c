/*
 * The time calls: the vDSO entry when the process has one, else the
 * system call.
 *
 * vDSO entries return 0 or -errno like the system calls they replace (the
 * kernel's vDSO falls back to the system call itself for clocks it cannot
 * read in user space). They are plain C functions of the target's ABI,
 * except on powerpc: there an entry reports an error as `sc` does (cr0.SO
 * set, positive errno in r3) and its symbol is a bare code address, also
 * on ELFv1, where a C call through a pointer would want a descriptor; the
 * calls go through an asm shim (core/src/arch/powerpc{,64}/vdso_call.h)
 * that returns -errno like the others.
 *
 * Symbol names and versions, per architecture, are those the kernel's vDSO
 * linker script exports (checked against torvalds/linux):
 *   x86_64       arch/x86/entry/vdso/vdso.lds.S              LINUX_2.6
 *   x86          arch/x86/entry/vdso/vdso32/vdso32.lds.S     LINUX_2.6
 *   aarch64      arch/arm64/kernel/vdso/vdso.lds.S           LINUX_2.6.39
 *   arm          arch/arm/vdso/vdso.lds.S                    LINUX_2.6
 *   riscv64      arch/riscv/kernel/vdso/vdso.lds.S           LINUX_4.15
 *   s390x        arch/s390/kernel/vdso64/vdso64.lds.S        LINUX_2.6.29
 *                (VDSO_VERSION_STRING, arch/s390/include/asm/vdso.h)
 *   loongarch64  arch/loongarch/vdso/vdso.lds.S              LINUX_5.10
 *   mips, mips64 arch/mips/vdso/vdso.lds.S                   LINUX_2.6
 *                (__vdso_clock_gettime64 only for o32 and n32)
 *   sparc64      arch/sparc/vdso/vdso.lds.S                  LINUX_2.6
 *   powerpc64    arch/powerpc/kernel/vdso/vdso64.lds.S       LINUX_2.6.15
 *   ppc          arch/powerpc/kernel/vdso/vdso32.lds.S       LINUX_2.6.15
 *                (VDSO_VERSION_STRING, arch/powerpc/include/asm/vdso.h)
 *   riscv32      arch/riscv/kernel/vdso/vdso.lds.S           LINUX_4.15 (getcpu only)
 *   m68k         no vDSO
 * Entries an architecture lacks (time everywhere but x86_64, getcpu on
 * aarch64 and arm, clock_getres_time64 on arm) use the system call; where
 * there is no time system call (or only a 32-bit one), linux_time() takes
 * the seconds of CLOCK_REALTIME.
 */
#include "linux_syscall.h"
#include "time_vdso_cache.h"

#if defined(__x86_64__)
#define VDSO_VERSION "LINUX_2.6"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"
#define VDSO_CLOCK_GETRES "__vdso_clock_getres"
#define VDSO_GETTIMEOFDAY "__vdso_gettimeofday"
#define VDSO_TIME "__vdso_time"
#define VDSO_GETCPU "__vdso_getcpu"
#elif defined(__i386__)
#define VDSO_VERSION "LINUX_2.6"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime64"
#define VDSO_CLOCK_GETRES "__vdso_clock_getres_time64"
#define VDSO_CLOCK_GETTIME32 "__vdso_clock_gettime"
#define VDSO_CLOCK_GETRES32 "__vdso_clock_getres"
#define VDSO_GETTIMEOFDAY32 "__vdso_gettimeofday"
#define VDSO_GETCPU "__vdso_getcpu"
/* __vdso_time returns a 32-bit time_t: not used (y2038). */
#elif defined(__aarch64__)
#define VDSO_VERSION "LINUX_2.6.39"
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime"
#define VDSO_CLOCK_GETRES "__kernel_clock_getres"
#define VDSO_GETTIMEOFDAY "__kernel_gettimeofday"
#elif defined(__arm__)
#define VDSO_VERSION "LINUX_2.6"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime64"
#define VDSO_CLOCK_GETTIME32 "__vdso_clock_gettime"
#define VDSO_CLOCK_GETRES32 "__vdso_clock_getres"
#define VDSO_GETTIMEOFDAY32 "__vdso_gettimeofday"
#elif defined(__riscv) && __riscv_xlen == 32
/* rv32 kernels export no time entries (GENERIC_TIME_VSYSCALL is 64BIT
 * only, arch/riscv/Kconfig), only getcpu. */
#define VDSO_VERSION "LINUX_4.15"
#define VDSO_GETCPU "__vdso_getcpu"
#elif defined(__riscv)
#define VDSO_VERSION "LINUX_4.15"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"
#define VDSO_CLOCK_GETRES "__vdso_clock_getres"
#define VDSO_GETTIMEOFDAY "__vdso_gettimeofday"
#define VDSO_GETCPU "__vdso_getcpu"
#elif defined(__s390x__)
#define VDSO_VERSION "LINUX_2.6.29"
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime"
#define VDSO_CLOCK_GETRES "__kernel_clock_getres"
#define VDSO_GETTIMEOFDAY "__kernel_gettimeofday"
#define VDSO_GETCPU "__kernel_getcpu"
#elif defined(__mips__) && _MIPS_SIM == _ABIO32
/* o32 has 32-bit time; its vDSO adds a 64-bit clock_gettime only */
#define VDSO_VERSION "LINUX_2.6"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime64"
#define VDSO_CLOCK_GETTIME32 "__vdso_clock_gettime"
#define VDSO_CLOCK_GETRES32 "__vdso_clock_getres"
#define VDSO_GETTIMEOFDAY32 "__vdso_gettimeofday"
#elif defined(__mips__)
#define VDSO_VERSION "LINUX_2.6"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"
#define VDSO_CLOCK_GETRES "__vdso_clock_getres"
#define VDSO_GETTIMEOFDAY "__vdso_gettimeofday"
#elif defined(__loongarch__)
#define VDSO_VERSION "LINUX_5.10"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"
#define VDSO_CLOCK_GETRES "__vdso_clock_getres"
#define VDSO_GETTIMEOFDAY "__vdso_gettimeofday"
#define VDSO_GETCPU "__vdso_getcpu"
#elif defined(__powerpc64__)
#define VDSO_VERSION "LINUX_2.6.15"
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime"
#define VDSO_CLOCK_GETRES "__kernel_clock_getres"
#define VDSO_GETTIMEOFDAY "__kernel_gettimeofday"
#define VDSO_GETCPU "__kernel_getcpu"
#define VDSO_PPC_SHIM 1
#include "arch/powerpc64/vdso_call.h"
#elif defined(__powerpc__)
/* ppc32: __kernel_clock_gettime64 since Linux 5.11, but
 * __kernel_clock_getres_time64 only since the timers-vdso-2026-02-09 merge
 * (the 7.0 merge window, after 6.19), so clock_getres on 5.11-6.x kernels takes the 32-bit entry (see
 * linux_clock_getres); the 32-bit ones only with CONFIG_COMPAT_32BIT_TIME;
 * __kernel_time (32-bit) is not used (y2038); __kernel_getcpu only on
 * 64-bit or non-SMP kernels. */
#define VDSO_VERSION "LINUX_2.6.15"
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime64"
#define VDSO_CLOCK_GETRES "__kernel_clock_getres_time64"
#define VDSO_CLOCK_GETTIME32 "__kernel_clock_gettime"
#define VDSO_CLOCK_GETRES32 "__kernel_clock_getres"
#define VDSO_GETTIMEOFDAY32 "__kernel_gettimeofday"
#define VDSO_GETCPU "__kernel_getcpu"
#define VDSO_PPC_SHIM 1
#include "arch/powerpc/vdso_call.h"
#elif defined(__sparc__)
#define VDSO_VERSION "LINUX_2.6"
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"
#define VDSO_GETTIMEOFDAY "__vdso_gettimeofday"
#endif
/* m68k: no vDSO; every call is a system call. */

/* 32-bit targets: the kernel's native time types have 32-bit fields, and
 * the 64-bit calls are the *_time64 ones (Linux 5.1+). */
#if defined(__i386__) || defined(__arm__) || defined(__m68k__) ||                              \
    (defined(__powerpc__) && !defined(__powerpc64__)) ||                                    \
    (defined(__mips__) && _MIPS_SIM == _ABIO32) || (defined(__riscv) && __riscv_xlen == 32)
#define TIME32_TARGET 1
struct old_timespec32 {
    int32_t tv_sec;
    int32_t tv_nsec;
};
struct old_timeval32 {
    int32_t tv_sec;
    int32_t tv_usec;
};
#define SYS_CLOCK_GETTIME64 LINUX_SYS_clock_gettime64
#define SYS_CLOCK_GETRES64 LINUX_SYS_clock_getres_time64
/* The 32-bit-time calls to fall back on for kernels older than 5.1;
 * riscv32 (merged in 5.4 with the 64-bit calls only) has none. */
#ifdef LINUX_SYS_clock_gettime
#define TIME32_FALLBACK 1
#else
#define TIME32_FALLBACK 0
#endif
#else
#define TIME32_TARGET 0
#define TIME32_FALLBACK 0
/* struct linux_timespec/timeval are the kernel's timespec/timeval here. */
#define SYS_CLOCK_GETTIME64 LINUX_SYS_clock_gettime
#define SYS_CLOCK_GETRES64 LINUX_SYS_clock_getres
#endif

/* The vDSO functions follow the plain C ABI whatever this file is compiled
 * with: on i386 cdecl with every argument on the stack, even under
 * -mregparm=N or -mrtd (LINUX__X86_CDECL, from arch/x86/syscall.h). */
#ifdef LINUX__X86_CDECL
#define VDSO_CALLCONV LINUX__X86_CDECL
#else
#define VDSO_CALLCONV
#endif
#ifdef VDSO_PPC_SHIM
#define VDSO_CLOCK(fn, clock, ts)                                                              \
    linux__ppc_vdso_call((fn), (long)(clock), (long)(uintptr_t)(ts), 0)
#define VDSO_GETTIMEOFDAY_CALL(fn, tv) linux__ppc_vdso_call((fn), (long)(uintptr_t)(tv), 0, 0)
#define VDSO_GETCPU_CALL(fn, cpu, node)                                                        \
    linux__ppc_vdso_call((fn), (long)(uintptr_t)(cpu), (long)(uintptr_t)(node), 0)
#else
#define VDSO_CLOCK(fn, clock, ts) ((clock_fn)(fn))((clock), (ts))
#define VDSO_GETTIMEOFDAY_CALL(fn, tv) ((gettimeofday_fn)(fn))((tv), NULL)
#define VDSO_GETCPU_CALL(fn, cpu, node) ((getcpu_fn)(fn))((cpu), (node), NULL)
#endif
typedef int (VDSO_CALLCONV *clock_fn)(int clock, void *ts);
typedef int (VDSO_CALLCONV *gettimeofday_fn)(void *tv, void *tz);
typedef long (VDSO_CALLCONV *time_fn)(long *t);
typedef long (VDSO_CALLCONV *getcpu_fn)(unsigned *cpu, unsigned *node, void *cache);

/* Resolved entries as words (0: none). Kept as integers: ISO C has no
 * conversion between object and function pointers, but integer to
 * function pointer is fine. */
enum vdso_slot {
    SLOT_CLOCK_GETTIME, /* 64-bit timespec */
    SLOT_CLOCK_GETRES,  /* 64-bit timespec */
    SLOT_CLOCK_GETTIME32,
    SLOT_CLOCK_GETRES32,
    SLOT_GETTIMEOFDAY, /* the kernel's native timeval */
    SLOT_TIME,
    SLOT_GETCPU,
    SLOT_COUNT
};
static linux_word vdso_slots[SLOT_COUNT];
static int vdso_resolved;
/* Set once the kernel said ENOSYS to clock_gettime64 (kernels < 5.1). */
static int time64_syscalls_missing;

#ifdef VDSO_VERSION /* m68k has no vDSO: every slot stays 0 */
static void resolve_slot(enum vdso_slot slot, const char *name)
{
    linux_word addr = (linux_word)(uintptr_t)linux_vdso_sym(name, VDSO_VERSION);
    __atomic_store_n(&vdso_slots[slot], addr, __ATOMIC_RELAXED);
}
#endif

static void resolve_all(void)
{
    /* Racing threads store the same values; the flag publishes them. */
#ifdef VDSO_CLOCK_GETTIME
    resolve_slot(SLOT_CLOCK_GETTIME, VDSO_CLOCK_GETTIME);
#endif
#ifdef VDSO_CLOCK_GETRES
    resolve_slot(SLOT_CLOCK_GETRES, VDSO_CLOCK_GETRES);
#endif
#ifdef VDSO_CLOCK_GETTIME32
    resolve_slot(SLOT_CLOCK_GETTIME32, VDSO_CLOCK_GETTIME32);
#endif
#ifdef VDSO_CLOCK_GETRES32
    resolve_slot(SLOT_CLOCK_GETRES32, VDSO_CLOCK_GETRES32);
#endif
#if defined(VDSO_GETTIMEOFDAY)
    resolve_slot(SLOT_GETTIMEOFDAY, VDSO_GETTIMEOFDAY);
#elif defined(VDSO_GETTIMEOFDAY32)
    resolve_slot(SLOT_GETTIMEOFDAY, VDSO_GETTIMEOFDAY32);
#endif
#ifdef VDSO_TIME
    resolve_slot(SLOT_TIME, VDSO_TIME);
#endif
#ifdef VDSO_GETCPU
    resolve_slot(SLOT_GETCPU, VDSO_GETCPU);
#endif
    __atomic_store_n(&vdso_resolved, 1, __ATOMIC_RELEASE);
}

/* Out of line and cold: the first resolution stays out of the callers'
 * code. (A caller that must also keep its arguments across this call still
 * saves registers for it; clock_call64 avoids that, see there.) */
__attribute__((__noinline__, __cold__)) static linux_word vdso_entry_first(enum vdso_slot slot)
{
    resolve_all();
    return __atomic_load_n(&vdso_slots[slot], __ATOMIC_RELAXED);
}

static LINUX_ALWAYS_INLINE linux_word vdso_entry(enum vdso_slot slot)
{
    if (__builtin_expect(!__atomic_load_n(&vdso_resolved, __ATOMIC_ACQUIRE), 0))
        return vdso_entry_first(slot);
    return __atomic_load_n(&vdso_slots[slot], __ATOMIC_RELAXED);
}

void linux__time_vdso_cache_reset(void)
{
    int i;
    for (i = 0; i < SLOT_COUNT; i++)
        __atomic_store_n(&vdso_slots[i], 0, __ATOMIC_RELAXED);
    __atomic_store_n(&vdso_resolved, 0, __ATOMIC_RELEASE);
}

unsigned linux_time_vdso_functions(void)
{
    unsigned mask = 0;
    if (vdso_entry(SLOT_CLOCK_GETTIME) || vdso_entry(SLOT_CLOCK_GETTIME32))
        mask |= LINUX_VDSO_FN_CLOCK_GETTIME;
    if (vdso_entry(SLOT_CLOCK_GETRES) || vdso_entry(SLOT_CLOCK_GETRES32))
        mask |= LINUX_VDSO_FN_CLOCK_GETRES;
    if (vdso_entry(SLOT_GETTIMEOFDAY))
        mask |= LINUX_VDSO_FN_GETTIMEOFDAY;
    if (vdso_entry(SLOT_TIME))
        mask |= LINUX_VDSO_FN_TIME;
    if (vdso_entry(SLOT_GETCPU))
        mask |= LINUX_VDSO_FN_GETCPU;
    return mask;
}

/* A vDSO result (0 or -errno) as 0 or errno. */
static int vdso_errno(long ret)
{
    return ret < 0 ? (int)-ret : 0;
}

/* The 64-bit-time calls only: the vDSO entry, else the system call.
 * LINUX_ENOSYS when the kernel predates them (32-bit targets only). */
__attribute__((__noinline__)) static int clock_call64_slow(enum vdso_slot slot, long nr, int clock,
                                                           struct linux_timespec *ts)
{
    linux_word fn = vdso_entry(slot);
    int err;
    if (fn)
        return vdso_errno(VDSO_CLOCK(fn, clock, ts));
    if (TIME32_FALLBACK && __atomic_load_n(&time64_syscalls_missing, __ATOMIC_RELAXED))
        return LINUX_ENOSYS;
    err = linux_check(linux_syscall(nr, clock, ts));
    /* Latched only where there is a 32-bit call to fall back on: riscv32
     * has none, and one ENOSYS (a seccomp filter refusing
     * clock_getres_time64) must not turn every later clock_gettime64 away. */
    if (TIME32_FALLBACK && err == LINUX_ENOSYS)
        __atomic_store_n(&time64_syscalls_missing, 1, __ATOMIC_RELAXED);
    return err;
}

/* The vDSO fast path inline (two loads and the call, nothing to save
 * around it: it is what a glibc clock_gettime costs); everything else,
 * the first resolution included, out of line. It reads the flag and slot
 * itself rather than through vdso_entry(): with vdso_entry()'s cold call
 * inlined here, clang saves two registers on every call (checked at -O2). */
static LINUX_ALWAYS_INLINE int clock_call64(enum vdso_slot slot, long nr, int clock,
                                             struct linux_timespec *ts)
{
    if (__builtin_expect(__atomic_load_n(&vdso_resolved, __ATOMIC_ACQUIRE), 1)) {
        linux_word fn = __atomic_load_n(&vdso_slots[slot], __ATOMIC_RELAXED);
        if (fn)
            return vdso_errno(VDSO_CLOCK(fn, clock, ts));
    }
    return clock_call64_slow(slot, nr, clock, ts);
}

#if TIME32_TARGET
/* ns / 1000 for ns < 2^32 as a multiply and shift (the reciprocal compilers
 * use), so that no division helper is needed even at -O0 on arm. */
static int64_t nsec_to_usec(int64_t ns)
{
    return (int64_t)(((uint64_t)(uint32_t)ns * 274877907u) >> 38);
}

#if TIME32_FALLBACK
static void widen_timespec(const struct old_timespec32 *t, struct linux_timespec *ts)
{
    ts->tv_sec = t->tv_sec; /* signed, as the kernel's field */
    ts->tv_nsec = t->tv_nsec;
}

/* Kernels without the 64-bit calls: the 32-bit ones, widened. */
static int clock_call32(enum vdso_slot slot, long nr, int clock, struct linux_timespec *ts)
{
    struct old_timespec32 t;
    linux_word fn = vdso_entry(slot);
    int err;
    if (fn)
        err = vdso_errno(VDSO_CLOCK(fn, clock, ts ? &t : NULL));
    else
        err = linux_check(linux_syscall(nr, clock, ts ? &t : NULL));
    if (err == 0 && ts)
        widen_timespec(&t, ts);
    return err;
}
#endif /* TIME32_FALLBACK */
#endif

int linux_clock_gettime(int clock, struct linux_timespec *ts)
{
    int err;
    if (ts == NULL)
        return LINUX_EFAULT;
    err = clock_call64(SLOT_CLOCK_GETTIME, SYS_CLOCK_GETTIME64, clock, ts);
#if TIME32_FALLBACK
    if (err == LINUX_ENOSYS)
        err = clock_call32(SLOT_CLOCK_GETTIME32, LINUX_SYS_clock_gettime, clock, ts);
#endif
    return err;
}

int linux_clock_getres(int clock, struct linux_timespec *ts)
{
#if TIME32_FALLBACK
    /* A resolution is below one second, so the 32-bit vDSO entry is exact
     * and y2038-safe; it is preferred to a system call. */
    int err;
    if (vdso_entry(SLOT_CLOCK_GETRES) == 0 && vdso_entry(SLOT_CLOCK_GETRES32) != 0)
        return clock_call32(SLOT_CLOCK_GETRES32, LINUX_SYS_clock_getres, clock, ts);
    err = clock_call64(SLOT_CLOCK_GETRES, SYS_CLOCK_GETRES64, clock, ts);
    if (err == LINUX_ENOSYS)
        err = clock_call32(SLOT_CLOCK_GETRES32, LINUX_SYS_clock_getres, clock, ts);
    return err;
#else
    return clock_call64(SLOT_CLOCK_GETRES, SYS_CLOCK_GETRES64, clock, ts);
#endif
}

int linux_gettimeofday(struct linux_timeval *tv)
{
#if TIME32_TARGET
    struct linux_timespec ts;
#if TIME32_FALLBACK
    struct old_timeval32 t;
    linux_word fn;
#endif
    int err;
    if (tv == NULL)
        return LINUX_EFAULT;
    /* The kernel's 32-bit timeval ends in 2038, so the 64-bit clock is
     * asked first; gettimeofday reads the same clock (CLOCK_REALTIME). */
    err = clock_call64(SLOT_CLOCK_GETTIME, SYS_CLOCK_GETTIME64, LINUX_CLOCK_REALTIME, &ts);
    if (err == 0) {
        tv->tv_sec = ts.tv_sec;
        tv->tv_usec = nsec_to_usec(ts.tv_nsec);
        return 0;
    }
#if !TIME32_FALLBACK
    return err;
#else
    if (err != LINUX_ENOSYS)
        return err;
    /* Kernels < 5.1: the 32-bit gettimeofday, widened (signed fields). */
    fn = vdso_entry(SLOT_GETTIMEOFDAY);
    if (fn)
        err = vdso_errno(VDSO_GETTIMEOFDAY_CALL(fn, &t));
    else
        err = linux_check(linux_syscall(LINUX_SYS_gettimeofday, &t, NULL));
    if (err == 0) {
        tv->tv_sec = t.tv_sec;
        tv->tv_usec = t.tv_usec;
    }
    return err;
#endif /* TIME32_FALLBACK */
#else
    linux_word fn;
    if (tv == NULL)
        return LINUX_EFAULT;
    fn = vdso_entry(SLOT_GETTIMEOFDAY);
    if (fn)
        return vdso_errno(VDSO_GETTIMEOFDAY_CALL(fn, tv));
#ifdef LINUX_SYS_gettimeofday
    return linux_check(linux_syscall(LINUX_SYS_gettimeofday, tv, NULL));
#else
    {
        struct linux_timespec ts;
        int err = linux_clock_gettime(LINUX_CLOCK_REALTIME, &ts);
        if (err == 0) {
            tv->tv_sec = ts.tv_sec;
            tv->tv_usec = ts.tv_nsec / 1000;
        }
        return err;
    }
#endif
#endif
}

int linux_time(int64_t *t)
{
    struct linux_timespec ts;
    int err;
    if (t == NULL)
        return LINUX_EFAULT;
#if defined(__x86_64__)
    {
        linux_word fn = vdso_entry(SLOT_TIME);
        if (fn) {
            *t = ((time_fn)fn)(NULL);
            return 0;
        }
        return linux_try_i64(linux_syscall(LINUX_SYS_time, NULL), t);
    }
#endif
    err = linux_clock_gettime(LINUX_CLOCK_REALTIME, &ts);
    if (err == 0)
        *t = ts.tv_sec;
    return err;
}

int linux_getcpu(unsigned *cpu, unsigned *node)
{
    linux_word fn = vdso_entry(SLOT_GETCPU);
    if (fn)
        return vdso_errno(VDSO_GETCPU_CALL(fn, cpu, node));
    return linux_check(linux_syscall(LINUX_SYS_getcpu, cpu, node, NULL));
}
