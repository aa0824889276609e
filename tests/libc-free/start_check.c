/*
 * What main() may rely on from the public start-up (core/src/start), in a
 * program without libc, checked from inside. Run by tests/suites/55-libc-free
 * as
 *     start_check one two three     with LIBC_FREE_CHECK=marker in the environment
 * Prints "ok ..." / "FAIL ..." lines, "load address 0x..." (a static
 * object's address, compared across runs for ASLR), "vdso yes|no",
 * "x86 entry set|unset|n/a", and "N passed, N failed"; exits with the
 * number of failures.
 */
#include "linux_syscall.h"

#include <stddef.h>
#include <stdint.h>

int linux__auxv_source(void); /* core/src/auxv.c, for tests: 1 = linux_init_auxv() */

#define AT_NULL 0
#define AT_SYSINFO 32
#define AT_SYSINFO_EHDR 33

static int passed, failed;

static size_t length(const char *s)
{
    size_t n = 0;
    while (s[n] != '\0')
        n++;
    return n;
}

static int same(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b)
        a++, b++;
    return *a == *b;
}

static void put(const char *s)
{
    (void)linux_check(linux_syscall(LINUX_SYS_write, 1, s, length(s)));
}

static void put_hex(uintptr_t v)
{
    char buf[2 + 2 * sizeof v + 1];
    int i;
    buf[0] = '0';
    buf[1] = 'x';
    for (i = 0; i < (int)(2 * sizeof v); i++)
        buf[2 + i] = "0123456789abcdef"[(v >> (4 * (2 * sizeof v - 1 - (size_t)i))) & 15];
    buf[sizeof buf - 1] = '\0';
    put(buf);
}

/* No division: ARM cores without a divide instruction would need libgcc. */
static void put_count(int n)
{
    char buf[4] = {0};
    int i = 0, hundreds = 0, tens = 0;
    while (n >= 100)
        n -= 100, hundreds++;
    while (n >= 10)
        n -= 10, tens++;
    if (hundreds > 0)
        buf[i++] = (char)('0' + hundreds);
    if (hundreds > 0 || tens > 0)
        buf[i++] = (char)('0' + tens);
    buf[i] = (char)('0' + n);
    put(buf);
}

static void check(int ok, const char *what)
{
    put(ok ? "ok   " : "FAIL ");
    put(what);
    put("\n");
    if (ok)
        passed++;
    else
        failed++;
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

    check(source == 1, "the start-up handed the auxiliary vector to linux_init_auxv before main");
    check(argc == 4, "argc is 4");
    check(argc >= 4 && same(argv[1], "one") && same(argv[2], "two") && same(argv[3], "three"),
          "argv[1..3] are one two three");
    check(argc >= 0 && argv[argc] == NULL, "argv[argc] is NULL");
    check(envp == argv + argc + 1, "envp follows argv's NULL");
    for (e = envp; *e != NULL; e++)
        found |= same(*e, "LIBC_FREE_CHECK=marker");
    check(found, "envp holds LIBC_FREE_CHECK=marker");

    check(word_table[0] == alpha && word_table[1] == beta && same(word_table[1], "beta"),
          "pointers in static data point at their objects (relocated)");
    check(answer_pointer() == 42, "a function pointer in static data calls its function");

    auxv = (const linux_word *)(const void *)(e + 1);
    for (i = 0; auxv[i] != AT_NULL; i += 2) {
        if (auxv[i] == AT_SYSINFO_EHDR)
            ehdr = auxv[i + 1];
        else if (auxv[i] == AT_SYSINFO)
            sysinfo = auxv[i + 1];
    }
    check((uintptr_t)linux_vdso_base() == (uintptr_t)ehdr,
          "linux_vdso_base() is the kernel's AT_SYSINFO_EHDR (or NULL without one)");
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    check(linux_x86_vsyscall_entry == sysinfo,
          "linux_x86_vsyscall_entry is the kernel's AT_SYSINFO (or 0 without one)");
    put(linux_x86_vsyscall_entry != 0 ? "x86 entry set\n" : "x86 entry unset\n");
#else
    (void)sysinfo;
    put("x86 entry n/a\n");
#endif
    put(ehdr != 0 ? "vdso yes\n" : "vdso no\n");

    check(linux_clock_gettime(LINUX_CLOCK_REALTIME, &now) == 0 && now.tv_sec > 0 &&
              now.tv_nsec >= 0 && now.tv_nsec < 1000000000,
          "linux_clock_gettime(CLOCK_REALTIME) gives a time");

    put("load address ");
    put_hex((uintptr_t)&load_marker);
    put("\n");
    put_count(passed);
    put(" passed, ");
    put_count(failed);
    put(" failed\n");
    return failed;
}
