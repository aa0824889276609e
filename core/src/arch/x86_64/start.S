/*
 * x86_64 _start: the entry point of a program without libc; it sets up a C
 * call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; x86-64 psABI 3.4.1):
 *   rsp  -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL).
 *           The kernel rounds it to 16 bytes (STACK_ROUND); we align again
 *           because the C ABI depends on it and the `and` costs nothing
 *           should some other loader jump here less carefully.
 *   rdx  the psABI's atexit function (a dynamic linker's rtld_fini). A
 *        static program has no dynamic linker and the kernel passes 0
 *        (ELF_PLAT_INIT clears every register). Ignored: a dynamic PIE links
 *        no shared libraries whose destructors ld.so would run.
 *   rbp  zeroed here so that frame-pointer backtraces end at _start.
 * The call: rdi = the initial rsp; rsp 16-byte aligned at the `call`, as
 * the psABI requires. hlt is privileged: it faults should the C part ever
 * return.
 * CFI: the return address (%rip) is undefined, so unwinders (gdb,
 * libunwind, backtrace) know this is the outermost frame, as glibc marks
 * its _start.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined %rip
    xor %ebp, %ebp
    mov %rsp, %rdi
    and $-16, %rsp
    call linux__start_c
    hlt
    .cfi_endproc
    .size _start, . - _start
