/* SPDX-License-Identifier: 0BSD */
/*
 * Host test of the generated runtime tables (core/src/generated/syscall_tables.c and
 * errno_names.c).
 * Built by tests/numbers/check_numbers.py together with "expect.inc", which
 * that script generates from the repository's syscall TSVs
 * (third_party/syscall-tables) and from linux_syscall/errno.h at test time:
 *   static const struct abi abis[];          every ABI: name, enum, functions
 *   static const struct exp_sys exp_sys[];   every TSV line, all 28 ABIs
 *   static const struct exp_unk exp_unk[];   numbers absent on an arch
 *   static const struct exp_err exp_err[];   every LINUX_E* constant
 * Prints "PASS <what>" / "FAIL <what>" lines; exit status 1 on any failure.
 */
#include <stdio.h>
#include <string.h>

#include "linux_syscall/errno.h"
#include "linux_syscall/tables.h"

struct abi {
    const char *name;
    enum linux_arch arch;
    const char *(*name_of)(long);
    long (*number_of)(const char *);
};
struct exp_sys { enum linux_arch arch; const char *name; long nr; const char *name_of_nr; };
struct exp_unk { enum linux_arch arch; long nr; };
struct exp_err { const char *name; int value; const char *canonical; };

#include "expect.inc"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static int failures;

static void report(int ok, const char *what, const char *arch)
{
    printf("%s %s%s%s\n", ok ? "PASS" : "FAIL", what, arch ? ": " : "", arch ? arch : "");
    if (!ok)
        failures++;
}

/* way 0: linux_syscall_*_arch(arch, ...); way 1: linux_syscall_*_<abi>(...). */
static const char *name_of(const struct abi *b, int way, long nr)
{
    return way ? b->name_of(nr) : linux_syscall_name_arch(b->arch, nr);
}

static long number_of(const struct abi *b, int way, const char *name)
{
    return way ? b->number_of(name) : linux_syscall_number_arch(b->arch, name);
}

int main(void)
{
    unsigned a;
    size_t i;
    int way;

    report(N(abis) == LINUX_ARCH_COUNT, "one expected ABI per enum linux_arch entry", NULL);
    for (a = 0; a < N(abis); a++) {
        const struct abi *b = &abis[a];
        if (b->arch != (enum linux_arch)a)
            report(0, "enum order", b->name);
        for (way = 0; way < 2; way++) {
            const char *how = way ? "linux_syscall_*_<abi>" : "linux_syscall_*_arch";
            char what[160];
            int ok = 1, seen = 0;
            for (i = 0; i < N(exp_sys); i++) {
                const char *got;
                long nr;
                if (exp_sys[i].arch != b->arch)
                    continue;
                seen++;
                nr = number_of(b, way, exp_sys[i].name);
                got = name_of(b, way, exp_sys[i].nr);
                if (nr != exp_sys[i].nr) {
                    fprintf(stderr, "  %s: number(%s) = %ld, want %ld\n", b->name, exp_sys[i].name,
                            nr, exp_sys[i].nr);
                    ok = 0;
                }
                if (got == NULL || strcmp(got, exp_sys[i].name_of_nr) != 0) {
                    fprintf(stderr, "  %s: name(%ld) = %s, want %s\n", b->name, exp_sys[i].nr,
                            got ? got : "NULL", exp_sys[i].name_of_nr);
                    ok = 0;
                }
            }
            if (seen < 100) {
                fprintf(stderr, "  %s: only %d expected entries\n", b->name, seen);
                ok = 0;
            }
            if (way == 0)
                printf("# %s: %d entries round-tripped\n", b->name, seen);
            snprintf(what, sizeof what, "%s: every TSV entry round-trips name->number and number->name",
                     how);
            report(ok, what, b->name);

            ok = 1;
            for (i = 0; i < N(exp_unk); i++) {
                const char *got;
                if (exp_unk[i].arch != b->arch)
                    continue;
                got = name_of(b, way, exp_unk[i].nr);
                if (got != NULL) {
                    fprintf(stderr, "  %s: name(%ld) = %s, want NULL\n", b->name, exp_unk[i].nr, got);
                    ok = 0;
                }
            }
            if (name_of(b, way, -1) != NULL || name_of(b, way, -2147483647L - 1) != NULL ||
                name_of(b, way, 0x7fffffffL) != NULL)
                ok = 0;
            snprintf(what, sizeof what, "%s: unknown and negative numbers give NULL", how);
            report(ok, what, b->name);

            ok = number_of(b, way, "no_such_syscall") == -1 && number_of(b, way, "") == -1 &&
                 number_of(b, way, "rea") == -1 &&   /* prefix of read */
                 number_of(b, way, "exitx") == -1 && /* extension of exit */
                 number_of(b, way, "READ") == -1 && number_of(b, way, "\xff") == -1 &&
                 number_of(b, way, "zzzzzzzz") == -1 && number_of(b, way, "_") == -1 &&
                 number_of(b, way, NULL) == -1;
            snprintf(what, sizeof what, "%s: unknown names and NULL give -1", how);
            report(ok, what, b->name);
        }
    }

    report(linux_syscall_name_arch((enum linux_arch)LINUX_ARCH_COUNT, 0) == NULL &&
           linux_syscall_number_arch((enum linux_arch)LINUX_ARCH_COUNT, "read") == -1 &&
           linux_syscall_name_arch((enum linux_arch)-1, 0) == NULL &&
           linux_syscall_number_arch((enum linux_arch)-1, "read") == -1,
           "out-of-range arch gives NULL / -1", NULL);
    /* ABI details the tables must carry. */
    report(linux_syscall_number_arch(LINUX_ARCH_X32, "read") == 0x40000000L &&
           linux_syscall_number_x32("read") == 0x40000000L,
           "x32 numbers include __X32_SYSCALL_BIT (read = 0x40000000)", NULL);
    report(linux_syscall_number_mips("read") == 4003 && linux_syscall_number_mips64("read") == 5000 &&
           linux_syscall_number_mipsn32("read") == 6000,
           "mips o32 / n64 / n32 read = 4003 / 5000 / 6000", NULL);
    report(linux_syscall_number_alpha("getpid") == 20 && linux_syscall_number_alpha("getxpid") == 20 &&
           strcmp(linux_syscall_name_alpha(20), "getxpid") == 0,
           "alpha: getpid is the uapi alias of getxpid (20), name(20) = getxpid", NULL);

    {
        const char *s2 = linux_errno_name(2), *s11 = linux_errno_name(11);
        report(s2 != NULL && strcmp(s2, "ENOENT") == 0, "linux_errno_name(2) == \"ENOENT\"", NULL);
        report(s11 != NULL && strcmp(s11, "EAGAIN") == 0, "linux_errno_name(11) == \"EAGAIN\"", NULL);
        report(linux_errno_name(35) != NULL && strcmp(linux_errno_name(35), "EDEADLK") == 0,
               "linux_errno_name(35) == \"EDEADLK\"", NULL);
        report(linux_errno_name(0) == NULL, "linux_errno_name(0) == NULL", NULL);
        report(linux_errno_name(4096) == NULL, "linux_errno_name(4096) == NULL", NULL);
        report(linux_errno_name(-2) == NULL && linux_errno_name(LINUX_ERRNO_MAX + 1) == NULL &&
               linux_errno_name(41) == NULL && linux_errno_name(58) == NULL,
               "negative, > LINUX_ERRNO_MAX and unused (41, 58) errnos give NULL", NULL);
        report(LINUX_ERRNO_MAX == 133 && LINUX_EHWPOISON == 133 && LINUX_ENOENT == 2 &&
               LINUX_EWOULDBLOCK == LINUX_EAGAIN && LINUX_EDEADLOCK == LINUX_EDEADLK,
               "errno.h constants (ENOENT 2, EHWPOISON 133 = MAX, aliases)", NULL);
    }
    {
        int ok = 1;
        for (i = 0; i < N(exp_err); i++) {
            const char *got = linux_errno_name(exp_err[i].value);
            if (got == NULL || strcmp(got, exp_err[i].canonical) != 0) {
                fprintf(stderr, "  errno %s=%d: name %s, want %s\n", exp_err[i].name,
                        exp_err[i].value, got ? got : "NULL", exp_err[i].canonical);
                ok = 0;
            }
        }
        printf("# %u LINUX_E* constants checked\n", (unsigned)N(exp_err));
        report(ok && N(exp_err) > 130, "every LINUX_E* value has its canonical name", NULL);
    }
    return failures ? 1 : 0;
}
