/*
 * riscv32 _start: the riscv64 one assembles unchanged for rv32 (sp -> argc,
 * gp from __global_pointer$, a0 = initial sp, a call to linux__start_c; no
 * word-size loads or stores). The ILP32 psABI also requires 16-byte stack
 * alignment. See riscv64/start.S for the entry state.
 */
#include "../riscv64/start.S"
