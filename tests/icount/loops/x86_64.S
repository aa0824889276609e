/* x86_64 loop of known length for tests/suites/62-icount: the instructions
 * from loop_top to loop_end run once per iteration (4 here, a getppid
 * system call among them, so the trap instruction is counted too).
 * ABI: syscall number in rax, `syscall` clobbers rcx and r11; rbx (the
 * counter) survives. run is the mark (its first instruction, outside the loop): it is entered 3 times with counts
 * 100, 200 and 1, and the two trace segments between its entries differ by
 * exactly 100 iterations (the set-up between them is the same). */
    .text
    .globl _start, run, loop_top, loop_end
_start:
    mov $100, %ebx
    call run
    mov $200, %ebx
    call run
    mov $1, %ebx
    call run
    mov $231, %eax          /* exit_group(0) */
    xor %edi, %edi
    syscall
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    mov $110, %eax          /* getppid */
    syscall
    dec %rbx
    jnz loop_top
loop_end:
    ret
