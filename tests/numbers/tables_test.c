/* SPDX-License-Identifier: 0BSD */
/*
 * Host test of the generated runtime tables (core/src/generated/syscall_tables.c and
 * errno_names.c).
 * Built by tests/numbers/check_numbers.py together with "expect.inc", which
 * that script generates from the shared syscall TSVs and from
 * linux_syscall/errno.h at test time:
 *   static const struct exp_sys exp_sys[];   every TSV line, all arches
 *   static const struct exp_unk exp_unk[];   numbers absent on an arch
 *   static const struct exp_err exp_err[];   every LINUX_E* constant
 * Prints "PASS <what>" / "FAIL <what>" lines; exit status 1 on any failure.
 */
#include <stdio.h>
#include <string.h>

#include "linux_syscall/errno.h"
#include "linux_syscall/tables.h"

struct exp_sys { enum linux_arch arch; const char *name; long nr; };
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

static const char *const arch_names[] = {
    "x86_64", "x86", "aarch64", "arm", "riscv64", "s390x", "loongarch64",
};

int main(void)
{
    unsigned a;
    size_t i;

    for (a = 0; a < N(arch_names); a++) {
        enum linux_arch arch = (enum linux_arch)a;
        int ok = 1, seen = 0;
        for (i = 0; i < N(exp_sys); i++) {
            const char *got;
            long nr;
            if (exp_sys[i].arch != arch)
                continue;
            seen++;
            nr = linux_syscall_number_arch(arch, exp_sys[i].name);
            got = linux_syscall_name_arch(arch, exp_sys[i].nr);
            if (nr != exp_sys[i].nr) {
                fprintf(stderr, "  %s: number(%s) = %ld, want %ld\n", arch_names[a],
                        exp_sys[i].name, nr, exp_sys[i].nr);
                ok = 0;
            }
            if (got == NULL || strcmp(got, exp_sys[i].name) != 0) {
                fprintf(stderr, "  %s: name(%ld) = %s, want %s\n", arch_names[a],
                        exp_sys[i].nr, got ? got : "NULL", exp_sys[i].name);
                ok = 0;
            }
        }
        if (seen < 100) {
            fprintf(stderr, "  %s: only %d expected entries\n", arch_names[a], seen);
            ok = 0;
        }
        printf("# %s: %d entries round-tripped\n", arch_names[a], seen);
        report(ok, "every TSV entry round-trips name->number and number->name", arch_names[a]);

        ok = 1;
        for (i = 0; i < N(exp_unk); i++) {
            const char *got;
            if (exp_unk[i].arch != arch)
                continue;
            got = linux_syscall_name_arch(arch, exp_unk[i].nr);
            if (got != NULL) {
                fprintf(stderr, "  %s: name(%ld) = %s, want NULL\n", arch_names[a], exp_unk[i].nr, got);
                ok = 0;
            }
        }
        if (linux_syscall_name_arch(arch, -1) != NULL ||
            linux_syscall_name_arch(arch, -2147483647L - 1) != NULL ||
            linux_syscall_name_arch(arch, 0x7fffffffL) != NULL)
            ok = 0;
        report(ok, "unknown and negative numbers give NULL", arch_names[a]);

        ok = linux_syscall_number_arch(arch, "no_such_syscall") == -1 &&
             linux_syscall_number_arch(arch, "") == -1 &&
             linux_syscall_number_arch(arch, "rea") == -1 &&      /* prefix of read */
             linux_syscall_number_arch(arch, "exitx") == -1 &&    /* extension of exit */
             linux_syscall_number_arch(arch, "READ") == -1 &&
             linux_syscall_number_arch(arch, "\xff") == -1 &&
             linux_syscall_number_arch(arch, "zzzzzzzz") == -1 &&
             linux_syscall_number_arch(arch, "_") == -1;
        report(ok, "unknown names give -1", arch_names[a]);
        report(linux_syscall_number_arch(arch, NULL) == -1, "NULL name gives -1", arch_names[a]);
    }

    report(linux_syscall_name_arch((enum linux_arch)7, 0) == NULL &&
           linux_syscall_number_arch((enum linux_arch)7, "read") == -1 &&
           linux_syscall_name_arch((enum linux_arch)-1, 0) == NULL,
           "out-of-range arch gives NULL / -1", NULL);

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
