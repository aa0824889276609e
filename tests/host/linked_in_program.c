/*
 * The libraries are linked into each program, not taken from a shared
 * object: Bazel links a cc_test's (and a dynamic-mode cc_binary's)
 * libraries as _solib_*.so files unless they say linkstatic, and on i386
 * the entry word of such a program is a hidden symbol in that .so, which
 * the program cannot link against (README "x86 (i386)"). Checked on any
 * host: the library's linux_init_auxv must lie in the same module as
 * main().
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>

#include "linux_syscall.h"
#include "../lib/check.h"

int main(void)
{
    Dl_info lib, prog;
    int found = dladdr((void *)(uintptr_t)&linux_init_auxv, &lib) != 0 &&
                dladdr((void *)(uintptr_t)&main, &prog) != 0;
    CHECK_TRUE("dladdr finds linux_init_auxv and main", found);
    if (found && !CHECK_TRUE("linux_init_auxv is in the program, not a shared object",
                             lib.dli_fbase == prog.dli_fbase))
        check_note(lib.dli_fname);
    return check_finish();
}
