/*
 * MIPS o32 _start (also named __start, the entry symbol MIPS linkers
 * default to): the entry point of a program without libc; it sets up a C
 * call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; o32 psABI):
 *   sp   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL).
 *   v0   the atexit function of glibc's start-up convention when ld.so
 *        ran first; ignored (no shared libraries whose destructors it
 *        would run).
 *   gp, t9  undefined. Code compiled for the SVR4 ABI calls (abicalls,
 *        the Linux default) finds the GOT through gp, which a PIC function
 *        derives from t9 = its own address. So gp is set here from the
 *        address of the `.cpload` sequence (taken with bal, PC-relative,
 *        right before any relocation), and the call goes through t9. In a
 *        non-PIC assembly .cpload is nothing and `la` is an absolute
 *        address, right for a static non-PIE link.
 *   fp ($30), ra zeroed so that backtraces end at _start.
 * The call: a0 = the initial sp; sp aligned to 8 (o32) with the 16-byte
 * home area for a0-a3 below it, which the callee may use. A `break`
 * traps should the C part return.
 */
    .text
    .globl _start
    .globl __start
    .type _start, @function
    .type __start, @function
    .ent _start
_start:
__start:
    .cfi_startproc
    .cfi_undefined $31
    .set push
    .set noreorder
    bal 1f
    nop
1:
#if defined(__mips_abicalls)
    .cpload $31
#else
    /* -mno-abicalls: no GOT, but small data (-G) is addressed from gp,
     * which the linker's _gp anchors; an absolute address, as the code is */
    la $28, _gp
#endif
    .set pop
    move $30, $0
    move $31, $0
    move $4, $sp
    li $8, -8
    and $sp, $sp, $8
    addiu $sp, $sp, -16
    la $25, linux__start_c
    jalr $25
    break
    .cfi_endproc
    .end _start
    .size _start, . - _start
