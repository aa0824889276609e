/*
 * MIPS n64 _start (also named __start, the entry symbol MIPS linkers
 * default to): the entry point of a program without libc; it sets up a C
 * call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; n64 psABI):
 *   sp   -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL), in
 *           64-bit words.
 *   v0   the atexit function of glibc's start-up convention when ld.so
 *        ran first; ignored (no shared libraries whose destructors it
 *        would run).
 *   gp, t9  undefined. n64 code compiled for abicalls (the Linux default,
 *        PIC or not) reaches the GOT through gp, which each function
 *        derives from t9 = its own address. gp is set here by .cpsetup
 *        from the address of label 1 (taken with bal: PC-relative, right
 *        before any relocation), and the call goes through t9.
 *   fp ($30), ra zeroed so that backtraces end at _start.
 * The call: a0 = the initial sp; sp aligned to 16 (n64 needs 16; n64 has
 * no home area for argument registers). A `break` traps should the C part
 * return.
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
    .cpsetup $31, $25, 1b
#else
    /* -mno-abicalls: no GOT, but small data (-G) is addressed from gp,
     * which the linker's _gp anchors; an absolute address, as the code is */
    dla $28, _gp
#endif
    .set pop
    move $30, $0
    move $31, $0
    move $4, $sp
    daddiu $8, $0, -16
    and $sp, $sp, $8
    dla $25, linux__start_c
    jalr $25
    break
    .cfi_endproc
    .end _start
    .size _start, . - _start
