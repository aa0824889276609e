/*
 * sme_run.c: syscalls from streaming mode (SME), every arity, run under
 * qemu-aarch64 -cpu max.
 *
 * A syscall clears PSTATE.SM (kernel Documentation/arch/arm64/sme.rst), and
 * leaving streaming mode zeroes Z0-Z31/P0-P15; qemu-user models both. A
 * function compiled as streaming (__arm_locally_streaming, __arm_streaming)
 * or streaming-compatible would carry on in non-streaming mode after an
 * inline syscall, with other vector lengths and lost vector values. The
 * header re-enters streaming mode when SME code is compiled; this checks,
 * after each syscall, that SVCR.SM is what it was before and that vector
 * values computed before the syscall are still right.
 *
 * Built by clang only (gcc 12 has no SME). clang 19 warns
 * (-Waarch64-sme-attributes) that the header's always-inline helpers are
 * not marked streaming-compatible when they are inlined here; that is
 * expected and silenced.
 */
#include <arm_sve.h>
#include <stdint.h>

#include "../lib/check.h"
#include "arities.h"

#define NR CODEGEN_NR

static uint64_t svcr(void) __arm_streaming_compatible
{
    uint64_t v;
    __asm__ __volatile__("mrs %0, S3_3_C4_C2_2" : "=r"(v));
    return v;
}

/* __arm_sme_state (AAPCS64 SME support routine): clang calls it from a
 * streaming-compatible function before a call to an ordinary function (the
 * trampoline). compiler-rt has it, Debian's libgcc 12 does not; this one is
 * weak and enough for a program that only runs where SME exists: x0 =
 * bit 63 "SME present" | PSTATE.ZA (bit 1) | PSTATE.SM (bit 0), x1 =
 * TPIDR2_EL0. */
__asm__(".text\n"
        ".weak __arm_sme_state\n"
        ".type __arm_sme_state, %function\n"
        "__arm_sme_state:\n"
        "  mrs x0, S3_3_C4_C2_2\n"      /* SVCR */
        "  and x0, x0, #3\n"
        "  orr x0, x0, #0x8000000000000000\n"
        "  mrs x1, S3_3_C13_C0_5\n"     /* TPIDR2_EL0 */
        "  ret\n"
        ".size __arm_sme_state, . - __arm_sme_state\n");

/* 1 when streaming mode survived the syscall and a vector value made
 * before it is intact; SM is read right after the syscall. */
#define BODY(...)                                                                              \
    svbool_t pg = svptrue_b32();                                                               \
    svint32_t a = svindex_s32(1, 1);                                                           \
    svint32_t b = svadd_s32_x(pg, a, a);                                                       \
    uint64_t before = svcr() & 1;                                                              \
    linux_word r = linux_result_raw(linux_syscall(NR __VA_ARGS__));                            \
    uint64_t after = svcr() & 1;                                                               \
    int32_t lane[512];                                                                         \
    svst1_s32(pg, lane, svmul_s32_x(pg, b, a));                                                \
    int ok = before == after && (linux_sword)r > 0;                                            \
    for (int i = 0; i < (int)svcntw(); i++)                                                    \
        ok &= lane[i] == 2 * (i + 1) * (i + 1);                                                \
    return ok;

#define SHAPES(K, ...)                                                                         \
    __attribute__((noinline)) __arm_locally_streaming static int locally_##K(void)             \
    {                                                                                          \
        if (!(svcr() & 1))                                                                     \
            return 0;                                                                          \
        BODY(__VA_ARGS__)                                                                      \
    }                                                                                          \
    __attribute__((noinline)) static int compatible_##K(void) __arm_streaming_compatible       \
    {                                                                                          \
        BODY(__VA_ARGS__)                                                                      \
    }                                                                                          \
    __attribute__((noinline)) static int streaming_##K(void) __arm_streaming                   \
    {                                                                                          \
        return compatible_##K();                                                               \
    }                                                                                          \
    static void run_##K(void)                                                                  \
    {                                                                                          \
        check_true("locally_streaming_" #K ": streaming mode and vectors kept", locally_##K(), \
                   "lost");                                                                    \
        check_true("compatible_called_streaming_" #K ": streaming mode and vectors kept",     \
                   streaming_##K(), "lost");                                                   \
        check_true("compatible_called_normally_" #K ": non-streaming and vectors kept",       \
                   compatible_##K() && !(svcr() & 1), "lost or streaming");                    \
    }

SHAPES(0, )
SHAPES(1, , 1)
SHAPES(2, , 1, 2)
SHAPES(3, , 1, 2, 3)
SHAPES(4, , 1, 2, 3, 4)
SHAPES(5, , 1, 2, 3, 4, 5)
SHAPES(6, , 1, 2, 3, 4, 5, 6)

int main(void)
{
    run_0();
    run_1();
    run_2();
    run_3();
    run_4();
    run_5();
    run_6();
    return check_finish();
}
