/*
 * What main() may rely on from the public start-up (core/src/start), in a
 * program without libc, checked from inside. Run by tests/libc-free/run.py
 * (suite 55-libc-free) as
 *     start_check one two three     with LIBC_FREE_CHECK=marker in the environment
 * Speaks tests/lib/check.h; its notes are "# load address 0x..." (a static
 * object's address, compared across runs for ASLR), "# vdso yes|no" and
 * "# x86 entry set|unset|n/a".
 */
#include "linux_syscall.h"

#include "../lib/check.h"

#include <stddef.h>
#include <stdint.h>

int linux__auxv_source(void); /* core/src/auxv.c, for tests: 1 = linux_init_auxv() */

#define AT_NULL 0
#define AT_SYSINFO 32
#define AT_SYSINFO_EHDR 33

static int same(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b)
        a++, b++;
    return *a == *b;
}

/* Pointers in static data: R_*_RELATIVE relocations in a static-PIE. Read
 * through volatile pointers, so that the compiler cannot fold them away. */
static const char alpha[] = "alpha", beta[] = "beta";
static const char *const words[] = {alpha, beta};
static const char *const *volatile word_table = words;
static int answer(void) { return 42; }
static int (*volatile answer_pointer)(void) = answer;
static int load_marker;

int main(int argc, char **argv, char **envp)
{
    /* first, before any library call could look the vector up itself */
    int source = linux__auxv_source();
    const linux_word *auxv;
    linux_word ehdr = 0, sysinfo = 0;
    struct linux_timespec now;
    int found = 0, i;
    char **e;

    CHECK_EQUAL_INT("start.linux_init_auxv_before_main (auxv source 1)", source, 1);
    CHECK_EQUAL_INT("start.argc", argc, 4);
    CHECK_TRUE("start.argv", argc >= 4 && same(argv[1], "one") && same(argv[2], "two") &&
                                 same(argv[3], "three"));
    CHECK_TRUE("start.argv_ends_with_null", argc >= 0 && argv[argc] == NULL);
    CHECK_TRUE("start.envp_follows_argv", envp == argv + argc + 1);
    for (e = envp; *e != NULL; e++)
        found |= same(*e, "LIBC_FREE_CHECK=marker");
    CHECK_TRUE("start.envp_holds_marker", found);

    CHECK_TRUE("start.static_pointers_relocated",
               word_table[0] == alpha && word_table[1] == beta && same(word_table[1], "beta"));
    CHECK_EQUAL_INT("start.static_function_pointer_relocated", answer_pointer(), 42);

    auxv = (const linux_word *)(const void *)(e + 1);
    for (i = 0; auxv[i] != AT_NULL; i += 2) {
        if (auxv[i] == AT_SYSINFO_EHDR)
            ehdr = auxv[i + 1];
        else if (auxv[i] == AT_SYSINFO)
            sysinfo = auxv[i + 1];
    }
    CHECK_EQUAL_UINT("start.vdso_base_is_kernel_AT_SYSINFO_EHDR", (uintptr_t)linux_vdso_base(),
                     ehdr);
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    CHECK_EQUAL_UINT("start.x86_entry_is_kernel_AT_SYSINFO", linux_x86_vsyscall_entry(), sysinfo);
    check_note(linux_x86_vsyscall_entry() != 0 ? "x86 entry set" : "x86 entry unset");
#else
    (void)sysinfo;
    check_note("x86 entry n/a");
#endif
    check_note(ehdr != 0 ? "vdso yes" : "vdso no");

    CHECK_TRUE("clock_gettime.realtime",
               linux_clock_gettime(LINUX_CLOCK_REALTIME, &now) == 0 && now.tv_sec > 0 &&
                   now.tv_nsec >= 0 && now.tv_nsec < 1000000000);

    check_out_str("# load address ");
    check_out_hex((uintptr_t)&load_marker);
    check_line_end();
    return check_finish();
}
