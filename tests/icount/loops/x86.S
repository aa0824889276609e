/* i386 loop of known length (see x86_64.S): `int $0x80` with the number in
 * eax preserves every other register, so esi is the counter. */
    .text
    .globl _start, run, loop_top, loop_end
_start:
    mov $100, %esi
    call run
    mov $200, %esi
    call run
    mov $1, %esi
    call run
    mov $252, %eax          /* exit_group(0) */
    xor %ebx, %ebx
    int $0x80
run:                        /* the mark: entered once per run, never by the loop */
    nop
loop_top:
    mov $64, %eax           /* getppid */
    int $0x80
    dec %esi
    jnz loop_top
loop_end:
    ret
