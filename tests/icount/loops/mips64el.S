/* MIPS n64 loop of known length (see x86_64.S): number in v0, `syscall`;
 * s0 ($16, the counter) survives it. Assembled with .set noreorder, so
 * every delay slot is the nop written here and the count is what is
 * written: 5 instructions per iteration. __start and _start both name
 * the entry (MIPS linkers default to either). */
    .set noreorder
    .text
    .globl __start, _start, run, loop_top, loop_end
__start:
_start:
    li $16, 100
    bal run
    nop
    li $16, 200
    bal run
    nop
    li $16, 1
    bal run
    nop
    li $2, 5205              /* exit_group(0) */
    li $4, 0
    syscall
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    li $2, 5108             /* getppid */
    syscall
    daddiu $16, $16, -1
    bnez $16, loop_top
    nop
loop_end:
    jr $31
    nop
