/*
 * sve_run.c: runs the functions of sve_live.c (each makes a real getppid
 * syscall with live SVE values around it) and checks their results.
 * qemu-user does not discard SVE state at a syscall the way the kernel
 * does, so this shows that the clobbers keep the code correct, not the bug;
 * check_vector_liveness.py shows the bug. Speaks tests/lib/check.h.
 */
#include <arm_sve.h>
#include <stdint.h>

#include "../lib/check.h"
#include "arities.h"

#define N CODEGEN_N

#define DECLARE(K, ...)                                                                        \
    svint32_t sve_pcs_##K(svint32_t a __VA_ARGS__);                                            \
    void sve_base_##K(int32_t *out, const int32_t *in, int32_t n __VA_ARGS__);                 \
    CODEGEN_DECLARE_LOOP(sve, K, __VA_ARGS__)
CODEGEN_DECLARE_ARITIES(DECLARE)

/* One arity: the same three checks, whatever the argument count. */
#define RUN(K, ...)                                                                            \
    do {                                                                                       \
        int32_t in[N], out[N], lane[64];                                                       \
        int ok = 1;                                                                            \
        for (int i = 0; i < N; i++) {                                                          \
            in[i] = i - 11;                                                                    \
            out[i] = -1;                                                                       \
        }                                                                                      \
        svint32_t a = svindex_s32(-5, 3);                                                      \
        svst1_s32(svptrue_b32(), lane, sve_pcs_##K(a __VA_ARGS__));                            \
        for (int i = 0; i < (int)svcntw(); i++)                                                \
            ok &= lane[i] == 2 * (-5 + 3 * i) * (-5 + 3 * i);                                  \
        check_true("sve_pcs_" #K ": SVE-PCS vector argument and result right", ok,            \
                   "a lane is wrong");                                                         \
        ok = 1;                                                                                \
        int vl = (int)svcntw() < N ? (int)svcntw() : N;                                        \
        sve_base_##K(out, in, N __VA_ARGS__);                                                  \
        for (int i = 0; i < N; i++)                                                            \
            ok &= out[i] == (i < vl ? 2 * in[i] * in[i] : -1);                                 \
        check_true("sve_base_" #K ": vector values right across the syscall", ok,             \
                   "a lane is wrong");                                                         \
        CODEGEN_CHECK_LOOP(sve, K, __VA_ARGS__);                                               \
    } while (0)
#define RUN_ONE(K, ...) RUN(K, __VA_ARGS__);

int main(void)
{
    CODEGEN_RUN_ARITIES(RUN_ONE)
    check_out_str("# vector length ");
    check_out_u64((uint64_t)svcntb());
    check_out_str(" bytes");
    check_line_end();
    return check_finish();
}
