/*
 * i386 _start: the entry point of a program without libc; it sets up a C
 * call to linux__start_c() (core/src/start/start.c), which never returns.
 *
 * At entry (fs/binfmt_elf.c create_elf_tables; i386 psABI 2.3.1):
 *   esp  -> argc, then argv[0..argc-1], NULL, envp[...], NULL, then the
 *           auxiliary vector ((type, value) pairs ending in AT_NULL; it
 *           holds AT_SYSINFO, the fast __kernel_vsyscall entry that
 *           linux_init_auxv() makes the calls' entry).
 *           The kernel rounds it to 16 bytes (STACK_ROUND); aligned again
 *           anyway, see x86_64/start.S.
 *   edx  the psABI's atexit function (a dynamic linker's rtld_fini); the
 *        kernel passes 0 to a static program (ELF_PLAT_INIT clears eax,
 *        ebx, ecx, edx, esi, edi, ebp). Ignored: no shared
 *        libraries whose destructors ld.so would run.
 *   ebp  zeroed here so that frame-pointer backtraces end at _start.
 * The call: one stack argument (the initial esp); gcc and clang on Linux
 * assume esp is 16-byte aligned at every `call`, so 12 bytes of padding
 * go below the 4-byte argument. hlt faults should the C part return.
 * CFI: the return address (%eip) is undefined, so unwinders (gdb,
 * libunwind, backtrace) know this is the outermost frame, as glibc marks
 * its _start.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    .cfi_startproc
    .cfi_undefined %eip
    xor %ebp, %ebp
    mov %esp, %eax
    and $-16, %esp
    sub $12, %esp
    push %eax
    call linux__start_c
    hlt
    .cfi_endproc
    .size _start, . - _start
