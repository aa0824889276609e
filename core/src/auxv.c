/*
 * Start-up: where the vDSO is (AT_SYSINFO_EHDR) and, on x86, the fast
 * system call entry (AT_SYSINFO), from the auxiliary vector.
 *
 * Sources, first that applies:
 *   1. linux_init_auxv(auxv) from a program without libc;
 *   2. getauxval() when a libc provides it (weak reference, so the library
 *      still links without one); with a libc the constructor below runs
 *      this at start-up;
 *   3. /proc/self/auxv read with the library's own system calls, on first
 *      use (no libc and linux_init_auxv() never called).
 * The answer is published with atomic loads and stores, no lock and no
 * read-modify-write: threads racing the first use may each compute it, and
 * they compute the same thing.
 */
#include "linux_syscall.h"
#include "vdso_private.h"

/* Auxiliary vector types (include/uapi/linux/auxvec.h). */
#define AUX_AT_NULL 0
#define AUX_AT_SYSINFO 32
#define AUX_AT_SYSINFO_EHDR 33

/* openat(2) constants, the same on every supported architecture. */
#define OPEN_AT_FDCWD (-100)
#define OPEN_O_RDONLY 0
#define OPEN_O_CLOEXEC 02000000

/* 0: not looked up yet; NO_VDSO: looked up, there is none; otherwise the
 * address of the vDSO's ELF header (page-aligned, so never NO_VDSO). */
#define NO_VDSO ((linux_word)1)
static linux_word vdso_base_state;

/* glibc and musl both have it; without a libc the address is null. */
extern unsigned long getauxval(unsigned long type) __attribute__((__weak__));

static void record_x86_entry(linux_word sysinfo)
{
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    __atomic_store_n(&linux_x86_vsyscall_entry, sysinfo, __ATOMIC_RELAXED);
#else
    (void)sysinfo;
#endif
}

/* The kernel's auxiliary vector holds a few dozen pairs (AT_VECTOR_SIZE in
 * include/linux/mm_types.h: under 64 pairs on every architecture), so one
 * fixed buffer holds all of it; anything beyond it is ignored. */
#define AUXV_BUFFER_WORDS 256

static int read_proc_auxv(linux_word *ehdr, linux_word *sysinfo)
{
    linux_word buf[AUXV_BUFFER_WORDS];
    size_t have = 0, i;
    int fd;

    if (linux_try_i32(linux_syscall(LINUX_SYS_openat, OPEN_AT_FDCWD, "/proc/self/auxv",
                                    OPEN_O_RDONLY | OPEN_O_CLOEXEC),
                      &fd) != 0)
        return 0;
    while (have < sizeof buf) {
        size_t got;
        int err = linux_try_usize(linux_syscall(LINUX_SYS_read, fd, (unsigned char *)buf + have,
                                                sizeof buf - have),
                                  &got);
        if (err == LINUX_EINTR)
            continue;
        if (err != 0 || got == 0)
            break;
        have += got;
    }
    (void)linux_check(linux_syscall(LINUX_SYS_close, fd));

    for (i = 0; (i + 2) * sizeof(linux_word) <= have; i += 2) {
        if (buf[i] == AUX_AT_NULL)
            break;
        if (buf[i] == AUX_AT_SYSINFO_EHDR)
            *ehdr = buf[i + 1];
        else if (buf[i] == AUX_AT_SYSINFO)
            *sysinfo = buf[i + 1];
    }
    return have != 0;
}

static linux_word state_for(linux_word ehdr)
{
    return ehdr != 0 && ehdr != NO_VDSO ? ehdr : NO_VDSO;
}

static linux_word discover(void)
{
    linux_word ehdr = 0, sysinfo = 0, state;

    if (getauxval != NULL) {
        ehdr = getauxval(AUX_AT_SYSINFO_EHDR);
        sysinfo = getauxval(AUX_AT_SYSINFO);
    } else {
        (void)read_proc_auxv(&ehdr, &sysinfo);
    }
    state = state_for(ehdr);
    /* Plain stores, no compare-and-swap: racing discoveries store the same
     * values, and a read-modify-write atomic would need a libgcc/compiler-rt
     * helper on some targets (aarch64 outline atomics). A linux_init_auxv()
     * running at the same moment as the first lazy use may be overwritten
     * by the same kernel-given values, which is harmless. */
    if (__atomic_load_n(&vdso_base_state, __ATOMIC_ACQUIRE) != 0)
        return __atomic_load_n(&vdso_base_state, __ATOMIC_ACQUIRE);
    if (sysinfo != 0)
        record_x86_entry(sysinfo);
    __atomic_store_n(&vdso_base_state, state, __ATOMIC_RELEASE);
    return state;
}

const void *linux_vdso_base(void)
{
    linux_word state = __atomic_load_n(&vdso_base_state, __ATOMIC_ACQUIRE);
    if (state == 0)
        state = discover();
    return state == NO_VDSO ? NULL : (const void *)(uintptr_t)state;
}

void linux_init_auxv(const linux_word *auxv)
{
    linux_word ehdr = 0, sysinfo = 0;
    size_t i;

    for (i = 0; auxv != NULL && auxv[i] != AUX_AT_NULL; i += 2) {
        if (auxv[i] == AUX_AT_SYSINFO_EHDR)
            ehdr = auxv[i + 1];
        else if (auxv[i] == AUX_AT_SYSINFO)
            sysinfo = auxv[i + 1];
    }
    /* The vector given is the truth, also when it has no vDSO (a program
     * may hand over a vector without one to force the system calls). */
    record_x86_entry(sysinfo);
    __atomic_store_n(&vdso_base_state, state_for(ehdr), __ATOMIC_RELEASE);
    linux__time_forget_vdso();
}

#if defined(__STDC_HOSTED__) && __STDC_HOSTED__
/* With a libc: find the vDSO and the x86 entry before main(), so the very
 * first system call already uses the fast entry. Freestanding builds have
 * no constructor (nothing would run it, and its .init_array slot would be
 * a relocation). */
__attribute__((__constructor__)) static void linux_auxv_at_startup(void)
{
    (void)linux_vdso_base();
}
#endif

/* Defined here, in the object that holds the start-up code, because the
 * x86 header refers to it from every translation unit: linking the library
 * then always links this object (and its constructor), and a link without
 * the library names what is missing. See arch/x86/syscall.h, "Linking".
 * Defined on every target, so it does not depend on how the library and
 * the program were configured. */
extern const char linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY;
const char linux_syscall_x86_entry__link_liblinux_syscall_or_define_LINUX_SYSCALL_HEADER_ONLY = 0;
