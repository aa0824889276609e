/*
 * i386 stand-in for the vDSO's __kernel_vsyscall, for tests/vfork: like
 * the real one it keeps ecx, edx and ebp on the stack across the trap (so a
 * vfork through it would hand the parent the child's values), and it
 * counts its calls in vfork_test_fake_vsyscall_calls. Preserves every
 * register but eax. Position-independent (GOT-relative counter).
 */
    .att_syntax prefix
#if defined(__i386__)
    .text
    .globl vfork_test_fake_vsyscall
    .hidden vfork_test_fake_vsyscall
    .type vfork_test_fake_vsyscall, @function
vfork_test_fake_vsyscall:
    pushl %ecx
    pushl %edx
    pushl %ebp
    call 1f
1:  popl %ecx
    addl $_GLOBAL_OFFSET_TABLE_ + (. - 1b), %ecx
    incl vfork_test_fake_vsyscall_calls@GOTOFF(%ecx)
    movl 8(%esp), %ecx
    int $0x80
    popl %ebp
    popl %edx
    popl %ecx
    ret
    .size vfork_test_fake_vsyscall, . - vfork_test_fake_vsyscall

    .bss
    .globl vfork_test_fake_vsyscall_calls
    .hidden vfork_test_fake_vsyscall_calls
    .type vfork_test_fake_vsyscall_calls, @object
    .size vfork_test_fake_vsyscall_calls, 4
    .p2align 2
vfork_test_fake_vsyscall_calls:
    .zero 4
#endif
    .section .note.GNU-stack, "", @progbits
