/*
 * x86_getppid_loop.c: N getppid calls through the header's default i386
 * path, for bench/codesize/x86_insn_count.sh (instructions per call under
 * qemu-i386 -singlestep, N against 2N).
 *
 *   x86_getppid_loop N [standin]
 * With "standin" the entry is first set to a stand-in __kernel_vsyscall
 * (the shape of the vDSO's int $0x80 fallback: save ecx, edx, ebp; trap;
 * restore; ret), as a program with a vDSO would have it; without, the
 * entry stays as the program starts (qemu-user passes no AT_SYSINFO).
 * Built with -DLINUX_SYSCALL_HEADER_ONLY and no library: no constructor
 * runs, so nothing but this file sets the entry.
 */
#include <stdlib.h>
#include <string.h>

#include "linux_syscall.h"

extern char x86_standin_vsyscall[];
__asm__(".text\n\t"
        ".type x86_standin_vsyscall, @function\n"
        "x86_standin_vsyscall:\n\t"
        ".byte 0x51, 0x52, 0x55\n\t"   /* push ecx; push edx; push ebp */
        ".byte 0xcd, 0x80\n\t"         /* int $0x80 */
        ".byte 0x5d, 0x5a, 0x59, 0xc3\n\t" /* pop ebp; pop edx; pop ecx; ret */
        ".size x86_standin_vsyscall, . - x86_standin_vsyscall");

int main(int argc, char **argv)
{
    long i, n = argc > 1 ? atol(argv[1]) : 1000;
    linux_word sum = 0;

    if (argc > 2 && strcmp(argv[2], "standin") == 0) {
#ifdef X86_OLD_HEADER
        linux_x86_vsyscall_entry = (linux_word)x86_standin_vsyscall;
#else
        linux_x86_set_vsyscall_entry((linux_word)x86_standin_vsyscall);
#endif
    }
    for (i = 0; i < n; i++)
        sum += linux_result_raw(linux_syscall(LINUX_SYS_getppid));
    return sum == 0;
}
