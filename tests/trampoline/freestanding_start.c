/*
 * Minimal process start for running trampoline_abi_test without a libc
 * (loongarch64 has none here; x86_64 and x86 use it too, so the path is
 * tested natively). Provides _start, which calls main() and exits with
 * its status; the memory functions compilers may call come from the
 * shared tests/freestanding/mem.c.
 *
 * It deliberately applies no relocations: a static-PIE test program
 * built with it only works if neither the test nor the trampoline needs
 * any, which is what those cells of the matrix check. (The library's
 * auxv start-up is not linked: the test does not need it.)
 *
 * Not tests/freestanding/runtime.c: that one applies the program's
 * relocations itself, which would hide exactly the static-PIE problem
 * these cells exist to catch.
 */
#include "linux_syscall.h"

int main(void);

__attribute__((__used__)) void trampoline_test_start_c(linux_word *initial_sp)
{
    int status;
    (void)initial_sp;
    status = main();
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, status));
}

/* _start: the initial stack pointer points at argc; the C entry gets it as
 * its first argument with a freshly aligned stack and no return address. */
#if defined(__loongarch__)
__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "  move $a0, $sp\n"
        "  bstrins.d $sp, $zero, 3, 0\n"
        "  move $fp, $zero\n"
        "  move $ra, $zero\n"
        "  bl trampoline_test_start_c\n"
        ".size _start, . - _start\n");
#elif defined(__x86_64__)
__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "  movq %rsp, %rdi\n"
        "  andq $-16, %rsp\n"
        "  xorl %ebp, %ebp\n"
        "  call trampoline_test_start_c\n"
        "  hlt\n"
        ".size _start, . - _start\n");
#elif defined(__i386__)
__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "  movl %esp, %eax\n"
        "  andl $-16, %esp\n"
        "  subl $12, %esp\n"
        "  pushl %eax\n"
        "  xorl %ebp, %ebp\n"
        "  call trampoline_test_start_c\n"
        "  hlt\n"
        ".size _start, . - _start\n");
#else
#error "freestanding_start.c: add a _start for this architecture"
#endif
