/*
 * powerpc (ppc64le ELFv2, ppc64 ELFv1, ppc): entry points (-e) that hand
 * over to _start the way a loader may, linked with a check program static
 * and not PIE by tests/libc-free/run.py (suite 55-libc-free).
 *
 * old_ldso_entry: as a glibc ld.so older than 2.36 does when run as
 * `ld.so prog args`: argc in r3, argv in r4, a frame of its own at r1
 * whose back chain word is 0, and in the word before argv not argc (old
 * ld.so shifted argv past its own name, leaving a pointer there; 1 here).
 * _start must take argc from r3; read from argv[-1] it would be 1. With
 * tests/libc-free/start_check.c.
 *
 * stale_r4_entry: as a loader that jumps with a kernel-style stack at r1
 * whose argc is 0 (so the word at r1 is 0, as in the ld.so case), leaving
 * r3 and r4 as they were: r4 points below r1, at stale_r4_canary + one
 * word, r3 holds junk. _start must take the stack at r1 and not store r3
 * at r4 - word. With tests/libc-free/stale_r4_check.c, which checks the
 * canary and argc 0.
 *
 * JUMP_TO_START: to _start with r2 as it needs it.
 */
#if defined(__powerpc64__)
#if defined(_CALL_ELF) && _CALL_ELF == 2
    .abiversion 2
#define ENTRY(name)                 \
    .text;                          \
    .globl name;                    \
    .type name, @function;          \
    .p2align 2;                     \
name:
/* the global entry, which sets r2 itself */
#define JUMP_TO_START                         \
    bcl 20, 31, 1f;                           \
1:  mflr 12;                                  \
    addis 12, 12, (_start - 1b)@ha;           \
    addi 12, 12, (_start - 1b)@l;             \
    mtctr 12;                                 \
    bctr
#else
#define ENTRY(name)                             \
    .section .opd, "aw";                        \
    .p2align 3;                                 \
    .globl name;                                \
    .type name, @function;                      \
name:                                           \
    .quad .L.name, .TOC.@tocbase, 0;            \
    .text;                                      \
    .p2align 2;                                 \
.L.name:
/* through _start's descriptor (absolute: the link is not PIE) */
#define JUMP_TO_START              \
    lis 11, _start@highest;        \
    ori 11, 11, _start@higher;     \
    rldicr 11, 11, 32, 31;         \
    oris 11, 11, _start@h;         \
    ori 11, 11, _start@l;          \
    ld 12, 0(11);                  \
    ld 2, 8(11);                   \
    mtctr 12;                      \
    bctr
#endif

ENTRY(old_ldso_entry)
    ld 3, 0(1)
    addi 4, 1, 8
    li 5, 1
    std 5, 0(1)
    li 0, 0
    stdu 0, -128(1)
    JUMP_TO_START

ENTRY(stale_r4_entry)
    /* argc 0, argv NULL, envp NULL, AT_NULL (type, value) */
    clrrdi 1, 1, 4
    li 0, 0
    stdu 0, -48(1)
    std 0, 8(1)
    std 0, 16(1)
    std 0, 24(1)
    std 0, 32(1)
    bcl 20, 31, 2f
2:  mflr 4
    addis 4, 4, (stale_r4_canary + 8 - 2b)@ha
    addi 4, 4, (stale_r4_canary + 8 - 2b)@l
    li 3, 0x5a5
    JUMP_TO_START

    .data
    .p2align 3
    .globl stale_r4_canary
    .type stale_r4_canary, @object
stale_r4_canary:
    .quad 0x600dcafe
    .size stale_r4_canary, 8
#elif defined(__powerpc__)
#define ENTRY(name)                 \
    .text;                          \
    .globl name;                    \
    .type name, @function;          \
    .p2align 2;                     \
name:

ENTRY(old_ldso_entry)
    lwz 3, 0(1)
    addi 4, 1, 4
    li 5, 1
    stw 5, 0(1)
    li 0, 0
    stwu 0, -32(1)
    b _start

ENTRY(stale_r4_entry)
    /* argc 0, argv NULL, envp NULL, AT_NULL (type, value) */
    clrrwi 1, 1, 4
    li 0, 0
    stwu 0, -32(1)
    stw 0, 4(1)
    stw 0, 8(1)
    stw 0, 12(1)
    stw 0, 16(1)
    bcl 20, 31, 2f
2:  mflr 4
    addis 4, 4, (stale_r4_canary + 4 - 2b)@ha
    addi 4, 4, (stale_r4_canary + 4 - 2b)@l
    li 3, 0x5a5
    b _start

    .data
    .p2align 2
    .globl stale_r4_canary
    .type stale_r4_canary, @object
stale_r4_canary:
    .long 0x600dcafe
    .size stale_r4_canary, 4
#else
#error "tests/libc-free/old_ldso_entry.S: powerpc only"
#endif
    .section .note.GNU-stack, "", @progbits
