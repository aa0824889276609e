/*
 * i386 stand-in for __kernel_vsyscall that unwinds the stack before making
 * the system call (tests/x86/unwind_test.c): it calls
 * unwind_test_probe(), which walks the frames with the DWARF unwinder, as
 * a profiler sampling inside the vDSO would. Preserves every register but
 * eax; realigns the stack to 16 bytes for the C call.
 */
    .att_syntax prefix
#if defined(__i386__)
    .text
    .globl unwind_test_vsyscall
    .hidden unwind_test_vsyscall
    .type unwind_test_vsyscall, @function
unwind_test_vsyscall:
    .cfi_startproc
    pushl %ebp
    .cfi_adjust_cfa_offset 4
    .cfi_rel_offset %ebp, 0
    movl %esp, %ebp
    .cfi_def_cfa_register %ebp
    pushal
    andl $-16, %esp
    call unwind_test_probe
    leal -32(%ebp), %esp
    popal
    movl %ebp, %esp
    popl %ebp
    .cfi_def_cfa %esp, 4
    .cfi_restore %ebp
    int $0x80
    ret
    .cfi_endproc
    .size unwind_test_vsyscall, . - unwind_test_vsyscall
#endif
    .section .note.GNU-stack, "", @progbits
