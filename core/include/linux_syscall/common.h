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

#include "errno.h"

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

/* The architectures that report an error in a flag rather than in the
 * value (mips: a3 != 0; powerpc: cr0.SO; sparc: the carry flag) leave the
 * positive errno in the result register; their asm headers turn it into
 * -errno here, so a linux_result means the same on every architecture. */
static LINUX_ALWAYS_INLINE linux_word linux__flag_error_to_raw(linux_word error_flag,
                                                               linux_word value)
{
    return error_flag ? (linux_word) - (linux_sword)value : value;
}

/* 0 on success, otherwise the positive errno. */
static LINUX_ALWAYS_INLINE int linux_check(linux_result r)
{
    return linux_result_is_error(r) ? (int)-(linux_sword)r.raw : 0;
}

/* linux_try_<type>(r, &out): 0 and *out = value, or an errno and *out
 * untouched. The errno is the kernel's, or LINUX_EOVERFLOW when the value
 * does not fit <type>.
 *
 * On a 64-bit (LP64) target the register is 64 bits wide: i32 takes values
 * in [INT32_MIN, INT32_MAX] read as a signed long, u32 values in
 * [0, UINT32_MAX]; anything else (0x100000005, a 64-bit address, -4096) is
 * LINUX_EOVERFLOW rather than silently truncated. On a 32-bit (ILP32)
 * target the register is exactly 32 bits: i32 and u32 reinterpret it
 * (0xfffff000 is -4096 as i32, 4294963200 as u32) and nothing overflows,
 * and i64/u64 sign- or zero-extend it. The 64-bit, size and pointer forms
 * always fit a register. */
#if __SIZEOF_LONG__ > 4
#define LINUX__FITS_i32(raw) ((linux_sword)(raw) >= INT32_MIN && (linux_sword)(raw) <= INT32_MAX)
#define LINUX__FITS_u32(raw) ((raw) <= UINT32_MAX)
#else
#define LINUX__FITS_i32(raw) 1
#define LINUX__FITS_u32(raw) 1
#endif
#define LINUX__FITS_i64(raw) 1
#define LINUX__FITS_u64(raw) 1
#define LINUX__FITS_isize(raw) 1
#define LINUX__FITS_usize(raw) 1
#define LINUX__FITS_ptr(raw) 1

#define LINUX__DEFINE_TRY(suffix, type, conv)                                  \
    static LINUX_ALWAYS_INLINE int linux_try_##suffix(linux_result r, type *out) \
    {                                                                          \
        int err = linux_check(r);                                              \
        if (err == 0 && !LINUX__FITS_##suffix(r.raw))                          \
            err = LINUX_EOVERFLOW;                                             \
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
#undef LINUX__FITS_i32
#undef LINUX__FITS_u32
#undef LINUX__FITS_i64
#undef LINUX__FITS_u64
#undef LINUX__FITS_isize
#undef LINUX__FITS_usize
#undef LINUX__FITS_ptr

/*
 * LINUX_ARG(x): an integer (any width, signed or not, char, bool, enum) or
 * a pointer (arrays and functions decay) becomes one register word, as a C
 * cast would convert it: an integer wider than the register (__int128,
 * or a 64-bit integer on a 32-bit target) keeps its low bits. Anything else is
 * a compile error naming linux_syscall_argument_must_be_an_integer_or_pointer:
 * a floating-point value (converting a negative or huge one to an unsigned
 * integer is undefined behaviour, and the kernel never takes one in an
 * integer register), a complex number, a struct or a union.
 *
 * The type is read with __builtin_classify_type (gcc and clang, every
 * dialect; it does not evaluate its operand): 1 to 5 are integer, char,
 * enum, bool and pointer. In C the check is an array parameter of a
 * function-pointer type in an unevaluated cast: a negative size is an error
 * whose message names the parameter, while nothing is evaluated, no type is
 * defined (-Wc++-compat stays quiet) and `x` is still evaluated exactly once
 * by the conversion. C++ uses a function template with a static_assert
 * (g++ -std=c++11 misparses the cast form).
 */
#define LINUX__IS_WORD_CLASS(c) ((c) >= 1 && (c) <= 5)
#ifdef __cplusplus
} /* extern "C" */
extern "C++" {
#if __cplusplus >= 201103L
template <typename T>
struct linux__word_argument {
    enum { ok = LINUX__IS_WORD_CLASS(__builtin_classify_type(T())) };
};
/* nullptr converts like (void *)0, but has no type class of its own (-1) */
template <>
struct linux__word_argument<decltype(nullptr)> {
    enum { ok = 1 };
};
#else
/* g++ -std=c++98 does not take __builtin_classify_type in a constant
 * expression: the floating-point types are listed (a struct or union is
 * still refused by the conversion itself). */
template <typename T>
struct linux__word_argument {
    enum { ok = 1 };
};
template <>
struct linux__word_argument<float> {
    enum { ok = 0 };
};
template <>
struct linux__word_argument<double> {
    enum { ok = 0 };
};
template <>
struct linux__word_argument<long double> {
    enum { ok = 0 };
};
#endif
template <typename T>
static LINUX_ALWAYS_INLINE linux_word linux__arg(T x)
{
#if __cplusplus >= 201103L
    static_assert(linux__word_argument<T>::ok,
                  "linux_syscall_argument_must_be_an_integer_or_pointer: a linux_syscall() "
                  "argument is floating-point, complex, a struct or a union");
#else
    typedef char linux_syscall_argument_must_be_an_integer_or_pointer
        [linux__word_argument<T>::ok ? 1 : -1] __attribute__((__unused__));
#endif
    return (linux_word)x;
}
}
extern "C" {
#define LINUX_ARG(x) linux__arg(x)
#else
#define LINUX_ARG(x)                                                              \
    ((void)(void (*)(char linux_syscall_argument_must_be_an_integer_or_pointer     \
                         [LINUX__IS_WORD_CLASS(__builtin_classify_type(x)) ? 1 : -1]))0, \
     (linux_word)(x))
#endif

/*
 * linux_syscall(nr, args...) picks linux_syscallN by counting its
 * arguments. Plain C99 (no `##__VA_ARGS__`, no statement expressions):
 * the number is always present, so __VA_ARGS__ is never empty.
 *
 * 7 to 64 arguments select LINUX__SYSCALL_TOO_MANY, a compile error naming
 * linux_syscall_takes_at_most_6_arguments. With 65 or more, LINUX__NTH
 * yields one of the caller's own arguments instead of a count; it is then
 * pasted onto linux_syscall_takes_at_most_6_arguments_, which is defined
 * (as nothing) only for the counts, so whatever that argument is, the
 * expansion does not compile: an undeclared
 * linux_syscall_takes_at_most_6_arguments_<token>, a syntax error or an
 * invalid token paste, never a call to an implicitly declared function
 * (which gcc 12 accepts in C with a warning).
 */
#define LINUX__NTH(_0, _1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, \
                   _18, _19, _20, _21, _22, _23, _24, _25, _26, _27, _28, _29, _30, _31, _32, _33, \
                   _34, _35, _36, _37, _38, _39, _40, _41, _42, _43, _44, _45, _46, _47, _48, _49, \
                   _50, _51, _52, _53, _54, _55, _56, _57, _58, _59, _60, _61, _62, _63, _64, n, \
                   ...) n
#define LINUX__ARITY(...) \
    LINUX__NTH(__VA_ARGS__, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, TOO_MANY, \
               TOO_MANY, TOO_MANY, 6, 5, 4, 3, 2, 1, 0, _)
#define LINUX__CAT(a, b) LINUX__CAT_(a, b)
#define LINUX__CAT_(a, b) a##b

#define linux_syscall(...) LINUX__DISPATCH(LINUX__ARITY(__VA_ARGS__), __VA_ARGS__)
#define LINUX__DISPATCH(n, ...)                                 \
    (LINUX__CAT(linux_syscall_takes_at_most_6_arguments_, n)    \
         LINUX__CAT(LINUX__SYSCALL_, n)(__VA_ARGS__))
#define linux_syscall_takes_at_most_6_arguments_0
#define linux_syscall_takes_at_most_6_arguments_1
#define linux_syscall_takes_at_most_6_arguments_2
#define linux_syscall_takes_at_most_6_arguments_3
#define linux_syscall_takes_at_most_6_arguments_4
#define linux_syscall_takes_at_most_6_arguments_5
#define linux_syscall_takes_at_most_6_arguments_6
#define linux_syscall_takes_at_most_6_arguments_TOO_MANY

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
