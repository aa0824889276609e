/*
 * riscv64 _start: the entry point of a program without libc; it sets up a
 * C call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; RISC-V psABI):
 *   sp   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL).
 *           The kernel rounds it to 16 bytes (STACK_ROUND), which the psABI
 *           requires; aligned again anyway, see x86_64/start.S.
 *   a0   the atexit function of glibc's start-up convention (a dynamic
 *        linker's rtld_fini). From the kernel it is 0 only because the
 *        execve system call returned 0 in a0 (riscv has no ELF_PLAT_INIT).
 *        Ignored: there are no shared libraries whose destructors ld.so
 *        would run (a dynamic PIE links none).
 *   gp   undefined. It must hold __global_pointer$ before any code the
 *        linker relaxed into gp-relative accesses runs (the C part
 *        included), and the load itself must not be relaxed into one: it
 *        is PC-relative, so it is right before relocation in a static-PIE.
 *   s0 (frame pointer), ra  zeroed so that backtraces end at _start.
 * The call: a0 = the initial sp. ebreak traps should the C part return.
 * CFI: the return address (ra) is undefined, so unwinders (gdb,
 * libunwind, backtrace) know this is the outermost frame, as glibc marks
 * its _start.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined ra
    .option push
    .option norelax
    lla gp, __global_pointer$
    .option pop
    mv s0, zero
    mv ra, zero
    mv a0, sp
    andi sp, sp, -16
    call linux__start_c
    ebreak
    .cfi_endproc
    .size _start, . - _start
