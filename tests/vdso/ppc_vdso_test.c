/*
 * The powerpc vDSO call path (core/src/arch/powerpc{,64}/vdso_call.h) on a
 * crafted vDSO, since qemu-user gives guests none:
 *
 *   ppc_vdso_test FULL.so PARTIAL.so
 *
 * Both are tests/vdso/ppc_fake_vdso.S builds: entries that follow the
 * kernel's convention (cr0.SO + positive errno on error), return known
 * values, and clobber every volatile register and the 288 bytes below r1.
 * FULL has every entry the library looks up except the 32-bit-time ones;
 * PARTIAL only clock_gettime, so the other calls must take their system
 * calls. Each image is mapped as the kernel maps a vDSO and handed over as
 * AT_SYSINFO_EHDR. Built static with the target's gcc, run under qemu.
 *
 * Prints "PASS: ..." / "FAIL: ..." lines (counted by tests/vdso/run.sh)
 * and a closing count; exits non-zero on any failure.
 */
#define _GNU_SOURCE
#include "linux_syscall.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sched.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int failures, passes;

static int check(int ok, const char *what, ...) __attribute__((format(printf, 2, 3)));
static int check(int ok, const char *what, ...)
{
    va_list ap;
    va_start(ap, what);
    printf(ok ? "PASS: " : "FAIL: ");
    vprintf(what, ap);
    printf("\n");
    va_end(ap);
    if (ok)
        passes++;
    else
        failures++;
    return ok;
}

/* Loads SO as the kernel maps a vDSO: PT_LOAD segments at their addresses
 * relative to one base; no relocation (the crafted images have none). */
static void *map_image(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    unsigned char *file, *image;
    const ElfW(Ehdr) *eh;
    const ElfW(Phdr) *ph;
    size_t end = 0;
    int i;

    if (fd < 0 || fstat(fd, &st) != 0)
        return NULL;
    file = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (file == MAP_FAILED)
        return NULL;
    eh = (const ElfW(Ehdr) *)file;
    ph = (const ElfW(Phdr) *)(file + eh->e_phoff);
    for (i = 0; i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr + ph[i].p_memsz > end)
            end = ph[i].p_vaddr + ph[i].p_memsz;
    *len = (end + 65535) & ~(size_t)65535;
    image = mmap(NULL, *len, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (image == MAP_FAILED)
        return NULL;
    for (i = 0; i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_LOAD)
            memcpy(image + ph[i].p_vaddr, file + ph[i].p_offset, ph[i].p_filesz);
    munmap(file, (size_t)st.st_size);
    __builtin___clear_cache((char *)image, (char *)image + *len);
    return image;
}

static int use_image(const char *so, void **image, size_t *len)
{
    linux_word auxv[4] = {AT_SYSINFO_EHDR, 0, AT_NULL, 0};
    *image = map_image(so, len);
    if (!check(*image != NULL, "%s mapped", so))
        return 0;
    auxv[1] = (linux_word)(uintptr_t)*image;
    linux_init_auxv(auxv);
    return 1;
}

/* The entries FULL has: the 64-bit gettimeofday only where timeval is
 * 64-bit (ppc32's library takes gettimeofday from clock_gettime64). */
#ifdef __powerpc64__
#define FULL_MASK                                                                              \
    (LINUX_VDSO_FN_CLOCK_GETTIME | LINUX_VDSO_FN_CLOCK_GETRES | LINUX_VDSO_FN_GETTIMEOFDAY |   \
     LINUX_VDSO_FN_GETCPU)
#define FAKE_TV_SEC 2000000
#define FAKE_TV_USEC 654321
#else
#define FULL_MASK (LINUX_VDSO_FN_CLOCK_GETTIME | LINUX_VDSO_FN_CLOCK_GETRES | LINUX_VDSO_FN_GETCPU)
#define FAKE_TV_SEC 1000000 /* CLOCK_REALTIME's fake seconds */
#define FAKE_TV_USEC 123456
#endif

/* The calls every image answers from its clock_gettime entry; an invalid
 * clock must come back as EINVAL, not as success and not as -EINVAL. */
static void test_clock_gettime(const char *tag)
{
    struct linux_timespec ts = {-1, -1};
    int64_t t = -1;
    int err = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == 1000000 + LINUX_CLOCK_MONOTONIC && ts.tv_nsec == 123456789,
          "[%s] clock_gettime(MONOTONIC) = %d, %lld.%09lld from the vDSO (1000001.123456789)", tag,
          err, (long long)ts.tv_sec, (long long)ts.tv_nsec);
    ts.tv_sec = ts.tv_nsec = -1;
    err = linux_clock_gettime(12345, &ts);
    check(err == LINUX_EINVAL && ts.tv_sec == -1 && ts.tv_nsec == -1,
          "[%s] clock_gettime(12345) = %d (EINVAL %d), output untouched", tag, err, LINUX_EINVAL);
    err = linux_time(&t);
    check(err == 0 && t == 1000000, "[%s] time = %d, %lld (CLOCK_REALTIME's fake 1000000)", tag, err,
          (long long)t);
}

static void test_full(const char *so)
{
    void *image;
    size_t len;
    struct linux_timespec ts = {-1, -1};
    struct linux_timeval tv = {-1, -1};
    unsigned cpu = ~0u, node = ~0u, mask;
    int err;

    if (!use_image(so, &image, &len))
        return;
    mask = linux_time_vdso_functions();
    check(linux_vdso_present() && mask == FULL_MASK, "[full] calls that use the vDSO: 0x%x (0x%x)",
          mask, FULL_MASK);
    test_clock_gettime("full");
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == 0 && ts.tv_nsec == 1000 + LINUX_CLOCK_MONOTONIC,
          "[full] clock_getres(MONOTONIC) = %d, %lld.%09lld from the vDSO (0.000001001)", err,
          (long long)ts.tv_sec, (long long)ts.tv_nsec);
    err = linux_clock_getres(12345, &ts);
    check(err == LINUX_EINVAL, "[full] clock_getres(12345) = %d (EINVAL %d)", err, LINUX_EINVAL);
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, NULL);
    check(err == 0, "[full] clock_getres(MONOTONIC, NULL) = %d", err);
    err = linux_gettimeofday(&tv);
    check(err == 0 && tv.tv_sec == FAKE_TV_SEC && tv.tv_usec == FAKE_TV_USEC,
          "[full] gettimeofday = %d, %lld.%06lld (%d.%06d)", err, (long long)tv.tv_sec,
          (long long)tv.tv_usec, FAKE_TV_SEC, FAKE_TV_USEC);
    err = linux_getcpu(&cpu, &node);
    check(err == 0 && cpu == 7 && node == 3, "[full] getcpu = %d, cpu %u node %u from the vDSO (7, 3)",
          err, cpu, node);
    err = linux_getcpu(NULL, NULL);
    check(err == 0, "[full] getcpu(NULL, NULL) = %d", err);
    munmap(image, len);
}

static void test_partial(const char *so)
{
    void *image;
    size_t len;
    struct linux_timespec ts = {-1, -1};
    struct timespec gres;
    struct timeval before, after;
    struct linux_timeval tv = {-1, -1};
    unsigned cpu = ~0u, node = ~0u, gcpu = ~0u, gnode = ~0u, mask;
    int err;

    if (!use_image(so, &image, &len))
        return;
    mask = linux_time_vdso_functions();
    check(linux_vdso_present() && mask == LINUX_VDSO_FN_CLOCK_GETTIME,
          "[partial] calls that use the vDSO: 0x%x (clock_gettime only, 0x%x)", mask,
          LINUX_VDSO_FN_CLOCK_GETTIME);
    test_clock_gettime("partial");
    clock_getres(CLOCK_MONOTONIC, &gres);
    err = linux_clock_getres(LINUX_CLOCK_MONOTONIC, &ts);
    check(err == 0 && ts.tv_sec == gres.tv_sec && ts.tv_nsec == gres.tv_nsec,
          "[partial] clock_getres(MONOTONIC) = %d, %lld.%09lld: the system call's (glibc %lld.%09lld)",
          err, (long long)ts.tv_sec, (long long)ts.tv_nsec, (long long)gres.tv_sec,
          (long long)gres.tv_nsec);
    err = linux_clock_getres(12345, &ts);
    check(err == LINUX_EINVAL, "[partial] clock_getres(12345) = %d (EINVAL %d)", err, LINUX_EINVAL);
#ifdef __powerpc64__
    gettimeofday(&before, NULL);
    err = linux_gettimeofday(&tv);
    gettimeofday(&after, NULL);
    check(err == 0 &&
              (int64_t)before.tv_sec * 1000000 + before.tv_usec <= tv.tv_sec * 1000000 + tv.tv_usec &&
              tv.tv_sec * 1000000 + tv.tv_usec <= (int64_t)after.tv_sec * 1000000 + after.tv_usec,
          "[partial] gettimeofday = %d, %lld.%06lld: the system call's (within glibc's bracket)", err,
          (long long)tv.tv_sec, (long long)tv.tv_usec);
#else
    (void)before, (void)after, (void)tv;
#endif
    err = linux_getcpu(&cpu, &node);
    getcpu(&gcpu, &gnode);
    check(err == 0 && cpu == gcpu && node == gnode,
          "[partial] getcpu = %d, cpu %u node %u: the system call's (glibc %u %u)", err, cpu, node,
          gcpu, gnode);
    munmap(image, len);
}

int main(int argc, char **argv)
{
    linux_word no_vdso[2] = {AT_NULL, 0};
    struct linux_timespec ts;
    if (argc != 3) {
        fprintf(stderr, "usage: ppc_vdso_test FULL.so PARTIAL.so\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    test_full(argv[1]);
    test_partial(argv[2]);
    linux_init_auxv(no_vdso);
    check(!linux_vdso_present() && linux_time_vdso_functions() == 0 &&
              linux_clock_gettime(12345, &ts) == LINUX_EINVAL &&
              linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec != 1000001,
          "no vDSO: system calls (EINVAL for clock 12345, a real MONOTONIC time)");
    printf("%d passed, %d failed\n", passes, failures);
    return failures != 0;
}
