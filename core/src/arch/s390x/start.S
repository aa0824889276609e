/*
 * s390x _start: the entry point of a program without libc; it sets up a C
 * call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; s390x ELF ABI):
 *   r15  -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL).
 *           The kernel rounds it to 16 bytes (STACK_ROUND); the ABI needs 8.
 *           Aligned to 16 again anyway (nill clears the low 4 bits), see
 *           x86_64/start.S.
 *   r14  the ABI's atexit function (a dynamic linker's rtld_fini); the
 *        kernel passes 0 to a static program (ELF_PLAT_INIT sets gprs[14]
 *        to 0). Ignored: no shared
 *        libraries whose destructors ld.so would run.
 * The call: r2 = the initial r15. A caller provides the 160-byte register
 * save area at its r15, where the callee stores its registers, so r15 goes
 * down by 160 below argc; the back chain word at 0(r15) is 0 so that
 * back-chain unwinders stop here. brasl puts the return address in r14.
 * The zero word after it (opcode 0x00) is an invalid instruction should the C part
 * return.
 * CFI: the return address (%r14) is undefined, so unwinders (gdb,
 * libunwind, backtrace) know this is the outermost frame, as glibc marks
 * its _start.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined %r14
    lgr %r2, %r15
    nill %r15, 0xfff0
    aghi %r15, -160
    lghi %r0, 0
    stg %r0, 0(%r15)
    brasl %r14, linux__start_c
    .long 0
    .cfi_endproc
    .size _start, . - _start
