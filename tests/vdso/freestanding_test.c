/*
 * The time calls in a program without any libc (its own _start), built
 * with clang-19 -ffreestanding -nostdlib for every supported architecture
 * and run under qemu-user (which gives no vDSO: the system-call fallback)
 * or natively on x86_64 (where the vDSO is found lazily through
 * /proc/self/auxv, before linux_init_auxv() is called).
 *
 *   freestanding_test HOST_EPOCH_SECONDS yes|no|any
 *
 * HOST_EPOCH_SECONDS is the host's `date +%s` just before the run; the
 * second argument says whether a vDSO is expected. Prints "PASS: ..." /
 * "FAIL: ..." lines and "N passed, N failed"; exit status 1 on failure.
 */
#include "linux_syscall.h"

/* ---- entry: hand the initial stack pointer to start_c ------------------ */
#if defined(__x86_64__)
__asm__(".text\n.globl _start\n_start:\n\txor %ebp, %ebp\n\tmov %rsp, %rdi\n"
        "\tand $-16, %rsp\n\tcall start_c\n\thlt\n");
#elif defined(__i386__)
__asm__(".text\n.globl _start\n_start:\n\txor %ebp, %ebp\n\tmov %esp, %eax\n"
        "\tand $-16, %esp\n\tsub $12, %esp\n\tpush %eax\n\tcall start_c\n\thlt\n");
#elif defined(__aarch64__)
__asm__(".text\n.globl _start\n_start:\n\tmov x29, xzr\n\tmov x30, xzr\n\tmov x0, sp\n"
        "\tbl start_c\n\tbrk #0\n");
#elif defined(__arm__)
__asm__(".text\n.globl _start\n_start:\n\tmov r0, sp\n\tbic r1, r0, #15\n\tmov sp, r1\n"
        "\tbl start_c\n\tudf #0\n");
#elif defined(__riscv)
__asm__(".text\n.globl _start\n_start:\n\tmv a0, sp\n\tandi sp, sp, -16\n\tcall start_c\n"
        "\tunimp\n");
#elif defined(__s390x__)
__asm__(".text\n.globl _start\n_start:\n\tlgr %r2, %r15\n\taghi %r15, -160\n"
        "\txc 0(8,%r15), 0(%r15)\n\tbrasl %r14, start_c\n\t.word 0\n");
#elif defined(__loongarch__)
__asm__(".text\n.globl _start\n_start:\n\tmove $a0, $sp\n\tbstrins.d $sp, $zero, 3, 0\n"
        "\tbl start_c\n\tbreak 0\n");
#elif defined(__powerpc64__) && defined(_CALL_ELF) && _CALL_ELF == 2
/* ELFv2: the TOC pointer (r2) from .TOC., PC-relative */
__asm__(".text\n.globl _start\n_start:\n\tbcl 20, 31, 1f\n1:\tmflr 2\n"
        "\taddis 2, 2, (.TOC. - 1b)@ha\n\taddi 2, 2, (.TOC. - 1b)@l\n\tmr 3, 1\n"
        "\tclrrdi 1, 1, 4\n\tli 0, 0\n\tstdu 0, -32(1)\n\tbl start_c\n\tnop\n\ttrap\n");
#elif defined(__powerpc__) && !defined(__powerpc64__)
__asm__(".text\n.globl _start\n_start:\n\tmr 3, 1\n\tclrrwi 1, 1, 4\n\tli 0, 0\n"
        "\tstwu 0, -16(1)\n\tbl start_c\n\ttrap\n");
#elif defined(__mips__) && _MIPS_SIM == _ABIO32
/* gp from the address bal yields, the call through t9 (PIC, abicalls) */
__asm__(".text\n.globl _start\n.globl __start\n_start:\n__start:\n\t.set push\n\t.set noreorder\n"
        "\tbal 1f\n\tnop\n1:\t.cpload $31\n\t.set pop\n\tmove $4, $sp\n\tli $8, -8\n"
        "\tand $sp, $sp, $8\n\taddiu $sp, $sp, -16\n\tla $25, start_c\n\tjalr $25\n\tbreak\n");
#elif defined(__mips__)
__asm__(".text\n.globl _start\n.globl __start\n_start:\n__start:\n\t.set push\n\t.set noreorder\n"
        "\tbal 1f\n\tnop\n1:\t.cpsetup $31, $25, 1b\n\t.set pop\n\tmove $4, $sp\n"
        "\tdaddiu $8, $0, -16\n\tand $sp, $sp, $8\n\tdla $25, start_c\n\tjalr $25\n\tbreak\n");
#endif

/* ---- output ---------------------------------------------------------------- */
static int passes, failures;

static void put(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    (void)linux_check(linux_syscall(LINUX_SYS_write, 1, s, n));
}

/* Decimal without 64-bit division (32-bit targets would need a helper
 * library this program does not link). */
static void put_int(int64_t v)
{
    char buf[24];
    int i = 0, started = 0, k;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, power;
    if (v < 0)
        buf[i++] = '-';
    for (k = 19; k >= 0; k--) {
        char digit = '0';
        int j;
        for (power = 1, j = 0; j < k; j++)
            power *= 10;
        while (u >= power)
            u -= power, digit++;
        if (digit != '0' || started || k == 0)
            buf[i++] = digit, started = 1;
    }
    buf[i] = 0;
    put(buf);
}

static void check(int ok, const char *what)
{
    put(ok ? "PASS: " : "FAIL: ");
    put(LINUX_ARCH_TARGET_NAME ": ");
    put(what);
    put("\n");
    if (ok)
        passes++;
    else
        failures++;
}

static int64_t to_ns(const struct linux_timespec *ts)
{
    return ts->tv_sec * 1000000000 + ts->tv_nsec;
}

static int64_t parse_int(const char *s)
{
    int64_t v = 0;
    while (s && *s >= '0' && *s <= '9')
        v = v * 10 + (*s++ - '0');
    return v;
}

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* ---- checks ------------------------------------------------------------------ */

static void check_clocks(const char *path, int64_t host_now)
{
    struct linux_timespec a, b, res;
    struct linux_timeval tv;
    int64_t t = 0, rt_before, rt_after;
    unsigned cpu = ~0u, node = ~0u;
    int i, ok = 1, err;

    put("INFO: path ");
    put(path);
    put("\n");
    for (i = 0; i < 1000 && ok; i++) {
        if (linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &a) != 0 ||
            linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &b) != 0 || to_ns(&b) < to_ns(&a) ||
            a.tv_nsec < 0 || a.tv_nsec >= 1000000000)
            ok = 0;
    }
    check(ok, "clock_gettime(MONOTONIC): 2000 calls, non-decreasing, nsec in range");

    err = linux_clock_gettime(LINUX_CLOCK_REALTIME, &a);
    put("INFO: realtime ");
    put_int(a.tv_sec);
    put(", host date +%s ");
    put_int(host_now);
    put("\n");
    check(err == 0 && a.tv_sec >= host_now - 5 && a.tv_sec <= host_now + 120,
          "clock_gettime(REALTIME) within [host - 5 s, host + 120 s]");

    linux_clock_gettime(LINUX_CLOCK_REALTIME, &a);
    err = linux_gettimeofday(&tv);
    linux_clock_gettime(LINUX_CLOCK_REALTIME, &b);
    rt_before = to_ns(&a);
    rt_after = to_ns(&b);
    /* microseconds truncate: [us * 1000, us * 1000 + 999] must meet the bracket */
    check(err == 0 && tv.tv_usec >= 0 && tv.tv_usec < 1000000 &&
              (tv.tv_sec * 1000000 + tv.tv_usec) * 1000 + 999 >= rt_before &&
              (tv.tv_sec * 1000000 + tv.tv_usec) * 1000 <= rt_after,
          "gettimeofday between two CLOCK_REALTIME readings");

    linux_clock_gettime(LINUX_CLOCK_REALTIME, &a);
    err = linux_time(&t);
    linux_clock_gettime(LINUX_CLOCK_REALTIME, &b);
    check(err == 0 && t >= a.tv_sec - 1 && t <= b.tv_sec + 1, "time within CLOCK_REALTIME (+-1 s)");

    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, &res);
    check(err == 0 && res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec < 1000000000,
          "clock_getres(MONOTONIC) in (0, 1 s)");
    err = linux_clock_getres(LINUX_CLOCK_REALTIME, NULL);
    check(err == 0, "clock_getres(REALTIME, NULL) = 0");

    err = linux_getcpu(&cpu, &node);
    check(err == 0 && cpu < 65536 && node < 65536, "getcpu gives a cpu and node number");

    check(linux_clock_gettime(12345, &a) == LINUX_EINVAL && linux_clock_getres(12345, &a) == LINUX_EINVAL,
          "unknown clock: EINVAL");
    check(linux_clock_gettime(LINUX_CLOCK_MONOTONIC, NULL) == LINUX_EFAULT, "NULL timespec: EFAULT");
}

__attribute__((__used__, __noreturn__)) void start_c(linux_word *sp)
{
    long argc = (long)sp[0];
    char **argv = (char **)(sp + 1);
    linux_word *p = (linux_word *)(argv + argc + 1);
    const linux_word *auxv;
    linux_word ehdr = 0, sysinfo = 0;
    const char *expect = argc > 2 ? argv[2] : "any";
    int64_t host_now = argc > 1 ? parse_int(argv[1]) : 0;
    int present;
    size_t i;

    while (*p)
        p++; /* skip envp */
    auxv = p + 1;
    for (i = 0; auxv[i] != 0; i += 2) {
        if (auxv[i] == 33)
            ehdr = auxv[i + 1];
        else if (auxv[i] == 32)
            sysinfo = auxv[i + 1];
    }

    /* Lazy: nobody called linux_init_auxv(); /proc/self/auxv is read. */
    present = linux_vdso_present();
    check((const void *)ehdr == linux_vdso_base(),
          "lazy start-up (/proc/self/auxv): vDSO base = the stack's AT_SYSINFO_EHDR");
    check(streq(expect, "any") || streq(expect, "yes") == (present != 0),
          "vDSO presence as expected");
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    check(linux_x86_vsyscall_entry() == sysinfo, "x86: lazy start-up set the entry to AT_SYSINFO");
#else
    (void)sysinfo;
#endif
    check_clocks(linux_time_vdso_functions() ? "vdso (lazy /proc/self/auxv)" : "syscall (lazy)",
                 host_now);

    linux_init_auxv(auxv);
    check(linux_vdso_present() == present && (const void *)ehdr == linux_vdso_base(),
          "linux_init_auxv(stack auxv): same vDSO");
    check_clocks(linux_time_vdso_functions() ? "vdso (linux_init_auxv)" : "syscall (linux_init_auxv)",
                 host_now);

    put_int(passes);
    put(" passed, ");
    put_int(failures);
    put(" failed\n");
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, failures != 0));
}
