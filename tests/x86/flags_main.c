/*
 * Driver for flags_part.c (built with -masm=intel or -mregparm=3): every
 * arity gives the right result, with the x86 entry as found (none under
 * qemu-user) and with a stand-in __kernel_vsyscall installed
 * (tests/vfork/fake_vsyscall_x86.S), so that both the int $0x80 and the
 * call path of the flag-built code run.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "linux_syscall.h"

#include "../lib/check.h"

#define API __attribute__((__cdecl__, __regparm__(0)))
API long part_getpid(void);
API long part_dup(long fd);
API long part_dup2(long fd, long to);
API long part_write(long fd, const void *buf, unsigned long n);
API long part_openat(long dirfd, const char *path, long flags, long mode);
API long part_pread64(long fd, void *buf, unsigned long n, unsigned long off);
API long part_mmap2_munmap(unsigned long len);

#if !defined(LINUX_SYSCALL_X86_INT80)
extern void vfork_test_fake_vsyscall(void);
extern unsigned vfork_test_fake_vsyscall_calls;
#endif

/* One check of tests/lib/check.h, named "[MODE] WHAT". */
static void check(int ok, const char *what, const char *mode)
{
    char name[256];
    snprintf(name, sizeof name, "[%s] %s", mode, what);
    check_true(name, ok, "wrong result");
}

static void run(const char *mode)
{
    int p[2];
    char buf[8];
    long fd, dupfd;

    check(part_getpid() == (long)getpid(), "0 arguments: getpid", mode);
    if (pipe(p) != 0) {
        check(0, "pipe", mode);
        return;
    }
    dupfd = part_dup(p[1]);
    check(dupfd > 2, "1 argument: dup", mode);
    check(part_dup2(p[1], 100) == 100, "2 arguments: dup2 to 100", mode);
    check(part_write(100, "abcdef", 6) == 6, "3 arguments: write 6 bytes", mode);
    check(read(p[0], buf, sizeof buf) == 6 && memcmp(buf, "abcdef", 6) == 0, "3 arguments: data",
          mode);
    fd = part_openat(AT_FDCWD, "/proc/self/exe", O_RDONLY | O_CLOEXEC, 0);
    check(fd > 2, "4 arguments: openat /proc/self/exe", mode);
    memset(buf, 0, sizeof buf);
    check(part_pread64(fd, buf, 3, 1) == 3 && memcmp(buf, "ELF", 3) == 0,
          "5 arguments: pread64 at offset 1 reads \"ELF\"", mode);
    check(part_mmap2_munmap(8192) == 1, "6 arguments: mmap2, write, munmap", mode);
    close((int)fd);
    close((int)dupfd);
    close(100);
    close(p[0]);
    close(p[1]);
}

int main(void)
{
#if !defined(LINUX_SYSCALL_X86_INT80)
    run(linux_x86_vsyscall_entry() ? "entry: vDSO" : "entry: none, int $0x80");
    {
        unsigned before = vfork_test_fake_vsyscall_calls;
        linux_word saved = linux_x86_vsyscall_entry();
        linux_x86_set_vsyscall_entry((linux_word)vfork_test_fake_vsyscall);
        run("entry: stand-in __kernel_vsyscall");
        linux_x86_set_vsyscall_entry(saved);
        check(vfork_test_fake_vsyscall_calls >= before + 8, "the stand-in entry was called",
              "entry: stand-in __kernel_vsyscall");
    }
#else
    run("int $0x80 only");
#endif
    return check_finish();
}
