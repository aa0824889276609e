/*
 * callsites.c: one function per arity, each a typical call site — the
 * number a compile-time constant, the arguments in variables, the result
 * checked (which also keeps the call from becoming a tail jump).
 * bench/codesize/measure.py compiles this per architecture, compiler and
 * variant (inline, trampoline, x86 int80) and measures each function.
 */
#include "linux_syscall.h"

#ifdef CODESIZE_NOLIBC
/* The peer: Linux's nolibc my_syscallN (measure.py's "nolibc" variant, with
 * -I out/bench/nolibc-include), in the very same call sites. An
 * architecture nolibc lacks stops here; an arity it lacks is left out. */
#include <nolibc/arch.h>
#ifndef my_syscall0
#error "codesize: nolibc-unsupported architecture"
#endif
#undef linux_syscall
#define linux_syscall(...)                                                     \
    linux_result_from_raw((linux_word)LINUX__CAT(my_syscall, LINUX__ARITY(__VA_ARGS__))(__VA_ARGS__))
#endif

#define NR LINUX_SYS_getppid /* any constant; the kernel is never entered */

int codesize_call0(void) { return linux_check(linux_syscall(NR)); }
int codesize_call1(linux_word a) { return linux_check(linux_syscall(NR, a)); }
int codesize_call2(linux_word a, linux_word b) { return linux_check(linux_syscall(NR, a, b)); }
int codesize_call3(linux_word a, linux_word b, linux_word c)
{
    return linux_check(linux_syscall(NR, a, b, c));
}
int codesize_call4(linux_word a, linux_word b, linux_word c, linux_word d)
{
    return linux_check(linux_syscall(NR, a, b, c, d));
}
int codesize_call5(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e)
{
    return linux_check(linux_syscall(NR, a, b, c, d, e));
}
#if !defined(CODESIZE_NOLIBC) || defined(my_syscall6)
int codesize_call6(linux_word a, linux_word b, linux_word c, linux_word d, linux_word e,
                   linux_word f)
{
    return linux_check(linux_syscall(NR, a, b, c, d, e, f));
}
#endif
