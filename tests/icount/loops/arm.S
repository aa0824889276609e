/* arm (A32 instructions) loop of known length (see x86_64.S): EABI number
 * in r7, `svc #0` clobbers only r0; r4 is the counter. */
    .syntax unified
    .arm
    .text
    .globl _start, run, loop_top, loop_end
_start:
    mov r4, #100
    bl run
    mov r4, #200
    bl run
    mov r4, #1
    bl run
    mov r7, #248            /* exit_group(0) */
    mov r0, #0
    svc #0
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    mov r7, #64             /* getppid */
    svc #0
    subs r4, r4, #1
    bne loop_top
loop_end:
    bx lr
