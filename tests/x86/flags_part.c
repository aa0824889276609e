/*
 * System calls of every arity, compiled with the code-generation flag
 * under test (tests/x86/run.sh: -masm=intel, -mregparm=3) while
 * flags_main.c is compiled without it. Only linux_syscall() is used here:
 * with -mregparm=3 any call into libc would itself break the ABI. The
 * functions flags_main.c calls are declared cdecl explicitly.
 */
#include "linux_syscall.h"

#define API __attribute__((__cdecl__, __regparm__(0)))

API long part_getpid(void);
API long part_dup(long fd);
API long part_dup2(long fd, long to);
API long part_write(long fd, const void *buf, unsigned long n);
API long part_openat(long dirfd, const char *path, long flags, long mode);
API long part_pread64(long fd, void *buf, unsigned long n, unsigned long off);
API long part_mmap2_munmap(unsigned long len);

API long part_getpid(void)
{
    return (long)linux_result_raw(linux_syscall(LINUX_SYS_getpid));
}

API long part_dup(long fd)
{
    return (long)linux_result_raw(linux_syscall(LINUX_SYS_dup, fd));
}

API long part_dup2(long fd, long to)
{
    return (long)linux_result_raw(linux_syscall(LINUX_SYS_dup2, fd, to));
}

API long part_write(long fd, const void *buf, unsigned long n)
{
    return (long)linux_result_raw(linux_syscall(LINUX_SYS_write, fd, buf, n));
}

API long part_openat(long dirfd, const char *path, long flags, long mode)
{
    return (long)linux_result_raw(linux_syscall(LINUX_SYS_openat, dirfd, path, flags, mode));
}

/* i386 pread64: fd, buf, count, offset low word, offset high word. */
API long part_pread64(long fd, void *buf, unsigned long n, unsigned long off)
{
    return (long)linux_result_raw(linux_syscall(LINUX_SYS_pread64, fd, buf, n, off, 0));
}

/* mmap2 (six arguments) of an anonymous page, written, then munmap:
 * 1 if all of it worked. */
API long part_mmap2_munmap(unsigned long len)
{
    linux_result r = linux_syscall(LINUX_SYS_mmap2, 0, len, 3 /* PROT_READ|PROT_WRITE */,
                                   0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
    volatile unsigned char *p;
    if (linux_result_is_error(r))
        return 0;
    p = (volatile unsigned char *)linux_result_raw(r);
    p[0] = 1;
    p[len - 1] = 2;
    return p[0] + p[len - 1] == 3 &&
           linux_check(linux_syscall(LINUX_SYS_munmap, (linux_word)p, len)) == 0;
}
