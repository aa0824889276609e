/*
 * aarch64 _start: the entry point of a program without libc; it sets up a
 * C call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; AAPCS64):
 *   sp   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL).
 *           The kernel rounds it to 16 bytes (STACK_ROUND) and AAPCS64
 *           requires exactly that (a misaligned sp faults on use when
 *           alignment checking is on); aligned again anyway, see
 *           x86_64/start.S. sp cannot be an operand of `and`, hence x1.
 *   x0   the atexit function of glibc's start-up convention (a dynamic
 *        linker's rtld_fini); the kernel passes 0 to a static program
 *        (ELF_PLAT_INIT). Ignored: no shared
 *        libraries whose destructors ld.so would run.
 *   x29, x30  zeroed so that frame-record backtraces end at _start.
 * The call: x0 = the initial sp. brk traps should the C part return.
 * CFI: the return address (x30) is undefined, so unwinders (gdb,
 * libunwind, backtrace) know this is the outermost frame, as glibc marks
 * its _start.
 */
    .text
    .globl _start
    .type _start, %function
_start:
    .cfi_startproc
    .cfi_undefined x30
    mov x29, #0
    mov x30, #0
    mov x0, sp
    and x1, x0, #-16
    mov sp, x1
    bl linux__start_c
    brk #0
    .cfi_endproc
    .size _start, . - _start
