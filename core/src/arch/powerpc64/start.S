/*
 * powerpc64 _start (ppc64le ELFv2, ppc64 ELFv1): the entry point of a
 * program without libc; it sets up a C call to linux__start_c()
 * (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; arch/powerpc ELF_PLAT_INIT):
 *   r1   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL);
 *           16-byte aligned, aligned again anyway.
 *   r2   ELFv1: the TOC from _start's function descriptor, which the
 *        kernel (and qemu-user) load; ELFv2: undefined, computed here from
 *        .TOC. PC-relatively (right before relocation in a static-PIE).
 *   r3-r7 0 from the kernel (start_thread clears them). When glibc's
 *        ld.so ran first (a dynamic PIE), r1 instead points to a frame of
 *        ld.so's whose back chain word is 0, and r3 = argc, r4 = argv,
 *        r5 = envp, r6 = auxv, r7 = rtld_fini (ignored): r3 is stored in the
 *        word before argv, which makes r4 - 8 an initial stack. glibc 2.36
 *        writes argc there itself (_dl_start_args_adjust); older ones
 *        only shift argv when run as `ld.so prog`, leaving a
 *        pointer in that word. glibc's own powerpc start-up tells the two
 *        cases apart the same way (the word at r1 is 0).
 *   r13  thread pointer, unused (no TLS without libc).
 * The call: r3 = the initial r1; a minimal frame (ELFv2 32 bytes, ELFv1
 * 112) whose back chain is 0, so that backtraces end here. `trap` should
 * the C part return. CFI: lr undefined (outermost frame).
 */
/* r3 = the initial stack (argc, argv..., see above). The ld.so case only
 * when argv lies above r1 (unsigned; r4 = 0 fails too): ld.so's frame is
 * below the argv it passes, but a loader that jumps with the kernel's
 * stack (argc 0 at r1) and stale r3/r4 would have argc written wherever r4
 * happens to point. */
#define LINUX__INITIAL_SP  \
    ld 5, 0(1);            \
    cmpdi 5, 0;            \
    bne 8f;                \
    cmpld 4, 1;            \
    ble 8f;                \
    std 3, -8(4);          \
    addi 3, 4, -8;         \
    b 9f;                  \
8:  mr 3, 1;               \
9:

#if defined(_CALL_ELF) && _CALL_ELF == 2
    .abiversion 2
    .text
    .globl _start
    .type _start, @function
    .p2align 2
_start:
    .cfi_startproc
    .cfi_undefined lr
    bcl 20, 31, 1f
1:  mflr 2
    addis 2, 2, (.TOC. - 1b)@ha
    addi 2, 2, (.TOC. - 1b)@l
    .localentry _start, . - _start
    LINUX__INITIAL_SP
    clrrdi 1, 1, 4
    li 0, 0
    mtlr 0
    stdu 0, -32(1)
    bl linux__start_c
    nop
    trap
    .cfi_endproc
    .size _start, . - _start
#else
    .section .opd, "aw"
    .p2align 3
    .globl _start
    .type _start, @function
_start:
    .quad .L._start, .TOC.@tocbase, 0
    .text
    .p2align 2
.L._start:
    .cfi_startproc
    .cfi_undefined lr
    LINUX__INITIAL_SP
    clrrdi 1, 1, 4
    li 0, 0
    mtlr 0
    stdu 0, -112(1)
    bl linux__start_c
    nop
    trap
    .cfi_endproc
    .size _start, . - .L._start
#endif
