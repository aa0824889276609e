/*
 * linux_syscall/vdso.h: the vDSO and the time calls that use it.
 *
 *   struct linux_timespec ts;
 *   int err = linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts);  // 0 or errno
 *
 * Every time call uses the kernel's vDSO entry when the process has one
 * and falls back to the system call otherwise (no vDSO under qemu-user,
 * or an architecture without that entry). Results are 0 or the positive
 * errno, like linux_check().
 *
 * Times are 64-bit on every target (y2038-safe): 32-bit targets use the
 * clock_gettime64 / clock_getres_time64 system calls and vDSO entries
 * and only fall back to the 32-bit ones on kernels older than 5.1, which
 * lack the 64-bit calls (those kernels cannot represent times after 2038
 * anyway).
 *
 * Where the vDSO is found: with a libc the library's constructor asks
 * getauxval(AT_SYSINFO_EHDR); without one, linux_init_auxv() (declared in
 * linux_syscall.h) hands it over, and if neither happened the first call
 * reads /proc/self/auxv with the library's own system calls. Symbols are
 * resolved once, on the first time call, without locks: threads racing
 * the first call may each compute the (identical) answer, and every
 * function here is async-signal-safe.
 */
#ifndef LINUX_SYSCALL_VDSO_H
#define LINUX_SYSCALL_VDSO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Clock ids: kernel ABI values (include/uapi/linux/time.h), the same on
 * every architecture. */
#define LINUX_CLOCK_REALTIME 0
#define LINUX_CLOCK_MONOTONIC 1
#define LINUX_CLOCK_PROCESS_CPUTIME_ID 2
#define LINUX_CLOCK_THREAD_CPUTIME_ID 3
#define LINUX_CLOCK_MONOTONIC_RAW 4
#define LINUX_CLOCK_REALTIME_COARSE 5
#define LINUX_CLOCK_MONOTONIC_COARSE 6
#define LINUX_CLOCK_BOOTTIME 7
#define LINUX_CLOCK_REALTIME_ALARM 8
#define LINUX_CLOCK_BOOTTIME_ALARM 9
#define LINUX_CLOCK_TAI 11

/* The kernel's struct __kernel_timespec: 64-bit fields on every target. */
struct linux_timespec {
    int64_t tv_sec;
    int64_t tv_nsec;
};

/*
 * Seconds and microseconds, 64-bit on every target. On 64-bit targets this
 * is the kernel's own struct timeval. On x86 and arm the kernel's timeval
 * has 32-bit fields, so there linux_gettimeofday() is computed from the
 * 64-bit CLOCK_REALTIME (tv_usec = tv_nsec / 1000, the same clock the
 * kernel's gettimeofday reads); a 32-bit result (old kernels only) is
 * sign-extended, as the kernel's fields are signed.
 */
struct linux_timeval {
    int64_t tv_sec;
    int64_t tv_usec;
};

/* clock_gettime(2). ts == NULL gives LINUX_EFAULT. */
int linux_clock_gettime(int clock, struct linux_timespec *ts);
/* clock_getres(2). ts may be NULL (only checks that the clock exists). */
int linux_clock_getres(int clock, struct linux_timespec *ts);
/* gettimeofday(2) without the obsolete timezone. tv == NULL: LINUX_EFAULT. */
int linux_gettimeofday(struct linux_timeval *tv);
/*
 * Seconds since the epoch into *t (t == NULL: LINUX_EFAULT). Uses the
 * time vDSO entry / system call on x86_64; elsewhere (no time syscall, or
 * only a 32-bit one) the seconds of CLOCK_REALTIME. Note the kernel's
 * time() reads the coarse clock, which may lag CLOCK_REALTIME by a tick.
 */
int linux_time(int64_t *t);
/* getcpu(2): cpu and node may each be NULL. */
int linux_getcpu(unsigned *cpu, unsigned *node);

/* Bits of linux_time_vdso_functions(): which calls use a vDSO entry. */
#define LINUX_VDSO_FN_CLOCK_GETTIME 0x01u
#define LINUX_VDSO_FN_CLOCK_GETRES 0x02u
#define LINUX_VDSO_FN_GETTIMEOFDAY 0x04u
#define LINUX_VDSO_FN_TIME 0x08u
#define LINUX_VDSO_FN_GETCPU 0x10u
/* Resolves (if not done yet) and tells which calls have a vDSO entry; 0
 * when there is no vDSO, i.e. every call is a system call. */
unsigned linux_time_vdso_functions(void);

/* The vDSO's ELF header in this process, or NULL when there is none. */
const void *linux_vdso_base(void);
/* 1 when the process has a vDSO that parses, else 0. */
int linux_vdso_present(void);

/*
 * Address of symbol `name` with version `version` (NULL: any version) in
 * this process's vDSO, or NULL. Reads only the vDSO's mapped image.
 * On powerpc the raw symbol is a code address (no ELFv1 descriptor) whose
 * function reports errors as `sc` does (cr0.SO set, positive errno), so it
 * cannot be called through a C function pointer; the time calls use a shim.
 */
void *linux_vdso_sym(const char *name, const char *version);

/*
 * The same lookup on an arbitrary loaded image: an ELF32 or ELF64 shared
 * object of this machine's byte order whose PT_LOAD segments lie in
 * [image, image + size) at their link-time addresses relative to the first
 * PT_LOAD (as the kernel maps the vDSO). Returns an address inside the
 * image, or NULL when the symbol is absent or the image is malformed.
 * Only ever reads inside [image, image + size), and always terminates.
 * Versions come from DT_VERSYM/DT_VERDEF; asking for a version of an image
 * without them gives NULL.
 */
void *linux_vdso_lookup(const void *image, size_t size, const char *name, const char *version);

/* Which hash table a lookup walks (for tests: ANY prefers DT_GNU_HASH). */
enum linux_vdso_hash {
    LINUX_VDSO_HASH_ANY,
    LINUX_VDSO_HASH_SYSV,
    LINUX_VDSO_HASH_GNU
};
void *linux_vdso_lookup_using(const void *image, size_t size, const char *name,
                              const char *version, enum linux_vdso_hash table);

/*
 * Size of the loaded image starting at `image` (from its PT_LOAD program
 * headers: end of the last segment minus start of the first), reading only
 * [image, image + readable); 0 when the headers are malformed or not all
 * readable. The kernel's vDSO has its headers in its first page.
 */
size_t linux_vdso_image_size(const void *image, size_t readable);

#ifdef __cplusplus
}
#endif

#endif /* LINUX_SYSCALL_VDSO_H */
