/*
 * The process entry point of a program without libc: _start for the
 * architecture the compiler targets, core/src/arch/<abi>/start.S as
 * linux_syscall/target_arch.h selects it (the tests target.h and the
 * trampolines use).
 * Each sets up a C call to linux__start_c(initial stack pointer)
 * (start.c, the same object when built by make, Bazel or by hand).
 *
 * Position-independent: the same code serves static and static-PIE links.
 * Not part of the libraries: a program with a libc has its own _start.
 */
#include "linux_syscall/target_arch.h"
#include LINUX_ARCH_TARGET_START_S

/* No executable stack for the program because of this object. */
    .section .note.GNU-stack, "", %progbits
