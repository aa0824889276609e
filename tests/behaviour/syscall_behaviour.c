/*
 * Behaviour test of linux_syscall: one program for every cell of the test
 * matrix (seven architectures, hosted with glibc or freestanding with
 * core/src/start, inline asm or trampolines).
 *
 * It uses no libc at all, not even in the hosted build: every check and
 * every line of output goes through the library, so the freestanding and
 * hosted builds run exactly the same code. Speaks the test protocol of
 * tests/lib/check.h: `ok <name>` or `FAIL <name>: <detail>` per check and
 * `N passed, N failed` at the end; the exit status is 0 only when
 * everything passed.
 *
 * The syscalls are chosen so that the outcome depends on every argument
 * register: a dropped, swapped or misplaced argument changes a result that
 * is checked. Kernel constants below are written out (no libc headers);
 * most are the same on every architecture, those that differ have a block
 * per architecture (mips: open flags, MAP_ANONYMOUS, socket types and
 * SOL_SOCKET; O_DIRECTORY and friends on arm/aarch64 are not used).
 */
#include "linux_syscall.h"

/* Failure details name the errno (linux_errno_name is in the library). */
#define CHECK_ERRNO_NAME(err) linux_errno_name(err)
#include "../lib/check.h"

#include <stddef.h>
#include <stdint.h>

#define T_AT_FDCWD (-100)
#define T_AT_SYMLINK_NOFOLLOW 0x100
#define T_O_RDONLY 0
#define T_O_RDWR 2
#define T_O_ACCMODE 3
#if defined(__mips__) /* arch/mips/include/uapi/asm/fcntl.h */
#define T_O_CREAT 0x100
#define T_O_EXCL 0x400
#define T_O_NONBLOCK 0x80
#else
#define T_O_CREAT 0100
#define T_O_EXCL 0200
#define T_O_NONBLOCK 04000
#endif
#define T_O_CLOEXEC 02000000
#define T_O_PATH 010000000
#define T_F_GETFD 1
#define T_F_GETFL 3
#define T_FD_CLOEXEC 1
#define T_SEEK_SET 0
#define T_SEEK_CUR 1
#define T_SEEK_END 2
#define T_MFD_CLOEXEC 1
#define T_PROT_NONE 0
#define T_PROT_READ 1
#define T_PROT_WRITE 2
#define T_MAP_SHARED 1
#define T_MAP_PRIVATE 2
#define T_MAP_FIXED 0x10
#if defined(__mips__) /* arch/mips/include/uapi/asm/mman.h */
#define T_MAP_ANONYMOUS 0x800
#else
#define T_MAP_ANONYMOUS 0x20
#endif
#define T_AF_UNIX 1
#if defined(__mips__) /* ARCH_HAS_SOCKET_TYPES: arch/mips/include/asm/socket.h */
#define T_SOCK_STREAM 2
#define T_SOCK_DGRAM 1
#else
#define T_SOCK_STREAM 1
#define T_SOCK_DGRAM 2
#endif
#define T_SOCK_CLOEXEC 02000000
#if defined(__mips__) /* arch/mips/include/uapi/asm/socket.h */
#define T_SOL_SOCKET 0xffff
#define T_SO_TYPE 0x1008
#else
#define T_SOL_SOCKET 1
#define T_SO_TYPE 3
#endif
#define T_MSG_OOB 1
#define T_MSG_TRUNC 0x20
#define T_MSG_DONTWAIT 0x40
#define T_STATX_TYPE 0x1
#define T_STATX_MODE 0x2
#define T_STATX_INO 0x100
#define T_STATX_SIZE 0x200
#define T_STATX_RESERVED 0x80000000u
#define T_S_IFMT 0170000
#define T_S_IFDIR 0040000
#define T_S_IFLNK 0120000
#define T_S_IFREG 0100000

/* sparc's own flag and socket-option values (arch/sparc/include/uapi/asm/
 * fcntl.h, socket.h); the rest above are the same on sparc. */
#if defined(__sparc__)
#undef T_O_CREAT
#undef T_O_EXCL
#undef T_O_NONBLOCK
#undef T_O_CLOEXEC
#undef T_O_PATH
#undef T_SOCK_CLOEXEC
#undef T_SOL_SOCKET
#undef T_SO_TYPE
#define T_O_CREAT 0x200
#define T_O_EXCL 0x800
#define T_O_NONBLOCK 0x4000
#define T_O_CLOEXEC 0x400000
#define T_O_PATH 0x1000000
#define T_SOCK_CLOEXEC 0x400000
#define T_SOL_SOCKET 0xffff
#define T_SO_TYPE 0x1008
#endif

/* A distance that is a multiple of every page size in use (4 KiB, and the
 * 16 KiB of loongarch64 under qemu), so mmap offsets stay aligned. */
#define T_CHUNK 65536

/* struct statx: one layout on every architecture. */
struct t_statx_time {
    int64_t tv_sec;
    uint32_t tv_nsec;
    int32_t reserved;
};
struct t_statx {
    uint32_t mask;
    uint32_t blksize;
    uint64_t attributes;
    uint32_t nlink;
    uint32_t uid;
    uint32_t gid;
    uint16_t mode;
    uint16_t spare0;
    uint64_t ino;
    uint64_t size;
    uint64_t blocks;
    uint64_t attributes_mask;
    struct t_statx_time atime, btime, ctime, mtime;
    uint32_t rdev_major, rdev_minor, dev_major, dev_minor;
    uint64_t spare[14];
};

struct t_sockaddr_un {
    uint16_t family;
    char path[108];
};

struct t_utsname {
    char sysname[65], nodename[65], release[65], version[65], machine[65], domainname[65];
};

/* ---- tiny string helpers (no libc) ---------------------------------------- */

static size_t t_strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int t_streq(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == b;
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int t_memeq(const void *a, const void *b, size_t n)
{
    const unsigned char *x = (const unsigned char *)a;
    const unsigned char *y = (const unsigned char *)b;
    size_t i;
    for (i = 0; i < n; i++)
        if (x[i] != y[i])
            return 0;
    return 1;
}

static void t_fill(void *p, unsigned char value, size_t n)
{
    volatile unsigned char *q = (volatile unsigned char *)p;
    size_t i;
    for (i = 0; i < n; i++)
        q[i] = value;
}

static char *t_append_str(char *buf, const char *s)
{
    while (*s)
        *buf++ = *s++;
    *buf = '\0';
    return buf;
}

static const char *t_getenv(char **envp, const char *name)
{
    size_t n = t_strlen(name);
    for (; envp && *envp; envp++)
        if (t_memeq(*envp, name, n) && (*envp)[n] == '=')
            return *envp + n + 1;
    return NULL;
}

/* A result the test relies on for later steps: reports and returns -1 on
 * error so the caller can skip what depends on it. */
static linux_sword need(const char *what, linux_result r)
{
    int err = linux_check(r);
    if (err == 0)
        return (linux_sword)linux_result_raw(r);
    check_verdict_begin(0, what);
    check_out_str("setup call failed with error ");
    check_out_errno(err);
    check_line_end();
    return -1;
}

static void close_fd(linux_sword fd)
{
    if (fd >= 0)
        (void)linux_check(linux_syscall(LINUX_SYS_close, fd));
}

/* fcntl, ftruncate, lseek: riscv32 has only the 64-bit-offset forms
 * (fcntl64, ftruncate64 with the length in a register pair, low word
 * first, and llseek with the offset split high/low and the result stored
 * through a pointer). Elsewhere these are the plain calls. */
#ifdef LINUX_SYS_fcntl
#define T_SYS_FCNTL LINUX_SYS_fcntl
#else
#define T_SYS_FCNTL LINUX_SYS_fcntl64
#endif

static linux_result t_fcntl(linux_sword fd, int cmd)
{
    return linux_syscall(T_SYS_FCNTL, fd, cmd, 0);
}

static linux_result t_ftruncate(linux_sword fd, linux_word len)
{
#ifdef LINUX_SYS_ftruncate
    return linux_syscall(LINUX_SYS_ftruncate, fd, len);
#else
    return linux_syscall(LINUX_SYS_ftruncate64, fd, len, 0);
#endif
}

static linux_result t_lseek(linux_sword fd, linux_sword off, int whence)
{
#ifdef LINUX_SYS_lseek
    return linux_syscall(LINUX_SYS_lseek, fd, off, whence);
#else
    int64_t pos = -1;
    linux_result r = linux_syscall(LINUX_SYS_llseek, fd, off < 0 ? -1 : 0, off, &pos, whence);
    return linux_result_is_error(r) ? r : linux_result_from_raw((linux_word)pos);
#endif
}

static linux_result t_statx(linux_sword dirfd, const char *path, int flags, unsigned mask,
                            struct t_statx *st)
{
    t_fill(st, 0xa5, sizeof *st);
    return linux_syscall(LINUX_SYS_statx, dirfd, path, flags, mask, st);
}

static linux_sword t_memfd(const char *name)
{
    return need(name, linux_syscall(LINUX_SYS_memfd_create, "behaviour", T_MFD_CLOEXEC));
}

/* ---- arity 0 ---------------------------------------------------------------- */

static void test_arity0(void)
{
    linux_sword pid = (linux_sword)linux_result_raw(linux_syscall(LINUX_SYS_getpid));
    linux_sword ppid = (linux_sword)linux_result_raw(linux_syscall(LINUX_SYS_getppid));
    linux_sword tid = (linux_sword)linux_result_raw(linux_syscall(LINUX_SYS_gettid));
    check_true("arity0.getpid_positive", pid > 0, "getpid <= 0");
    check_true("arity0.getppid_differs", ppid >= 0 && ppid != pid, "getppid == getpid or negative");
    check_equal_i64("arity0.gettid_is_pid_in_main_thread", tid, pid);
}

/* ---- arity 1 ---------------------------------------------------------------- */

static void test_arity1(void)
{
    linux_sword fds[2] = {-1, -1};
    linux_sword copy;
    linux_word old_mask;

    /* umask returns the previous mask, so each call shows the argument of
     * the one before. */
    old_mask = linux_result_raw(linux_syscall(LINUX_SYS_umask, 027));
    check_syscall_returns("arity1.umask_returns_previous", linux_syscall(LINUX_SYS_umask, 0022), 027);
    check_syscall_returns("arity1.umask_second", linux_syscall(LINUX_SYS_umask, old_mask), 0022);

    {
        int fds32[2];
        if (need("arity1.setup_pipe", linux_syscall(LINUX_SYS_pipe2, fds32, 0)) < 0)
            return;
        fds[0] = fds32[0];
        fds[1] = fds32[1];
    }
    copy = need("arity1.dup", linux_syscall(LINUX_SYS_dup, fds[1]));
    if (copy >= 0) {
        check_true("arity1.dup_new_fd", copy != fds[0] && copy != fds[1], "dup returned an existing fd");
        /* the copy is the write end: writing through it is readable on fds[0] */
        check_syscall_returns("arity1.dup_copy_writes", linux_syscall(LINUX_SYS_write, copy, "dup!", 4), 4);
        {
            char buf[8];
            check_syscall_returns("arity1.dup_copy_read_back", linux_syscall(LINUX_SYS_read, fds[0], buf, 8), 4);
            check_true("arity1.dup_copy_data", t_memeq(buf, "dup!", 4), "wrong bytes");
        }
        check_syscall_returns("arity1.close", linux_syscall(LINUX_SYS_close, copy), 0);
        check_syscall_fails_with("arity1.closed_fd_is_gone", t_fcntl(copy, T_F_GETFD), LINUX_EBADF);
        check_syscall_returns("arity1.close_leaves_others", t_fcntl(fds[1], T_F_GETFD), 0);
    }
    close_fd(fds[0]);
    close_fd(fds[1]);

#if defined(__s390x__)
    /* s390x mmap is old_mmap: one pointer to six words. */
    {
        linux_word block[6];
        linux_sword mfd = t_memfd("arity1.setup_memfd");
        if (mfd >= 0 && need("arity1.setup_ftruncate",
                             t_ftruncate(mfd, 2 * T_CHUNK)) >= 0 &&
            need("arity1.setup_pwrite", linux_syscall(LINUX_SYS_pwrite64, mfd, "chunk1", 6,
                                                      T_CHUNK)) >= 0) {
            linux_result r;
            void *p;
            block[0] = 0;
            block[1] = T_CHUNK;
            block[2] = T_PROT_READ;
            block[3] = T_MAP_SHARED;
            block[4] = (linux_word)mfd;
            block[5] = T_CHUNK;
            r = linux_syscall(LINUX_SYS_mmap, block);
            if (linux_try_ptr(r, &p) == 0) {
                check_true("arity1.s390x_old_mmap_offset", t_memeq(p, "chunk1", 6),
                           "mapping does not show the file at the offset");
                (void)linux_check(linux_syscall(LINUX_SYS_munmap, p, T_CHUNK));
            } else {
                check_syscall_returns("arity1.s390x_old_mmap", r, 0);
            }
        }
        close_fd(mfd);
    }
#endif
}

/* ---- arity 2 ---------------------------------------------------------------- */

static void test_arity2(void)
{
    int fds[2] = {-1, -1};
    linux_sword mfd;
    struct t_statx st;

    /* pipe2 with flags: both must arrive (pointer in the first register,
     * flags in the second). */
    if (need("arity2.pipe2", linux_syscall(LINUX_SYS_pipe2, fds, T_O_NONBLOCK | T_O_CLOEXEC)) >= 0) {
        linux_result fl = t_fcntl(fds[0], T_F_GETFL);
        linux_result fd = t_fcntl(fds[1], T_F_GETFD);
        check_true("arity2.pipe2_fds_distinct", fds[0] >= 0 && fds[1] >= 0 && fds[0] != fds[1],
                   "bad descriptors");
        check_true("arity2.pipe2_nonblock",
                   linux_check(fl) == 0 && (linux_result_raw(fl) & T_O_NONBLOCK) != 0,
                   "O_NONBLOCK not set");
        check_syscall_returns("arity2.pipe2_cloexec", fd, T_FD_CLOEXEC);
        /* empty non-blocking pipe: EAGAIN instead of blocking */
        {
            char c;
            check_syscall_fails_with("arity2.pipe2_nonblock_read", linux_syscall(LINUX_SYS_read, fds[0], &c, 1),
                                     LINUX_EAGAIN);
        }
        close_fd(fds[0]);
        close_fd(fds[1]);
    }
    if (need("arity2.pipe2_plain", linux_syscall(LINUX_SYS_pipe2, fds, 0)) >= 0) {
        linux_result fl = t_fcntl(fds[0], T_F_GETFL);
        check_true("arity2.pipe2_no_flags",
                   linux_check(fl) == 0 && (linux_result_raw(fl) & T_O_NONBLOCK) == 0,
                   "O_NONBLOCK set without being asked for");
        check_syscall_returns("arity2.pipe2_no_cloexec", t_fcntl(fds[1], T_F_GETFD), 0);
        close_fd(fds[0]);
        close_fd(fds[1]);
    }

    /* ftruncate: the size shows the second argument */
    mfd = t_memfd("arity2.setup_memfd");
    if (mfd >= 0) {
        check_syscall_returns("arity2.ftruncate", t_ftruncate(mfd, 12345), 0);
        if (linux_check(t_statx(mfd, "", 0x1000 /* AT_EMPTY_PATH */, T_STATX_SIZE, &st)) == 0)
            check_equal_i64("arity2.ftruncate_size", (int64_t)st.size, 12345);
        else
            check_true("arity2.ftruncate_size", 0, "statx of the memfd failed");
        close_fd(mfd);
    }
}

/* ---- arity 3 ---------------------------------------------------------------- */

static void test_arity3(void)
{
    int fds[2];
    linux_sword mfd;
    char buf[64];

    if (need("arity3.setup_pipe", linux_syscall(LINUX_SYS_pipe2, fds, 0)) >= 0) {
        check_syscall_returns("arity3.write_count", linux_syscall(LINUX_SYS_write, fds[1], "abcdefg", 7), 7);
        check_syscall_returns("arity3.read_partial", linux_syscall(LINUX_SYS_read, fds[0], buf, 5), 5);
        check_true("arity3.read_partial_data", t_memeq(buf, "abcde", 5), "wrong bytes");
        check_syscall_returns("arity3.read_rest", linux_syscall(LINUX_SYS_read, fds[0], buf, sizeof buf), 2);
        check_true("arity3.read_rest_data", t_memeq(buf, "fg", 2), "wrong bytes");

        /* dup3 onto a chosen descriptor, with and without O_CLOEXEC */
        {
            linux_sword target = 77;
            while (linux_check(t_fcntl(target, T_F_GETFD)) != LINUX_EBADF && target < 1000)
                target++;
            check_syscall_returns("arity3.dup3_cloexec",
                                  linux_syscall(LINUX_SYS_dup3, fds[1], target, T_O_CLOEXEC), target);
            check_syscall_returns("arity3.dup3_cloexec_flag", t_fcntl(target, T_F_GETFD), T_FD_CLOEXEC);
            check_syscall_returns("arity3.dup3_plain", linux_syscall(LINUX_SYS_dup3, fds[1], target, 0),
                                  target);
            check_syscall_returns("arity3.dup3_plain_flag", t_fcntl(target, T_F_GETFD), 0);
            check_syscall_returns("arity3.dup3_target_writes",
                                  linux_syscall(LINUX_SYS_write, target, "xyz", 3), 3);
            check_syscall_returns("arity3.dup3_target_read", linux_syscall(LINUX_SYS_read, fds[0], buf, 64), 3);
            check_syscall_fails_with("arity3.dup3_same_fd", linux_syscall(LINUX_SYS_dup3, target, target, 0),
                                     LINUX_EINVAL);
            close_fd(target);
        }
        close_fd(fds[0]);
        close_fd(fds[1]);
    }

    mfd = t_memfd("arity3.setup_memfd");
    if (mfd >= 0) {
        check_syscall_returns("arity3.memfd_write",
                              linux_syscall(LINUX_SYS_write, mfd, "0123456789abcdefghij", 20), 20);
        check_syscall_returns("arity3.lseek_set", t_lseek(mfd, 5, T_SEEK_SET), 5);
        check_syscall_returns("arity3.lseek_cur", t_lseek(mfd, 7, T_SEEK_CUR), 12);
        check_syscall_returns("arity3.lseek_end", t_lseek(mfd, -3, T_SEEK_END), 17);
        check_syscall_returns("arity3.read_after_lseek", linux_syscall(LINUX_SYS_read, mfd, buf, 2), 2);
        check_true("arity3.read_after_lseek_data", t_memeq(buf, "hi", 2), "wrong bytes");
        check_syscall_fails_with("arity3.lseek_bad_whence", t_lseek(mfd, 0, 77),
                                 LINUX_EINVAL);
        close_fd(mfd);
    }
}

/* ---- arity 4 ---------------------------------------------------------------- */

static linux_sword open_proc(void)
{
    return need("setup.open_proc",
                linux_syscall(LINUX_SYS_openat, T_AT_FDCWD, "/proc", T_O_PATH | T_O_CLOEXEC, 0));
}

static void test_arity4(char **envp)
{
    linux_sword procfd = open_proc();
    char buf[64];
    int sv[2];

    if (procfd >= 0) {
        /* a relative path: the directory descriptor decides what is read,
         * and the size truncates the link */
        linux_result full = linux_syscall(LINUX_SYS_readlinkat, procfd, "self", buf, sizeof buf);
        linux_sword len = linux_check(full) ? -1 : (linux_sword)linux_result_raw(full);
        char pid_text[24];
        check_format_u64(pid_text, (uint64_t)linux_result_raw(linux_syscall(LINUX_SYS_getpid)));
        check_syscall_returns("arity4.readlinkat_proc_self", full, (linux_sword)t_strlen(pid_text));
        check_true("arity4.readlinkat_is_pid", len > 0 && t_memeq(buf, pid_text, (size_t)len),
                   "/proc/self does not name getpid()");
        t_fill(buf, 0, sizeof buf);
        check_syscall_returns("arity4.readlinkat_size_truncates",
                              linux_syscall(LINUX_SYS_readlinkat, procfd, "self", buf, 1), 1);
        check_true("arity4.readlinkat_truncated_data", buf[0] == pid_text[0] && buf[1] == 0,
                   "wrong bytes");
        check_syscall_fails_with("arity4.readlinkat_dirfd_matters",
                                 linux_syscall(LINUX_SYS_readlinkat, procfd, "no-such-entry", buf, sizeof buf),
                                 LINUX_ENOENT);
    }

    /* openat with a mode, seen through statx */
    {
        const char *dir = t_getenv(envp, "TEST_TMPDIR");
        char name[64];
        linux_sword dirfd, fd;
        if (dir == NULL)
            dir = t_getenv(envp, "TMPDIR");
        if (dir == NULL)
            dir = "/tmp";
        check_format_u64(t_append_str(name, "lsc-behaviour-"),
                     (uint64_t)linux_result_raw(linux_syscall(LINUX_SYS_getpid)));
        dirfd = need("arity4.setup_open_tmpdir",
                     linux_syscall(LINUX_SYS_openat, T_AT_FDCWD, dir, T_O_PATH | T_O_CLOEXEC, 0));
        if (dirfd >= 0) {
            linux_word old_mask = linux_result_raw(linux_syscall(LINUX_SYS_umask, 0));
            struct t_statx st;
            (void)linux_check(linux_syscall(LINUX_SYS_unlinkat, dirfd, name, 0));
            fd = need("arity4.openat_create",
                      linux_syscall(LINUX_SYS_openat, dirfd, name,
                                    T_O_RDWR | T_O_CREAT | T_O_EXCL | T_O_CLOEXEC, 0641));
            (void)linux_check(linux_syscall(LINUX_SYS_umask, old_mask));
            if (fd >= 0) {
                if (linux_check(t_statx(dirfd, name, 0, T_STATX_TYPE | T_STATX_MODE, &st)) == 0)
                    check_equal_i64("arity4.openat_mode", st.mode, T_S_IFREG | 0641);
                else
                    check_true("arity4.openat_mode", 0, "statx failed");
                check_syscall_fails_with("arity4.openat_excl",
                                         linux_syscall(LINUX_SYS_openat, dirfd, name,
                                          T_O_RDWR | T_O_CREAT | T_O_EXCL | T_O_CLOEXEC, 0600),
                            LINUX_EEXIST);
                {
                    linux_result fl = t_fcntl(fd, T_F_GETFL);
                    check_true("arity4.openat_flags",
                               linux_check(fl) == 0 && (linux_result_raw(fl) & T_O_ACCMODE) == T_O_RDWR,
                               "not opened read-write");
                }
                close_fd(fd);
                check_syscall_returns("arity4.unlinkat", linux_syscall(LINUX_SYS_unlinkat, dirfd, name, 0), 0);
            }
            close_fd(dirfd);
        }
    }

    /* socketpair: domain, type (with a flag), protocol, result pointer;
     * getsockopt(SO_TYPE) tells the type back */
    {
        int val;
        unsigned len;
        if (need("arity4.socketpair_dgram",
                 linux_syscall(LINUX_SYS_socketpair, T_AF_UNIX, T_SOCK_DGRAM | T_SOCK_CLOEXEC,
                               0, sv)) >= 0) {
            val = -1;
            len = 16;
            check_syscall_returns("arity5.getsockopt",
                                  linux_syscall(LINUX_SYS_getsockopt, sv[0], T_SOL_SOCKET, T_SO_TYPE, &val,
                                      &len),
                        0);
            check_equal_i64("arity5.getsockopt_value", val, T_SOCK_DGRAM);
            check_equal_i64("arity5.getsockopt_len_written_back", len, (int64_t)sizeof(int));
            check_syscall_returns("arity4.socketpair_cloexec", t_fcntl(sv[1], T_F_GETFD), T_FD_CLOEXEC);
            close_fd(sv[0]);
            close_fd(sv[1]);
        }
        if (need("arity4.socketpair_stream",
                 linux_syscall(LINUX_SYS_socketpair, T_AF_UNIX, T_SOCK_STREAM, 0, sv)) >= 0) {
            val = -1;
            len = sizeof val;
            (void)linux_check(linux_syscall(LINUX_SYS_getsockopt, sv[1], T_SOL_SOCKET, T_SO_TYPE,
                                            &val, &len));
            check_equal_i64("arity4.socketpair_stream_type", val, T_SOCK_STREAM);
            check_syscall_returns("arity4.socketpair_no_cloexec", t_fcntl(sv[1], T_F_GETFD), 0);
            close_fd(sv[0]);
            close_fd(sv[1]);
        }
        check_syscall_fails_with("arity4.socketpair_bad_protocol",
                                 linux_syscall(LINUX_SYS_socketpair, T_AF_UNIX, T_SOCK_DGRAM, 99, sv),
                                 LINUX_EPROTONOSUPPORT);
    }
    close_fd(procfd);
}

/* ---- pread64: 4 registers on 64-bit, split offsets on 32-bit --------------- */

static linux_result t_pread64(linux_sword fd, void *buf, linux_word count, uint32_t off_lo,
                              uint32_t off_hi)
{
#if defined(__i386__)
    /* i386: the 64-bit offset is two consecutive words, low first */
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count, off_lo, off_hi);
#elif defined(__arm__)
    /* arm EABI: 64-bit arguments start at an even register, so r3 is
     * padding and the offset is in r4 (low) and r5 (high) */
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count, 0, off_lo, off_hi);
#elif defined(__powerpc__) && !defined(__powerpc64__)
    /* powerpc32: 64-bit arguments take an aligned pair (r3/r4, r5/r6,
     * r7/r8), so r6 is padding; big-endian, the high word comes first */
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count, 0, off_hi, off_lo);
#elif defined(__mips__) && _MIPS_SIM == _ABIO32
    /* o32: 64-bit arguments start at an even register as on arm, so a3 is
     * padding and the offset is the pair that would follow it: arguments 5
     * and 6, on the stack, in memory order (high word first on big-endian) */
#if defined(__MIPSEB__)
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count, 0, off_hi, off_lo);
#else
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count, 0, off_lo, off_hi);
#endif
#elif defined(__riscv) && __riscv_xlen == 32
    /* rv32: a register pair with no alignment, low word first (a3, a4) */
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count, off_lo, off_hi);
#elif defined(__m68k__)
    /* m68k: two consecutive words in memory order, big-endian: high (d4),
     * then low (d5) */
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count, off_hi, off_lo);
#else
    return linux_syscall(LINUX_SYS_pread64, fd, buf, count,
                         ((uint64_t)off_hi << 32) | off_lo);
#endif
}

static void test_pread64(void)
{
    linux_sword mfd = t_memfd("pread64.setup_memfd");
    char buf[16];
    if (mfd < 0)
        return;
    if (need("pread64.setup_ftruncate", t_ftruncate(mfd, 2 * T_CHUNK)) >= 0 &&
        need("pread64.setup_seek", t_lseek(mfd, T_CHUNK + 3, T_SEEK_SET)) >= 0 &&
        need("pread64.setup_write", linux_syscall(LINUX_SYS_write, mfd, "offset!", 7)) >= 0) {
        t_fill(buf, 0, sizeof buf);
        check_syscall_returns("pread64.count", t_pread64(mfd, buf, 5, T_CHUNK + 3, 0), 5);
        check_true("pread64.offset_data", t_memeq(buf, "offse", 5), "wrong bytes (offset lost?)");
        /* high word 1: 4 GiB further, past the end of the file */
        check_syscall_returns("pread64.high_word", t_pread64(mfd, buf, 5, T_CHUNK + 3, 1), 0);
        /* pread does not move the file position */
        check_syscall_returns("pread64.position_kept", t_lseek(mfd, 0, T_SEEK_CUR),
                              T_CHUNK + 3 + 7);
    }
    close_fd(mfd);
}

/* ---- arity 5 ---------------------------------------------------------------- */

static void test_arity5(void)
{
    linux_sword procfd = open_proc();
    struct t_statx st;
    if (procfd < 0)
        return;
    /* the flags decide whether the symlink or its target is described */
    if (linux_check(t_statx(procfd, "self", T_AT_SYMLINK_NOFOLLOW, T_STATX_TYPE, &st)) == 0)
        check_equal_i64("arity5.statx_nofollow_is_link", st.mode & T_S_IFMT, T_S_IFLNK);
    else
        check_true("arity5.statx_nofollow_is_link", 0, "statx failed");
    if (linux_check(t_statx(procfd, "self", 0, T_STATX_TYPE, &st)) == 0)
        check_equal_i64("arity5.statx_follow_is_dir", st.mode & T_S_IFMT, T_S_IFDIR);
    else
        check_true("arity5.statx_follow_is_dir", 0, "statx failed");
    check_true("arity5.statx_mask_filled", (st.mask & T_STATX_TYPE) != 0, "stx_mask lacks STATX_TYPE");
    /* a reserved mask bit must be refused */
    check_syscall_fails_with("arity5.statx_mask_matters",
                             t_statx(procfd, "self", 0, T_STATX_TYPE | T_STATX_RESERVED, &st), LINUX_EINVAL);
    check_syscall_fails_with("arity5.statx_buffer_matters",
                             linux_syscall(LINUX_SYS_statx, procfd, "self", 0, T_STATX_TYPE, (void *)8),
                             LINUX_EFAULT);
    close_fd(procfd);
}

/* ---- arity 6 ---------------------------------------------------------------- */

static linux_result t_mmap(void *addr, linux_word len, int prot, int flags, linux_sword fd,
                           linux_word offset)
{
#if defined(LINUX_SYS_mmap2)
    /* 32-bit: mmap2 takes the offset in 4096-byte units (a shift, not a
     * division: unoptimised arm code would call a libgcc helper) */
    return linux_syscall(LINUX_SYS_mmap2, addr, len, prot, flags, fd, offset >> 12);
#elif defined(__s390x__)
    linux_word block[6];
    block[0] = (linux_word)addr;
    block[1] = len;
    block[2] = (linux_word)prot;
    block[3] = (linux_word)flags;
    block[4] = (linux_word)fd;
    block[5] = offset;
    return linux_syscall(LINUX_SYS_mmap, block);
#else
    return linux_syscall(LINUX_SYS_mmap, addr, len, prot, flags, fd, offset);
#endif
}

static void test_mmap(void)
{
    linux_sword mfd = t_memfd("mmap.setup_memfd");
    void *region = NULL;
    void *mapped = NULL;
    char buf[8];
    if (mfd < 0)
        return;
    if (need("mmap.setup_ftruncate", t_ftruncate(mfd, 3 * T_CHUNK)) < 0 ||
        need("mmap.setup_seek", t_lseek(mfd, 2 * T_CHUNK, T_SEEK_SET)) < 0 ||
        need("mmap.setup_write", linux_syscall(LINUX_SYS_write, mfd, "chunk2", 6)) < 0) {
        close_fd(mfd);
        return;
    }
    /* reserve three chunks, then map the file's third chunk over the
     * middle one: the address, length, protection, flags, descriptor and
     * offset all show in where the data appears and where writes go */
    if (linux_try_ptr(t_mmap(NULL, 3 * T_CHUNK, T_PROT_NONE, T_MAP_PRIVATE | T_MAP_ANONYMOUS, -1, 0),
                      &region) != 0) {
        check_true("mmap.reserve", 0, "anonymous mmap failed");
        close_fd(mfd);
        return;
    }
    {
        char *want = (char *)region + T_CHUNK;
        linux_result r = t_mmap(want, T_CHUNK, T_PROT_READ | T_PROT_WRITE,
                                T_MAP_SHARED | T_MAP_FIXED, mfd, 2 * T_CHUNK);
        if (linux_try_ptr(r, &mapped) == 0) {
            check_equal_i64("mmap.fixed_address", (int64_t)(uintptr_t)mapped, (int64_t)(uintptr_t)want);
            check_true("mmap.offset", t_memeq(mapped, "chunk2", 6), "file data at the offset not seen");
            /* shared and writable: a write through the mapping is in the file */
            ((volatile char *)mapped)[0] = 'C';
            t_fill(buf, 0, sizeof buf);
            check_syscall_returns("mmap.shared_write_seen",
                                  t_pread64(mfd, buf, 6, 2 * T_CHUNK, 0), 6);
            check_true("mmap.shared_write_data", t_memeq(buf, "Chunk2", 6), "write not in the file");
        } else {
            check_syscall_returns("mmap.map_file", r, 0);
        }
    }
    check_syscall_returns("mmap.munmap", linux_syscall(LINUX_SYS_munmap, region, 3 * T_CHUNK), 0);
    close_fd(mfd);
}

static void test_copy_file_range(void)
{
    linux_sword src = t_memfd("copy_file_range.setup_src");
    linux_sword dst = t_memfd("copy_file_range.setup_dst");
    int64_t off_in = 3, off_out = 7;
    char buf[16];
    if (src >= 0 && dst >= 0 &&
        need("copy_file_range.setup_write",
             linux_syscall(LINUX_SYS_write, src, "0123456789", 10)) >= 0 &&
        need("copy_file_range.setup_dst", linux_syscall(LINUX_SYS_write, dst, "..........", 10)) >= 0) {
        check_syscall_returns("copy_file_range.count",
                              linux_syscall(LINUX_SYS_copy_file_range, src, &off_in, dst, &off_out, 4, 0), 4);
        check_equal_i64("copy_file_range.off_in_advanced", off_in, 7);
        check_equal_i64("copy_file_range.off_out_advanced", off_out, 11);
        t_fill(buf, 0, sizeof buf);
        (void)linux_check(t_pread64(dst, buf, 12, 0, 0));
        check_true("copy_file_range.data", t_memeq(buf, ".......3456", 11), "wrong bytes");
        check_syscall_fails_with("copy_file_range.flags_matter",
                                 linux_syscall(LINUX_SYS_copy_file_range, src, &off_in, dst, &off_out, 4, 1),
                                 LINUX_EINVAL);
    }
    close_fd(src);
    close_fd(dst);
}

/* An abstract AF_UNIX address "\0lsc-<pid>-<tag>"; returns its length. */
static unsigned abstract_address(struct t_sockaddr_un *a, const char *tag)
{
    char *end;
    t_fill(a, 0, sizeof *a);
    a->family = T_AF_UNIX;
    end = t_append_str(a->path + 1, "lsc-");
    end = check_format_u64(end, (uint64_t)linux_result_raw(linux_syscall(LINUX_SYS_getpid)));
    end = t_append_str(end, tag);
    return (unsigned)(offsetof(struct t_sockaddr_un, path) + (size_t)(end - a->path));
}

static void test_sendto_recvfrom(void)
{
    struct t_sockaddr_un receiver_addr, sender_addr, from, shorter;
    unsigned receiver_len = abstract_address(&receiver_addr, "-receiver");
    unsigned sender_len = abstract_address(&sender_addr, "-sender");
    unsigned from_len;
    linux_sword receiver, sender;
    char buf[16];

    receiver = need("sendto.setup_socket",
                    linux_syscall(LINUX_SYS_socket, T_AF_UNIX, T_SOCK_DGRAM | T_SOCK_CLOEXEC, 0));
    sender = need("sendto.setup_socket2",
                  linux_syscall(LINUX_SYS_socket, T_AF_UNIX, T_SOCK_DGRAM | T_SOCK_CLOEXEC, 0));
    if (receiver < 0 || sender < 0)
        goto out;
    if (need("sendto.setup_bind",
             linux_syscall(LINUX_SYS_bind, receiver, &receiver_addr, receiver_len)) < 0 ||
        need("sendto.setup_bind2", linux_syscall(LINUX_SYS_bind, sender, &sender_addr, sender_len)) < 0)
        goto out;

    /* the address length is part of an abstract name: one byte less names
     * a socket that does not exist */
    shorter = receiver_addr;
    check_syscall_fails_with("sendto.addrlen_matters",
                             linux_syscall(LINUX_SYS_sendto, sender, "hello", 5, T_MSG_DONTWAIT, &shorter,
                              receiver_len - 1),
                LINUX_ECONNREFUSED);
    check_syscall_fails_with("sendto.flags_matter",
                             linux_syscall(LINUX_SYS_sendto, sender, "hello", 5, T_MSG_OOB, &receiver_addr,
                              receiver_len),
                LINUX_EOPNOTSUPP);
    check_syscall_returns("sendto.count",
                          linux_syscall(LINUX_SYS_sendto, sender, "hello", 5, T_MSG_DONTWAIT, &receiver_addr,
                              receiver_len),
                5);

    /* recvfrom into 3 bytes with MSG_TRUNC: the datagram's real length is
     * returned, the buffer holds 3 bytes, and the sender's address is
     * written back with its length */
    t_fill(buf, 0, sizeof buf);
    t_fill(&from, 0, sizeof from);
    from_len = sizeof from;
    check_syscall_returns("recvfrom.msg_trunc_real_length",
                          linux_syscall(LINUX_SYS_recvfrom, receiver, buf, 3, T_MSG_TRUNC | T_MSG_DONTWAIT,
                              &from, &from_len),
                5);
    check_true("recvfrom.data", t_memeq(buf, "hel", 3) && buf[3] == 0, "wrong bytes");
    check_equal_i64("recvfrom.addrlen", from_len, sender_len);
    check_true("recvfrom.address", from_len == sender_len && t_memeq(&from, &sender_addr, sender_len),
               "sender address differs");

    /* without MSG_TRUNC the truncated length is returned */
    check_syscall_returns("sendto.count_again",
                          linux_syscall(LINUX_SYS_sendto, sender, "world!", 6, 0, &receiver_addr, receiver_len), 6);
    from_len = sizeof from;
    check_syscall_returns("recvfrom.no_trunc_flag",
                          linux_syscall(LINUX_SYS_recvfrom, receiver, buf, 4, T_MSG_DONTWAIT, &from, &from_len),
                          4);
    check_syscall_fails_with("recvfrom.empty_nonblocking",
                             linux_syscall(LINUX_SYS_recvfrom, receiver, buf, 4, T_MSG_DONTWAIT, NULL, NULL),
                             LINUX_EAGAIN);
out:
    close_fd(receiver);
    close_fd(sender);
}

/* ---- clobber canary ------------------------------------------------------ */

#define CANARY_VALUES 40
static volatile linux_word canary_source[CANARY_VALUES];

/* More live values than any supported register file, loaded before and
 * compared after a series of syscalls of every arity: a register the
 * kernel or a trampoline changes but the asm does not declare shows up
 * as a changed value. Not inlined so the pressure is real. */
static __attribute__((__noinline__)) int clobber_canary(linux_sword pipe_w, linux_sword pipe_r)
{
#define V(i) linux_word v##i = canary_source[i];
    V(0) V(1) V(2) V(3) V(4) V(5) V(6) V(7) V(8) V(9)
    V(10) V(11) V(12) V(13) V(14) V(15) V(16) V(17) V(18) V(19)
    V(20) V(21) V(22) V(23) V(24) V(25) V(26) V(27) V(28) V(29)
    V(30) V(31) V(32) V(33) V(34) V(35) V(36) V(37) V(38) V(39)
#undef V
    int bad = 0;
    char byte = 'k';
    int i;
    for (i = 0; i < 3; i++) {
        (void)linux_check(linux_syscall(LINUX_SYS_getpid));
        (void)linux_check(linux_syscall(LINUX_SYS_umask, 022));
        (void)linux_check(linux_syscall(T_SYS_FCNTL, pipe_w, T_F_GETFD));
        (void)linux_check(linux_syscall(LINUX_SYS_write, pipe_w, &byte, 1));
        (void)linux_check(linux_syscall(LINUX_SYS_read, pipe_r, &byte, 1));
        (void)linux_check(linux_syscall(LINUX_SYS_readlinkat, T_AT_FDCWD, "/nonexistent", &byte, 1));
        (void)linux_check(linux_syscall(LINUX_SYS_statx, T_AT_FDCWD, "/nonexistent", 0, 0, NULL));
        (void)linux_check(linux_syscall(LINUX_SYS_copy_file_range, -1, NULL, -1, NULL, 0, 0));
    }
#define C(i) bad += v##i != canary_source[i];
    C(0) C(1) C(2) C(3) C(4) C(5) C(6) C(7) C(8) C(9)
    C(10) C(11) C(12) C(13) C(14) C(15) C(16) C(17) C(18) C(19)
    C(20) C(21) C(22) C(23) C(24) C(25) C(26) C(27) C(28) C(29)
    C(30) C(31) C(32) C(33) C(34) C(35) C(36) C(37) C(38) C(39)
#undef C
    return bad;
}

static void test_clobber_canary(void)
{
    int fds[2];
    int i;
    for (i = 0; i < CANARY_VALUES; i++)
        canary_source[i] = (linux_word)0x9e3779b97f4a7c15ull * (linux_word)(i + 1) ^ (linux_word)i;
    if (need("canary.setup_pipe", linux_syscall(LINUX_SYS_pipe2, fds, 0)) < 0)
        return;
    check_equal_i64("canary.values_survive_syscalls", clobber_canary(fds[1], fds[0]), 0);
    close_fd(fds[0]);
    close_fd(fds[1]);
}

/* ---- error decoding ------------------------------------------------------- */

static void test_errors(void)
{
    int fds[2];
    linux_result r;
    long highest = -1, nr;
    int value = 12345;

    r = linux_syscall(LINUX_SYS_openat, T_AT_FDCWD, "/nonexistent/lsc-behaviour", T_O_RDONLY, 0);
    check_syscall_fails_with("errors.enoent", r, LINUX_ENOENT);
    check_true("errors.enoent_name", t_streq(linux_errno_name(linux_check(r)), "ENOENT"),
               "linux_errno_name(ENOENT) is not \"ENOENT\"");
    check_true("errors.try_leaves_out_alone", linux_try_i32(r, &value) == LINUX_ENOENT && value == 12345,
               "linux_try_i32 wrote *out on error");

    check_syscall_fails_with("errors.ebadf", linux_syscall(LINUX_SYS_close, 0x7ffffff0), LINUX_EBADF);
    check_syscall_fails_with("errors.ebadf_read", linux_syscall(LINUX_SYS_read, -1, &value, 1), LINUX_EBADF);

    if (need("errors.setup_pipe", linux_syscall(LINUX_SYS_pipe2, fds, T_O_NONBLOCK)) >= 0) {
        (void)linux_check(linux_syscall(LINUX_SYS_write, fds[1], "data", 4));
        check_syscall_fails_with("errors.efault", linux_syscall(LINUX_SYS_read, fds[0], (void *)1, 4),
                                 LINUX_EFAULT);
        close_fd(fds[0]);
        close_fd(fds[1]);
    }

    /* the first number after the highest one in the table (arm's private
     * calls at 0xf0000 and up are beyond the scan; mips o32 and n64 numbers
     * start at 4000 and 5000) */
    for (nr = 0; nr < 8192; nr++)
        if (linux_syscall_name(nr) != NULL)
            highest = nr;
    check_true("errors.table_has_numbers", highest > 0, "no syscall names in the table");
    check_true("errors.unassigned_number_has_no_name", linux_syscall_name(highest + 1) == NULL,
               "highest+1 has a name");
    r = linux_syscall(highest + 1, 1, 2, 3);
    check_syscall_fails_with("errors.enosys", r, LINUX_ENOSYS);
    check_true("errors.enosys_name", t_streq(linux_errno_name(linux_check(r)), "ENOSYS"), "bad name");

    /* linux_errno_name round trip */
    check_true("errors.name_eperm", t_streq(linux_errno_name(LINUX_EPERM), "EPERM"), "bad");
    check_true("errors.name_ebadf", t_streq(linux_errno_name(LINUX_EBADF), "EBADF"), "bad");
    check_true("errors.name_efault", t_streq(linux_errno_name(LINUX_EFAULT), "EFAULT"), "bad");
    check_true("errors.name_einval", t_streq(linux_errno_name(LINUX_EINVAL), "EINVAL"), "bad");
    check_true("errors.name_ehwpoison", t_streq(linux_errno_name(LINUX_EHWPOISON), "EHWPOISON"), "bad");
    check_true("errors.name_zero", linux_errno_name(0) == NULL, "errno 0 has a name");
    check_true("errors.name_max", linux_errno_name(LINUX_MAX_ERRNO) == NULL, "errno 4095 has a name");
    check_true("errors.name_negative", linux_errno_name(-1) == NULL, "errno -1 has a name");
    {
        int e, named = 0, well_formed = 1;
        for (e = 1; e <= LINUX_MAX_ERRNO; e++) {
            const char *n = linux_errno_name(e);
            if (n) {
                named++;
                if (n[0] != 'E' || t_strlen(n) < 3)
                    well_formed = 0;
            }
        }
        check_true("errors.names_well_formed", well_formed, "a name does not look like E<NAME>");
        check_true("errors.names_count", named >= 130 && named <= 140, "unexpected number of names");
    }
}

/* ---- result boundaries and conversions -------------------------------- */

static void test_results(void)
{
    linux_result r;
    uintptr_t u;
    int32_t i32 = 7;
    uint32_t u32 = 7;
    int64_t i64 = 7;
    uint64_t u64 = 7;
    intptr_t isz = 7;
    void *p = &u;

    r = linux_result_from_raw((linux_word)-4095);
    check_equal_i64("results.minus_4095_is_error_4095", linux_check(r), 4095);
    check_true("results.minus_4095_is_error", linux_result_is_error(r), "not an error");
    r = linux_result_from_raw((linux_word)-4096);
    check_equal_i64("results.minus_4096_is_value", linux_check(r), 0);
    check_true("results.minus_4096_try_usize",
               linux_try_usize(r, &u) == 0 && u == (uintptr_t)(linux_word)-4096, "wrong value");
    r = linux_result_from_raw((linux_word)-1);
    check_equal_i64("results.minus_1_is_eperm", linux_check(r), LINUX_EPERM);
    r = linux_result_from_raw(0);
    check_true("results.zero_is_value", linux_check(r) == 0 && !linux_result_is_error(r), "error");
    r = linux_result_from_raw(~(linux_word)0 - 4096);
    check_equal_i64("results.top_address_is_value", linux_check(r), 0);
    r = linux_result_from_raw((linux_word)0xfffff000u);
    check_equal_i64("results.0xfffff000_is_value", linux_check(r), 0);
    check_true("results.raw_round_trip",
               linux_result_raw(linux_result_from_raw((linux_word)0x12345678u)) == 0x12345678u, "raw");

    /* errors leave *out untouched, for every type */
    u = 7;
    p = &u;
    r = linux_result_from_raw((linux_word)-LINUX_ENOENT);
    check_true("results.try_error_untouched",
               linux_try_i32(r, &i32) == LINUX_ENOENT && i32 == 7 &&
              linux_try_u32(r, &u32) == LINUX_ENOENT && u32 == 7 &&
              linux_try_i64(r, &i64) == LINUX_ENOENT && i64 == 7 &&
              linux_try_u64(r, &u64) == LINUX_ENOENT && u64 == 7 &&
              linux_try_isize(r, &isz) == LINUX_ENOENT && isz == 7 &&
              linux_try_usize(r, &u) == LINUX_ENOENT && u == 7 &&
              linux_try_ptr(r, &p) == LINUX_ENOENT && p == &u,
          "an out parameter changed");

    /* conversions: signed types sign-extend the register, unsigned zero-extend */
    r = linux_result_from_raw((linux_word)(linux_sword)-5000);
    check_true("results.try_i32_negative_value", linux_try_i32(r, &i32) == 0 && i32 == -5000, "i32");
    check_true("results.try_i64_sign_extends", linux_try_i64(r, &i64) == 0 && i64 == -5000, "i64");
    check_true("results.try_isize", linux_try_isize(r, &isz) == 0 && isz == -5000, "isize");
    check_true("results.try_u64_zero_extends",
               linux_try_u64(r, &u64) == 0 &&
              u64 == (sizeof(linux_word) == 4 ? (uint64_t)0xffffec78u : (uint64_t)0xffffffffffffec78u),
          "u64");
    r = linux_result_from_raw((linux_word)0x89abcdefu);
    check_true("results.try_u32", linux_try_u32(r, &u32) == 0 && u32 == 0x89abcdefu, "u32");
    check_true("results.try_u64_high_bit",
               linux_try_u64(r, &u64) == 0 && u64 == (uint64_t)0x89abcdefu, "u64");
    check_true("results.try_i64_high_bit",
               linux_try_i64(r, &i64) == 0 &&
              i64 == (sizeof(linux_word) == 4 ? (int64_t)(int32_t)0x89abcdefu : (int64_t)0x89abcdefu),
          "i64");
    r = linux_result_from_raw((linux_word)0x1000);
    check_true("results.try_ptr", linux_try_ptr(r, &p) == 0 && p == (void *)0x1000, "ptr");

    /* i32/u32: a 64-bit register value that does not fit is EOVERFLOW with
     * *out untouched; a 32-bit register is reinterpreted and always fits */
    i32 = 7;
    u32 = 7;
    if (sizeof(linux_word) > 4) {
        linux_word big = ((linux_word)1 << 16 << 16) | 5; /* 0x100000005 */
        r = linux_result_from_raw(big);
        check_true("results.try_i32_0x100000005_overflows",
                   linux_try_i32(r, &i32) == LINUX_EOVERFLOW && i32 == 7, "i32 truncated");
        check_true("results.try_u32_0x100000005_overflows",
                   linux_try_u32(r, &u32) == LINUX_EOVERFLOW && u32 == 7, "u32 truncated");
        check_true("results.try_u64_0x100000005", linux_try_u64(r, &u64) == 0 && u64 == big, "u64");
        r = linux_result_from_raw((linux_word)0x80000000u);
        check_true("results.try_i32_0x80000000_overflows",
                   linux_try_i32(r, &i32) == LINUX_EOVERFLOW && i32 == 7, "i32 wrapped");
        check_true("results.try_u32_0x80000000", linux_try_u32(r, &u32) == 0 && u32 == 0x80000000u,
                   "u32");
        r = linux_result_from_raw((linux_word)-4096);
        check_true("results.try_u32_minus_4096_overflows",
                   linux_try_u32(r, &u32) == LINUX_EOVERFLOW && u32 == 0x80000000u, "u32 truncated");
    } else {
        r = linux_result_from_raw((linux_word)0x80000000u);
        check_true("results.try_i32_0x80000000_is_int32_min",
                   linux_try_i32(r, &i32) == 0 && i32 == INT32_MIN, "i32");
        r = linux_result_from_raw((linux_word)-4096);
        check_true("results.try_u32_minus_4096_reinterpreted",
                   linux_try_u32(r, &u32) == 0 && u32 == 0xfffff000u, "u32");
    }
    r = linux_result_from_raw((linux_word)-LINUX_EBADF);
    check_true("results.try_i32_error_is_not_eoverflow", linux_try_i32(r, &i32) == LINUX_EBADF,
               "not EBADF");
}

/* ---- numbers and tables ------------------------------------------------- */

static void test_numbers(void)
{
    char cwd[4096];
    struct t_utsname uts;
    struct t_statx a, b;
    linux_result r;
    int fds[2];

    check_true("numbers.name_openat", t_streq(linux_syscall_name(LINUX_SYS_openat), "openat"), "bad");
    check_true("numbers.name_write", t_streq(linux_syscall_name(LINUX_SYS_write), "write"), "bad");
    check_equal_i64("numbers.number_write", linux_syscall_number("write"), LINUX_SYS_write);
    check_equal_i64("numbers.number_getpid", linux_syscall_number("getpid"), LINUX_SYS_getpid);
    check_equal_i64("numbers.number_unknown", linux_syscall_number("no_such_syscall"), -1);
    check_true("numbers.target_arch_name", t_strlen(LINUX_ARCH_TARGET_NAME) > 0, "empty");

    if (need("numbers.setup_pipe", linux_syscall(LINUX_SYS_pipe2, fds, 0)) >= 0) {
        char buf[8];
        check_syscall_returns("numbers.write_writes", linux_syscall(LINUX_SYS_write, fds[1], "w", 1), 1);
        check_syscall_returns("numbers.read_reads", linux_syscall(LINUX_SYS_read, fds[0], buf, 8), 1);
        close_fd(fds[0]);
        close_fd(fds[1]);
    }

    t_fill(cwd, 0x55, sizeof cwd);
    r = linux_syscall(LINUX_SYS_getcwd, cwd, sizeof cwd);
    if (linux_check(r) == 0) {
        linux_word len = linux_result_raw(r);
        check_true("numbers.getcwd_absolute", cwd[0] == '/', "does not start with /");
        check_equal_i64("numbers.getcwd_length_counts_nul", (int64_t)len, (int64_t)t_strlen(cwd) + 1);
        if (linux_check(t_statx(T_AT_FDCWD, cwd, 0, T_STATX_INO, &a)) == 0 &&
            linux_check(t_statx(T_AT_FDCWD, ".", 0, T_STATX_INO, &b)) == 0)
            check_true("numbers.getcwd_is_dot",
                       a.ino == b.ino && a.dev_major == b.dev_major && a.dev_minor == b.dev_minor,
                       "getcwd names another directory than \".\"");
        else
            check_true("numbers.getcwd_is_dot", 0, "statx failed");
    } else {
        check_syscall_returns("numbers.getcwd", r, 1);
    }
    check_syscall_fails_with("numbers.getcwd_size_matters", linux_syscall(LINUX_SYS_getcwd, cwd, 1), LINUX_ERANGE);

    t_fill(&uts, 0, sizeof uts);
    r = linux_syscall(LINUX_SYS_uname, &uts);
    check_syscall_returns("numbers.uname", r, 0);
    check_true("numbers.uname_sysname", t_streq(uts.sysname, "Linux"), "sysname is not Linux");
    check_true("numbers.uname_machine", uts.machine[0] != 0, "empty machine");
    check_true("numbers.uname_release", uts.release[0] >= '2' && uts.release[0] <= '9', "odd release");
}

/* Pointers in static data need relocating in a PIE; the freestanding
 * runtime applies the relocations itself. */
static const char *const static_words[] = {"alpha", "beta", "gamma"};
static const char *volatile static_word_pointer = "delta";

static void test_static_data(void)
{
    check_true("runtime.static_pointer_table", t_streq(static_words[1], "beta"),
               "pointer in static data not relocated");
    check_true("runtime.static_pointer", t_streq(static_word_pointer, "delta"),
               "pointer in static data not relocated");
}

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    check_note("syscall_behaviour: arch " LINUX_ARCH_TARGET_NAME
#ifdef LINUX_SYSCALL_TRAMPOLINE
            ", trampoline"
#else
            ", inline"
#endif
    );
    test_static_data();
    test_arity0();
    test_arity1();
    test_arity2();
    test_arity3();
    test_arity4(envp);
    test_pread64();
    test_arity5();
    test_mmap();
    test_copy_file_range();
    test_sendto_recvfrom();
    test_clobber_canary();
    test_errors();
    test_results();
    test_numbers();
    return check_finish();
}
