/*
 * hello: a program that uses linux_syscall from another Bazel workspace.
 * Writes its greeting with a raw write(2), names the syscall it used from
 * the library's run-time tables (so the compiled part is linked too), and
 * says which implementation it was built with.
 */
#include "linux_syscall.h"

#include <stdio.h>
#include <string.h>

#ifdef LINUX_SYSCALL_TRAMPOLINE
#define IMPL "trampoline"
#else
#define IMPL "inline"
#endif

int main(void)
{
    static const char greeting[] = "hello from linux_syscall\n";
    size_t written;
    int err = linux_try_usize(linux_syscall(LINUX_SYS_write, 1, greeting, strlen(greeting)),
                              &written);
    if (err != 0) {
        fprintf(stderr, "hello: write failed: %s\n", linux_errno_name(err));
        return 1;
    }
    printf("syscall: %s (%ld) on %s\n", linux_syscall_name(LINUX_SYS_write),
           (long)LINUX_SYS_write, LINUX_ARCH_TARGET_NAME);
    printf("implementation: %s\n", IMPL);
    return 0;
}
