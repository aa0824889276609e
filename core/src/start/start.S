/*
 * The process entry point of a program without libc: _start for the
 * architecture the compiler targets (the same predefined macros as
 * core/include/linux_syscall/target.h), from core/src/arch/<abi>/start.S.
 * Each sets up a C call to linux__start_c(initial stack pointer)
 * (start.c, the same object when built by make, Bazel or by hand).
 *
 * Position-independent: the same code serves static and static-PIE links.
 * Not part of the libraries: a program with a libc has its own _start.
 */
#if defined(__x86_64__) && !defined(__ILP32__)
#include "../arch/x86_64/start.S"
#elif defined(__i386__)
#include "../arch/x86/start.S"
#elif defined(__aarch64__) && !defined(__ILP32__)
#include "../arch/aarch64/start.S"
#elif defined(__arm__) && defined(__ARM_EABI__)
#include "../arch/arm/start.S"
#elif defined(__riscv) && __riscv_xlen == 64
#include "../arch/riscv64/start.S"
#elif defined(__s390x__)
#include "../arch/s390x/start.S"
#elif defined(__loongarch__) && __loongarch_grlen == 64
#include "../arch/loongarch64/start.S"
#else
#error "core/src/start/start.S: no _start for this target (supported: x86_64 x86 aarch64 arm riscv64 s390x loongarch64)"
#endif

/* No executable stack for the program because of this object. */
    .section .note.GNU-stack, "", %progbits
