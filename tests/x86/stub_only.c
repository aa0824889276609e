/*
 * A program whose entry word is never set: no libc, no linux_init_auxv(),
 * no constructor, and in the static-PIE build no relocation applied (the
 * link has none to apply: run.sh checks that too). Every call site of the
 * header is one indirect call through the entry (run.sh checks the
 * disassembly), so each right result below went through the `int $0x80`
 * stub the word names from the start.
 *
 * Built -ffreestanding -nostdlib -fno-stack-protector with
 * -DLINUX_SYSCALL_HEADER_ONLY, as static (non-PIE) and static-PIE
 * executables. Writes one line per check to stdout and exits with the
 * number of failures (or 100 if even write did not work).
 */
#include "linux_syscall.h"

void stub_only_main(void) __attribute__((__noreturn__, __used__));

/* Entered with esp at argc; nothing is read from there. */
__asm__(".text\n\t"
        ".globl _start\n\t"
        ".type _start, @function\n"
        "_start:\n\t"
        "xorl %ebp, %ebp\n\t"
        "andl $-16, %esp\n\t"
        "call stub_only_main\n\t"
        "hlt\n\t"
        ".size _start, . - _start");

static unsigned length(const char *s)
{
    unsigned n = 0;
    while (s[n] != 0)
        n++;
    return n;
}

static int failures;

static void check(int ok, const char *what)
{
    linux_result r;
    const char *verdict = ok ? "ok   " : "FAIL ";
    r = linux_syscall(LINUX_SYS_write, 1, verdict, 5);
    if (linux_result_is_error(r))
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, 100));
    (void)linux_check(linux_syscall(LINUX_SYS_write, 1, what, length(what)));
    (void)linux_check(linux_syscall(LINUX_SYS_write, 1, "\n", 1));
    failures += !ok;
}

void stub_only_main(void)
{
    linux_word pid, mask[2] = {1, 1};
    linux_result r;

    check(linux_x86_vsyscall_entry() == 0, "the entry was never set: it names the int $0x80 stub");
    pid = linux_result_raw(linux_syscall(LINUX_SYS_getpid));
    check(pid > 0 && pid < 0x400000u, "getpid (0 arguments) through the stub");
    r = linux_syscall(LINUX_SYS_close, -1);
    check(linux_check(r) == LINUX_EBADF,
          "close(-1) (1 argument): EBADF");
    r = linux_syscall(LINUX_SYS_kill, pid, 0);
    check(!linux_result_is_error(r), "kill(getpid(), 0) (2 arguments)");
    r = linux_syscall(LINUX_SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, 0, mask, 8);
    check(!linux_result_is_error(r) && mask[0] == 0 && mask[1] == 0,
          "rt_sigprocmask(SIG_BLOCK, NULL, &old, 8) (4 arguments): empty mask");
    r = linux_syscall(LINUX_SYS_prctl, 3 /* PR_GET_DUMPABLE */, 0, 0, 0, 0);
    check(!linux_result_is_error(r) && linux_result_raw(r) <= 2, "prctl(PR_GET_DUMPABLE) (5 arguments)");
    r = linux_syscall(LINUX_SYS_mmap2, 0, 4096, 3 /* PROT_READ|PROT_WRITE */,
                      0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    check(!linux_result_is_error(r) && (linux_result_raw(r) & 4095) == 0,
          "mmap2 of an anonymous page (6 arguments)");
    if (!linux_result_is_error(r)) {
        *(volatile char *)linux_result_raw(r) = 1;
        check(!linux_result_is_error(linux_syscall(LINUX_SYS_munmap, linux_result_raw(r), 4096)),
              "munmap (2 arguments)");
    }
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, failures));
}
