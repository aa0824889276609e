/*
 * ops.h: what every bench/ops/<operation>.c shares.
 *
 * Each operation file is compiled more than once, with the same source:
 *   plain                          -> <op>_inline + every non-library path
 *                                     and bench_register_<op>()
 *   -DLINUX_SYSCALL_TRAMPOLINE     -> <op>_trampoline only
 *   -DLINUX_SYSCALL_X86_INT80      -> <op>_inline_int80 only (x86 i386)
 *   -DBENCH_FREESTANDING [-DLINUX_SYSCALL_TRAMPOLINE]
 *                                  -> <op>_inline (or _trampoline) only, for
 *                                     the libc-free icount program
 *                                     (bench/icount/freestanding_main.c)
 *   -DBENCH_NOLIBC                 -> <op>_nolibc only: the same source with
 *                                     linux_syscall() made of Linux's nolibc
 *                                     my_syscall0..6 (the peer; headers from
 *                                     linux-source-6.1, extracted at bench
 *                                     time by bench/nolibc/extract)
 * so the library paths differ only in how linux_syscall() is built.
 * BENCH_LIB_FN(bench_getppid) names the library function of this build;
 * BENCH_PRIMARY_TU is 1 in the plain build.
 *
 * The build (bench/Makefile) defines BENCH_HAVE_TRAMPOLINE when
 * core/src/arch/<arch>/trampoline.S exists, BENCH_HAVE_INT80 on x86 and
 * BENCH_HAVE_VDSO when core/src defines linux_clock_gettime and
 * BENCH_HAVE_NOLIBC where nolibc has the architecture.
 */
#ifndef BENCH_OPS_OPS_H
#define BENCH_OPS_OPS_H

#include "bench.h"
#include "linux_syscall.h"

#include <stdint.h>

#define BENCH_CAT(a, b) BENCH_CAT_(a, b)
#define BENCH_CAT_(a, b) a##b

#if defined(LINUX_SYSCALL_TRAMPOLINE)
#define BENCH_LIB_VARIANT _trampoline
#define BENCH_PRIMARY_TU 0
#elif defined(LINUX_SYSCALL_X86_INT80)
#define BENCH_LIB_VARIANT _inline_int80
#define BENCH_PRIMARY_TU 0
#elif defined(BENCH_NOLIBC)
#define BENCH_LIB_VARIANT _nolibc
#define BENCH_PRIMARY_TU 0
#elif defined(BENCH_FREESTANDING)
#define BENCH_LIB_VARIANT _inline /* libc-free icount program: library paths only */
#define BENCH_PRIMARY_TU 0
#else
#define BENCH_LIB_VARIANT _inline
#define BENCH_PRIMARY_TU 1
#endif
#define BENCH_LIB_FN(op) BENCH_CAT(op, BENCH_LIB_VARIANT)

/* Declares the library-path functions of one operation, all variants. */
#define BENCH_DECLARE_LIB_FNS(op)                                              \
    int op##_inline(uint64_t calls, void *arg);                                \
    int op##_trampoline(uint64_t calls, void *arg);                            \
    int op##_inline_int80(uint64_t calls, void *arg);                          \
    int op##_nolibc(uint64_t calls, void *arg) __attribute__((__weak__))

/* Registers paths "inline", "trampoline", "inline_int80" as built. */
#ifdef BENCH_HAVE_TRAMPOLINE
#define BENCH_REGISTER_TRAMPOLINE(name, op) bench_register(name, "trampoline", op##_trampoline, 0)
#else
#define BENCH_REGISTER_TRAMPOLINE(name, op) ((void)0)
#endif
#ifdef BENCH_HAVE_INT80
#define BENCH_REGISTER_INT80(name, op) bench_register(name, "inline_int80", op##_inline_int80, 0)
#else
#define BENCH_REGISTER_INT80(name, op) ((void)0)
#endif
/* Weak: nolibc lacks some arities on some architectures (6.1: no
 * my_syscall6 on arm and i386); the Makefile then builds that operation's
 * nolibc object empty and the path is absent, not faked. */
#ifdef BENCH_HAVE_NOLIBC
#define BENCH_REGISTER_NOLIBC(name, op)                                        \
    do {                                                                       \
        if (op##_nolibc)                                                       \
            bench_register(name, "nolibc", op##_nolibc, 0);                    \
    } while (0)
#else
#define BENCH_REGISTER_NOLIBC(name, op) ((void)0)
#endif
#define BENCH_REGISTER_LIB_PATHS(name, op)                                     \
    do {                                                                       \
        bench_register(name, "inline", op##_inline, 0);                        \
        BENCH_REGISTER_TRAMPOLINE(name, op);                                   \
        BENCH_REGISTER_INT80(name, op);                                        \
        BENCH_REGISTER_NOLIBC(name, op);                                       \
    } while (0)

#ifdef BENCH_NOLIBC
/* nolibc's arch-<arch>.h: O_* flags (dropped again: the libc's are the ones
 * the operation files use), my_syscall0..6, and a weak _start that the
 * libc's own start-up overrides. Each operation's linux_syscall(n, ...)
 * becomes my_syscall<arity>(n, ...), so the nolibc path is the very same
 * loop with nolibc's call site. LINUX__ARITY is the library's own argument
 * counter. */
#include <nolibc/arch.h>
#if defined(__mips__) && defined(__mips_abicalls) && defined(__PIC__)
/* Linux 6.1's arch-mips.h defines its __start in a top-level asm that ends
 * with `.option pic0` still in force (`.set pop` does not restore it), and
 * GNU as then drops every later `.cpload`/`.cprestore` of this PIC unit: gp
 * is neither set nor saved, and is reloaded from a stack slot never written
 * after the first libc call (bus error in write_devnull/nolibc). Restore
 * PIC mode; gcc emits its top-level asm before its functions. */
__asm__(".option pic2");
#endif
#ifndef my_syscall0
#error "nolibc (arch.h) has no my_syscall0 for this architecture"
#endif
#undef O_RDONLY
#undef O_WRONLY
#undef O_RDWR
#undef O_CREAT
#undef O_EXCL
#undef O_NOCTTY
#undef O_TRUNC
#undef O_APPEND
#undef O_NONBLOCK
#undef O_DIRECTORY
/* An arity this nolibc lacks is a compile error naming it. */
#ifndef my_syscall6
#define my_syscall6(...) nolibc_has_no_my_syscall6_on_this_architecture
#endif
#undef linux_syscall
#define linux_syscall(...)                                                     \
    linux_result_from_raw((linux_word)LINUX__CAT(my_syscall, LINUX__ARITY(__VA_ARGS__))(__VA_ARGS__))
#endif

/* The libc peer's paths are "libc_syscall" and "libc_wrapper" in every
 * program; which libc it is is the program's BENCH_LIBC (--list, JSON). */

#ifdef BENCH_HAVE_VDSO
#include "linux_syscall/vdso.h"
#endif

/* The kernel's struct timespec for clock_gettime: two 64-bit words on
 * every architecture when the 64-bit-time call is used (32-bit targets
 * call clock_gettime64). */
typedef struct bench_kernel_timespec {
    int64_t sec;
    int64_t nsec;
} bench_kernel_timespec;
#ifdef LINUX_SYS_clock_gettime64
#define BENCH_SYS_clock_gettime LINUX_SYS_clock_gettime64
#else
#define BENCH_SYS_clock_gettime LINUX_SYS_clock_gettime
#endif

#include "raw_floor.h"

#endif
