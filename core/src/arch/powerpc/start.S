/*
 * powerpc (32-bit) _start: the entry point of a program without libc; it
 * sets up a C call to linux__start_c() (core/src/start/start.c), which
 * never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; arch/powerpc ELF_PLAT_INIT):
 *   r1   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL);
 *           16-byte aligned, aligned again anyway.
 *   r3-r7 0 from the kernel (start_thread clears them). When glibc's
 *        ld.so ran first (a dynamic PIE), r1 instead points to a frame of
 *        ld.so's whose back chain word is 0, and r3 = argc, r4 = argv,
 *        r5 = envp, r6 = auxv, r7 = rtld_fini (ignored): r3 is stored in the
 *        word before argv, which makes r4 - 4 an initial stack. glibc 2.36
 *        writes argc there itself (_dl_start_args_adjust); older ones
 *        only shift argv when run as `ld.so prog`, leaving a
 *        pointer in that word. glibc's own powerpc start-up tells the two
 *        cases apart the same way (the word at r1 is 0).
 *   r2   thread pointer, unused (no TLS without libc).
 *   r13  small-data base: set by linux__start_c before main, once the
 *        relocations are applied (see start.c).
 * The call: r3 = the initial r1; a 16-byte frame whose back chain is 0, so
 * that backtraces end here. `trap` should the C part return. CFI: lr
 * undefined (outermost frame).
 */
    .text
    .globl _start
    .type _start, @function
    .p2align 2
_start:
    .cfi_startproc
    .cfi_undefined lr
    lwz 5, 0(1)
    cmpwi 5, 0
    bne 1f
    /* Only when argv lies above r1 (unsigned; r4 = 0 fails too): ld.so's
     * frame is below the argv it passes, but a loader that jumps with the
     * kernel's stack (argc 0 at r1) and stale r3/r4 would have argc
     * written wherever r4 happens to point. */
    cmplw 4, 1
    ble 1f
    stw 3, -4(4)
    addi 3, 4, -4
    b 2f
1:  mr 3, 1
2:
    clrrwi 1, 1, 4
    li 0, 0
    mtlr 0
    stwu 0, -16(1)
    bl linux__start_c
    trap
    .cfi_endproc
    .size _start, . - _start
