/*
 * linux_syscall/target_arch.h: which architecture the compiler targets,
 * read from its own predefined macros. Preprocessor only (no C), so that
 * target.h (C), core/src/trampoline.S and core/src/start/start.S
 * (assembly) select through the same tests and cannot disagree. Defines:
 *   LINUX_ARCH_TARGET              the LINUX_ARCH_* enumerator of the ABI
 *   LINUX_ARCH_TARGET_NAME         its name as a string ("x86_64")
 *   LINUX_ARCH_TARGET_SYSCALL_H    its asm header, under linux_syscall/
 *   LINUX_ARCH_TARGET_NUMBERS_H    its LINUX_SYS_* names, under linux_syscall/
 *   LINUX_ARCH_TARGET_TRAMPOLINE_S its trampolines, under core/src/
 *   LINUX_ARCH_TARGET_START_S      its _start, relative to core/src/start/
 *                                  (start.S includes it from there)
 * Adding an architecture: one branch here (and its row in
 * core/architectures.tsv).
 */
#ifndef LINUX_SYSCALL_TARGET_ARCH_H
#define LINUX_SYSCALL_TARGET_ARCH_H

#if defined(__x86_64__) && !defined(__ILP32__)
#define LINUX_ARCH_TARGET LINUX_ARCH_X86_64
#define LINUX_ARCH_TARGET_NAME "x86_64"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/x86_64/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/x86_64.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/x86_64/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/x86_64/start.S"
#elif defined(__x86_64__)
#error "linux_syscall: x32 is not supported"
#elif defined(__i386__)
#define LINUX_ARCH_TARGET LINUX_ARCH_X86
#define LINUX_ARCH_TARGET_NAME "x86"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/x86/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/x86.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/x86/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/x86/start.S"
#elif defined(__aarch64__) && !defined(__ILP32__)
#define LINUX_ARCH_TARGET LINUX_ARCH_AARCH64
#define LINUX_ARCH_TARGET_NAME "aarch64"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/aarch64/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/aarch64.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/aarch64/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/aarch64/start.S"
#elif defined(__arm__) && defined(__ARM_EABI__)
#define LINUX_ARCH_TARGET LINUX_ARCH_ARM
#define LINUX_ARCH_TARGET_NAME "arm"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/arm/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/arm.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/arm/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/arm/start.S"
#elif defined(__arm__)
#error "linux_syscall: only the ARM EABI is supported (not OABI)"
#elif defined(__riscv) && __riscv_xlen == 32
#define LINUX_ARCH_TARGET LINUX_ARCH_RISCV32
#define LINUX_ARCH_TARGET_NAME "riscv32"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/riscv32/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/riscv32.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/riscv32/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/riscv32/start.S"
#elif defined(__riscv) && __riscv_xlen == 64
#define LINUX_ARCH_TARGET LINUX_ARCH_RISCV64
#define LINUX_ARCH_TARGET_NAME "riscv64"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/riscv64/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/riscv64.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/riscv64/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/riscv64/start.S"
#elif defined(__s390x__)
#define LINUX_ARCH_TARGET LINUX_ARCH_S390X
#define LINUX_ARCH_TARGET_NAME "s390x"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/s390x/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/s390x.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/s390x/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/s390x/start.S"
#elif defined(__loongarch__) && __loongarch_grlen == 64
#define LINUX_ARCH_TARGET LINUX_ARCH_LOONGARCH64
#define LINUX_ARCH_TARGET_NAME "loongarch64"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/loongarch64/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/loongarch64.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/loongarch64/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/loongarch64/start.S"
#elif defined(__powerpc64__)
/* ppc64le (ELFv2) and ppc64 (ELFv1): one syscall ABI; the trampolines and
 * _start test _CALL_ELF themselves. */
#define LINUX_ARCH_TARGET LINUX_ARCH_POWERPC64
#define LINUX_ARCH_TARGET_NAME "powerpc64"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/powerpc64/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/powerpc64.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/powerpc64/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/powerpc64/start.S"
#elif defined(__powerpc__)
#define LINUX_ARCH_TARGET LINUX_ARCH_POWERPC
#define LINUX_ARCH_TARGET_NAME "powerpc"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/powerpc/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/powerpc.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/powerpc/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/powerpc/start.S"
#elif defined(__mips__) && defined(_ABIO32) && _MIPS_SIM == _ABIO32
#define LINUX_ARCH_TARGET LINUX_ARCH_MIPS
#define LINUX_ARCH_TARGET_NAME "mips"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/mips/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/mips.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/mips/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/mips/start.S"
#elif defined(__mips__) && defined(_ABI64) && _MIPS_SIM == _ABI64
#define LINUX_ARCH_TARGET LINUX_ARCH_MIPS64
#define LINUX_ARCH_TARGET_NAME "mips64"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/mips64/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/mips64.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/mips64/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/mips64/start.S"
#elif defined(__mips__)
#error "linux_syscall: of the MIPS ABIs only o32 and n64 are supported (not n32)"
#elif defined(__sparc__) && defined(__arch64__)
#define LINUX_ARCH_TARGET LINUX_ARCH_SPARC64
#define LINUX_ARCH_TARGET_NAME "sparc64"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/sparc64/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/sparc64.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/sparc64/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/sparc64/start.S"
#elif defined(__sparc__)
#error "linux_syscall: 32-bit sparc is not supported (sparc64 is)"
#elif defined(__m68k__) && !defined(__mcoldfire__)
#define LINUX_ARCH_TARGET LINUX_ARCH_M68K
#define LINUX_ARCH_TARGET_NAME "m68k"
#define LINUX_ARCH_TARGET_SYSCALL_H "arch/m68k/syscall.h"
#define LINUX_ARCH_TARGET_NUMBERS_H "numbers/target/m68k.h"
#define LINUX_ARCH_TARGET_TRAMPOLINE_S "arch/m68k/trampoline.S"
#define LINUX_ARCH_TARGET_START_S "../arch/m68k/start.S"
#else
#error "linux_syscall: unsupported architecture (supported: x86_64 x86 aarch64 arm riscv64 riscv32 s390x loongarch64 powerpc64 powerpc mips mips64 sparc64 m68k)"
#endif

#endif /* LINUX_SYSCALL_TARGET_ARCH_H */
