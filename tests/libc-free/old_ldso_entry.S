/*
 * powerpc (ppc64le ELFv2, ppc64 ELFv1, ppc): old_ldso_entry, an entry
 * point (-e old_ldso_entry) that hands over to _start the way a glibc
 * ld.so older than 2.36 does when run as `ld.so prog args`: argc in r3,
 * argv in r4, a frame of its own at r1 whose back chain word is 0, and in
 * the word before argv not argc (old ld.so shifted argv past its own
 * name, leaving a pointer there; 1 here). _start must take argc from r3;
 * read from argv[-1] it would be 1. Linked with
 * tests/libc-free/start_check.c, static and not PIE, by
 * tests/libc-free/run.py (suite 55-libc-free).
 */
#if defined(__powerpc64__)
#if defined(_CALL_ELF) && _CALL_ELF == 2
    .abiversion 2
    .text
    .globl old_ldso_entry
    .type old_ldso_entry, @function
    .p2align 2
old_ldso_entry:
#else
    .section .opd, "aw"
    .p2align 3
    .globl old_ldso_entry
    .type old_ldso_entry, @function
old_ldso_entry:
    .quad .L.old_ldso_entry, .TOC.@tocbase, 0
    .text
    .p2align 2
.L.old_ldso_entry:
#endif
    ld 3, 0(1)
    addi 4, 1, 8
    li 5, 1
    std 5, 0(1)
    li 0, 0
    stdu 0, -128(1)
#if defined(_CALL_ELF) && _CALL_ELF == 2
    /* the global entry, which sets r2 itself */
    bcl 20, 31, 1f
1:  mflr 12
    addis 12, 12, (_start - 1b)@ha
    addi 12, 12, (_start - 1b)@l
#else
    /* through _start's descriptor (absolute: the link is not PIE) */
    lis 11, _start@highest
    ori 11, 11, _start@higher
    rldicr 11, 11, 32, 31
    oris 11, 11, _start@h
    ori 11, 11, _start@l
    ld 12, 0(11)
    ld 2, 8(11)
#endif
    mtctr 12
    bctr
#elif defined(__powerpc__)
    .text
    .globl old_ldso_entry
    .type old_ldso_entry, @function
    .p2align 2
old_ldso_entry:
    lwz 3, 0(1)
    addi 4, 1, 4
    li 5, 1
    stw 5, 0(1)
    li 0, 0
    stwu 0, -32(1)
    b _start
#else
#error "tests/libc-free/old_ldso_entry.S: powerpc only"
#endif
    .section .note.GNU-stack, "", @progbits
