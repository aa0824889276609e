/* s390x loop of known length (see x86_64.S): `svc 64` carries the number
 * (getppid) in the instruction and clobbers only r2; r6 is the counter. */
    .text
    .globl _start, run, loop_top, loop_end
_start:
    lghi %r6, 100
    brasl %r14, run
    lghi %r6, 200
    brasl %r14, run
    lghi %r6, 1
    brasl %r14, run
    lghi %r2, 0             /* exit_group(0) */
    svc 248
run:                        /* the mark: entered once per run, never by the loop */
    lgr %r0, %r0
loop_top:
    svc 64                  /* getppid */
    aghi %r6, -1
    jne loop_top
loop_end:
    br %r14
