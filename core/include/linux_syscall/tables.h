/*
 * linux_syscall/tables.h: syscall names and numbers at run time, for every
 * supported architecture, from tables generated alongside the headers
 * (core/src/generated/). Implemented in the compiled part of the library;
 * the tables hold no pointers, so they need neither libc nor relocation.
 */
#ifndef LINUX_SYSCALL_TABLES_H
#define LINUX_SYSCALL_TABLES_H

#ifdef __cplusplus
extern "C" {
#endif

enum linux_arch {
    LINUX_ARCH_X86_64,
    LINUX_ARCH_X86,
    LINUX_ARCH_AARCH64,
    LINUX_ARCH_ARM,
    LINUX_ARCH_RISCV64,
    LINUX_ARCH_S390X,
    LINUX_ARCH_LOONGARCH64
};

/* The kernel's name of syscall `nr` on `arch` ("openat"), or NULL. */
const char *linux_syscall_name_arch(enum linux_arch arch, long nr);
/* The number of syscall `name` on `arch`, or -1 when it has none. */
long linux_syscall_number_arch(enum linux_arch arch, const char *name);
/* "ENOENT" for LINUX_ENOENT, or NULL for a number the kernel does not use. */
const char *linux_errno_name(int err);

#ifdef __cplusplus
}
#endif

#endif /* LINUX_SYSCALL_TABLES_H */
