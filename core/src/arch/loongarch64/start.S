/*
 * loongarch64 _start: the entry point of a program without libc; it sets
 * up a C call to linux__start_c() (core/src/start/start.c), which never
 * returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; LoongArch ELF psABI):
 *   sp   ($r3) -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then
 *           the auxiliary vector ((type, value) pairs ending in AT_NULL).
 *           The kernel rounds it to 16 bytes (STACK_ROUND), which the psABI
 *           requires; aligned again anyway (bstrins.d clears bits 3..0),
 *           see x86_64/start.S.
 *   a0   the atexit function of glibc's start-up convention (a dynamic
 *        linker's rtld_fini); the kernel passes 0 to a static program
 *        (ELF_PLAT_INIT clears the registers). Ignored: no shared
 *        libraries whose destructors ld.so would run.
 *   fp ($r22), ra  zeroed so that backtraces end at _start.
 * The call: a0 = the initial sp. break traps should the C part return.
 * CFI: the return address ($ra, DWARF 1) is undefined, so unwinders (gdb,
 * libunwind, backtrace) know this is the outermost frame, as glibc marks
 * its _start.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined 1 /* $ra (r1): LLVM's assembler takes only the DWARF number */
    move $fp, $zero
    move $ra, $zero
    move $a0, $sp
    bstrins.d $sp, $zero, 3, 0
    bl linux__start_c
    break 0
    .cfi_endproc
    .size _start, . - _start
