/*
 * rvv_live.c: RISC-V vector values live across linux_syscall(), for every
 * arity.
 *
 * A syscall leaves v0-v31, vl and vtype unspecified (kernel
 * Documentation/arch/riscv/vector.rst; Linux 6.5 and later set v0-v31 to
 * all ones and vtype to vill on every syscall), so the compiler must keep
 * no vector value, and no vl/vtype setting, across the trap.
 * tests/codegen/check_vector_liveness.py reads the disassembly of this
 * file, built with -march=rv64gcv by clang (gcc 12 has neither RVV
 * intrinsics nor an RVV vectoriser; the intrinsic half is left out for a
 * compiler without <riscv_vector.h>), inline and
 * -DLINUX_SYSCALL_TRAMPOLINE, -O2 and -O3, and proves that nothing from
 * before `ecall` (or the trampoline call) is read after it. rvv_run.c runs
 * the same functions under qemu.
 *
 * Two shapes per arity:
 *   rvv_intr_N  intrinsics: a loaded vector and its double live across
 *   rvv_loop_N  plain C loops the compiler vectorises, with a
 *               loop-invariant splat either side
 */
#include <stdint.h>

#include "linux_syscall.h"

#if defined(__riscv_v_intrinsic)
#include <riscv_vector.h>
#endif

#define NR LINUX_SYS_getppid /* ignores its arguments, never fails */

linux_word codegen_sink;

#if defined(__riscv_v_intrinsic)
#define RVV_INTR(N, PARAMS, ...)                                                               \
    void rvv_intr_##N(int32_t *out, const int32_t *in, size_t n PARAMS)                        \
    {                                                                                          \
        size_t vl = __riscv_vsetvl_e32m1(n);                                                   \
        vint32m1_t a = __riscv_vle32_v_i32m1(in, vl);                                          \
        vint32m1_t b = __riscv_vadd_vv_i32m1(a, a, vl);                                        \
        codegen_sink += linux_result_raw(linux_syscall(NR __VA_ARGS__));                       \
        __riscv_vse32_v_i32m1(out, __riscv_vmul_vv_i32m1(b, a, vl), vl);                       \
    }
#else
#define RVV_INTR(N, PARAMS, ...)
#endif

#define RVV_LOOP(N, PARAMS, ...)                                                               \
    void rvv_loop_##N(int32_t *restrict x, const int32_t *restrict y, int32_t n,               \
                      int32_t k PARAMS)                                                        \
    {                                                                                          \
        for (int32_t i = 0; i < n; i++)                                                        \
            x[i] += y[i] * k;                                                                  \
        codegen_sink += linux_result_raw(linux_syscall(NR __VA_ARGS__));                       \
        for (int32_t i = 0; i < n; i++)                                                        \
            x[i] -= y[i] * k;                                                                  \
    }

#define P1 , linux_word a1
#define P2 P1, linux_word a2
#define P3 P2, linux_word a3
#define P4 P3, linux_word a4
#define P5 P4, linux_word a5
#define P6 P5, linux_word a6

/* X(arity, parameters, arguments): one list, expanded once per shape */
#define ARITIES(X)                                                                             \
    X(0, , )                                                                                   \
    X(1, P1, , a1)                                                                             \
    X(2, P2, , a1, a2)                                                                         \
    X(3, P3, , a1, a2, a3)                                                                     \
    X(4, P4, , a1, a2, a3, a4)                                                                 \
    X(5, P5, , a1, a2, a3, a4, a5)                                                             \
    X(6, P6, , a1, a2, a3, a4, a5, a6)

ARITIES(RVV_INTR)
ARITIES(RVV_LOOP)
