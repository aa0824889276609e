/*
 * m68k _start: the entry point of a program without libc; it sets up a
 * C call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; arch/m68k ELF_PLAT_INIT):
 *   sp   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL).
 *   a1   the atexit function of glibc's start-up convention (rtld_fini);
 *        ignored: there are no shared libraries whose destructors run.
 *   a6   (frame pointer) zeroed so that backtraces end at _start.
 * The call: the C ABI passes arguments on the stack, so the initial sp is
 * pushed as the one argument. The m68k psABI asks for no more than 2-byte
 * stack alignment and the kernel's sp is word-aligned (STACK_ROUND), so
 * nothing is realigned. bsr.l is PC-relative (68020 and later; Debian's
 * baseline), so the same code serves static and static-PIE links.
 * `illegal` traps should the C part return.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined %pc
    suba.l %a6, %a6
    move.l %sp, %a0
    move.l %a0, -(%sp)
    bsr.l linux__start_c
    illegal
    .cfi_endproc
    .size _start, . - _start
