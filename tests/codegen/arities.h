/*
 * tests/codegen/arities.h: what the vector-state programs share, so that
 * sve_live.c/rvv_live.c (the functions whose code is checked) and
 * sve_run.c/rvv_run.c (which run them under qemu) say each thing once:
 * the syscall every function makes, the parameter list per arity, the
 * plain-C loop that compilers vectorise, and that loop's check.
 */
#ifndef LINUX_SYSCALL_TESTS_CODEGEN_ARITIES_H
#define LINUX_SYSCALL_TESTS_CODEGEN_ARITIES_H

#include <stdint.h>

#include "linux_syscall.h"

/* getppid ignores its arguments and never fails, so every arity can make
 * a real syscall. */
#define CODEGEN_NR LINUX_SYS_getppid

/* Not a multiple of any vector length: the predicates and tails are used. */
#define CODEGEN_N 37

/* Parameter lists as function-like macros, so that a list (which holds
 * commas) can be handed through another macro as one name; PARAMS() at
 * the place of use expands it. */
#define CODEGEN_P0()
#define CODEGEN_P1() , linux_word a1
#define CODEGEN_P2() CODEGEN_P1(), linux_word a2
#define CODEGEN_P3() CODEGEN_P2(), linux_word a3
#define CODEGEN_P4() CODEGEN_P3(), linux_word a4
#define CODEGEN_P5() CODEGEN_P4(), linux_word a5
#define CODEGEN_P6() CODEGEN_P5(), linux_word a6

/* X(arity, parameter list macro, , arguments...): one list, expanded once
 * per shape in the *_live.c files. */
#define CODEGEN_ARITIES(X)                                                                     \
    X(0, CODEGEN_P0, )                                                                         \
    X(1, CODEGEN_P1, , a1)                                                                     \
    X(2, CODEGEN_P2, , a1, a2)                                                                 \
    X(3, CODEGEN_P3, , a1, a2, a3)                                                             \
    X(4, CODEGEN_P4, , a1, a2, a3, a4)                                                         \
    X(5, CODEGEN_P5, , a1, a2, a3, a4, a5)                                                     \
    X(6, CODEGEN_P6, , a1, a2, a3, a4, a5, a6)

/* X(arity, , argument values...) for the *_run.c files; X(arity, , types...)
 * declares. */
#define CODEGEN_RUN_ARITIES(X)                                                                 \
    X(0, )                                                                                     \
    X(1, , 1)                                                                                  \
    X(2, , 1, 2)                                                                               \
    X(3, , 1, 2, 3)                                                                            \
    X(4, , 1, 2, 3, 4)                                                                         \
    X(5, , 1, 2, 3, 4, 5)                                                                      \
    X(6, , 1, 2, 3, 4, 5, 6)
#define CODEGEN_W linux_word
#define CODEGEN_DECLARE_ARITIES(X)                                                             \
    X(0, )                                                                                     \
    X(1, , CODEGEN_W)                                                                          \
    X(2, , CODEGEN_W, CODEGEN_W)                                                               \
    X(3, , CODEGEN_W, CODEGEN_W, CODEGEN_W)                                                    \
    X(4, , CODEGEN_W, CODEGEN_W, CODEGEN_W, CODEGEN_W)                                         \
    X(5, , CODEGEN_W, CODEGEN_W, CODEGEN_W, CODEGEN_W, CODEGEN_W)                              \
    X(6, , CODEGEN_W, CODEGEN_W, CODEGEN_W, CODEGEN_W, CODEGEN_W, CODEGEN_W)

/* PREFIX_loop_N: plain C loops the compiler vectorises (at -O3, clang also
 * at -O2) with a loop-invariant splat (and predicate) either side of the
 * syscall; x comes back unchanged. codegen_sink keeps the result used. */
#define CODEGEN_LOOP(PREFIX, N, PARAMS, ...)                                                   \
    void PREFIX##_loop_##N(int32_t *restrict x, const int32_t *restrict y, int32_t n,          \
                           int32_t k PARAMS())                                                 \
    {                                                                                          \
        for (int32_t i = 0; i < n; i++)                                                        \
            x[i] += y[i] * k;                                                                  \
        codegen_sink += linux_result_raw(linux_syscall(CODEGEN_NR __VA_ARGS__));               \
        for (int32_t i = 0; i < n; i++)                                                        \
            x[i] -= y[i] * k;                                                                  \
    }

#define CODEGEN_DECLARE_LOOP(PREFIX, N, ...)                                                   \
    void PREFIX##_loop_##N(int32_t *restrict x, const int32_t *restrict y, int32_t n,          \
                           int32_t k __VA_ARGS__);

/* Runs PREFIX_loop_N and checks (tests/lib/check.h) that x came back. */
#define CODEGEN_CHECK_LOOP(PREFIX, N, ...)                                                     \
    do {                                                                                       \
        int32_t x[CODEGEN_N], y[CODEGEN_N];                                                    \
        int ok = 1;                                                                            \
        for (int i = 0; i < CODEGEN_N; i++) {                                                  \
            x[i] = 3 * i + 1;                                                                  \
            y[i] = i % 7 - 3;                                                                  \
        }                                                                                      \
        PREFIX##_loop_##N(x, y, CODEGEN_N, 5 __VA_ARGS__);                                     \
        for (int i = 0; i < CODEGEN_N; i++)                                                    \
            ok &= x[i] == 3 * i + 1;                                                           \
        check_true(#PREFIX "_loop_" #N ": x unchanged by x += y*k, syscall, x -= y*k", ok,     \
                   "x changed");                                                               \
    } while (0)

#endif
