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
 * executables. Output: tests/lib/check.h.
 */
#include "linux_syscall.h"

#include "check.h" /* tests/lib */

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

void stub_only_main(void)
{
    linux_word pid, mask[2] = {1, 1};
    linux_result r;

    CHECK_EQUAL_UINT("stub.entry_never_set_names_the_stub", linux_x86_vsyscall_entry(), 0);
    pid = linux_result_raw(linux_syscall(LINUX_SYS_getpid));
    CHECK_TRUE("stub.getpid_0_arguments", pid > 0 && pid < 0x400000u);
    CHECK_SYSCALL_FAILS_WITH("stub.close_bad_fd_1_argument", linux_syscall(LINUX_SYS_close, -1),
                             LINUX_EBADF);
    CHECK_SYSCALL_RETURNS("stub.kill_getpid_signal0_2_arguments", linux_syscall(LINUX_SYS_kill, pid, 0), 0);
    CHECK_SYSCALL_RETURNS("stub.rt_sigprocmask_4_arguments",
                          linux_syscall(LINUX_SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, 0, mask, 8), 0);
    CHECK_TRUE("stub.rt_sigprocmask_old_mask_empty", mask[0] == 0 && mask[1] == 0);
    r = linux_syscall(LINUX_SYS_prctl, 3 /* PR_GET_DUMPABLE */, 0, 0, 0, 0);
    CHECK_TRUE("stub.prctl_get_dumpable_5_arguments",
               !linux_result_is_error(r) && linux_result_raw(r) <= 2);
    r = linux_syscall(LINUX_SYS_mmap2, 0, 4096, 3 /* PROT_READ|PROT_WRITE */,
                      0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    CHECK_TRUE("stub.mmap2_anonymous_page_6_arguments",
               !linux_result_is_error(r) && (linux_result_raw(r) & 4095) == 0);
    if (!linux_result_is_error(r)) {
        *(volatile char *)linux_result_raw(r) = 1;
        CHECK_SYSCALL_RETURNS("stub.munmap_2_arguments",
                              linux_syscall(LINUX_SYS_munmap, linux_result_raw(r), 4096), 0);
    }
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, check_finish()));
}
