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
 * R_MIPS_REL32 records are start.c's. Only $8-$15 and $24 (a4-a7, t0-t3,
 * t8: temporaries here) are used.
 * The call: a0 = the initial sp; sp aligned to 16 (n64 needs 16; n64 has
 * no home area for argument registers). A `break` traps should the C part
 * return.
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
    .cpsetup $31, $25, 1b
#else
    /* -mno-abicalls: no GOT, but small data (-G) is addressed from gp,
     * which the linker's _gp anchors; an absolute address, as the code is */
    dla $28, _gp
#endif
    .set pop
#if defined(__mips_abicalls)
    dla $8, 1b
    dsubu $8, $31, $8           /* load delta */
    beqz $8, 4f
    dla $9, _DYNAMIC            /* its link-time address: from the GOT */
    beqz $9, 4f
    daddu $9, $9, $8            /* $9 -> the dynamic section */
    move $10, $0                /* DT_MIPS_LOCAL_GOTNO */
    move $11, $0                /* DT_PLTGOT: the GOT's link-time address */
    li $13, 0x7000000a          /* DT_MIPS_LOCAL_GOTNO */
    li $24, 3                   /* DT_PLTGOT */
2:  ld $12, 0($9)               /* d_tag; DT_NULL ends */
    beqz $12, 3f
    ld $14, 8($9)               /* d_val */
    daddiu $9, $9, 16
    bne $12, $24, 5f
    move $11, $14
5:  bne $12, $13, 2b
    move $10, $14
    b 2b
3:  beqz $11, 4f
    daddu $11, $11, $8          /* $11 -> got[0] */
    dsll $10, $10, 3
    daddu $10, $10, $11         /* $10 -> got[local_gotno], the end */
    daddiu $15, $11, 8          /* $15 -> got[1] */
    ld $14, 0($15)
    bgez $14, 6f
    daddiu $15, $15, 8          /* got[1] is the module pointer: from got[2] */
6:  sltu $14, $15, $10
    beqz $14, 4f
    ld $14, 0($15)
    daddu $14, $14, $8
    sd $14, 0($15)
    daddiu $15, $15, 8
    b 6b
4:
#endif
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
