/*
 * vfork through linux_syscall(): the parent must come back intact.
 *
 * The vfork child runs on the parent's stack until it execs or exits. A
 * system call made through a `call` (a trampoline, the i386 vDSO entry)
 * leaves the return address and any saved registers on that stack; the
 * child returns from the call, then calls a function with a large frame
 * that writes over exactly that memory. If the code after the trap reads
 * anything from the stack, the parent resumes with the child's data: a
 * wrong return address (it ends up running the child's code and exits
 * 127), or wrong callee-saved registers.
 *
 * For each of vfork, clone(CLONE_VM|CLONE_VFORK|SIGCHLD) in the target's
 * argument order (with 5 arguments and with 6), and clone3 with the same
 * flags, the parent checks:
 *   - the result is the pid that wait4 reports, and the child exited 127
 *     (execve of a path that does not exist failed, then exit(127));
 *   - six values it keeps in registers across the call (callee-saved
 *     registers when the call is a real call) and a block of locals in its
 *     own frame are unchanged;
 * and the program exits 0 only if every check passed.
 *
 * Under qemu-user vfork is emulated with fork, so the child cannot touch
 * the parent's stack and these checks pass whatever the code does; there
 * the disassembly check (tests/vfork/check_disasm.py) is the evidence.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_syscall.h"

#include "../lib/check.h"

#define NOINLINE __attribute__((__noinline__))
#define NORETURN __attribute__((__noreturn__))

#define CLONE_VM 0x00000100UL
#define CLONE_VFORK 0x00004000UL
#if defined(__sparc__)
#define SIGCHLD_NR 20UL /* arch/sparc/include/uapi/asm/signal.h */
#elif defined(__mips__)
#define SIGCHLD_NR 18UL /* arch/mips/include/uapi/asm/signal.h (qemu-user refuses any other exit signal) */
#else
#define SIGCHLD_NR 17UL
#endif
#define CHILD_EXIT 127

#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
/* tests/vfork/fake_vsyscall_x86.S */
extern void vfork_test_fake_vsyscall(void);
extern unsigned vfork_test_fake_vsyscall_calls;
#define STAND_IN_CALLS() vfork_test_fake_vsyscall_calls
#define STAND_IN_ACTIVE() (linux_x86_vsyscall_entry() == (linux_word)vfork_test_fake_vsyscall)
#else
#define STAND_IN_CALLS() 0u
#define STAND_IN_ACTIVE() 0
#endif

/* One check of tests/lib/check.h, named "HOW: WHAT". */
static void check(int ok, const char *what, const char *how)
{
    char name[256];
    snprintf(name, sizeof name, "%s: %s", how, what);
    check_true(name, ok, "no");
}

/* The child. Its big frame lies right below the caller's stack pointer,
 * where the trampoline's return address and saved registers were. */
static NOINLINE NORETURN void child_exec(unsigned pattern)
{
    volatile unsigned scribble[4096];
    static char path[] = "/nonexistent/linux-syscall-vfork-test";
    char *argv[2];
    char *envp[1];
    size_t i;

    for (i = 0; i < sizeof scribble / sizeof scribble[0]; i++)
        scribble[i] = pattern ^ (unsigned)i;
    argv[0] = path;
    argv[1] = NULL;
    envp[0] = NULL;
    (void)linux_check(linux_syscall(LINUX_SYS_execve, path, argv, envp));
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit, CHILD_EXIT));
}

enum how {
    HOW_VFORK,
    HOW_CLONE5,
    HOW_CLONE6,
    HOW_CLONE3,
    /* The trampolines called directly (trampoline builds, and only where
     * the README says they are vfork-safe by themselves). */
    HOW_T_VFORK,
    HOW_T_CLONE5,
    HOW_T_CLONE6,
    HOW_T_CLONE3
};

#if defined(LINUX_SYSCALL_TRAMPOLINE) &&                                               \
    (defined(__x86_64__) || defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || \
     defined(__loongarch__))
#define DIRECT_TRAMPOLINES 1
#else
#define DIRECT_TRAMPOLINES 0
#endif

#if defined(__s390x__)
#define CLONE_FIRST_TWO(flags) 0, flags
#else
#define CLONE_FIRST_TWO(flags) flags, 0
#endif

struct clone_args_v0 {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
};

/* A compiler barrier that makes v opaque and keeps it in a register. */
#define OPAQUE(v) __asm__ __volatile__("" : "+r"(v))

/* Returns 1 if the call was made (checks printed), 0 if the kernel does not
 * have it (ENOSYS), -1 if it failed otherwise. */
static NOINLINE int run(enum how how, unsigned seed, const char *name)
{
    unsigned c0 = seed * 3u + 1u, c1 = seed * 5u + 2u, c2 = seed * 7u + 3u;
    unsigned c3 = seed * 11u + 4u, c4 = seed * 13u + 5u, c5 = seed * 17u + 6u;
    volatile unsigned frame[16];
    struct clone_args_v0 ca;
    linux_result r;
    linux_word flags = CLONE_VM | CLONE_VFORK | SIGCHLD_NR;
    size_t i;
    int status = 0, intact = 1, err;
    linux_sword waited;
    unsigned stand_in_before, stand_in_after;

    for (i = 0; i < 16; i++)
        frame[i] = seed ^ (unsigned)(i * 0x01010101u);
    memset(&ca, 0, sizeof ca);
    ca.flags = CLONE_VM | CLONE_VFORK;
    ca.exit_signal = SIGCHLD_NR;
    OPAQUE(c0);
    OPAQUE(c1);
    OPAQUE(c2);
    OPAQUE(c3);
    OPAQUE(c4);
    OPAQUE(c5);

    stand_in_before = STAND_IN_CALLS();
    switch (how) {
    case HOW_VFORK:
#ifdef LINUX_SYS_vfork
        r = linux_syscall(LINUX_SYS_vfork);
        break;
#else
        return 0;
#endif
    case HOW_CLONE5:
        r = linux_syscall(LINUX_SYS_clone, CLONE_FIRST_TWO(flags), 0, 0, 0);
        break;
    case HOW_CLONE6:
        r = linux_syscall(LINUX_SYS_clone, CLONE_FIRST_TWO(flags), 0, 0, 0, 0);
        break;
    case HOW_CLONE3:
        r = linux_syscall(LINUX_SYS_clone3, &ca, sizeof ca);
        break;
#if DIRECT_TRAMPOLINES
    case HOW_T_VFORK:
#ifdef LINUX_SYS_vfork
        r = linux_result_from_raw(linux_syscall_trampoline0(LINUX_SYS_vfork));
        break;
#else
        return 0;
#endif
    case HOW_T_CLONE5:
        r = linux_result_from_raw(
            linux_syscall_trampoline5(LINUX_SYS_clone, CLONE_FIRST_TWO(flags), 0, 0, 0));
        break;
    case HOW_T_CLONE6:
        r = linux_result_from_raw(
            linux_syscall_trampoline6(LINUX_SYS_clone, CLONE_FIRST_TWO(flags), 0, 0, 0, 0));
        break;
    case HOW_T_CLONE3:
        r = linux_result_from_raw(
            linux_syscall_trampoline2(LINUX_SYS_clone3, (linux_word)&ca, sizeof ca));
        break;
#endif
    default:
        return 0;
    }
    if (linux_result_raw(r) == 0)
        child_exec(seed ^ 0xdeadbeefu);
    stand_in_after = STAND_IN_CALLS();

    OPAQUE(c0);
    OPAQUE(c1);
    OPAQUE(c2);
    OPAQUE(c3);
    OPAQUE(c4);
    OPAQUE(c5);
    err = linux_check(r);
    if (err == LINUX_ENOSYS)
        return 0;
    if (err != 0) {
        check_verdict_begin(0, name);
        check_out_str("the call failed with errno ");
        check_out_i64(err);
        check_line_end();
        return -1;
    }
    do
        waited = (linux_sword)linux_result_raw(linux_syscall(LINUX_SYS_wait4, -1, &status, 0, 0));
    while (waited == -(linux_sword)LINUX_EINTR);
    check(waited > 0 && (linux_word)waited == linux_result_raw(r),
          "result is the pid wait4 reports", name);
    check((status & 0x7f) == 0 && ((status >> 8) & 0xff) == CHILD_EXIT,
          "child exited 127 (execve failed, then exit)", name);
    check(c0 == seed * 3u + 1u && c1 == seed * 5u + 2u && c2 == seed * 7u + 3u &&
              c3 == seed * 11u + 4u && c4 == seed * 13u + 5u && c5 == seed * 17u + 6u,
          "values kept in registers are intact", name);
    for (i = 0; i < 16; i++)
        intact &= frame[i] == (seed ^ (unsigned)(i * 0x01010101u));
    check(intact, "locals in the frame are intact", name);
    if (STAND_IN_ACTIVE())
        check(stand_in_after == stand_in_before, "did not go through the vDSO entry (int $0x80)",
              name);
    return 1;
}


static const struct {
    enum how how;
    const char *name;
} cases[] = {
    {HOW_VFORK, "vfork"},
    {HOW_CLONE5, "clone(CLONE_VM|CLONE_VFORK|SIGCHLD), 5 arguments"},
    {HOW_CLONE6, "clone(CLONE_VM|CLONE_VFORK|SIGCHLD), 6 arguments"},
    {HOW_CLONE3, "clone3(CLONE_VM|CLONE_VFORK, SIGCHLD)"},
    {HOW_T_VFORK, "linux_syscall_trampoline0(vfork)"},
    {HOW_T_CLONE5, "linux_syscall_trampoline5(clone, CLONE_VM|CLONE_VFORK|SIGCHLD)"},
    {HOW_T_CLONE6, "linux_syscall_trampoline6(clone, CLONE_VM|CLONE_VFORK|SIGCHLD)"},
    {HOW_T_CLONE3, "linux_syscall_trampoline2(clone3, CLONE_VM|CLONE_VFORK)"},
};
#define NCASES (sizeof cases / sizeof cases[0])

static void run_cases(size_t first, size_t last, const char *entry)
{
    size_t i;
    for (i = first; i < last; i++) {
        char name[160];
        int ran;
        if (cases[i].how >= HOW_T_VFORK && !DIRECT_TRAMPOLINES)
            continue;
        snprintf(name, sizeof name, "%s [%s]", cases[i].name, entry);
        ran = run(cases[i].how, 0x1234u + (unsigned)i, name);
        if (ran == 0)
            check_skip(name, "not available here (ENOSYS)");
    }
}

/* With an argument N, only case N: a crash then names its case. */
int main(int argc, char **argv)
{
    size_t first = 0, last = NCASES;

    setvbuf(stdout, NULL, _IONBF, 0); /* printf and check.h's writes in order */
    if (argc > 1) {
        char *end;
        first = (size_t)strtoul(argv[1], &end, 10);
        if (*end != 0 || first >= last) {
            fprintf(stderr, "usage: %s [0-%u]\n", argv[0], (unsigned)last - 1);
            return 2;
        }
        last = first + 1;
    }
    printf("# build: %s %s\n", LINUX_ARCH_TARGET_NAME,
#if defined(LINUX_SYSCALL_TRAMPOLINE)
           "trampoline"
#elif defined(LINUX_SYSCALL_X86_INT80)
           "inline int80"
#else
           "inline"
#endif
    );
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    /* The entry as the library found it: the vDSO's on a native kernel,
     * none under qemu-user. */
    run_cases(first, last,
              linux_x86_vsyscall_entry() ? "x86 entry: vDSO __kernel_vsyscall"
                                       : "x86 entry: none, int $0x80");
    /* A stand-in with the same stack use as __kernel_vsyscall, installed by
     * hand: vfork-like calls must not go through it (whatever the emulator
     * does with vfork), other calls must. */
    {
        linux_word saved = linux_x86_vsyscall_entry();
        unsigned before;
        linux_x86_set_vsyscall_entry((linux_word)vfork_test_fake_vsyscall);
        run_cases(first, last, "x86 entry: stand-in __kernel_vsyscall");
        before = vfork_test_fake_vsyscall_calls;
        (void)linux_check(linux_syscall(LINUX_SYS_getpid));
        check(vfork_test_fake_vsyscall_calls == before + 1,
              "getpid went through the vDSO entry (the stand-in is in use)", "x86 stand-in entry");
        linux_x86_set_vsyscall_entry(saved);
    }
#else
    run_cases(first, last, LINUX_ARCH_TARGET_NAME);
#endif
    return check_finish();
}
