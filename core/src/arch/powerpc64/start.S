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
 *   r3-r7 may hold argc/argv/envp/auxv (ppc ELF_PLAT_INIT) and r7 an
 *        rtld_fini when ld.so ran first: ignored, the stack says it all.
 *   r13  thread pointer, unused (no TLS without libc).
 * The call: r3 = the initial r1; a minimal frame (ELFv2 32 bytes, ELFv1
 * 112) whose back chain is 0, so that backtraces end here. `trap` should
 * the C part return. CFI: lr undefined (outermost frame).
 */
#if defined(_CALL_ELF) && _CALL_ELF == 2
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
    mr 3, 1
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
    mr 3, 1
    clrrdi 1, 1, 4
    li 0, 0
    mtlr 0
    stdu 0, -112(1)
    bl linux__start_c
    nop
    trap
    .cfi_endproc
    .size _start, 24
#endif
