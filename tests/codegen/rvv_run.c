/*
 * rvv_run.c: runs the functions of rvv_live.c (each makes a real getppid
 * syscall with live vector values around it) and checks their results,
 * under qemu-riscv64 -cpu rv64,v=true. qemu-user does not discard vector
 * state at a syscall the way Linux 6.5+ does, so this shows that the
 * clobbers keep the code correct, not the bug; check_vector_liveness.py
 * shows the bug. Speaks tests/lib/check.h.
 */
#include <stddef.h>
#include <stdint.h>

#include "../lib/check.h"
#include "arities.h"

#define N CODEGEN_N

#if defined(__riscv_v_intrinsic)
#define DECLARE_INTR(K, ...) void rvv_intr_##K(int32_t *out, const int32_t *in, size_t n __VA_ARGS__);
#else
#define DECLARE_INTR(K, ...)
#endif
#define DECLARE(K, ...)                                                                        \
    DECLARE_INTR(K, __VA_ARGS__)                                                               \
    CODEGEN_DECLARE_LOOP(rvv, K, __VA_ARGS__)
CODEGEN_DECLARE_ARITIES(DECLARE)

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
        check_true("rvv_intr_" #K ": vector values right across the syscall", ok && vl >= 4,  \
                   "a lane is wrong or vl < 4");                                               \
    } while (0)
#else
#define RUN_INTR(K, ...)
#endif

#define RUN(K, ...)                                                                            \
    do {                                                                                       \
        RUN_INTR(K, __VA_ARGS__);                                                              \
        CODEGEN_CHECK_LOOP(rvv, K, __VA_ARGS__);                                               \
    } while (0)
#define RUN_ONE(K, ...) RUN(K, __VA_ARGS__);

int main(void)
{
    CODEGEN_RUN_ARITIES(RUN_ONE)
    return check_finish();
}
