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

#include "arities.h"

#if defined(__riscv_v_intrinsic)
#include <riscv_vector.h>
#endif

#define NR CODEGEN_NR

linux_word codegen_sink;

#if defined(__riscv_v_intrinsic)
#define RVV_INTR(N, PARAMS, ...)                                                               \
    void rvv_intr_##N(int32_t *out, const int32_t *in, size_t n PARAMS())                      \
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

#define RVV_LOOP(N, PARAMS, ...) CODEGEN_LOOP(rvv, N, PARAMS, __VA_ARGS__)

CODEGEN_ARITIES(RVV_INTR)
CODEGEN_ARITIES(RVV_LOOP)
