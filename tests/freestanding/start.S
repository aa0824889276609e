/*
 * _start for freestanding test programs (no libc), one per architecture.
 *
 * The kernel enters with the stack pointer at argc, followed by argv[],
 * NULL, envp[], NULL and the auxiliary vector. Each variant clears the
 * frame/link registers (so that backtraces end here), aligns the stack as
 * the C ABI wants and calls
 *     lsc_freestanding_start(linux_word *initial_sp)   (runtime.c)
 * which never returns. Everything is position-independent: the same code
 * serves static and static-PIE links.
 */

#if defined(__x86_64__)
    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp
    mov %rsp, %rdi
    and $-16, %rsp
    call lsc_freestanding_start
    hlt
    .size _start, . - _start

#elif defined(__i386__)
    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp
    mov %esp, %eax
    and $-16, %esp
    sub $12, %esp             /* 16-byte aligned at the call, after the push */
    push %eax
    call lsc_freestanding_start
    hlt
    .size _start, . - _start

#elif defined(__aarch64__)
    .text
    .globl _start
    .type _start, %function
_start:
    mov x29, #0
    mov x30, #0
    mov x0, sp                /* the kernel leaves sp 16-byte aligned */
    bl lsc_freestanding_start
    brk #0
    .size _start, . - _start

#elif defined(__arm__)
    .syntax unified
    .text
    .arm                      /* _start itself in ARM state; bl to Thumb C
                                 code is turned into blx by the linker */
    .globl _start
    .type _start, %function
_start:
    mov fp, #0
    mov lr, #0
    mov r0, sp
    bic r1, r0, #15
    mov sp, r1
    bl lsc_freestanding_start
    udf #0
    .size _start, . - _start

#elif defined(__riscv) && __riscv_xlen == 64
    .text
    .globl _start
    .type _start, @function
_start:
    /* gp must hold __global_pointer$ before any code the linker may have
     * relaxed into gp-relative accesses runs; this load itself must not be
     * relaxed. */
    .option push
    .option norelax
    lla gp, __global_pointer$
    .option pop
    mv s0, zero
    mv ra, zero
    mv a0, sp
    andi sp, sp, -16
    call lsc_freestanding_start
    ebreak
    .size _start, . - _start

#elif defined(__s390x__)
    .text
    .globl _start
    .type _start, @function
_start:
    lgr %r2, %r15
    aghi %r15, -160           /* the register save area the callee may use */
    lghi %r0, 0
    stg %r0, 0(%r15)          /* back chain: end of the stack */
    brasl %r14, lsc_freestanding_start
    .long 0                   /* invalid instruction: never reached */
    .size _start, . - _start

#elif defined(__loongarch__) && __loongarch_grlen == 64
    .text
    .globl _start
    .type _start, @function
_start:
    move $fp, $zero
    move $ra, $zero
    move $a0, $sp
    bstrins.d $sp, $zero, 3, 0
    bl lsc_freestanding_start
    break 0
    .size _start, . - _start

#else
#error "tests/freestanding/start.S: unsupported architecture"
#endif

    .section .note.GNU-stack, "", %progbits
