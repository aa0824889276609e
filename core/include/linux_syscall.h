/*
 * linux_syscall.h: call Linux system calls directly, without libc.
 *
 *   linux_result r = linux_syscall(LINUX_SYS_write, 1, "hi\n", 3);
 *   size_t n;
 *   int err = linux_try_usize(r, &n);   // 0, or the errno (LINUX_EBADF ...)
 *
 * Everything for the architecture being compiled for: LINUX_SYS_<name>
 * numbers, linux_syscall()/linux_syscall0..6() (force-inlined asm, or the
 * out-of-line trampolines when built with -DLINUX_SYSCALL_TRAMPOLINE),
 * result decoding, LINUX_E<name> errno values and the run-time tables.
 * Numbers for other architectures: linux_syscall/numbers/<arch>.h.
 */
#ifndef LINUX_SYSCALL_H
#define LINUX_SYSCALL_H

#include "linux_syscall/common.h"
#include "linux_syscall/errno.h"
#include "linux_syscall/tables.h"
#include "linux_syscall/vdso.h"

#ifdef __cplusplus
extern "C" {
#endif

#include "linux_syscall/target.h"

#ifdef LINUX_SYSCALL_TRAMPOLINE
/* Out-of-line entries, one assembly file per architecture
 * (core/src/arch/<arch>/trampoline.S), following the C calling convention
 * (on x86 plain cdecl, whatever -mregparm says: LINUX__TRAMPOLINE_CALLCONV). */
#ifndef LINUX__TRAMPOLINE_CALLCONV
#define LINUX__TRAMPOLINE_CALLCONV
#endif
LINUX__TRAMPOLINE_CALLCONV linux_word linux_syscall_trampoline0(linux_word n);
LINUX__TRAMPOLINE_CALLCONV linux_word linux_syscall_trampoline1(linux_word n, linux_word a1);
LINUX__TRAMPOLINE_CALLCONV linux_word linux_syscall_trampoline2(linux_word n, linux_word a1,
                                                                linux_word a2);
LINUX__TRAMPOLINE_CALLCONV linux_word linux_syscall_trampoline3(linux_word n, linux_word a1,
                                                                linux_word a2, linux_word a3);
LINUX__TRAMPOLINE_CALLCONV linux_word linux_syscall_trampoline4(linux_word n, linux_word a1,
                                                                linux_word a2, linux_word a3,
                                                                linux_word a4);
LINUX__TRAMPOLINE_CALLCONV linux_word linux_syscall_trampoline5(linux_word n, linux_word a1,
                                                                linux_word a2, linux_word a3,
                                                                linux_word a4, linux_word a5);
LINUX__TRAMPOLINE_CALLCONV linux_word linux_syscall_trampoline6(linux_word n, linux_word a1,
                                                                linux_word a2, linux_word a3,
                                                                linux_word a4, linux_word a5,
                                                                linux_word a6);
#define LINUX__RAW_SYSCALL(arity) linux_syscall_trampoline##arity
#else
#define LINUX__RAW_SYSCALL(arity) linux__arch_syscall##arity
#endif

/*
 * vfork, clone and clone3 (the calls whose child may share the caller's
 * stack: vfork, CLONE_VM|CLONE_VFORK) must not read anything from the stack
 * after the trap; README "vfork/clone rules". The inline asm of every
 * architecture keeps everything in registers for them (x86 traps with
 * int $0x80), but not every trampoline can (i386, arm and s390x keep
 * callee-saved registers on the stack), so trampoline builds route these
 * numbers to the inline asm, and six-argument calls drop the sixth
 * argument, which none of the three reads (the i386 six-argument asm saves
 * ebp on the stack). The test is plain C: it folds away for constant
 * numbers.
 */
#ifdef LINUX_SYS_vfork
#define LINUX__VFORK_LIKE(n) ((n) == LINUX_SYS_vfork || (n) == LINUX_SYS_clone || (n) == LINUX_SYS_clone3)
#else
#define LINUX__VFORK_LIKE(n) ((n) == LINUX_SYS_clone || (n) == LINUX_SYS_clone3)
#endif
/* The five-argument form that reads nothing from the stack after the trap
 * (an architecture may name a leaner one for these calls). */
#ifndef LINUX__ARCH_SYSCALL5_STACK_FREE
#define LINUX__ARCH_SYSCALL5_STACK_FREE linux__arch_syscall5
#endif
#ifdef LINUX_SYSCALL_TRAMPOLINE
#define LINUX__ROUTE_VFORK(n, arity, args)                                     \
    if (LINUX__VFORK_LIKE(n))                                                  \
        return linux_result_from_raw(linux__arch_syscall##arity args);
#else
#define LINUX__ROUTE_VFORK(n, arity, args)
#endif

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_syscall0(linux_word n)
{
    LINUX__ROUTE_VFORK(n, 0, (n))
    return linux_result_from_raw(LINUX__RAW_SYSCALL(0)(n));
}

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_syscall1(linux_word n, linux_word a1)
{
    LINUX__ROUTE_VFORK(n, 1, (n, a1))
    return linux_result_from_raw(LINUX__RAW_SYSCALL(1)(n, a1));
}

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_syscall2(linux_word n, linux_word a1,
                                                                      linux_word a2)
{
    LINUX__ROUTE_VFORK(n, 2, (n, a1, a2))
    return linux_result_from_raw(LINUX__RAW_SYSCALL(2)(n, a1, a2));
}

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_syscall3(linux_word n, linux_word a1,
                                                                      linux_word a2, linux_word a3)
{
    LINUX__ROUTE_VFORK(n, 3, (n, a1, a2, a3))
    return linux_result_from_raw(LINUX__RAW_SYSCALL(3)(n, a1, a2, a3));
}

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_syscall4(linux_word n, linux_word a1,
                                                                      linux_word a2, linux_word a3,
                                                                      linux_word a4)
{
    LINUX__ROUTE_VFORK(n, 4, (n, a1, a2, a3, a4))
    return linux_result_from_raw(LINUX__RAW_SYSCALL(4)(n, a1, a2, a3, a4));
}

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_syscall5(linux_word n, linux_word a1,
                                                                      linux_word a2, linux_word a3,
                                                                      linux_word a4, linux_word a5)
{
    LINUX__ROUTE_VFORK(n, 5, (n, a1, a2, a3, a4, a5))
    return linux_result_from_raw(LINUX__RAW_SYSCALL(5)(n, a1, a2, a3, a4, a5));
}

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_syscall6(linux_word n, linux_word a1,
                                                                      linux_word a2, linux_word a3,
                                                                      linux_word a4, linux_word a5,
                                                                      linux_word a6)
{
    if (LINUX__VFORK_LIKE(n))
        return linux_result_from_raw(LINUX__ARCH_SYSCALL5_STACK_FREE(n, a1, a2, a3, a4, a5));
    return linux_result_from_raw(LINUX__RAW_SYSCALL(6)(n, a1, a2, a3, a4, a5, a6));
}

/* The run-time table of the target architecture (only that one is linked;
 * numbers/target/<arch>.h names its functions). */
static __inline__ const char *linux_syscall_name(long nr)
{
    return LINUX__TARGET_SYSCALL_NAME(nr);
}

static __inline__ long linux_syscall_number(const char *name)
{
    return LINUX__TARGET_SYSCALL_NUMBER(name);
}

/*
 * Start-up for programs without a libc (with glibc or musl the library's
 * constructor does this by itself): hand over the auxiliary vector, the
 * array after envp's NULL on the initial stack. It records where the vDSO
 * is (AT_SYSINFO_EHDR) and, on x86, the fast __kernel_vsyscall entry
 * (AT_SYSINFO). Safe to skip: everything then falls back to plain traps.
 */
void linux_init_auxv(const linux_word *auxv);

#ifdef __cplusplus
}
#endif

#endif /* LINUX_SYSCALL_H */
