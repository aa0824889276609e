/*
 * riscv32 syscall ABI: the same registers, trap and clobbers as riscv64
 * (ecall; number a7; arguments a0-a5; result a0, -errno on error; with V
 * or Zve* the vector registers, vl and vtype too). Only the word width
 * differs, and linux_word (unsigned long) already is the register width
 * on ILP32, so the riscv64 file serves unchanged: see its comment.
 *
 * What differs lives elsewhere: rv32 has only the 64-bit-time calls
 * (clock_gettime64, no gettimeofday or time; see core/src/time.c), and
 * its LINUX_SYS_* names come from numbers/target/riscv32.h.
 */
#ifndef LINUX_SYSCALL_ARCH_RISCV32_SYSCALL_H
#define LINUX_SYSCALL_ARCH_RISCV32_SYSCALL_H

#include "../riscv64/syscall.h"

#endif
