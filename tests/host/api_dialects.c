/*
 * The public header in strict ISO C (built as C99 and C11 with
 * -Wall -Wextra -Wpedantic -Werror by //tests/host): every entry point and
 * conversion is used once, and the program checks a few real calls.
 */
#include "linux_syscall.h"
#include "linux_syscall/numbers/aarch64.h"
#include "linux_syscall/numbers/x86.h"

#include <stddef.h>
#include <stdint.h>

static int failures;

static void expect(int ok)
{
    if (!ok)
        failures++;
}

int main(void)
{
    linux_result r;
    int32_t i32 = 0;
    uint32_t u32 = 0;
    int64_t i64 = 0;
    uint64_t u64 = 0;
    intptr_t isz = 0;
    uintptr_t usz = 0;
    void *ptr = NULL;
    const char *name;
    char c = 0;

    /* every arity through the counting macro and the numbered functions */
    r = linux_syscall(LINUX_SYS_getpid);
    expect(linux_try_i32(r, &i32) == 0 && i32 > 0);
    expect(linux_try_i64(linux_syscall0(LINUX_SYS_getpid), &i64) == 0 && i64 == i32);
    expect(linux_check(linux_syscall(LINUX_SYS_close, -1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall1(LINUX_SYS_close, (linux_word)-1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall(LINUX_SYS_fcntl, -1, 1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall2(LINUX_SYS_fcntl, (linux_word)-1, 1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall(LINUX_SYS_read, -1, &c, 1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall3(LINUX_SYS_read, (linux_word)-1, (linux_word)&c, 1)) ==
           LINUX_EBADF);
    expect(linux_check(linux_syscall(LINUX_SYS_readlinkat, -1, "x", &c, 1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall4(LINUX_SYS_readlinkat, (linux_word)-1, (linux_word) "x",
                                      (linux_word)&c, 1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall(LINUX_SYS_statx, -1, "x", 0, 0, NULL)) == LINUX_EBADF);
    expect(linux_check(linux_syscall5(LINUX_SYS_statx, (linux_word)-1, (linux_word) "x", 0, 0, 0)) ==
           LINUX_EBADF);
    expect(linux_check(linux_syscall(LINUX_SYS_copy_file_range, -1, NULL, -1, NULL, 1, 0)) ==
           LINUX_EBADF);
    expect(linux_check(linux_syscall6(LINUX_SYS_copy_file_range, (linux_word)-1, 0,
                                      (linux_word)-1, 0, 1, 0)) == LINUX_EBADF);

    /* decoding helpers */
    r = linux_result_from_raw(42);
    expect(linux_result_raw(r) == 42 && !linux_result_is_error(r));
    expect(linux_try_u32(r, &u32) == 0 && u32 == 42);
    expect(linux_try_u64(r, &u64) == 0 && u64 == 42);
    expect(linux_try_isize(r, &isz) == 0 && isz == 42);
    expect(linux_try_usize(r, &usz) == 0 && usz == 42);
    expect(linux_try_ptr(r, &ptr) == 0 && ptr == (void *)42);
    expect(linux_check(linux_result_from_raw((linux_word)-LINUX_MAX_ERRNO)) == LINUX_MAX_ERRNO);
    expect(linux_check(linux_result_from_raw(LINUX_ARG(-4096))) == 0);

    /* tables */
    name = linux_syscall_name(LINUX_SYS_getpid);
    expect(name != NULL && name[0] == 'g');
    expect(linux_syscall_number("getpid") == LINUX_SYS_getpid);
    expect(linux_syscall_name_arch(LINUX_ARCH_AARCH64, LINUX_AARCH64_SYS_openat) != NULL);
    expect(linux_syscall_number_arch(LINUX_ARCH_X86, "socketcall") == LINUX_X86_SYS_socketcall);
    expect(linux_errno_name(LINUX_ENOENT) != NULL);

    return failures == 0 ? 0 : 1;
}
