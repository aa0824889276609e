// The public header from C++ (built as C++11 and C++17 with
// -Wall -Wextra -Wpedantic -Werror by //tests/host): it must compile
// cleanly, keep C linkage for the compiled part and work at run time.
#include "linux_syscall.h"

#include <cstdint>
#include <cstring>

namespace {

int failures = 0;

void expect(bool ok)
{
    if (!ok)
        ++failures;
}

}  // namespace

int main()
{
    std::int32_t pid = 0;
    expect(linux_try_i32(linux_syscall(LINUX_SYS_getpid), &pid) == 0 && pid > 0);

    char c = 0;
    expect(linux_check(linux_syscall(LINUX_SYS_read, -1, &c, 1)) == LINUX_EBADF);
    expect(linux_check(linux_syscall(LINUX_SYS_copy_file_range, -1, nullptr, -1, nullptr, 1, 0)) ==
           LINUX_EBADF);

    linux_result r = linux_result_from_raw(static_cast<linux_word>(-LINUX_ENOENT));
    void *p = &c;
    expect(linux_try_ptr(r, &p) == LINUX_ENOENT && p == &c);

    const char *name = linux_syscall_name(LINUX_SYS_openat);
    expect(name != nullptr && std::strcmp(name, "openat") == 0);
    expect(linux_syscall_number("openat") == LINUX_SYS_openat);
    expect(std::strcmp(linux_errno_name(LINUX_EBADF), "EBADF") == 0);
    return failures == 0 ? 0 : 1;
}
