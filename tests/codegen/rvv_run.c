/*
 * rvv_run.c: runs the functions of rvv_live.c (each makes a real getppid
 * syscall with live vector values around it) and checks their results,
 * under qemu-riscv64 -cpu rv64,v=true. qemu-user does not discard vector
 * state at a syscall the way Linux 6.5+ does, so this shows that the
 * clobbers keep the code correct, not the bug; check_vector_liveness.py
 * shows the bug. Exit status 0 when all agree.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "linux_syscall.h"

#define N 37 /* not a multiple of any vector length */

#define W linux_word
#if defined(__riscv_v_intrinsic)
#define DECLARE_INTR(K, ...) void rvv_intr_##K(int32_t *out, const int32_t *in, size_t n __VA_ARGS__);
#else
#define DECLARE_INTR(K, ...)
#endif
#define DECLARE(K, ...)                                                                        \
    DECLARE_INTR(K, __VA_ARGS__)                                                               \
    void rvv_loop_##K(int32_t *restrict x, const int32_t *restrict y, int32_t n,               \
                      int32_t k __VA_ARGS__);
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

#if defined(__riscv_v_intrinsic)
/* rvv_intr_K handles one vector's worth (vl = min(n, VLMAX)) and leaves
 * the rest of out alone. */
#define RUN_INTR(K, ...)                                                                       \
    do {                                                                                       \
        int32_t in[N], out[N];                                                                 \
        int ok = 1, vl = 0;                                                                    \
        for (int i = 0; i < N; i++) {                                                          \
            in[i] = i - 11;                                                                    \
            out[i] = -1;                                                                       \
        }                                                                                      \
        rvv_intr_##K(out, in, N __VA_ARGS__);                                                  \
        while (vl < N && out[vl] != -1)                                                        \
            vl++;                                                                              \
        for (int i = 0; i < N; i++)                                                            \
            ok &= out[i] == (i < vl ? 2 * in[i] * in[i] : -1);                                 \
        expect("rvv_intr", K, ok && vl >= 4);                                                  \
    } while (0)
#else
#define RUN_INTR(K, ...)
#endif

#define RUN(K, ...)                                                                            \
    do {                                                                                       \
        RUN_INTR(K, __VA_ARGS__);                                                              \
        int32_t x[N], y[N];                                                                    \
        int ok = 1;                                                                            \
        for (int i = 0; i < N; i++) {                                                          \
            x[i] = 3 * i + 1;                                                                  \
            y[i] = i % 7 - 3;                                                                  \
        }                                                                                      \
        rvv_loop_##K(x, y, N, 5 __VA_ARGS__);                                                  \
        for (int i = 0; i < N; i++)                                                            \
            ok &= x[i] == 3 * i + 1;                                                           \
        expect("rvv_loop", K, ok);                                                             \
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
    return failures != 0;
}
