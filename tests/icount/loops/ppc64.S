/* ppc64 (big-endian ELFv1) loop of known length (see x86_64.S, and
 * ppc64le.S for the registers): the same loop, but ELFv1's entry point is a
 * function descriptor in .opd (the kernel, and qemu, read the code address
 * and the TOC from it), so `_start` is one. 5 instructions per iteration. */
    .section .opd, "aw"
    .p2align 3
    .globl _start
_start:
    .quad .L._start, .TOC.@tocbase, 0
    .text
    .globl run, loop_top, loop_end
.L._start:
    li 31, 100
    bl run
    li 31, 200
    bl run
    li 31, 1
    bl run
    li 0, 234               /* exit_group(0) */
    li 3, 0
    sc
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    li 0, 64                /* getppid */
    sc
    addi 31, 31, -1
    cmpdi 31, 0
    bne loop_top
loop_end:
    blr
