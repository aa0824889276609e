/*
 * control.c: the negative control for check_vector_liveness.py. The same
 * shapes as sve_live.c / rvv_live.c, but through an asm statement shaped
 * like the header's before vector clobbers were added (number and result
 * registers, "memory" only). The compilers keep vector values live across
 * it, and the checker must say so for every function here; if it does not,
 * the checker has gone blind and its passes on the real header mean
 * nothing.
 */
#include <stddef.h>
#include <stdint.h>

unsigned long control_sink;

#if defined(__aarch64__)
#include <arm_sve.h>

static __inline__ __attribute__((__always_inline__)) unsigned long old_syscall0(unsigned long n)
{
    register unsigned long nr __asm__("x8") = n;
    register unsigned long ret __asm__("x0");
    __asm__ __volatile__("svc #0" : "=r"(ret) : "r"(nr) : "memory");
    return ret;
}

svint32_t control_sve_pcs(svint32_t a)
{
    svbool_t pg = svptrue_b32();
    svint32_t b = svadd_s32_x(pg, a, a);
    control_sink += old_syscall0(173);
    return svmul_s32_x(pg, b, a);
}

void control_sve_base(int32_t *out, const int32_t *in, int32_t n)
{
    svbool_t pg = svwhilelt_b32_s32(0, n);
    svint32_t a = svld1_s32(pg, in);
    svint32_t b = svadd_s32_x(pg, a, a);
    control_sink += old_syscall0(173);
    svst1_s32(pg, out, svmul_s32_x(pg, b, a));
}

#elif defined(__riscv) && defined(__riscv_v_intrinsic)
#include <riscv_vector.h>

static __inline__ __attribute__((__always_inline__)) unsigned long old_syscall0(unsigned long n)
{
    register unsigned long nr __asm__("a7") = n;
    register unsigned long ret __asm__("a0");
    __asm__ __volatile__("ecall" : "=r"(ret) : "r"(nr) : "memory");
    return ret;
}

void control_rvv_intr(int32_t *out, const int32_t *in, size_t n)
{
    size_t vl = __riscv_vsetvl_e32m1(n);
    vint32m1_t a = __riscv_vle32_v_i32m1(in, vl);
    vint32m1_t b = __riscv_vadd_vv_i32m1(a, a, vl);
    control_sink += old_syscall0(173);
    __riscv_vse32_v_i32m1(out, __riscv_vmul_vv_i32m1(b, a, vl), vl);
}

#else
#error "control.c: build for aarch64 with SVE, or riscv64 with V and <riscv_vector.h>"
#endif
