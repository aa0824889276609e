/* ppc64le (ELFv2) and ppc64 (ELFv1) loop of known length (see x86_64.S):
 * number in r0, `sc` returns in r3 and changes r0, r4-r12, ctr, xer and
 * cr0; r31 (the counter, non-volatile) survives it. The comparison is made
 * after the trap, since sc may change cr0: 5 instructions per iteration. */
#if defined(_CALL_ELF) && _CALL_ELF == 2
    .text
    .globl _start, run, loop_top, loop_end
_start:
#else
/* ELFv1: the entry point is a function descriptor in .opd (the kernel,
 * and qemu, read the code address and the TOC from it) */
    .section .opd, "aw"
    .p2align 3
    .globl _start
_start:
    .quad .L._start, .TOC.@tocbase, 0
    .text
    .globl run, loop_top, loop_end
.L._start:
#endif
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
