/* getcpu: getcpu(&cpu, &node, NULL), a vDSO call on x86_64, x86, riscv64
 * and s390x kernels, a plain system call elsewhere. The libc peer is
 * glibc's getcpu() (vDSO when exported), musl's sched_getcpu() (the same
 * entry); not glibc's sched_getcpu(), which reads the rseq area and makes
 * no call at all. */
#define _GNU_SOURCE
#include "ops.h"

#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

BENCH_DECLARE_LIB_FNS(bench_getcpu);

int BENCH_LIB_FN(bench_getcpu)(uint64_t calls, void *arg)
{
    unsigned cpu = ~0u, node = ~0u;
    linux_word r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_result_raw(linux_syscall(LINUX_SYS_getcpu, &cpu, &node, 0)); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && cpu != ~0u));
}

#if BENCH_PRIMARY_TU
int bench_getcpu_libc_syscall(uint64_t calls, void *arg)
{
    unsigned cpu = ~0u, node = ~0u;
    long r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = syscall(LINUX_SYS_getcpu, &cpu, &node, 0); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && cpu != ~0u));
}

int bench_getcpu_libc_wrapper(uint64_t calls, void *arg)
{
    unsigned cpu = ~0u, node = ~0u;
    int r = 0;
    (void)arg;
    (void)node;
#if defined(__GLIBC__)
    BENCH_LOOP(calls, r = getcpu(&cpu, &node); bench_do_not_optimize(r););
#else
    BENCH_LOOP(calls, r = sched_getcpu(); bench_do_not_optimize(r););
    cpu = r >= 0 ? (unsigned)r : ~0u;
    r = r >= 0 ? 0 : r;
#endif
    return bench_expect(calls == 0 || (r == 0 && cpu != ~0u));
}

#ifdef BENCH_HAVE_VDSO
int bench_getcpu_vdso(uint64_t calls, void *arg)
{
    unsigned cpu = ~0u, node = ~0u;
    int r = 0;
    (void)arg;
    BENCH_LOOP(calls, r = linux_getcpu(&cpu, &node); bench_do_not_optimize(r););
    return bench_expect(calls == 0 || (r == 0 && cpu != ~0u));
}
#endif

#ifdef BENCH_HAVE_RAW_FLOOR
int bench_getcpu_raw_floor(uint64_t calls, void *arg)
{
    unsigned cpu = ~0u, node = ~0u;
    linux_word r = 0;
    (void)arg;
    BENCH_RAW_LOOP(arg, calls, r, LINUX_SYS_getcpu, (linux_word)&cpu, (linux_word)&node, 0);
    return bench_expect(calls == 0 || (r == 0 && cpu != ~0u));
}
#endif

BENCH_OPERATION(getcpu)
{
    BENCH_REGISTER_LIB_PATHS("getcpu", bench_getcpu);
    bench_register("getcpu", "libc_syscall", bench_getcpu_libc_syscall, 0);
    bench_register("getcpu", "libc_wrapper", bench_getcpu_libc_wrapper, 0);
#ifdef BENCH_HAVE_VDSO
    bench_register("getcpu", linux_time_vdso_functions() & LINUX_VDSO_FN_GETCPU ? "vdso" : "vdso_fallback_syscall",
                   bench_getcpu_vdso, 0);
#endif
#ifdef BENCH_HAVE_RAW_FLOOR
    BENCH_REGISTER_RAW("getcpu", bench_getcpu_raw_floor);
#endif
}
#endif
