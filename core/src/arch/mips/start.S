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
 * Static-PIE (abicalls only): the kernel maps the program anywhere and
 * applies no relocations, and every address PIC code takes (a static
 * function, a string, linux__start_c itself) comes from the GOT, whose
 * local entries are relocated by count (DT_MIPS_LOCAL_GOTNO), without
 * relocation records (MIPS psABI; glibc's elf_machine_got_rel). So before
 * the first GOT use this adds the load delta (the run-time address of 1b,
 * from bal, minus its link-time one, from the GOT as it is) to the local
 * entries, skipping got[0] (lazy resolver) and got[1] when its MSB is set
 * (GNU module pointer). A delta of 0 (a non-PIE link, or a GOT that ld.so
 * already relocated) leaves everything alone. The global entries and the
 * R_MIPS_REL32 records are start.c's. Only t0-t8 ($8-$15, $24) are used.
 * The call: a0 = the initial sp; sp aligned to 8 (o32) with the 16-byte
 * home area for a0-a3 below it, which the callee may use. A `break`
 * traps should the C part return.
 */
    /* Weak: a non-PIE static link has no dynamic section (and needs none:
     * its delta is 0, so the address is not used). Hidden: a local GOT
     * entry, whatever the link exports. */
    .weak _DYNAMIC
    .hidden _DYNAMIC
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
#if defined(__mips_abicalls)
    la $8, 1b
    subu $8, $31, $8            /* t0 = load delta */
    beqz $8, 4f
    la $9, _DYNAMIC             /* its link-time address: from the GOT */
    beqz $9, 4f
    addu $9, $9, $8             /* t1 -> the dynamic section */
    move $10, $0                /* t2 = DT_MIPS_LOCAL_GOTNO */
    move $11, $0                /* t3 = DT_PLTGOT: the GOT's link-time address */
    li $13, 0x7000000a          /* DT_MIPS_LOCAL_GOTNO */
    li $24, 3                   /* DT_PLTGOT */
2:  lw $12, 0($9)               /* d_tag; DT_NULL ends */
    beqz $12, 3f
    lw $14, 4($9)               /* d_val */
    addiu $9, $9, 8
    bne $12, $24, 5f
    move $11, $14
5:  bne $12, $13, 2b
    move $10, $14
    b 2b
3:  beqz $11, 4f
    addu $11, $11, $8           /* t3 -> got[0] */
    sll $10, $10, 2
    addu $10, $10, $11          /* t2 -> got[local_gotno], the end */
    addiu $15, $11, 4           /* t7 -> got[1] */
    lw $14, 0($15)
    bgez $14, 6f
    addiu $15, $15, 4           /* got[1] is the module pointer: from got[2] */
6:  sltu $14, $15, $10
    beqz $14, 4f
    lw $14, 0($15)
    addu $14, $14, $8
    sw $14, 0($15)
    addiu $15, $15, 4
    b 6b
4:
#endif
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
