/* m68k loop of known length (see x86_64.S): number in d0, `trap #0`
 * returns in d0; d7 (the counter) survives it. 4 instructions per
 * iteration. Built with gcc (the row has no clang). */
    .text
    .globl _start, run, loop_top, loop_end
_start:
    move.l #100, %d7
    bsr.w run
    move.l #200, %d7
    bsr.w run
    move.l #1, %d7
    bsr.w run
    move.l #247, %d0        /* exit_group(0) */
    moveq #0, %d1
    trap #0
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    moveq #64, %d0          /* getppid */
    trap #0
    subq.l #1, %d7
    bne.w loop_top
loop_end:
    rts
