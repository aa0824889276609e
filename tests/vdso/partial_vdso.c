/*
 * A vDSO that lacks entries: for tests/vdso/host_test.c --fake-vdso, which
 * maps this shared object and hands it to linux_init_auxv() as
 * AT_SYSINFO_EHDR. Its only time entry is the 64-bit clock_gettime, made of
 * a plain system call (no libc, no relocations: the image is used as the
 * kernel's is, without a loader); every other call (clock_getres, as on a
 * kernel whose i386 vDSO has no __vdso_clock_getres_time64, gettimeofday,
 * time, getcpu) must fall back to its system call and still agree with
 * glibc. -DWITH_GETRES32 (i386) adds the 32-bit __vdso_clock_getres, the
 * entry such a kernel still has. fake_vdso_calls() counts the calls, so the
 * test can tell that the entries were really used.
 */
#if defined(__x86_64__)
#include "linux_syscall/numbers/x86_64.h"
static long sys2(long n, long a, long b)
{
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "0"(n), "D"(a), "S"(b) : "rcx", "r11", "memory");
    return r;
}
#define SYS_GETTIME LINUX_X86_64_SYS_clock_gettime
#define GETTIME __vdso_clock_gettime
#elif defined(__i386__)
#include "linux_syscall/numbers/x86.h"
static long sys2(long n, long a, long b)
{
    long r;
    __asm__ volatile("int $0x80" : "=a"(r) : "0"(n), "b"(a), "c"(b) : "memory");
    return r;
}
#define SYS_GETTIME LINUX_X86_SYS_clock_gettime64
#define GETTIME __vdso_clock_gettime64
#else
#error "partial_vdso.c: x86_64 and i386 only"
#endif

static unsigned long calls[2];

int GETTIME(int clock, void *ts)
{
    calls[0]++;
    return (int)sys2(SYS_GETTIME, clock, (long)ts);
}

#if defined(WITH_GETRES32) && defined(__i386__)
int __vdso_clock_getres(int clock, void *ts)
{
    calls[1]++;
    return (int)sys2(LINUX_X86_SYS_clock_getres, clock, (long)ts);
}
#endif

/* Calls of entry i: 0 clock_gettime, 1 clock_getres. */
unsigned long fake_vdso_calls(int i)
{
    return calls[i & 1];
}
