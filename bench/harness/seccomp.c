/*
 * seccomp.c: --seccomp=CONDITION, the benchmark program under a seccomp
 * filter (bench/run.py's "seccomp" step runs every condition in its own
 * process, in interleaved rounds, because a filter cannot be removed).
 *
 * Installed as any unprivileged program can: prctl(PR_SET_NO_NEW_PRIVS)
 * then seccomp(SECCOMP_SET_MODE_FILTER). Conditions:
 *   none          no filter (the baseline, same program, same start-up)
 *   allow1        one instruction: return ALLOW
 *   profile       shaped like a container runtime's default profile as
 *                 libseccomp compiles it (a linear list): check the audit
 *                 arch, load the number, then BENCH_SECCOMP_LIST_LENGTH
 *                 "jeq nr / ret ALLOW" pairs for other numbers before the
 *                 measured calls' own pairs, default ERRNO(EPERM)
 *   profile_args  profile, but the measured calls' rules also load an
 *                 argument (as the runtime's rules for clone, personality
 *                 or socket do). Since Linux 5.11 the kernel emulates a
 *                 filter per call number once and caches the numbers it
 *                 always allows (seccomp action cache), so `profile` may
 *                 cost a bitmap test only; an argument load defeats that
 *                 cache and the whole list runs on every call.
 * The constants and structures are the kernel's UAPI (linux/seccomp.h,
 * linux/filter.h, linux/audit.h), spelled out because musl-gcc sees no
 * kernel headers.
 */
#define _GNU_SOURCE
#include "bench.h"
#include "linux_syscall.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef PR_GET_SECCOMP
#define PR_GET_SECCOMP 21
#endif
#ifndef PR_SET_NO_NEW_PRIVS
#define PR_SET_NO_NEW_PRIVS 38
#endif

/* linux/filter.h */
struct bench_sock_filter {
    uint16_t code;
    uint8_t jt;
    uint8_t jf;
    uint32_t k;
};
struct bench_sock_fprog {
    unsigned short len;
    struct bench_sock_filter *filter;
};
#define BPF_LD_W_ABS 0x20  /* BPF_LD | BPF_W | BPF_ABS */
#define BPF_JEQ_K 0x15     /* BPF_JMP | BPF_JEQ | BPF_K */
#define BPF_RET_K 0x06     /* BPF_RET | BPF_K */
/* linux/seccomp.h */
#define SECCOMP_SET_MODE_FILTER_OP 1
#define RET_KILL_PROCESS 0x80000000u
#define RET_ERRNO 0x00050000u
#define RET_ALLOW 0x7fff0000u
/* offsets in struct seccomp_data */
#define DATA_NR 0
#define DATA_ARCH 4
#define DATA_ARG0_LOW 16 /* little-endian; s390x reads the high half, equally non-constant */

/* The AUDIT_ARCH_* value the kernel puts in seccomp_data.arch (linux/audit.h). */
#if defined(__x86_64__) && !defined(__ILP32__)
#define BENCH_AUDIT_ARCH 0xC000003Eu
#elif defined(__i386__)
#define BENCH_AUDIT_ARCH 0x40000003u
#elif defined(__aarch64__)
#define BENCH_AUDIT_ARCH 0xC00000B7u
#elif defined(__arm__)
#define BENCH_AUDIT_ARCH 0x40000028u
#elif defined(__riscv) && __riscv_xlen == 64
#define BENCH_AUDIT_ARCH 0xC00000F3u
#elif defined(__s390x__)
#define BENCH_AUDIT_ARCH 0x80000016u
#endif

/* Docker's default profile allows about 350 names; a few hundred of them
 * exist on any one architecture and come before the measured call. */
#define BENCH_SECCOMP_LIST_LENGTH 300
/* A system call number no architecture has (each is far below 1000 past
 * its own base; arm's private calls start at 0x0f0000). */
#define BENCH_SECCOMP_UNLISTED_NR 1000
#define MAX_INSNS (8 + 2 * BENCH_SECCOMP_LIST_LENGTH + 4 * 16)

/* The calls the benchmarks under seccomp make (bench/run.py's
 * SECCOMP_FILTER): allowed last, after the list. */
static const long measured[] = {
    LINUX_SYS_getppid, LINUX_SYS_read, LINUX_SYS_write,
#ifdef LINUX_SYS_clock_gettime64
    LINUX_SYS_clock_gettime64,
#endif
#ifdef LINUX_SYS_clock_gettime
    LINUX_SYS_clock_gettime,
#endif
    LINUX_SYS_getcpu,
};
#define N_MEASURED (sizeof measured / sizeof measured[0])

static int is_measured(long nr)
{
    size_t i;
    for (i = 0; i < N_MEASURED; i++)
        if (measured[i] == nr)
            return 1;
    return 0;
}

static size_t emit(struct bench_sock_filter *f, size_t n, uint16_t code, uint8_t jt, uint8_t jf,
                   uint32_t k)
{
    f[n].code = code;
    f[n].jt = jt;
    f[n].jf = jf;
    f[n].k = k;
    return n + 1;
}

/* Builds the filter of `condition`; returns its length, 0 for "none",
 * -1 for an unknown condition. `comparisons` gets the number of jeq
 * instructions a measured call passes before it is allowed. */
static long build(const char *condition, struct bench_sock_filter *f, long *comparisons)
{
    size_t n = 0, i;
    long nr;
    int args = 0;
    *comparisons = 0;
    if (strcmp(condition, "none") == 0)
        return 0;
    if (strcmp(condition, "allow1") == 0)
        return (long)emit(f, 0, BPF_RET_K, 0, 0, RET_ALLOW);
    if (strcmp(condition, "profile_args") == 0)
        args = 1;
    else if (strcmp(condition, "profile") != 0)
        return -1;
#ifdef BENCH_AUDIT_ARCH
    n = emit(f, n, BPF_LD_W_ABS, 0, 0, DATA_ARCH);
    n = emit(f, n, BPF_JEQ_K, 1, 0, BENCH_AUDIT_ARCH);
    n = emit(f, n, BPF_RET_K, 0, 0, RET_KILL_PROCESS);
    ++*comparisons;
#endif
    n = emit(f, n, BPF_LD_W_ABS, 0, 0, DATA_NR);
    /* The list: numbers from 0 up, skipping the measured ones. */
    for (nr = 0, i = 0; i < BENCH_SECCOMP_LIST_LENGTH; nr++) {
        if (is_measured(nr))
            continue;
        n = emit(f, n, BPF_JEQ_K, 0, 1, (uint32_t)nr);
        n = emit(f, n, BPF_RET_K, 0, 0, RET_ALLOW);
        i++;
    }
    *comparisons += BENCH_SECCOMP_LIST_LENGTH;
    for (i = 0; i < N_MEASURED; i++) {
        if (args) {
            /* jeq nr; ld args[0]; ld nr (restore for the next rule); ret ALLOW */
            n = emit(f, n, BPF_JEQ_K, 0, 3, (uint32_t)measured[i]);
            n = emit(f, n, BPF_LD_W_ABS, 0, 0, DATA_ARG0_LOW);
            n = emit(f, n, BPF_LD_W_ABS, 0, 0, DATA_NR);
            n = emit(f, n, BPF_RET_K, 0, 0, RET_ALLOW);
        } else {
            n = emit(f, n, BPF_JEQ_K, 0, 1, (uint32_t)measured[i]);
            n = emit(f, n, BPF_RET_K, 0, 0, RET_ALLOW);
        }
    }
    ++*comparisons; /* the first measured call's own jeq */
    return (long)emit(f, n, BPF_RET_K, 0, 0, RET_ERRNO | EPERM);
}

int bench_seccomp_install(const char *condition)
{
    static struct bench_sock_filter filter[MAX_INSNS];
    struct bench_sock_fprog prog;
    long comparisons, len = build(condition, filter, &comparisons);
    if (len < 0) {
        fprintf(stderr, "--seccomp=%s: unknown condition (none, allow1, profile, profile_args)\n",
                condition);
        return 2;
    }
    long unlisted;
    int mode;
    if (len > 0) {
        prog.len = (unsigned short)len;
        prog.filter = filter;
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
            perror("--seccomp: prctl(PR_SET_NO_NEW_PRIVS)");
            return 2;
        }
        if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER_OP, 0, &prog) != 0) {
            perror("--seccomp: seccomp(SECCOMP_SET_MODE_FILTER)");
            return 2;
        }
    }
    /* Evidence that the filter is the one named: the kernel's seccomp mode
     * (2 = filter) and the answer to a number no kernel has (ENOSYS without
     * a list, the list's default EPERM with one). */
    mode = prctl(PR_GET_SECCOMP, 0, 0, 0, 0);
    unlisted = syscall(BENCH_SECCOMP_UNLISTED_NR);
    /* run.py reads this line: the condition, the filter's shape, the evidence. */
    printf("# seccomp condition=%s instructions=%ld comparisons_before_first_measured=%ld "
           "seccomp_mode=%d unlisted_call=%s\n", condition, len, comparisons, mode,
           unlisted == -1 && errno == EPERM ? "EPERM" : unlisted == -1 && errno == ENOSYS
                                                           ? "ENOSYS" : "other");
    fflush(stdout);
    return 0;
}
