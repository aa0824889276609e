/*
 * sve_live.c: SVE values live across linux_syscall(), for every arity.
 *
 * A syscall keeps only bits [127:0] of Z0-Z31 and zeroes the rest of Z,
 * all of P0-P15 and FFR (kernel Documentation/arch/arm64/sve.rst), so the
 * compiler must not keep a scalable vector or predicate in a register
 * across the trap. tests/codegen/check_vector_liveness.py reads the
 * disassembly of this file, built with -march=armv8.2-a+sve by gcc and
 * clang (inline and -DLINUX_SYSCALL_TRAMPOLINE, -O2 and -O3), and proves
 * that no Z/P/FFR value from before `svc #0` (or the trampoline call) is
 * read after it. sve_run.c runs the same functions under qemu.
 *
 * Three shapes per arity:
 *   sve_pcs_N   takes and returns svint32_t: the SVE calling convention,
 *               whose callee-saved z8-z23/p4-p15 the kernel also destroys
 *   sve_base_N  ordinary C signature, intrinsics inside
 *   sve_loop_N  plain C loops the compiler vectorises at -O3 (and clang at
 *               -O2), with a loop-invariant splat and predicate either side
 */
#include <arm_sve.h>
#include <stdint.h>

#include "arities.h"

#define NR CODEGEN_NR

linux_word codegen_sink;

#define SVE_FUNCS(N, PARAMS, ...)                                                              \
    svint32_t sve_pcs_##N(svint32_t a PARAMS())                                                \
    {                                                                                          \
        svbool_t pg = svptrue_b32();                                                           \
        svint32_t b = svadd_s32_x(pg, a, a);                                                   \
        codegen_sink += linux_result_raw(linux_syscall(NR __VA_ARGS__));                              \
        return svmul_s32_x(pg, b, a);                                                          \
    }                                                                                          \
    void sve_base_##N(int32_t *out, const int32_t *in, int32_t n PARAMS())                     \
    {                                                                                          \
        svbool_t pg = svwhilelt_b32_s32(0, n);                                                 \
        svint32_t a = svld1_s32(pg, in);                                                       \
        svint32_t b = svadd_s32_x(pg, a, a);                                                   \
        codegen_sink += linux_result_raw(linux_syscall(NR __VA_ARGS__));                              \
        svst1_s32(pg, out, svmul_s32_x(pg, b, a));                                             \
    }

CODEGEN_ARITIES(SVE_FUNCS)
#define SVE_LOOP(N, PARAMS, ...) CODEGEN_LOOP(sve, N, PARAMS, __VA_ARGS__)
CODEGEN_ARITIES(SVE_LOOP)
