/*
 * linux_syscall/common.h: what every architecture shares.
 *
 * Words, the result type and its decoding, argument conversion and the
 * arity dispatch of linux_syscall(). Nothing here knows a register name; the
 * per-architecture files under arch/ do, and only they.
 *
 * Only compiler-provided freestanding headers are used, so this works with
 * glibc, musl or no libc at all.
 */
#ifndef LINUX_SYSCALL_COMMON_H
#define LINUX_SYSCALL_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Register-width words. Every supported target is LP64 or ILP32, so `long`
 * is exactly one general-purpose register wide. */
typedef unsigned long linux_word;
typedef long linux_sword;

#define LINUX_ALWAYS_INLINE __inline__ __attribute__((__always_inline__))
#define LINUX_MUST_USE __attribute__((__warn_unused_result__))

/* The kernel returns -errno in the result register for errno in
 * [1, LINUX_MAX_ERRNO]; every other value, including a high mmap address
 * on a 32-bit target, is a successful result. */
#define LINUX_MAX_ERRNO 4095

/* A raw result register. A struct, not a bare word, so that a result cannot
 * be mistaken for a value without going through a check. */
typedef struct linux_result {
    linux_word raw;
} linux_result;

static LINUX_ALWAYS_INLINE LINUX_MUST_USE linux_result linux_result_from_raw(linux_word raw)
{
    linux_result r;
    r.raw = raw;
    return r;
}

static LINUX_ALWAYS_INLINE linux_word linux_result_raw(linux_result r)
{
    return r.raw;
}

static LINUX_ALWAYS_INLINE int linux_result_is_error(linux_result r)
{
    return r.raw > (linux_word)-(linux_sword)(LINUX_MAX_ERRNO + 1);
}

/* 0 on success, otherwise the positive errno. */
static LINUX_ALWAYS_INLINE int linux_check(linux_result r)
{
    return linux_result_is_error(r) ? (int)-(linux_sword)r.raw : 0;
}

/* linux_try_<type>(r, &out): 0 and *out = value, or the errno and *out
 * untouched. The value is the register reinterpreted as <type>: signed
 * types sign-extend a 32-bit register, unsigned ones zero-extend it. */
#define LINUX__DEFINE_TRY(suffix, type, conv)                                  \
    static LINUX_ALWAYS_INLINE int linux_try_##suffix(linux_result r, type *out) \
    {                                                                          \
        int err = linux_check(r);                                              \
        if (err == 0)                                                          \
            *out = (type)(conv)r.raw;                                          \
        return err;                                                            \
    }

LINUX__DEFINE_TRY(i32, int32_t, linux_sword)
LINUX__DEFINE_TRY(u32, uint32_t, linux_word)
LINUX__DEFINE_TRY(i64, int64_t, linux_sword)
LINUX__DEFINE_TRY(u64, uint64_t, linux_word)
LINUX__DEFINE_TRY(isize, intptr_t, linux_sword)
LINUX__DEFINE_TRY(usize, uintptr_t, linux_word)
LINUX__DEFINE_TRY(ptr, void *, uintptr_t)

#undef LINUX__DEFINE_TRY

/* Any integer or pointer argument becomes one register word. */
#define LINUX_ARG(x) ((linux_word)(x))

/*
 * linux_syscall(nr, args...) picks linux_syscallN by counting its
 * arguments. Plain C99 (no `##__VA_ARGS__`, no statement expressions):
 * the number is always present, so __VA_ARGS__ is never empty. Seven or
 * more arguments select LINUX__SYSCALL_TOO_MANY, a compile-time error.
 */
#define LINUX__NTH(_0, _1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, n, ...) n
#define LINUX__ARITY(...)                                                      \
    LINUX__NTH(__VA_ARGS__, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, 6, 5, 4, 3, 2, 1, 0, _)
#define LINUX__CAT(a, b) LINUX__CAT_(a, b)
#define LINUX__CAT_(a, b) a##b

#define linux_syscall(...) LINUX__CAT(LINUX__SYSCALL_, LINUX__ARITY(__VA_ARGS__))(__VA_ARGS__)

#define LINUX__SYSCALL_0(n) linux_syscall0(LINUX_ARG(n))
#define LINUX__SYSCALL_1(n, a) linux_syscall1(LINUX_ARG(n), LINUX_ARG(a))
#define LINUX__SYSCALL_2(n, a, b) linux_syscall2(LINUX_ARG(n), LINUX_ARG(a), LINUX_ARG(b))
#define LINUX__SYSCALL_3(n, a, b, c) \
    linux_syscall3(LINUX_ARG(n), LINUX_ARG(a), LINUX_ARG(b), LINUX_ARG(c))
#define LINUX__SYSCALL_4(n, a, b, c, d) \
    linux_syscall4(LINUX_ARG(n), LINUX_ARG(a), LINUX_ARG(b), LINUX_ARG(c), LINUX_ARG(d))
#define LINUX__SYSCALL_5(n, a, b, c, d, e)                                       \
    linux_syscall5(LINUX_ARG(n), LINUX_ARG(a), LINUX_ARG(b), LINUX_ARG(c), LINUX_ARG(d), \
                   LINUX_ARG(e))
#define LINUX__SYSCALL_6(n, a, b, c, d, e, f)                                    \
    linux_syscall6(LINUX_ARG(n), LINUX_ARG(a), LINUX_ARG(b), LINUX_ARG(c), LINUX_ARG(d), \
                   LINUX_ARG(e), LINUX_ARG(f))
/* A negative bit-field width is an error in every C and C++ dialect, and
 * the member name makes the diagnostic say what went wrong. */
#define LINUX__SYSCALL_TOO_MANY(...) \
    sizeof(struct { int linux_syscall_takes_at_most_6_arguments : -1; })

#ifdef __cplusplus
}
#endif

#endif /* LINUX_SYSCALL_COMMON_H */
