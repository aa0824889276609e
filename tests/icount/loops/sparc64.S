/* sparc64 loop of known length (see x86_64.S): number in g1, `ta 0x6d`
 * returns in o0 (carry set on error) and leaves the window's locals
 * alone; l0 is the counter. No register window is opened: call/retl keep
 * the caller's. Every delay slot holds the nop written here, so the count
 * is what is written: 5 instructions per iteration. */
    .text
    .globl _start, run, loop_top, loop_end
_start:
    mov 100, %l0
    call run
     nop
    mov 200, %l0
    call run
     nop
    mov 1, %l0
    call run
     nop
    mov 188, %g1            /* exit_group(0) */
    mov 0, %o0
    ta 0x6d
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    mov 197, %g1            /* getppid */
    ta 0x6d
    subcc %l0, 1, %l0
    bne,pt %xcc, loop_top
     nop
loop_end:
    retl
     nop
