/*
 * trampoline_abi_test: the out-of-line trampolines (core/src/arch/<arch>/
 * trampoline.S) against the kernel, one real system call per arity whose
 * outcome depends on every argument register, plus callee-saved register
 * checks.
 *
 * Built twice by tests/trampoline/run_matrix.sh: with
 * -DLINUX_SYSCALL_TRAMPOLINE (linux_syscallN -> trampolines) and without
 * (force-inlined asm). Both builds must pass, and their output, except
 * lines starting with "[T]" (checks of the raw trampoline symbols, only in
 * the trampoline build), must be identical. Nothing printed depends on
 * addresses or process ids, so equal output means equal results.
 *
 * Uses no libc: output and everything else go through linux_syscall, so
 * the same file runs on glibc and, with the public start-up (core/src/start),
 * without any libc (loongarch64). With a libc, x86 also tries the real
 * vDSO entry (getauxval(AT_SYSINFO)), which qemu-user does not provide.
 *
 * Constants below (flags, commands) have the same values on all seven
 * supported architectures; no structure whose layout differs between them
 * is used (pollfd, sigset words, sockaddr_un are uniform).
 */
#include "linux_syscall.h"

#include "../lib/check.h"

#if defined(__GLIBC__) && defined(__i386__)
#include <sys/auxv.h>
#define HAVE_GETAUXVAL 1
#endif

typedef linux_word word;

/* ---- output: the test protocol of tests/lib/check.h ----------------------
 *
 * Two things differ from the plain protocol because tests/trampoline/
 * run_matrix.sh reads this output: lines of the raw trampoline checks
 * start with "[T] " (left out when the two builds' outputs are compared),
 * and the last line is "trampoline_abi_test: passed|FAILED N of M" instead
 * of check_finish()'s closing line (which would differ between the builds).
 */

static void put_char(char c)
{
    check_out_char(c);
}

static void put_str(const char *s)
{
    check_out_str(s);
}

/* A raw result as the caller would read it: "-errno N" for errors, plain
 * decimal otherwise. */
static void put_raw(word raw)
{
    if (linux_result_is_error(linux_result_from_raw(raw))) {
        put_str("-errno ");
        check_out_u64((uint64_t)-(linux_sword)raw);
    } else {
        check_out_u64((uint64_t)raw);
    }
}

/* One check: "ok WHAT -> GOT" or "FAIL WHAT: got GOT"; the value is shown
 * on passes too, so equal output of the two builds means equal results. */
static void check(int ok, const char *what, word got)
{
    check_verdict_begin(ok, what);
    put_str(ok ? " -> " : "got ");
    put_raw(got);
    check_line_end();
}

static void check_eq(const char *what, word got, word want)
{
    check(got == want, what, got);
}

static int mem_eq(const void *a, const void *b, unsigned n)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    while (n--)
        if (*x++ != *y++)
            return 0;
    return 1;
}

static void mem_set(void *p, int c, unsigned n)
{
    volatile unsigned char *x = (volatile unsigned char *)p;
    while (n--)
        *x++ = (unsigned char)c;
}

static word raw(linux_result r)
{
    return linux_result_raw(r);
}

static word neg(int e)
{
    return (word)-(linux_sword)e;
}

/* ---- constants (the same on most architectures; mips's and sparc's below) */

#if defined(__mips__)
/* arch/mips/include/uapi/asm/{mman,signal}.h, asm/socket.h: SOCK_DGRAM is
 * 1, MAP_ANONYMOUS 0x800, the signal numbers and SIG_* differ and the
 * kernel's sigset has 128 bits */
enum {
    T_SOCK_DGRAM = 1, T_MAP_ANONYMOUS = 0x800,
    T_SIG_BLOCK = 1, T_SIG_SETMASK = 3, T_SIGUSR1 = 16,
    T_KERNEL_SIGSET_BYTES = 16
};
#elif defined(__sparc__)
/* arch/sparc/include/uapi/asm/signal.h: the SIG_* values and signal
 * numbers differ; the rest is asm-generic's */
enum {
    T_SOCK_DGRAM = 2, T_MAP_ANONYMOUS = 0x20,
    T_SIG_BLOCK = 1, T_SIG_SETMASK = 4, T_SIGUSR1 = 30,
    T_KERNEL_SIGSET_BYTES = 8
};
#else
enum {
    T_SOCK_DGRAM = 2, T_MAP_ANONYMOUS = 0x20,
    T_SIG_BLOCK = 0, T_SIG_SETMASK = 2, T_SIGUSR1 = 10,
    T_KERNEL_SIGSET_BYTES = 8
};
#endif
enum {
    T_SEEK_SET = 0, T_SEEK_CUR = 1, T_SEEK_END = 2,
    T_F_GETFD = 1, T_FD_CLOEXEC = 1, T_MFD_CLOEXEC = 1,
    T_AF_UNIX = 1,
    T_MSG_OOB = 1, T_MSG_PEEK = 2, T_MSG_DONTWAIT = 0x40,
    T_POLLIN = 1, T_POLLOUT = 4,
    T_PROT_READ = 1, T_PROT_WRITE = 2,
    T_MAP_SHARED = 1, T_MAP_PRIVATE = 2, T_MAP_FIXED = 0x10,
    T_MREMAP_MAYMOVE = 1, T_MREMAP_FIXED = 2
};

/* riscv32 has only the 64-bit-offset and 64-bit-time forms: fcntl64,
 * ftruncate64 (length in a register pair, low word first), llseek (offset
 * split high/low, result stored through a pointer), ppoll_time64 (the
 * timeout here is four zero words either way). */
#ifdef LINUX_SYS_fcntl
#define T_SYS_FCNTL LINUX_SYS_fcntl
#else
#define T_SYS_FCNTL LINUX_SYS_fcntl64
#endif
#ifdef LINUX_SYS_ppoll
#define T_SYS_PPOLL LINUX_SYS_ppoll
#else
#define T_SYS_PPOLL LINUX_SYS_ppoll_time64
#endif

static linux_result t_ftruncate(word fd, word len)
{
#ifdef LINUX_SYS_ftruncate
    return linux_syscall(LINUX_SYS_ftruncate, fd, len);
#else
    return linux_syscall(LINUX_SYS_ftruncate64, fd, len, 0);
#endif
}

static linux_result t_lseek(word fd, linux_sword off, int whence)
{
#ifdef LINUX_SYS_lseek
    return linux_syscall(LINUX_SYS_lseek, fd, off, whence);
#else
    int64_t pos = -1;
    linux_result r = linux_syscall(LINUX_SYS_llseek, fd, off < 0 ? -1 : 0, off, &pos, whence);
    return linux_result_is_error(r) ? r : linux_result_from_raw((word)pos);
#endif
}

/* Big enough to be a whole number of pages everywhere (4 KiB, and the
 * 16 KiB of loongarch64 under qemu). */
#define CHUNK 65536u

struct t_pollfd {
    int fd;
    short events;
    short revents;
};

struct t_sockaddr_un {
    unsigned short family;
    char path[108];
};

/* ---- mapping helper: each architecture's plain mmap entry ---------------- */

#if defined(__s390x__) || defined(__i386__)
#define OLD_MMAP 1 /* LINUX_SYS_mmap takes one pointer to six words */
#endif

static word map(word addr, word len, word prot, word flags, word fd, word off)
{
#if defined(LINUX_SYS_mmap2)
    return raw(linux_syscall(LINUX_SYS_mmap2, addr, len, prot, flags, fd, off / 4096));
#elif defined(OLD_MMAP)
    word block[6];
    block[0] = addr, block[1] = len, block[2] = prot;
    block[3] = flags, block[4] = fd, block[5] = off;
    return raw(linux_syscall(LINUX_SYS_mmap, block));
#else
    return raw(linux_syscall(LINUX_SYS_mmap, addr, len, prot, flags, fd, off));
#endif
}

/* ---- the checks ------------------------------------------------------------ */

static const char page_text[] = "page one";

static void arity0(void)
{
    word pid = raw(linux_syscall(LINUX_SYS_getpid));
    check(pid == linux__arch_syscall0(LINUX_SYS_getpid), "0 getpid equals inline asm", 0);
    check_eq("0 gettid equals getpid (main thread)", raw(linux_syscall(LINUX_SYS_gettid)) == pid, 1);
    check_eq("0 sched_yield", raw(linux_syscall(LINUX_SYS_sched_yield)), 0);
}

static void arity1(void)
{
    word old = raw(linux_syscall(LINUX_SYS_umask, 022));
    check_eq("1 umask(077) returns previous 022", raw(linux_syscall(LINUX_SYS_umask, 077)), 022);
    check_eq("1 umask(old) returns previous 077", raw(linux_syscall(LINUX_SYS_umask, old)), 077);
    check_eq("1 close(-1)", raw(linux_syscall(LINUX_SYS_close, -1)), neg(LINUX_EBADF));
    check_eq("1 dup(-1)", raw(linux_syscall(LINUX_SYS_dup, -1)), neg(LINUX_EBADF));
}

/* Returns a memfd of 3 * CHUNK bytes with page_text at CHUNK. */
static word arity2_3(void)
{
    static const char fill[] = "0123456789abcdef";
    char buf[16];
    word fd = raw(linux_syscall(LINUX_SYS_memfd_create, "trampoline", T_MFD_CLOEXEC));
    word fd2;
    check(!linux_result_is_error(linux_result_from_raw(fd)), "2 memfd_create", fd);
    check_eq("3 fcntl(F_GETFD) sees MFD_CLOEXEC", raw(linux_syscall(T_SYS_FCNTL, fd, T_F_GETFD, 0)),
             T_FD_CLOEXEC);
    check_eq("2 ftruncate(fd, 3*CHUNK)", raw(t_ftruncate(fd, 3 * CHUNK)), 0);
    check_eq("3 lseek(fd, 0, SEEK_END)", raw(t_lseek(fd, 0, T_SEEK_END)),
             3 * CHUNK);
    check_eq("3 lseek(fd, CHUNK, SEEK_SET)", raw(t_lseek(fd, CHUNK, T_SEEK_SET)),
             CHUNK);
    check_eq("3 write(fd, page_text, 8)", raw(linux_syscall(LINUX_SYS_write, fd, page_text, 8)), 8);
    check_eq("3 lseek(fd, -3, SEEK_CUR)", raw(t_lseek(fd, -3, T_SEEK_CUR)),
             CHUNK + 5);
    mem_set(buf, 0, sizeof buf);
    check_eq("3 read(fd, buf, 3)", raw(linux_syscall(LINUX_SYS_read, fd, buf, 3)), 3);
    check_eq("3 read returned \"one\"", mem_eq(buf, "one\0", 4), 1);
    check_eq("3 write(fd, fill, 16) at 2*CHUNK",
             raw(t_lseek(fd, 2 * CHUNK, T_SEEK_SET)) == 2 * CHUNK &&
                 raw(linux_syscall(LINUX_SYS_write, fd, fill, 16)) == 16,
             1);
    check_eq("2 kill(getpid(), 0)",
             raw(linux_syscall(LINUX_SYS_kill, raw(linux_syscall(LINUX_SYS_getpid)), 0)), 0);
    check_eq("2 kill(getpid(), 99)",
             raw(linux_syscall(LINUX_SYS_kill, raw(linux_syscall(LINUX_SYS_getpid)), 99)),
             neg(LINUX_EINVAL));
    fd2 = raw(linux_syscall(LINUX_SYS_dup, fd));
    check(fd2 != fd && !linux_result_is_error(linux_result_from_raw(fd2)), "1 dup(fd)", fd2);
    check_eq("1 close(dup)", raw(linux_syscall(LINUX_SYS_close, fd2)), 0);
    return fd;
}

static void arity4(word fd, word sv[2])
{
    int pair[2] = {-1, -1};
    word set[T_KERNEL_SIGSET_BYTES / sizeof(word)];
    word old[T_KERNEL_SIGSET_BYTES / sizeof(word)];
    word cur[T_KERNEL_SIGSET_BYTES / sizeof(word)];
    unsigned i;

    check_eq("4 socketpair(AF_UNIX, SOCK_DGRAM, 0, pair)",
             raw(linux_syscall(LINUX_SYS_socketpair, T_AF_UNIX, T_SOCK_DGRAM, 0, pair)), 0);
    check(pair[0] >= 0 && pair[1] >= 0 && pair[0] != pair[1], "4 socketpair filled pair",
          (word)pair[1] - (word)pair[0]);
    sv[0] = (word)pair[0];
    sv[1] = (word)pair[1];
    check_eq("4 socketpair(AF_UNIX, SOCK_DGRAM, 99, pair)",
             raw(linux_syscall(LINUX_SYS_socketpair, T_AF_UNIX, T_SOCK_DGRAM, 99, pair)),
             neg(LINUX_EPROTONOSUPPORT));

    for (i = 0; i < sizeof set / sizeof set[0]; i++)
        set[i] = 0, old[i] = 0, cur[i] = 0;
    set[0] = (word)1 << (T_SIGUSR1 - 1);
    check_eq("4 rt_sigprocmask(SIG_BLOCK, {USR1}, old, 8)",
             raw(linux_syscall(LINUX_SYS_rt_sigprocmask, T_SIG_BLOCK, set, old, T_KERNEL_SIGSET_BYTES)), 0);
    check_eq("4 rt_sigprocmask(SIG_SETMASK, old, cur, 8)",
             raw(linux_syscall(LINUX_SYS_rt_sigprocmask, T_SIG_SETMASK, old, cur, T_KERNEL_SIGSET_BYTES)),
             0);
    check_eq("4 rt_sigprocmask reported USR1 blocked", (cur[0] >> (T_SIGUSR1 - 1)) & 1, 1);
    check_eq("4 rt_sigprocmask(SIG_SETMASK, old, 0, 4)",
             raw(linux_syscall(LINUX_SYS_rt_sigprocmask, T_SIG_SETMASK, old, 0, 4)), neg(LINUX_EINVAL));

#if !defined(LINUX_SYS_mmap2) /* 64-bit: the offset is one register */
    {
        char buf[16];
        mem_set(buf, 0, sizeof buf);
        check_eq("4 pread64(fd, buf, 8, CHUNK)", raw(linux_syscall(LINUX_SYS_pread64, fd, buf, 8, CHUNK)),
                 8);
        check_eq("4 pread64 returned page_text", mem_eq(buf, page_text, 9), 1);
        check_eq("4 pread64(fd, buf, 4, 2*CHUNK + 10)",
                 raw(linux_syscall(LINUX_SYS_pread64, fd, buf, 4, 2 * CHUNK + 10)), 4);
        check_eq("4 pread64 returned \"abcd\"", mem_eq(buf, "abcd", 4), 1);
    }
#else
    (void)fd;
#endif
}

/* Returns a 64 KiB-aligned, reserved region of 8 * CHUNK, or 0. */
static word arity5(word sv[2])
{
    word region = map(0, 9 * CHUNK, T_PROT_READ | T_PROT_WRITE, T_MAP_PRIVATE | T_MAP_ANONYMOUS,
                      (word)-1, 0);
    word base, a, b, moved;
    struct t_pollfd fds[2];
    word zero_timeout[4] = {0, 0, 0, 0};
    word mask[T_KERNEL_SIGSET_BYTES / sizeof(word)];
    unsigned i;

    if (linux_result_is_error(linux_result_from_raw(region))) {
        check(0, "6 mmap anonymous region", region);
        return 0;
    }
    base = (region + CHUNK - 1) & ~(word)(CHUNK - 1);
    a = base;
    b = base + 4 * CHUNK;
    mem_set((void *)b, 0xaa, 3 * CHUNK);
    ((volatile char *)a)[0] = 'M';
    ((volatile char *)a)[CHUNK - 1] = 'E';
    moved = raw(linux_syscall(LINUX_SYS_mremap, a, CHUNK, 2 * CHUNK, T_MREMAP_MAYMOVE | T_MREMAP_FIXED, b));
    check(moved == b, "5 mremap(a, CHUNK, 2*CHUNK, MAYMOVE|FIXED, b) returns b", moved == b);
    if (moved == b) {
        check_eq("5 mremap moved the contents",
                 ((volatile char *)b)[0] == 'M' && ((volatile char *)b)[CHUNK - 1] == 'E', 1);
        check_eq("5 mremap grew to 2*CHUNK (fresh zero pages)", ((volatile char *)b)[CHUNK + 7], 0);
        check_eq("5 mremap left the third chunk alone", ((volatile unsigned char *)b)[2 * CHUNK], 0xaa);
    }

    fds[0].fd = (int)sv[0], fds[0].events = T_POLLOUT, fds[0].revents = 0x55;
    fds[1].fd = (int)sv[1], fds[1].events = T_POLLIN, fds[1].revents = 0x55;
    for (i = 0; i < sizeof mask / sizeof mask[0]; i++)
        mask[i] = 0;
    check_eq("5 ppoll(fds, 2, {0,0}, mask, 8)",
             raw(linux_syscall(T_SYS_PPOLL, fds, 2, zero_timeout, mask, T_KERNEL_SIGSET_BYTES)), 1);
    check_eq("5 ppoll revents", (word)(fds[0].revents == T_POLLOUT && fds[1].revents == 0), 1);
    fds[1].revents = 0x55;
    check_eq("5 ppoll(fds, 1, ...)",
             raw(linux_syscall(T_SYS_PPOLL, fds, 1, zero_timeout, mask, T_KERNEL_SIGSET_BYTES)), 1);
    check_eq("5 ppoll left fds[1] alone", (word)(unsigned short)fds[1].revents, 0x55);
    check_eq("5 ppoll(fds, 2, {0,0}, mask, 4)",
             raw(linux_syscall(T_SYS_PPOLL, fds, 2, zero_timeout, mask, 4)), neg(LINUX_EINVAL));
    return base;
}

static void fill_abstract(struct t_sockaddr_un *addr, word *len, char tag)
{
    /* Abstract names are per network namespace: the pid keeps parallel
     * runs apart. The name length is part of the name. */
    static const char stem[] = "linux-syscall-trampoline-";
    word pid = raw(linux_syscall(LINUX_SYS_getpid));
    unsigned n = 0, i;
    char digits[24];
    int d = 0;
    mem_set(addr, 0, sizeof *addr);
    addr->family = T_AF_UNIX;
    addr->path[n++] = 0;
    for (i = 0; stem[i]; i++)
        addr->path[n++] = stem[i];
    addr->path[n++] = tag;
    addr->path[n++] = '-';
    do {
        digits[d++] = (char)('0' + pid % 10);
        pid /= 10;
    } while (pid);
    while (d)
        addr->path[n++] = digits[--d];
    *len = 2 + n;
}

static void arity6(word fd, word base)
{
    struct t_sockaddr_un addr_a, addr_b, from;
    word len_a, len_b;
    unsigned int from_len; /* socklen_t: 32 bits even on 64-bit (s390x is big-endian) */
    word s_a, s_b;
    char buf[64];

    fill_abstract(&addr_a, &len_a, 'a');
    fill_abstract(&addr_b, &len_b, 'b');
    s_a = raw(linux_syscall(LINUX_SYS_socket, T_AF_UNIX, T_SOCK_DGRAM, 0));
    s_b = raw(linux_syscall(LINUX_SYS_socket, T_AF_UNIX, T_SOCK_DGRAM, 0));
    check_eq("3 bind(a)", raw(linux_syscall(LINUX_SYS_bind, s_a, &addr_a, len_a)), 0);
    check_eq("3 bind(b)", raw(linux_syscall(LINUX_SYS_bind, s_b, &addr_b, len_b)), 0);
    check_eq("6 sendto(a, msg, 9, 0, &b, len_b)",
             raw(linux_syscall(LINUX_SYS_sendto, s_a, "hello six", 9, 0, &addr_b, len_b)), 9);
    check_eq("6 sendto(a, msg, 9, 0, &b, len_b - 1): no such name",
             raw(linux_syscall(LINUX_SYS_sendto, s_a, "hello six", 9, 0, &addr_b, len_b - 1)),
             neg(LINUX_ECONNREFUSED));
    check_eq("6 sendto(a, msg, 9, MSG_OOB, &b, len_b)",
             raw(linux_syscall(LINUX_SYS_sendto, s_a, "hello six", 9, T_MSG_OOB, &addr_b, len_b)),
             neg(LINUX_EOPNOTSUPP));
    mem_set(&from, 0, sizeof from);
    mem_set(buf, 0, sizeof buf);
    from_len = sizeof from;
    check_eq("6 recvfrom(b, buf, 64, MSG_PEEK, &from, &from_len)",
             raw(linux_syscall(LINUX_SYS_recvfrom, s_b, buf, 64, T_MSG_PEEK, &from, &from_len)), 9);
    check_eq("6 recvfrom set from_len to len_a", (word)from_len == len_a, 1);
    check_eq("6 recvfrom filled from = a", mem_eq(&from, &addr_a, (unsigned)len_a), 1);
    check_eq("6 recvfrom data", mem_eq(buf, "hello six", 9), 1);
    mem_set(buf, 0, sizeof buf);
    check_eq("6 recvfrom(b, buf, 5, MSG_DONTWAIT, 0, 0) truncates",
             raw(linux_syscall(LINUX_SYS_recvfrom, s_b, buf, 5, T_MSG_DONTWAIT, 0, 0)), 5);
    check_eq("6 recvfrom data truncated", mem_eq(buf, "hello\0", 6), 1);
    check_eq("6 recvfrom(b, ..., MSG_DONTWAIT): queue empty (PEEK kept it, then consumed)",
             raw(linux_syscall(LINUX_SYS_recvfrom, s_b, buf, 64, T_MSG_DONTWAIT, 0, 0)), neg(LINUX_EAGAIN));
    (void)linux_check(linux_syscall(LINUX_SYS_close, s_a));
    (void)linux_check(linux_syscall(LINUX_SYS_close, s_b));

    if (base != 0) {
        /* A shared mapping of the memfd at file offset CHUNK, placed
         * exactly at base + CHUNK. Writes through it must reach the file. */
        word want = base + CHUNK;
        word got = map(want, CHUNK, T_PROT_READ | T_PROT_WRITE, T_MAP_SHARED | T_MAP_FIXED, fd, CHUNK);
#if defined(LINUX_SYS_mmap2)
        check(got == want, "6 mmap2(base+CHUNK, CHUNK, RW, SHARED|FIXED, memfd, CHUNK/4096)", got == want);
#elif defined(OLD_MMAP)
        check(got == want, "1 old mmap({base+CHUNK, CHUNK, RW, SHARED|FIXED, memfd, CHUNK})", got == want);
#else
        check(got == want, "6 mmap(base+CHUNK, CHUNK, RW, SHARED|FIXED, memfd, CHUNK)", got == want);
#endif
        if (got == want) {
            volatile char *p = (volatile char *)want;
            check_eq("6 mapping shows the file at CHUNK", mem_eq((const void *)p, page_text, 9), 1);
            p[100] = 'Z';
            mem_set(buf, 0, sizeof buf);
            check_eq("6 write through MAP_SHARED reaches the file",
                     raw(t_lseek(fd, CHUNK + 100, T_SEEK_SET)) == CHUNK + 100 &&
                         raw(linux_syscall(LINUX_SYS_read, fd, buf, 1)) == 1 && buf[0] == 'Z',
                     1);
        }
        check_eq("2 munmap(base, 8*CHUNK)", raw(linux_syscall(LINUX_SYS_munmap, base, 8 * CHUNK)), 0);
    }
}

/* ---- callee-saved registers ---------------------------------------------- */

void trampoline_test_call_with_canaries(void *fn, word nr, word *after);

#define CANARY(i) ((word)0x5ca1ab10 + (i))
#if defined(__x86_64__)
static const char saved_names[][4] = {"rbx", "rbp", "r12", "r13", "r14", "r15"};
#elif defined(__i386__)
static const char saved_names[][4] = {"ebx", "esi", "edi", "ebp"};
#elif defined(__aarch64__)
static const char saved_names[][4] = {"x19", "x20", "x21", "x22", "x23", "x24",
                                          "x25", "x26", "x27", "x28", "x29"};
#elif defined(__arm__)
static const char saved_names[][4] = {"r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11"};
#elif defined(__riscv)
static const char saved_names[][4] = {"s0", "s1", "s2", "s3", "s4", "s5",
                                          "s6", "s7", "s8", "s9", "s10", "s11"};
#elif defined(__m68k__)
static const char saved_names[][4] = {"d2", "d3", "d4", "d5", "d6", "d7",
                                          "a2", "a3", "a4", "a5", "a6"};
#elif defined(__sparc__)
static const char saved_names[][4] = {"l0", "l1", "l2", "l3", "l4", "l5",
                                          "l6", "l7", "i3", "i4", "i5"};
#elif defined(__s390x__)
static const char saved_names[][4] = {"r6", "r7", "r8", "r9", "r10", "r11", "r12", "r13"};
#elif defined(__loongarch__)
static const char saved_names[][4] = {"s0", "s1", "s2", "s3", "s4",
                                          "s5", "s6", "s7", "s8", "fp"};
#elif defined(__powerpc__)
static const char saved_names[][4] = {"r14", "r15", "r16", "r17", "r18", "r19",
                                          "r20", "r21", "r22", "r23", "r24", "r25",
                                          "r26", "r27", "r28", "r29", "r30", "r31"};
#elif defined(__mips__) && _MIPS_SIM == _ABIO32
/* gp is caller-saved in o32 (PIC code reloads it after a call) */
static const char saved_names[][4] = {"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "fp"};
#elif defined(__mips__)
static const char saved_names[][4] = {"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "fp", "gp"};
#endif
/* Arrays, not pointers: no relocations in static data (static-PIE cells). */
#define N_SAVED (sizeof saved_names / sizeof saved_names[0])

static word expected_saved(unsigned i)
{
#if defined(__s390x__)
    if (i == 0)
        return 0x0a790004; /* r6 carried K4 in */
#endif
    return CANARY(i);
}

static void check_canaries(const char *prefix, const char *fn_name, void *fn)
{
    word after[24]; /* at least N_SAVED (powerpc: 18) */
    unsigned i, bad = 0;
    for (i = 0; i < N_SAVED; i++)
        after[i] = 0;
    trampoline_test_call_with_canaries(fn, LINUX_SYS_getpid, after);
    for (i = 0; i < N_SAVED; i++) {
        if (after[i] != expected_saved(i)) {
            put_str("     ");
            put_str(saved_names[i]);
            put_str(" changed\n");
            bad++;
        }
    }
    put_str(prefix);
    check(bad == 0, fn_name, bad);
}

/* The public API through an ordinary C function pointer; in the trampoline
 * build these are (tail) calls to the trampolines. */
#define API_WRAPPER(n, params, args)                                          \
    static __attribute__((noinline)) word via_api##n params                   \
    {                                                                         \
        return raw(linux_syscall##n args);                                    \
    }
API_WRAPPER(0, (word nr), (nr))
API_WRAPPER(1, (word nr, word a), (nr, a))
API_WRAPPER(2, (word nr, word a, word b), (nr, a, b))
API_WRAPPER(3, (word nr, word a, word b, word c), (nr, a, b, c))
API_WRAPPER(4, (word nr, word a, word b, word c, word d), (nr, a, b, c, d))
API_WRAPPER(5, (word nr, word a, word b, word c, word d, word e), (nr, a, b, c, d, e))
API_WRAPPER(6, (word nr, word a, word b, word c, word d, word e, word f), (nr, a, b, c, d, e, f))

static void callee_saved(void)
{
    check_canaries("", "canaries survive via_api0 (getpid)", (void *)via_api0);
    check_canaries("", "canaries survive via_api1 (getpid)", (void *)via_api1);
    check_canaries("", "canaries survive via_api2 (getpid)", (void *)via_api2);
    check_canaries("", "canaries survive via_api3 (getpid)", (void *)via_api3);
    check_canaries("", "canaries survive via_api4 (getpid)", (void *)via_api4);
    check_canaries("", "canaries survive via_api5 (getpid)", (void *)via_api5);
    check_canaries("", "canaries survive via_api6 (getpid)", (void *)via_api6);
#ifdef LINUX_SYSCALL_TRAMPOLINE
    check_canaries("[T] ", "canaries survive linux_syscall_trampoline0", (void *)linux_syscall_trampoline0);
    check_canaries("[T] ", "canaries survive linux_syscall_trampoline1", (void *)linux_syscall_trampoline1);
    check_canaries("[T] ", "canaries survive linux_syscall_trampoline2", (void *)linux_syscall_trampoline2);
    check_canaries("[T] ", "canaries survive linux_syscall_trampoline3", (void *)linux_syscall_trampoline3);
    check_canaries("[T] ", "canaries survive linux_syscall_trampoline4", (void *)linux_syscall_trampoline4);
    check_canaries("[T] ", "canaries survive linux_syscall_trampoline5", (void *)linux_syscall_trampoline5);
    check_canaries("[T] ", "canaries survive linux_syscall_trampoline6", (void *)linux_syscall_trampoline6);
#endif
}

/* Many values live across system calls: with optimisation the compiler
 * keeps them in callee-saved registers, so a trampoline that clobbers one
 * changes the sum. */
static __attribute__((noinline)) void live_values_across_calls(void)
{
    volatile word seed = 7;
    word v0 = seed * 3, v1 = seed * 5, v2 = seed * 11, v3 = seed * 13, v4 = seed * 17;
    word v5 = seed * 19, v6 = seed * 23, v7 = seed * 29, v8 = seed * 31, v9 = seed * 37;
    word pid = raw(linux_syscall(LINUX_SYS_getpid));
    word acc = 0;
    int round;
    for (round = 0; round < 3; round++) {
        acc += raw(linux_syscall(LINUX_SYS_getpid)) == pid;
        v0 += v1, v1 += v2, v2 += v3, v3 += v4, v4 += v5;
        acc += raw(linux_syscall(LINUX_SYS_umask, 022)) != 0xffff;
        v5 += v6, v6 += v7, v7 += v8, v8 += v9, v9 += v0;
        acc += raw(linux_syscall(LINUX_SYS_sendto, -1, 0, 0, 0, 0, 0)) == neg(LINUX_EBADF);
        acc += raw(linux_syscall(LINUX_SYS_kill, pid, 0)) == 0;
    }
    acc += v0 ^ v1 ^ v2 ^ v3 ^ v4 ^ v5 ^ v6 ^ v7 ^ v8 ^ v9;
    /* The expected value, computed without any calls in between. */
    {
        word w0 = 21, w1 = 35, w2 = 77, w3 = 91, w4 = 119, w5 = 133, w6 = 161, w7 = 203, w8 = 217,
             w9 = 259, want = 0;
        for (round = 0; round < 3; round++) {
            want += 1;
            w0 += w1, w1 += w2, w2 += w3, w3 += w4, w4 += w5;
            want += 1;
            w5 += w6, w6 += w7, w7 += w8, w8 += w9, w9 += w0;
            want += 1;
            want += 1;
        }
        want += w0 ^ w1 ^ w2 ^ w3 ^ w4 ^ w5 ^ w6 ^ w7 ^ w8 ^ w9;
        check_eq("values live across calls in C survive", acc, want);
    }
}

/* ---- main ------------------------------------------------------------------- */

#if defined(__i386__)
extern void trampoline_test_fake_vsyscall(void);
extern unsigned trampoline_test_fake_vsyscall_calls;
#endif

static void run_all(const char *mode)
{
    word fd, base, sv[2] = {(word)-1, (word)-1};
    put_str("# ");
    put_str(mode);
    put_char('\n');
    arity0();
    arity1();
    fd = arity2_3();
    arity4(fd, sv);
    base = arity5(sv);
    arity6(fd, base);
    check_eq("1 close(memfd)", raw(linux_syscall(LINUX_SYS_close, fd)), 0);
    check_eq("1 close(pair[0])", raw(linux_syscall(LINUX_SYS_close, sv[0])), 0);
    check_eq("1 close(pair[1])", raw(linux_syscall(LINUX_SYS_close, sv[1])), 0);
    callee_saved();
    live_values_across_calls();
    check_flush();
}

int main(void)
{
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    linux_x86_set_vsyscall_entry(0);
    run_all("x86 entry: int $0x80");
    linux_x86_set_vsyscall_entry((word)trampoline_test_fake_vsyscall);
    run_all("x86 entry: stand-in __kernel_vsyscall");
    check_eq("x86 stand-in __kernel_vsyscall was used", trampoline_test_fake_vsyscall_calls > 40, 1);
    linux_x86_set_vsyscall_entry(0);
#if HAVE_GETAUXVAL
    {
        word vdso = getauxval(32 /* AT_SYSINFO */);
        if (vdso != 0) {
            linux_x86_set_vsyscall_entry(vdso);
            run_all("x86 entry: vDSO __kernel_vsyscall");
            linux_x86_set_vsyscall_entry(0);
        } else {
            /* Printed in both builds alike, so the outputs still compare. */
            put_str("# x86 entry: vDSO __kernel_vsyscall not available (qemu-user?)\n");
        }
    }
#endif
#elif defined(__i386__)
    run_all("x86 int $0x80 only (LINUX_SYSCALL_X86_INT80)");
#else
    run_all(LINUX_ARCH_TARGET_NAME);
#endif
    put_str(check_state.failed ? "trampoline_abi_test: FAILED " : "trampoline_abi_test: passed ");
    check_out_u64(check_state.passed);
    put_str(" of ");
    check_out_u64(check_state.passed + check_state.failed);
    check_line_end();
    return check_state.failed || !check_state.passed ? 1 : 0;
}
