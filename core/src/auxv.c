/*
 * Start-up: where the vDSO is (AT_SYSINFO_EHDR) and, on x86, the fast
 * system call entry (AT_SYSINFO), from the auxiliary vector.
 *
 * Sources, first that applies:
 *   1. linux_init_auxv(auxv) from a program without libc;
 *   2. getauxval() when the program has it: dynamic programs, and static
 *      ones where something else pulled it out of libc.a. The reference is
 *      weak, so the library still links without a libc, and a weak
 *      reference never pulls an archive member in: a static program
 *      usually has no getauxval;
 *   3. at start-up with a libc (the constructor at the end), the vector on
 *      the initial stack, found after the environment that libc's
 *      `environ` still points to (static glibc and musl; this needs no
 *      /proc, which containers and sandboxes may not mount);
 *   4. /proc/self/auxv read with the library's own system calls, on first
 *      use (no libc and linux_init_auxv() never called, or the start-up
 *      vector did not look like one).
 * The answer is published with atomic loads and stores, no lock and no
 * read-modify-write: threads racing the first use may each compute it, and
 * they compute the same thing.
 */
#include "linux_syscall.h"
#include "time_vdso_cache.h"

/* Auxiliary vector types (include/uapi/linux/auxvec.h). */
#define AUX_AT_NULL 0
#define AUX_AT_PAGESZ 6
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

/* Where the answer came from, for tests (linux__auxv_source()). */
enum {
    SOURCE_NONE = 0, /* not looked up yet */
    SOURCE_INIT_AUXV = 1,
    SOURCE_GETAUXVAL = 2,
    SOURCE_STARTUP_STACK = 3,
    SOURCE_PROC = 4,
    SOURCE_NOTHING = 5 /* /proc/self/auxv could not be read either */
};
static int auxv_source;

/* i386: the entry every call goes through (arch/x86/syscall.h); 0 (no
 * AT_SYSINFO) keeps or puts back the `int $0x80` stub. */
static void record_x86_entry(linux_word sysinfo)
{
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    linux_x86_set_vsyscall_entry(sysinfo);
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
        uintptr_t got; /* linux_try_usize's type (size_t may differ: mips o32 clang) */
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

static void scan_auxv(const linux_word *auxv, linux_word *ehdr, linux_word *sysinfo)
{
    size_t i;

    for (i = 0; auxv != NULL && auxv[i] != AUX_AT_NULL; i += 2) {
        if (auxv[i] == AUX_AT_SYSINFO_EHDR)
            *ehdr = auxv[i + 1];
        else if (auxv[i] == AUX_AT_SYSINFO)
            *sysinfo = auxv[i + 1];
    }
}

/* startup_auxv: the vector from the initial stack (constructor only), or
 * NULL. */
static linux_word discover(const linux_word *startup_auxv)
{
    linux_word ehdr = 0, sysinfo = 0, state;
    int source;

    if (getauxval != NULL) {
        ehdr = getauxval(AUX_AT_SYSINFO_EHDR);
        sysinfo = getauxval(AUX_AT_SYSINFO);
        source = SOURCE_GETAUXVAL;
    } else if (startup_auxv != NULL) {
        scan_auxv(startup_auxv, &ehdr, &sysinfo);
        source = SOURCE_STARTUP_STACK;
    } else {
        source = read_proc_auxv(&ehdr, &sysinfo) ? SOURCE_PROC : SOURCE_NOTHING;
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
    __atomic_store_n(&auxv_source, source, __ATOMIC_RELAXED);
    __atomic_store_n(&vdso_base_state, state, __ATOMIC_RELEASE);
    return state;
}

const void *linux_vdso_base(void)
{
    linux_word state = __atomic_load_n(&vdso_base_state, __ATOMIC_ACQUIRE);
    if (state == 0)
        state = discover(NULL);
    return state == NO_VDSO ? NULL : (const void *)(uintptr_t)state;
}

/* Not public: which source gave the answer (the SOURCE_ values above); the
 * tests in tests/auxv declare it themselves. */
int linux__auxv_source(void);
int linux__auxv_source(void)
{
    return __atomic_load_n(&auxv_source, __ATOMIC_RELAXED);
}

void linux_init_auxv(const linux_word *auxv)
{
    linux_word ehdr = 0, sysinfo = 0;

    scan_auxv(auxv, &ehdr, &sysinfo);
    /* The vector given is the truth, also when it has no vDSO (a program
     * may hand over a vector without one to force the system calls). */
    record_x86_entry(sysinfo);
    __atomic_store_n(&auxv_source, SOURCE_INIT_AUXV, __ATOMIC_RELAXED);
    __atomic_store_n(&vdso_base_state, state_for(ehdr), __ATOMIC_RELEASE);
    linux__time_vdso_cache_reset();
}

#if defined(__STDC_HOSTED__) && __STDC_HOSTED__
/* glibc and musl define environ (an alias of __environ) in the object that
 * their own start-up code always links, because it stores the initial
 * environment there; so this weak reference, unlike the one to getauxval,
 * is resolved in static programs too. Null without a libc. */
extern char **environ __attribute__((__weak__));
/* argv[0] (glibc: misc/init-misc.c; musl: __libc_start_main.c), in the
 * same always-linked start-up objects; null without a libc or argv[0]. */
extern char *program_invocation_name __attribute__((__weak__));

/* The kernel places the auxiliary vector right after the null pointer that
 * ends the environment on the initial stack, and libc's environ points at
 * that environment unless an earlier constructor replaced it. So:
 *  - the array must lie on the initial stack, above this constructor's
 *    frame (every supported stack grows down): a heap, .bss or mmap copy
 *    made by setenv/putenv or a plain assignment lies below it and is not
 *    scanned at all (scanning past it could fault or find look-alike
 *    words); from the array up to the strings the stack is mapped;
 *  - and below the string of argv[0] (program_invocation_name, which
 *    glibc and musl set from argv before any constructor): the kernel
 *    copies the argument strings, argv[0]'s first, above the vector, so
 *    every word from the array to the vector's end lies between this frame
 *    and that string, inside the stack mapping, and no word at or above it
 *    is read. A copy above the stack (qemu-user maps 64-bit guests' memory
 *    there; a program may map at a hint) is not scanned. The environment
 *    strings give no such bound: glibc's start-up replaces GLIBC_TUNABLES's
 *    in place with a heap copy, putenv over an existing name likewise.
 *    Trusted, not checked: that an earlier constructor did not both move
 *    environ above the stack and point program_invocation_name higher
 *    still, past unmapped memory. With argc 0 (possible before Linux
 *    5.18) glibc leaves it null and /proc is read; musl points it at
 *    AT_EXECFN's string, which also lies above the vector;
 *  - unsetenv shifts the array down in place and leaves extra null
 *    pointers before the original one, so null words after the first are
 *    skipped (the real vector never starts with AT_NULL);
 *  - the vector is believed only if it looks like one: (type, value) pairs
 *    with small types, ended by AT_NULL within AT_VECTOR_SIZE pairs, with an
 *    AT_PAGESZ that is a power of two of at least 4096 (the kernel always
 *    passes it).
 * Otherwise NULL, and /proc/self/auxv is read as before. */
#define STARTUP_AUXV_MAX_PAIRS 64
#define STARTUP_AUXV_MAX_TYPE 255
#define STARTUP_ENV_MAX_EXTRA_NULLS 4096

/* The word at p lies wholly below end. */
static int word_below(const void *p, uintptr_t end)
{
    return (uintptr_t)p < end && end - (uintptr_t)p >= sizeof(linux_word);
}

static const linux_word *startup_auxv(void)
{
    char **env;
    const linux_word *auxv;
    uintptr_t end; /* argv[0]'s string: no word at or above it is read */
    size_t i;
    int page_size_ok = 0;

    if (&environ == NULL || environ == NULL || &program_invocation_name == NULL ||
        program_invocation_name == NULL)
        return NULL;
    if ((uintptr_t)environ <= (uintptr_t)__builtin_frame_address(0))
        return NULL;
    end = (uintptr_t)program_invocation_name;
    for (env = environ; word_below(env, end) && *env != NULL; env++)
        ;
    for (i = 0; i < STARTUP_ENV_MAX_EXTRA_NULLS && word_below(env + 1, end) && env[1] == NULL; i++)
        env++;
    auxv = (const linux_word *)(const void *)(env + 1);
    for (i = 0; i < 2 * STARTUP_AUXV_MAX_PAIRS; i += 2) {
        linux_word type, value;
        if (!word_below(auxv + i + 1, end))
            return NULL;
        type = auxv[i];
        value = auxv[i + 1];
        if (type == AUX_AT_NULL)
            return page_size_ok ? auxv : NULL;
        if (type > STARTUP_AUXV_MAX_TYPE)
            return NULL;
        if (type == AUX_AT_PAGESZ)
            page_size_ok = value >= 4096 && (value & (value - 1)) == 0;
    }
    return NULL;
}

/* With a libc: find the vDSO and the x86 entry before main(), so the very
 * first system call already uses the fast entry. Freestanding builds have
 * no constructor (nothing would run it, and its .init_array slot would be
 * a relocation). */
__attribute__((__constructor__)) static void linux_auxv_at_startup(void)
{
    /* discover() asks getauxval first: then the stack is not read at all */
    if (__atomic_load_n(&vdso_base_state, __ATOMIC_ACQUIRE) == 0)
        (void)discover(getauxval != NULL ? NULL : startup_auxv());
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
