/*
 * aarch64 (arm64) syscall ABI
 *
 *   trap:      svc #0
 *   number:    x8
 *   arguments: x0 x1 x2 x3 x4 x5
 *   result:    x0 (so the first argument register is also the output)
 *   clobbered: memory; every other register, flags included, is preserved
 *
 * The immediate of svc is ignored by Linux; 0 is the convention.
 */
#ifndef LINUX_SYSCALL_ARCH_AARCH64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_AARCH64_SYSCALL_H

#include "../register_args.h"

LINUX__REGISTER_ARG_SYSCALLS("svc #0", "x8", "x0", "x1", "x2", "x3", "x4", "x5",
                             "memory")

#endif
