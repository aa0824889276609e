/* riscv32 loop of known length (see x86_64.S): number in a7, `ecall`
 * clobbers only a0; s1 is the counter. Plain jal/ret, no relaxable pairs.
 * The branch back to the global label loop_top is assembled as beqz + j
 * (5 instructions per iteration): the test counts what was assembled.
 * The same numbers as riscv64 (asm-generic). */
    .option norvc
    .option norelax
    .text
    .globl _start, run, loop_top, loop_end
_start:
    li s1, 100
    jal ra, run
    li s1, 200
    jal ra, run
    li s1, 1
    jal ra, run
    li a7, 94               /* exit_group(0) */
    li a0, 0
    ecall
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    li a7, 173              /* getppid */
    ecall
    addi s1, s1, -1
    bnez s1, loop_top
loop_end:
    ret
