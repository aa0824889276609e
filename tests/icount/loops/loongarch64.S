/* loongarch64 loop of known length (see x86_64.S): number in a7,
 * `syscall 0` clobbers only a0 (and t0-t8 by the ABI); s0 is the counter. */
    .text
    .globl _start, run, loop_top, loop_end
_start:
    ori $s0, $zero, 100
    bl run
    ori $s0, $zero, 200
    bl run
    ori $s0, $zero, 1
    bl run
    ori $a7, $zero, 94      /* exit_group(0) */
    move $a0, $zero
    syscall 0
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    ori $a7, $zero, 173     /* getppid */
    syscall 0
    addi.d $s0, $s0, -1
    bnez $s0, loop_top
loop_end:
    jr $ra
