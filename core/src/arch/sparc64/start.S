/*
 * sparc64 _start: the entry point of a program without libc; it sets up a
 * C call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; arch/sparc start_thread):
 *   %sp + 2047 (the V9 stack bias) -> a 128-byte register-window save
 *           area, then argc, argv[0..argc-1], NULL, envp[...], NULL and
 *           the auxiliary vector. So argc lives at %sp + 2047 + 128.
 *   g1   the atexit function of glibc's start-up convention (rtld_fini);
 *        ignored: there are no shared libraries whose destructors run.
 *   fp   (i6) zeroed so that backtraces end at _start.
 * The call: o0 = &argc. A fresh frame is made below argc, 16-byte aligned
 * as the psABI requires: 128 bytes of window save area plus 48 bytes where
 * the callee may dump its six argument registers (gcc does at -O0) -- the
 * kernel's frame has the save area but that dump area would be argc/argv.
 * `call` is PC-relative, so the same code serves static and static-PIE
 * links. `unimp` (illtrap) traps should the C part return.
 */
    .text
    .globl _start
    .type _start, #function
    .p2align 2
_start:
    .cfi_startproc
    .cfi_undefined %o7
    mov %g0, %fp
    add %sp, 2047 + 128, %o0
    andn %o0, 15, %g1
    sub %g1, 2047 + 176, %sp
    call linux__start_c
     nop
    unimp 0
    .cfi_endproc
    .size _start, . - _start
