/*
 * sve_run.c: runs the functions of sve_live.c (each makes a real getppid
 * syscall with live SVE values around it) and checks their results.
 * qemu-user does not discard SVE state at a syscall the way the kernel
 * does, so this shows that the clobbers keep the code correct, not the bug;
 * check_vector_liveness.py shows the bug. Exit status 0 when all agree.
 */
#include <arm_sve.h>
#include <stdint.h>
#include <stdio.h>

#include "linux_syscall.h"

#define N 37 /* not a multiple of any vector length: exercises the predicates */

#define DECLARE(K, ...)                                                                        \
    svint32_t sve_pcs_##K(svint32_t a __VA_ARGS__);                                                 \
    void sve_base_##K(int32_t *out, const int32_t *in, int32_t n __VA_ARGS__);                      \
    void sve_loop_##K(int32_t *restrict x, const int32_t *restrict y, int32_t n,               \
                      int32_t k __VA_ARGS__);
#define W linux_word
DECLARE(0, )
DECLARE(1, , W)
DECLARE(2, , W, W)
DECLARE(3, , W, W, W)
DECLARE(4, , W, W, W, W)
DECLARE(5, , W, W, W, W, W)
DECLARE(6, , W, W, W, W, W, W)

static int failures;

static void expect(const char *what, int k, int ok)
{
    printf("%s %s_%d\n", ok ? "ok  " : "FAIL", what, k);
    if (!ok)
        failures++;
}

/* One arity: the same three checks, whatever the argument count. */
#define RUN(K, ...)                                                                            \
    do {                                                                                       \
        int32_t in[N], out[N], x[N], y[N], lane[64];                                           \
        int ok = 1;                                                                            \
        for (int i = 0; i < N; i++) {                                                          \
            in[i] = i - 11;                                                                    \
            out[i] = -1;                                                                       \
            x[i] = 3 * i + 1;                                                              \
            y[i] = i % 7 - 3;                                                                  \
        }                                                                                      \
        svint32_t a = svindex_s32(-5, 3);                                                      \
        svst1_s32(svptrue_b32(), lane, sve_pcs_##K(a __VA_ARGS__));                            \
        for (int i = 0; i < (int)svcntw(); i++)                                                \
            ok &= lane[i] == 2 * (-5 + 3 * i) * (-5 + 3 * i);                                  \
        expect("sve_pcs", K, ok);                                                              \
        ok = 1;                                                                                \
        int vl = (int)svcntw() < N ? (int)svcntw() : N;                                        \
        sve_base_##K(out, in, N __VA_ARGS__);                                                  \
        for (int i = 0; i < N; i++)                                                            \
            ok &= out[i] == (i < vl ? 2 * in[i] * in[i] : -1);                                 \
        expect("sve_base", K, ok);                                                             \
        ok = 1;                                                                                \
        sve_loop_##K(x, y, N, 5 __VA_ARGS__);                                                  \
        for (int i = 0; i < N; i++)                                                            \
            ok &= x[i] == 3 * i + 1;                                                           \
        expect("sve_loop", K, ok);                                                             \
    } while (0)

int main(void)
{
    RUN(0);
    RUN(1, , 1);
    RUN(2, , 1, 2);
    RUN(3, , 1, 2, 3);
    RUN(4, , 1, 2, 3, 4);
    RUN(5, , 1, 2, 3, 4, 5);
    RUN(6, , 1, 2, 3, 4, 5, 6);
    printf("vector length %d bytes\n", (int)svcntb());
    return failures != 0;
}
