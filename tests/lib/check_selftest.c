/*
 * tests/lib/check_selftest.c: tests/lib/check.h judged from outside by
 * tests/lib/selftest.sh. argv[1] picks what this program does:
 *
 *   pass   every CHECK_* macro with input that must pass
 *   fail   every CHECK_* macro with input that must fail
 *   skip   one pass and one skip
 *   none   no check at all
 *
 * selftest.sh compares the closing line and the exit status with what the
 * mode must give, so a check.h that counted a failure as a pass, lost the
 * closing line or exited 0 after a failure makes the self-test fail.
 * Built hosted (C99 and C++11) and freestanding (own _start, no libc).
 */
#include "../lib/check.h"

static int same(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

int main(int argc, char **argv, char **envp)
{
    const char *mode = argc > 1 ? argv[1] : "";
    (void)envp;
    linux_result ok_result = linux_result_from_raw(7);
    linux_result ebadf = linux_syscall(LINUX_SYS_close, -1);
    check_note(mode);
    if (same(mode, "pass")) {
        CHECK_TRUE("true is true", 1 + 1 == 2);
        CHECK_EQUAL_INT("negative equal", -5, -5);
        CHECK_EQUAL_UINT("all ones equal", UINT64_C(0xffffffffffffffff), UINT64_C(0xffffffffffffffff));
        CHECK_SYSCALL_RETURNS("result 7 returns 7", ok_result, 7);
        CHECK_SYSCALL_FAILS_WITH("close(-1) fails with EBADF", ebadf, LINUX_EBADF);
        check_pass("plain pass");
    } else if (same(mode, "fail")) {
        CHECK_TRUE("false is not true", 1 + 1 == 3);
        CHECK_EQUAL_INT("-5 is not 5", -5, 5);
        CHECK_EQUAL_UINT("2^64-1 is not 2^64-2", UINT64_C(0xffffffffffffffff), UINT64_C(0xfffffffffffffffe));
        CHECK_SYSCALL_RETURNS("result 7 does not return 8", ok_result, 8);
        CHECK_SYSCALL_FAILS_WITH("close(-1) does not fail with EINVAL", ebadf, LINUX_EINVAL);
        check_fail("plain fail", "as asked");
    } else if (same(mode, "skip")) {
        check_pass("plain pass");
        check_skip("plain skip", "as asked");
    }
    return check_finish();
}
