/*
 * powerpc: main of a program entered through stale_r4_entry
 * (tests/libc-free/old_ldso_entry.S), which passes _start a stack at r1
 * with argc 0 and a stale r4 below r1 pointing one word past
 * stale_r4_canary. _start must take argc, argv and envp from r1 and leave
 * the canary alone: storing r3 at r4 - word would overwrite it and make
 * the canary's address the initial stack. Run by tests/libc-free/run.py
 * (suite 55-libc-free); speaks tests/lib/check.h.
 */
#include "linux_syscall.h"

#include "../lib/check.h"

#include <stddef.h>

extern volatile linux_word stale_r4_canary;

int main(int argc, char **argv, char **envp)
{
    CHECK_TRUE("stale_r4.canary_untouched", stale_r4_canary == 0x600dcafe);
    CHECK_EQUAL_INT("stale_r4.argc_from_r1", argc, 0);
    CHECK_TRUE("stale_r4.argv_empty", argv[0] == NULL);
    CHECK_TRUE("stale_r4.envp_empty", envp == argv + 1 && envp[0] == NULL);
    return check_finish();
}
