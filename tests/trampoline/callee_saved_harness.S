/*
 * Test harness for the trampolines: call a function with canary values in
 * every callee-saved general register of the C ABI and record what those
 * registers hold after the call.
 *
 *   void trampoline_test_call_with_canaries(void *fn, linux_word nr,
 *                                           linux_word *after);
 *
 * calls fn(nr, K1, ..., K6) (Kj = 0x0a790000 + j; functions taking fewer
 * arguments ignore the rest, which every C ABI here allows) with callee-
 * saved register i preset to 0x5ca1ab10 + i, then stores those registers,
 * in the order listed per architecture below, to after[]. The C side
 * (trampoline_abi_test.c) knows the order and the expected values. On
 * s390x r6 also carries K4 in, so it is expected to still hold K4.
 *
 * x86 also gets a stand-in for the vDSO's __kernel_vsyscall: it counts its
 * calls and traps with int $0x80, preserving every register but eax like
 * the real one, so the `call *entry` path can be tested where there is no
 * vDSO (qemu-user).
 *
 * Written per architecture because only assembly can pin registers across
 * a call; it follows the same C ABIs the trampolines' comments describe.
 */

#define K(j) (0x0a790000 + (j))
#define C(i) (0x5ca1ab10 + (i))

#if defined(__x86_64__)
/* rbx rbp r12 r13 r14 r15 */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
trampoline_test_call_with_canaries:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rdi, %r11
    pushq %rdx
    subq $8, %rsp
    pushq $K(6)
    movq %rsi, %rdi
    movl $K(1), %esi
    movl $K(2), %edx
    movl $K(3), %ecx
    movl $K(4), %r8d
    movl $K(5), %r9d
    movl $C(0), %ebx
    movl $C(1), %ebp
    movl $C(2), %r12d
    movl $C(3), %r13d
    movl $C(4), %r14d
    movl $C(5), %r15d
    call *%r11
    addq $16, %rsp
    popq %rdx
    movq %rbx, 0(%rdx)
    movq %rbp, 8(%rdx)
    movq %r12, 16(%rdx)
    movq %r13, 24(%rdx)
    movq %r14, 32(%rdx)
    movq %r15, 40(%rdx)
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__i386__)
/* ebx esi edi ebp */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
trampoline_test_call_with_canaries:
    pushl %ebp
    pushl %ebx
    pushl %esi
    pushl %edi
    movl 20(%esp), %eax
    movl 24(%esp), %ecx
    pushl $K(6)
    pushl $K(5)
    pushl $K(4)
    pushl $K(3)
    pushl $K(2)
    pushl $K(1)
    pushl %ecx
    movl $C(0), %ebx
    movl $C(1), %esi
    movl $C(2), %edi
    movl $C(3), %ebp
    call *%eax
    addl $28, %esp
    movl 28(%esp), %eax
    movl %ebx, 0(%eax)
    movl %esi, 4(%eax)
    movl %edi, 8(%eax)
    movl %ebp, 12(%eax)
    popl %edi
    popl %esi
    popl %ebx
    popl %ebp
    ret
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries

    .type trampoline_test_pc_thunk_ecx, @function
trampoline_test_pc_thunk_ecx:
    movl (%esp), %ecx
    ret
    .size trampoline_test_pc_thunk_ecx, . - trampoline_test_pc_thunk_ecx

    .globl trampoline_test_fake_vsyscall
    .type trampoline_test_fake_vsyscall, @function
trampoline_test_fake_vsyscall:
    pushl %ecx
    call trampoline_test_pc_thunk_ecx
    addl $_GLOBAL_OFFSET_TABLE_, %ecx
    incl trampoline_test_fake_vsyscall_calls@GOTOFF(%ecx)
    popl %ecx
    int $0x80
    ret
    .size trampoline_test_fake_vsyscall, . - trampoline_test_fake_vsyscall

    .bss
    .globl trampoline_test_fake_vsyscall_calls
    .hidden trampoline_test_fake_vsyscall_calls
    .type trampoline_test_fake_vsyscall_calls, @object
    .size trampoline_test_fake_vsyscall_calls, 4
    .p2align 2
trampoline_test_fake_vsyscall_calls:
    .zero 4
    .section .note.GNU-stack, "", @progbits

#elif defined(__aarch64__)
/* x19 ... x28 x29 */
.macro LOADK reg, value
    movz \reg, #((\value) & 0xffff)
    movk \reg, #((\value) >> 16), lsl #16
.endm
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, %function
    .p2align 2
trampoline_test_call_with_canaries:
    stp x29, x30, [sp, #-112]!
    stp x19, x20, [sp, #16]
    stp x21, x22, [sp, #32]
    stp x23, x24, [sp, #48]
    stp x25, x26, [sp, #64]
    stp x27, x28, [sp, #80]
    str x2, [sp, #96]
    mov x9, x0
    mov x0, x1
    LOADK x1, K(1)
    LOADK x2, K(2)
    LOADK x3, K(3)
    LOADK x4, K(4)
    LOADK x5, K(5)
    LOADK x6, K(6)
    LOADK x19, C(0)
    LOADK x20, C(1)
    LOADK x21, C(2)
    LOADK x22, C(3)
    LOADK x23, C(4)
    LOADK x24, C(5)
    LOADK x25, C(6)
    LOADK x26, C(7)
    LOADK x27, C(8)
    LOADK x28, C(9)
    LOADK x29, C(10)
    blr x9
    ldr x9, [sp, #96]
    stp x19, x20, [x9, #0]
    stp x21, x22, [x9, #16]
    stp x23, x24, [x9, #32]
    stp x25, x26, [x9, #48]
    stp x27, x28, [x9, #64]
    str x29, [x9, #80]
    ldp x19, x20, [sp, #16]
    ldp x21, x22, [sp, #32]
    ldp x23, x24, [sp, #48]
    ldp x25, x26, [sp, #64]
    ldp x27, x28, [sp, #80]
    ldp x29, x30, [sp], #112
    ret
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", %progbits

#elif defined(__arm__)
/* r4 ... r11 */
#if defined(__thumb__) && !defined(__thumb2__)
#error "the harness needs ARM state or Thumb-2 (Thumb-1 cannot push r8-r11 or load them directly)"
#endif
    .syntax unified
#if defined(__thumb__)
    .thumb
#define FUNCTION_MODE .thumb_func
#else
    .arm
#define FUNCTION_MODE
#endif
/* a literal-pool load, not movw/movt: ARMv5TE (armel) and ARMv6 have no
 * movw/movt */
.macro LOADK reg, value
    ldr \reg, =\value
.endm
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, %function
    .p2align 2
    FUNCTION_MODE
trampoline_test_call_with_canaries:
    push {r4-r11, lr}
    push {r2}
    sub sp, sp, #16
    mov r12, r0
    mov r0, r1
    LOADK r3, K(4)
    str r3, [sp, #0]
    LOADK r3, K(5)
    str r3, [sp, #4]
    LOADK r3, K(6)
    str r3, [sp, #8]
    LOADK r1, K(1)
    LOADK r2, K(2)
    LOADK r3, K(3)
    LOADK r4, C(0)
    LOADK r5, C(1)
    LOADK r6, C(2)
    LOADK r7, C(3)
    LOADK r8, C(4)
    LOADK r9, C(5)
    LOADK r10, C(6)
    LOADK r11, C(7)
    blx r12
    ldr r12, [sp, #16]
    stmia r12, {r4-r11}
    add sp, sp, #20
    pop {r4-r11, lr}
    bx lr
    .ltorg
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", %progbits

#elif defined(__riscv)
/* s0 ... s11; REG_S/REG_L/SZ: the word of rv64 (sd, ld, 8) or rv32 (sw, lw, 4) */
#if __riscv_xlen == 64
#define REG_S sd
#define REG_L ld
#define SZ 8
#else
#define REG_S sw
#define REG_L lw
#define SZ 4
#endif
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
    .p2align 2
trampoline_test_call_with_canaries:
    addi sp, sp, -112
    REG_S ra, 13*SZ(sp)
    REG_S a2, 12*SZ(sp)
    REG_S s0, 0*SZ(sp)
    REG_S s1, 1*SZ(sp)
    REG_S s2, 2*SZ(sp)
    REG_S s3, 3*SZ(sp)
    REG_S s4, 4*SZ(sp)
    REG_S s5, 5*SZ(sp)
    REG_S s6, 6*SZ(sp)
    REG_S s7, 7*SZ(sp)
    REG_S s8, 8*SZ(sp)
    REG_S s9, 9*SZ(sp)
    REG_S s10, 10*SZ(sp)
    REG_S s11, 11*SZ(sp)
    mv t0, a0
    mv a0, a1
    li a1, K(1)
    li a2, K(2)
    li a3, K(3)
    li a4, K(4)
    li a5, K(5)
    li a6, K(6)
    li s0, C(0)
    li s1, C(1)
    li s2, C(2)
    li s3, C(3)
    li s4, C(4)
    li s5, C(5)
    li s6, C(6)
    li s7, C(7)
    li s8, C(8)
    li s9, C(9)
    li s10, C(10)
    li s11, C(11)
    jalr t0
    REG_L t0, 12*SZ(sp)
    REG_S s0, 0*SZ(t0)
    REG_S s1, 1*SZ(t0)
    REG_S s2, 2*SZ(t0)
    REG_S s3, 3*SZ(t0)
    REG_S s4, 4*SZ(t0)
    REG_S s5, 5*SZ(t0)
    REG_S s6, 6*SZ(t0)
    REG_S s7, 7*SZ(t0)
    REG_S s8, 8*SZ(t0)
    REG_S s9, 9*SZ(t0)
    REG_S s10, 10*SZ(t0)
    REG_S s11, 11*SZ(t0)
    REG_L s0, 0*SZ(sp)
    REG_L s1, 1*SZ(sp)
    REG_L s2, 2*SZ(sp)
    REG_L s3, 3*SZ(sp)
    REG_L s4, 4*SZ(sp)
    REG_L s5, 5*SZ(sp)
    REG_L s6, 6*SZ(sp)
    REG_L s7, 7*SZ(sp)
    REG_L s8, 8*SZ(sp)
    REG_L s9, 9*SZ(sp)
    REG_L s10, 10*SZ(sp)
    REG_L s11, 11*SZ(sp)
    REG_L ra, 13*SZ(sp)
    addi sp, sp, 112
    ret
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__m68k__)
/* d2 d3 d4 d5 d6 d7 a2 a3 a4 a5 a6: every argument on the stack */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
trampoline_test_call_with_canaries:
    movem.l %d2-%d7/%a2-%a6, -(%sp)     /* 44 bytes: fn at 48(sp), nr 52, after 56 */
    move.l 48(%sp), %a0                 /* fn */
    move.l 56(%sp), -(%sp)              /* keep `after` (a1 would not survive) */
    move.l #K(6), -(%sp)
    move.l #K(5), -(%sp)
    move.l #K(4), -(%sp)
    move.l #K(3), -(%sp)
    move.l #K(2), -(%sp)
    move.l #K(1), -(%sp)
    move.l 80(%sp), -(%sp)              /* nr: 52 + 4 + 24 */
    move.l #C(0), %d2
    move.l #C(1), %d3
    move.l #C(2), %d4
    move.l #C(3), %d5
    move.l #C(4), %d6
    move.l #C(5), %d7
    move.l #C(6), %a2
    move.l #C(7), %a3
    move.l #C(8), %a4
    move.l #C(9), %a5
    move.l #C(10), %a6
    jsr (%a0)
    lea 28(%sp), %sp
    move.l (%sp)+, %a0
    movem.l %d2-%d7/%a2-%a6, (%a0)      /* stored in that order, ascending */
    movem.l (%sp)+, %d2-%d7/%a2-%a6
    rts
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__sparc__) && defined(__arch64__)
/* l0 ... l7 i3 i4 i5 (the window; i0-i2 carry fn, nr, after in; i6/i7 are
 * fp and the return address) */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, #function
    .p2align 2
trampoline_test_call_with_canaries:
    save %sp, -192, %sp                 /* 176 + the 7th argument word, 16-aligned */
    mov %i1, %o0
    set K(1), %o1
    set K(2), %o2
    set K(3), %o3
    set K(4), %o4
    set K(5), %o5
    set K(6), %g1
    stx %g1, [%sp + 2047 + 176]
    set C(0), %l0
    set C(1), %l1
    set C(2), %l2
    set C(3), %l3
    set C(4), %l4
    set C(5), %l5
    set C(6), %l6
    set C(7), %l7
    set C(8), %i3
    set C(9), %i4
    set C(10), %i5
    call %i0
     nop
    stx %l0, [%i2 + 0]
    stx %l1, [%i2 + 8]
    stx %l2, [%i2 + 16]
    stx %l3, [%i2 + 24]
    stx %l4, [%i2 + 32]
    stx %l5, [%i2 + 40]
    stx %l6, [%i2 + 48]
    stx %l7, [%i2 + 56]
    stx %i3, [%i2 + 64]
    stx %i4, [%i2 + 72]
    stx %i5, [%i2 + 80]
    ret
     restore
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__s390x__)
/* r6 (carries K4 in) r7 ... r13 */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
    .p2align 3
trampoline_test_call_with_canaries:
    stmg %r6, %r15, 48(%r15)
    aghi %r15, -184
    stg %r4, 176(%r15)
    lgr %r1, %r2
    lgr %r2, %r3
    llilf %r3, K(1)
    llilf %r4, K(2)
    llilf %r5, K(3)
    llilf %r6, K(4)
    llilf %r0, K(5)
    stg %r0, 160(%r15)
    llilf %r0, K(6)
    stg %r0, 168(%r15)
    llilf %r7, C(1)
    llilf %r8, C(2)
    llilf %r9, C(3)
    llilf %r10, C(4)
    llilf %r11, C(5)
    llilf %r12, C(6)
    llilf %r13, C(7)
    basr %r14, %r1
    lg %r1, 176(%r15)
    stmg %r6, %r13, 0(%r1)
    lmg %r6, %r15, 184 + 48(%r15)
    br %r14
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__loongarch__)
/* $s0 ... $s8 $fp */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
    .p2align 2
trampoline_test_call_with_canaries:
    addi.d $sp, $sp, -112
    st.d $ra, $sp, 104
    st.d $a2, $sp, 96
    st.d $s0, $sp, 0
    st.d $s1, $sp, 8
    st.d $s2, $sp, 16
    st.d $s3, $sp, 24
    st.d $s4, $sp, 32
    st.d $s5, $sp, 40
    st.d $s6, $sp, 48
    st.d $s7, $sp, 56
    st.d $s8, $sp, 64
    st.d $fp, $sp, 72
    move $t0, $a0
    move $a0, $a1
    li.w $a1, K(1)
    li.w $a2, K(2)
    li.w $a3, K(3)
    li.w $a4, K(4)
    li.w $a5, K(5)
    li.w $a6, K(6)
    li.w $s0, C(0)
    li.w $s1, C(1)
    li.w $s2, C(2)
    li.w $s3, C(3)
    li.w $s4, C(4)
    li.w $s5, C(5)
    li.w $s6, C(6)
    li.w $s7, C(7)
    li.w $s8, C(8)
    li.w $fp, C(9)
    jirl $ra, $t0, 0
    ld.d $t0, $sp, 96
    st.d $s0, $t0, 0
    st.d $s1, $t0, 8
    st.d $s2, $t0, 16
    st.d $s3, $t0, 24
    st.d $s4, $t0, 32
    st.d $s5, $t0, 40
    st.d $s6, $t0, 48
    st.d $s7, $t0, 56
    st.d $s8, $t0, 64
    st.d $fp, $t0, 72
    ld.d $s0, $sp, 0
    ld.d $s1, $sp, 8
    ld.d $s2, $sp, 16
    ld.d $s3, $sp, 24
    ld.d $s4, $sp, 32
    ld.d $s5, $sp, 40
    ld.d $s6, $sp, 48
    ld.d $s7, $sp, 56
    ld.d $s8, $sp, 64
    ld.d $fp, $sp, 72
    ld.d $ra, $sp, 104
    addi.d $sp, $sp, 112
    jr $ra
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__powerpc64__)
/* r14 ... r31 (ELFv2 and ELFv1; r2 is the TOC, saved and reloaded around
 * the call, r13 the thread pointer, untouched) */
#define LI32(r, v) lis r, (v)@h; ori r, r, (v)@l
#if defined(_CALL_ELF) && _CALL_ELF == 2
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
    .p2align 2
trampoline_test_call_with_canaries:
#else
    .section .opd, "aw"
    .p2align 3
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
trampoline_test_call_with_canaries:
    .quad .L.harness, .TOC.@tocbase, 0
    .text
    .p2align 2
.L.harness:
#endif
    mflr 0
    std 0, 16(1)
    stdu 1, -320(1)
    std 5, 152(1)
    std 2, 144(1)
    std 14, 160(1)
    std 15, 168(1)
    std 16, 176(1)
    std 17, 184(1)
    std 18, 192(1)
    std 19, 200(1)
    std 20, 208(1)
    std 21, 216(1)
    std 22, 224(1)
    std 23, 232(1)
    std 24, 240(1)
    std 25, 248(1)
    std 26, 256(1)
    std 27, 264(1)
    std 28, 272(1)
    std 29, 280(1)
    std 30, 288(1)
    std 31, 296(1)
#if defined(_CALL_ELF) && _CALL_ELF == 2
    mr 12, 3 /* ELFv2: the callee's global entry computes its TOC from r12 */
    mtctr 3
#else
    ld 0, 0(3) /* ELFv1: fn is a function descriptor (code, TOC) */
    ld 2, 8(3)
    mtctr 0
#endif
    mr 3, 4
    LI32(4, K(1))
    LI32(5, K(2))
    LI32(6, K(3))
    LI32(7, K(4))
    LI32(8, K(5))
    LI32(9, K(6))
    LI32(14, C(0))
    LI32(15, C(1))
    LI32(16, C(2))
    LI32(17, C(3))
    LI32(18, C(4))
    LI32(19, C(5))
    LI32(20, C(6))
    LI32(21, C(7))
    LI32(22, C(8))
    LI32(23, C(9))
    LI32(24, C(10))
    LI32(25, C(11))
    LI32(26, C(12))
    LI32(27, C(13))
    LI32(28, C(14))
    LI32(29, C(15))
    LI32(30, C(16))
    LI32(31, C(17))
    bctrl
    ld 2, 144(1)
    ld 5, 152(1)
    std 14, 0(5)
    std 15, 8(5)
    std 16, 16(5)
    std 17, 24(5)
    std 18, 32(5)
    std 19, 40(5)
    std 20, 48(5)
    std 21, 56(5)
    std 22, 64(5)
    std 23, 72(5)
    std 24, 80(5)
    std 25, 88(5)
    std 26, 96(5)
    std 27, 104(5)
    std 28, 112(5)
    std 29, 120(5)
    std 30, 128(5)
    std 31, 136(5)
    ld 14, 160(1)
    ld 15, 168(1)
    ld 16, 176(1)
    ld 17, 184(1)
    ld 18, 192(1)
    ld 19, 200(1)
    ld 20, 208(1)
    ld 21, 216(1)
    ld 22, 224(1)
    ld 23, 232(1)
    ld 24, 240(1)
    ld 25, 248(1)
    ld 26, 256(1)
    ld 27, 264(1)
    ld 28, 272(1)
    ld 29, 280(1)
    ld 30, 288(1)
    ld 31, 296(1)
    addi 1, 1, 320
    ld 0, 16(1)
    mtlr 0
    blr
#if defined(_CALL_ELF) && _CALL_ELF == 2
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
#else
    .size trampoline_test_call_with_canaries, . - .L.harness
#endif
    .section .note.GNU-stack, "", @progbits

#elif defined(__powerpc__)
/* r14 ... r31 (r2 is the thread pointer, r13 the small-data base: untouched) */
#define LI32(r, v) lis r, (v)@h; ori r, r, (v)@l
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
    .p2align 2
trampoline_test_call_with_canaries:
    mflr 0
    stwu 1, -112(1)
    stw 0, 116(1)
    stmw 14, 8(1)
    stw 5, 84(1)
    mtctr 3
    mr 3, 4
    LI32(4, K(1))
    LI32(5, K(2))
    LI32(6, K(3))
    LI32(7, K(4))
    LI32(8, K(5))
    LI32(9, K(6))
    LI32(14, C(0))
    LI32(15, C(1))
    LI32(16, C(2))
    LI32(17, C(3))
    LI32(18, C(4))
    LI32(19, C(5))
    LI32(20, C(6))
    LI32(21, C(7))
    LI32(22, C(8))
    LI32(23, C(9))
    LI32(24, C(10))
    LI32(25, C(11))
    LI32(26, C(12))
    LI32(27, C(13))
    LI32(28, C(14))
    LI32(29, C(15))
    LI32(30, C(16))
    LI32(31, C(17))
    bctrl
    lwz 5, 84(1)
    stmw 14, 0(5)
    lmw 14, 8(1)
    lwz 0, 116(1)
    addi 1, 1, 112
    mtlr 0
    blr
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__mips__) && _MIPS_SIM == _ABIO32
/* o32: s0 ... s7 fp. gp is not callee-saved in o32 (PIC callers reload
 * it after each call): it is only saved and restored for this function.
 * K4-K6 go in the outgoing area at 16, 20, 24; the call goes through t9,
 * as PIC callees expect. */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
    .p2align 2
trampoline_test_call_with_canaries:
    addiu $sp, $sp, -80
    sw $31, 76($sp)
    sw $6, 72($sp)
    sw $16, 32($sp)
    sw $17, 36($sp)
    sw $18, 40($sp)
    sw $19, 44($sp)
    sw $20, 48($sp)
    sw $21, 52($sp)
    sw $22, 56($sp)
    sw $23, 60($sp)
    sw $30, 64($sp)
    sw $28, 68($sp)
    move $25, $4
    move $4, $5
    li $5, K(1)
    li $6, K(2)
    li $7, K(3)
    li $8, K(4)
    sw $8, 16($sp)
    li $8, K(5)
    sw $8, 20($sp)
    li $8, K(6)
    sw $8, 24($sp)
    li $16, C(0)
    li $17, C(1)
    li $18, C(2)
    li $19, C(3)
    li $20, C(4)
    li $21, C(5)
    li $22, C(6)
    li $23, C(7)
    li $30, C(8)
    jalr $25
    lw $8, 72($sp)
    sw $16, 0($8)
    sw $17, 4($8)
    sw $18, 8($8)
    sw $19, 12($8)
    sw $20, 16($8)
    sw $21, 20($8)
    sw $22, 24($8)
    sw $23, 28($8)
    sw $30, 32($8)
    lw $16, 32($sp)
    lw $17, 36($sp)
    lw $18, 40($sp)
    lw $19, 44($sp)
    lw $20, 48($sp)
    lw $21, 52($sp)
    lw $22, 56($sp)
    lw $23, 60($sp)
    lw $30, 64($sp)
    lw $28, 68($sp)
    lw $31, 76($sp)
    addiu $sp, $sp, 80
    jr $31
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#elif defined(__mips__)
/* n64: s0 ... s7 fp gp; K1-K6 in a1-a6 ($5-$10); the call goes through
 * t9, as PIC callees expect */
    .text
    .globl trampoline_test_call_with_canaries
    .type trampoline_test_call_with_canaries, @function
    .p2align 3
trampoline_test_call_with_canaries:
    daddiu $sp, $sp, -96
    sd $31, 88($sp)
    sd $6, 80($sp)
    sd $16, 0($sp)
    sd $17, 8($sp)
    sd $18, 16($sp)
    sd $19, 24($sp)
    sd $20, 32($sp)
    sd $21, 40($sp)
    sd $22, 48($sp)
    sd $23, 56($sp)
    sd $30, 64($sp)
    sd $28, 72($sp)
    move $25, $4
    move $4, $5
    li $5, K(1)
    li $6, K(2)
    li $7, K(3)
    li $8, K(4)
    li $9, K(5)
    li $10, K(6)
    li $16, C(0)
    li $17, C(1)
    li $18, C(2)
    li $19, C(3)
    li $20, C(4)
    li $21, C(5)
    li $22, C(6)
    li $23, C(7)
    li $30, C(8)
    li $28, C(9)
    jalr $25
    ld $8, 80($sp)
    sd $16, 0($8)
    sd $17, 8($8)
    sd $18, 16($8)
    sd $19, 24($8)
    sd $20, 32($8)
    sd $21, 40($8)
    sd $22, 48($8)
    sd $23, 56($8)
    sd $30, 64($8)
    sd $28, 72($8)
    ld $16, 0($sp)
    ld $17, 8($sp)
    ld $18, 16($sp)
    ld $19, 24($sp)
    ld $20, 32($sp)
    ld $21, 40($sp)
    ld $22, 48($sp)
    ld $23, 56($sp)
    ld $30, 64($sp)
    ld $28, 72($sp)
    ld $31, 88($sp)
    daddiu $sp, $sp, 96
    jr $31
    .size trampoline_test_call_with_canaries, . - trampoline_test_call_with_canaries
    .section .note.GNU-stack, "", @progbits

#else
#error "callee_saved_harness.S: unsupported architecture"
#endif
