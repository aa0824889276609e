/*
 * Checks, from a dependent workspace, that the linux_syscall target this
 * test was linked against works and is the implementation the BUILD file
 * expects: EXPECT_TRAMPOLINE is 1 for the trampoline build, 0 for inline.
 */
#include "linux_syscall.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef EXPECT_TRAMPOLINE
#error "build with -DEXPECT_TRAMPOLINE=0 or 1"
#endif

#ifdef LINUX_SYSCALL_TRAMPOLINE
#define BUILT_WITH_TRAMPOLINE 1
#else
#define BUILT_WITH_TRAMPOLINE 0
#endif

static int failures;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAIL", what);
    if (!ok)
        failures++;
}

int main(void)
{
    long pid = 0;
    int32_t fd = 0;

    printf("implementation: %s (expected %s)\n", BUILT_WITH_TRAMPOLINE ? "trampoline" : "inline",
           EXPECT_TRAMPOLINE ? "trampoline" : "inline");
    check(BUILT_WITH_TRAMPOLINE == EXPECT_TRAMPOLINE, "built with the expected implementation");

    check(linux_try_i64(linux_syscall(LINUX_SYS_getpid), (int64_t *)&pid) == 0 &&
              pid == (long)getpid(),
          "getpid through linux_syscall matches libc");
#ifdef LINUX_SYSCALL_TRAMPOLINE
    /* The out-of-line entry itself is linked and callable. */
    check(linux_syscall_trampoline0(LINUX_SYS_getpid) == (linux_word)getpid(),
          "linux_syscall_trampoline0 is linked and returns the pid");
#endif
    check(linux_check(linux_syscall(LINUX_SYS_close, -1)) == LINUX_EBADF,
          "close(-1) reports LINUX_EBADF");
    check(linux_try_i32(linux_syscall(LINUX_SYS_dup, 1), &fd) == 0 && fd > 2 &&
              linux_check(linux_syscall(LINUX_SYS_close, fd)) == 0,
          "dup(1) and close the copy");
    check(linux_syscall_name(LINUX_SYS_getpid) != NULL &&
              strcmp(linux_syscall_name(LINUX_SYS_getpid), "getpid") == 0,
          "run-time table names LINUX_SYS_getpid \"getpid\"");
    check(linux_errno_name(LINUX_ENOENT) != NULL &&
              strcmp(linux_errno_name(LINUX_ENOENT), "ENOENT") == 0,
          "errno table names LINUX_ENOENT \"ENOENT\"");

    printf("%d failed\n", failures);
    return failures != 0;
}
