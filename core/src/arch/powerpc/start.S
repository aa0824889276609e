/*
 * powerpc (32-bit) _start: the entry point of a program without libc; it
 * sets up a C call to linux__start_c() (core/src/start/start.c), which
 * never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; arch/powerpc ELF_PLAT_INIT):
 *   r1   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL);
 *           16-byte aligned, aligned again anyway.
 *   r3-r7 may hold argc/argv/envp/auxv and r7 an rtld_fini when ld.so
 *        ran first: ignored, the stack says it all.
 *   r2   thread pointer, r13 small-data base: unused without libc (Linux
 *        code is built without small data, -msdata=none).
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
    mr 3, 1
    clrrwi 1, 1, 4
    li 0, 0
    mtlr 0
    stwu 0, -16(1)
    bl linux__start_c
    trap
    .cfi_endproc
    .size _start, . - _start
