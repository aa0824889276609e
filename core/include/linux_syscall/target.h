/*
 * linux_syscall/target.h: which architecture this translation unit is
 * compiled for. Selects that architecture's asm (arch/<arch>/syscall.h) and
 * its LINUX_SYS_* names (numbers/target/<arch>.h), and nothing else.
 */
#ifndef LINUX_SYSCALL_TARGET_H
#define LINUX_SYSCALL_TARGET_H

#if defined(__x86_64__) && !defined(__ILP32__)
#define LINUX_ARCH_TARGET LINUX_ARCH_X86_64
#define LINUX_ARCH_TARGET_NAME "x86_64"
#include "arch/x86_64/syscall.h"
#include "numbers/target/x86_64.h"
#elif defined(__x86_64__)
#error "linux_syscall: x32 is not supported"
#elif defined(__i386__)
#define LINUX_ARCH_TARGET LINUX_ARCH_X86
#define LINUX_ARCH_TARGET_NAME "x86"
#include "arch/x86/syscall.h"
#include "numbers/target/x86.h"
#elif defined(__aarch64__) && !defined(__ILP32__)
#define LINUX_ARCH_TARGET LINUX_ARCH_AARCH64
#define LINUX_ARCH_TARGET_NAME "aarch64"
#include "arch/aarch64/syscall.h"
#include "numbers/target/aarch64.h"
#elif defined(__arm__) && defined(__ARM_EABI__)
#define LINUX_ARCH_TARGET LINUX_ARCH_ARM
#define LINUX_ARCH_TARGET_NAME "arm"
#include "arch/arm/syscall.h"
#include "numbers/target/arm.h"
#elif defined(__arm__)
#error "linux_syscall: only the ARM EABI is supported (not OABI)"
#elif defined(__riscv) && __riscv_xlen == 64
#define LINUX_ARCH_TARGET LINUX_ARCH_RISCV64
#define LINUX_ARCH_TARGET_NAME "riscv64"
#include "arch/riscv64/syscall.h"
#include "numbers/target/riscv64.h"
#elif defined(__s390x__)
#define LINUX_ARCH_TARGET LINUX_ARCH_S390X
#define LINUX_ARCH_TARGET_NAME "s390x"
#include "arch/s390x/syscall.h"
#include "numbers/target/s390x.h"
#elif defined(__loongarch__) && __loongarch_grlen == 64
#define LINUX_ARCH_TARGET LINUX_ARCH_LOONGARCH64
#define LINUX_ARCH_TARGET_NAME "loongarch64"
#include "arch/loongarch64/syscall.h"
#include "numbers/target/loongarch64.h"
#else
#error "linux_syscall: unsupported architecture (supported: x86_64 x86 aarch64 arm riscv64 s390x loongarch64)"
#endif

#endif /* LINUX_SYSCALL_TARGET_H */
