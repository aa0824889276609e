/*
 * arm (EABI) _start: the entry point of a program without libc; it sets up
 * a C call to linux__start_c() (core/src/start/start.c), which never
 * returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; AAPCS):
 *   sp   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL).
 *           The kernel rounds it to 16 bytes (STACK_ROUND); AAPCS wants 8
 *           at public interfaces. Aligned to 16 again anyway, see
 *           x86_64/start.S.
 *   r0   the atexit function of glibc's start-up convention (a dynamic
 *        linker's rtld_fini); the kernel passes 0 to a static program
 *        (ELF_PLAT_INIT sets ARM_r0 = 0). Ignored: no shared
 *        libraries whose destructors ld.so would run.
 *   fp (r11), lr  zeroed so that backtraces end at _start (Thumb code's
 *        frame pointer r7 is only a frame pointer inside C functions).
 * _start is ARM code on every core the project supports (ARMv5TE, ARMv6,
 * ARMv7-A), also when the C code is Thumb: the linker turns the `bl` into
 * `blx` for a Thumb callee. The call: r0 = the initial sp. udf traps
 * should the C part return.
 * CFI: the return address (lr) is undefined, so unwinders (gdb,
 * libunwind, backtrace) know this is the outermost frame, as glibc marks
 * its _start.
 */
    .syntax unified
    .arm
    .text
    .globl _start
    .type _start, %function
_start:
    .cfi_startproc
    .cfi_undefined lr
    mov fp, #0
    mov lr, #0
    mov r0, sp
    bic r1, r0, #15
    mov sp, r1
    bl linux__start_c
    udf #0
    .cfi_endproc
    .size _start, . - _start
