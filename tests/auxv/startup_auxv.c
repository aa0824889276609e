/*
 * Does a program with a libc find the auxiliary vector without /proc?
 * (issue 9, defect 4). Built statically (glibc, musl; x86_64 and i386) by
 * tests/auxv/run.sh and run in a mount namespace whose /proc is an empty
 * tmpfs, as containers and sandboxes may have it.
 *
 * What the kernel gave is read from the initial stack here, in main(): the
 * vector follows the environment main() receives. The library must agree:
 *   - linux_vdso_base() is the kernel's AT_SYSINFO_EHDR (or NULL without);
 *   - on i386, linux_x86_vsyscall_entry() is the kernel's AT_SYSINFO, so the
 *     fast __kernel_vsyscall entry is used (0 under qemu-user, which gives
 *     no vDSO);
 *   - the answer did not come from /proc/self/auxv (linux__auxv_source(),
 *     the library's internal report: 2 getauxval, 3 the start-up stack,
 *     4 /proc, 5 nothing);
 *   - with `--no-proc`, /proc really is empty (/proc/version is absent;
 *     not /proc/self/auxv, which qemu-user answers itself).
 * Also: a time call works. Speaks tests/lib/check.h (notes through unbuffered stdio).
 */
#include "linux_syscall.h"

#include "../lib/check.h"

#include <stdio.h>
#include <string.h>

int linux__auxv_source(void);

#define AT_NULL_ 0
#define AT_SYSINFO_ 32
#define AT_SYSINFO_EHDR_ 33

static void check(const char *name, int ok, const char *detail)
{
    check_true(name, ok, detail);
}

static const char *source_name(int source)
{
    switch (source) {
    case 1:
        return "linux_init_auxv";
    case 2:
        return "getauxval";
    case 3:
        return "start-up stack";
    case 4:
        return "/proc/self/auxv";
    case 5:
        return "nothing (no /proc)";
    default:
        return "not looked up";
    }
}

int main(int argc, char **argv, char **envp)
{
    char **env = envp;
    const linux_word *auxv;
    linux_word kernel_ehdr = 0, kernel_sysinfo = 0;
    const void *base;
    int source, proc_err, auxv_err, no_proc = argc > 1 && strcmp(argv[1], "--no-proc") == 0;
    struct linux_timespec ts;
    char detail[160];
    size_t i;
    setvbuf(stdout, NULL, _IONBF, 0); /* notes and check.h lines in order */

    while (*env != NULL)
        env++;
    auxv = (const linux_word *)(const void *)(env + 1);
    for (i = 0; auxv[i] != AT_NULL_; i += 2) {
        if (auxv[i] == AT_SYSINFO_EHDR_)
            kernel_ehdr = auxv[i + 1];
        else if (auxv[i] == AT_SYSINFO_)
            kernel_sysinfo = auxv[i + 1];
    }

    /* before anything else asks: what the constructor found */
    source = linux__auxv_source();
    base = linux_vdso_base();
    proc_err = linux_check(linux_syscall(LINUX_SYS_openat, -100, "/proc/version", 0));
    auxv_err = linux_check(linux_syscall(LINUX_SYS_openat, -100, "/proc/self/auxv", 0));
    printf("# %s, %s; kernel AT_SYSINFO_EHDR=%#lx AT_SYSINFO=%#lx; library: vDSO %p from %s; "
           "/proc %s, /proc/self/auxv %s\n",
           LINUX_ARCH_TARGET_NAME, sizeof(linux_word) == 8 ? "64-bit" : "32-bit",
           (unsigned long)kernel_ehdr, (unsigned long)kernel_sysinfo, base, source_name(source),
           proc_err == 0 ? "mounted" : "empty", auxv_err == 0 ? "readable" : "absent");

    if (no_proc)
        check("sandbox.proc_empty", proc_err == LINUX_ENOENT,
              "/proc/version is readable: not a sandbox without /proc");
    check("auxv.found_at_startup", source == 2 || source == 3,
          "the constructor did not find the vector from libc (getauxval or start-up stack)");
    snprintf(detail, sizeof detail, "linux_vdso_base() = %p, kernel gave %#lx", base,
             (unsigned long)kernel_ehdr);
    check("auxv.vdso_base_is_kernels", (linux_word)(uintptr_t)base == kernel_ehdr, detail);
#if defined(__i386__)
    snprintf(detail, sizeof detail, "linux_x86_vsyscall_entry() = %#lx, kernel AT_SYSINFO = %#lx",
             (unsigned long)linux_x86_vsyscall_entry(), (unsigned long)kernel_sysinfo);
#if defined(LINUX_SYSCALL_X86_INT80)
    check("x86.entry_compiled_out", linux_x86_vsyscall_entry() == 0, detail);
#else
    check("x86.fast_entry_is_kernels", linux_x86_vsyscall_entry() == kernel_sysinfo, detail);
    printf("# x86 entry: %s\n", linux_x86_vsyscall_entry() != 0 ? "__kernel_vsyscall (fast)"
                                                              : "int $0x80 (no AT_SYSINFO)");
#endif
#endif
    check("time.clock_gettime", linux_clock_gettime(1 /* CLOCK_MONOTONIC */, &ts) == 0,
          "linux_clock_gettime failed");
    return check_finish();
}
