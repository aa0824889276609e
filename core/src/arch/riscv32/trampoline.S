/*
 * riscv32 out-of-line syscall trampolines: linux_syscall_trampoline0..6.
 *
 * The ILP32 integer calling convention puts nr and a1..a6 in a0..a6 like
 * LP64, and the kernel takes a7 and a0..a5 on both (ecall; result a0), so
 * the riscv64 code (plain register moves, no loads or stores of a word
 * size) assembles unchanged for rv32: see riscv64/trampoline.S for the ABI
 * comment.
 */
#include "../riscv64/trampoline.S"
