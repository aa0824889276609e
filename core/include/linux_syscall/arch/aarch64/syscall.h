/*
 * aarch64 (arm64) syscall ABI
 *
 *   trap:      svc #0
 *   number:    x8
 *   arguments: x0 x1 x2 x3 x4 x5
 *   result:    x0 (so the first argument register is also the output)
 *   clobbered: memory; with SVE: z0-z31, p0-p15 and ffr (see below);
 *              with SME also x16 (see below); every other register,
 *              flags included, is preserved
 *
 * The immediate of svc is ignored by Linux; 0 is the convention.
 *
 * SVE (kernel Documentation/arch/arm64/sve.rst): a syscall preserves V0-V31,
 * that is bits [127:0] of Z0-Z31, and zeroes every other bit of Z0-Z31, all
 * of P0-P15 and FFR. Without SVE that is "nothing is lost"; with SVE the
 * compiler keeps scalable vectors and predicates in those registers, so it
 * must be told. An asm statement cannot clobber only the upper part of a
 * register, so z0-z31 are clobbered whole (with z8-z15 left out, to
 * spare the d8-d15 saves below, gcc 12 and clang 19 both keep live SVE
 * values in exactly those registers). The price, paid only when the
 * compiler targets SVE: a function that makes an inline syscall also
 * saves d8-d15 (their low 64 bits are callee-saved in the base AAPCS64,
 * which the kernel would have preserved anyway), and one that itself uses
 * the SVE calling convention (takes or returns svint32_t and the like)
 * saves z8-z23 and p4-p15 - those saves are needed, as the kernel
 * destroys callee-saved state of that convention. The out-of-line
 * trampolines are ordinary calls and cost neither: the compiler already
 * assumes a call destroys the upper bits of Z, P and FFR.
 * clang 19 has no name for FFR in a clobber list (gcc has): with clang,
 * read FFR (svrdffr) after a first-faulting load before any syscall.
 *
 * SME (kernel Documentation/arch/arm64/sme.rst): a syscall clears
 * PSTATE.SM (leaves streaming mode; the SVE registers then follow the SVE
 * rule above) and preserves PSTATE.ZA, ZA and ZT0. Code compiled for SME
 * may be in streaming mode at a syscall (an __arm_streaming,
 * __arm_locally_streaming or __arm_streaming_compatible caller), and
 * would carry on in non-streaming mode, with another vector length. So
 * when the compiler targets SME the trap reads SVCR first (x16) and
 * re-enters streaming mode after it if it was on. SMSTART SM zeroes
 * Z/P/FFR, which are clobbered anyway. ZA needs nothing. Reading SVCR
 * needs SME hardware, which is what __ARM_FEATURE_SME promises (ACLE:
 * "hardware support for the FEAT_SME instructions"); an SME build run on
 * a CPU without SME stops with SIGILL at its first inline syscall. Code
 * built without SME that is nevertheless entered in streaming mode
 * (__arm_streaming_compatible accepts that) is not covered: use the
 * trampoline build there, where the compiler handles the mode around the
 * call.
 */
#ifndef LINUX_SYSCALL_ARCH_AARCH64_SYSCALL_H
#define LINUX_SYSCALL_ARCH_AARCH64_SYSCALL_H

#include "../register_args.h"

#if defined(__ARM_FEATURE_SVE) || defined(__ARM_FEATURE_SME)
#if defined(__clang__)
#define LINUX__AARCH64_FFR
#else
#define LINUX__AARCH64_FFR "ffr",
#endif
#define LINUX__AARCH64_VECTOR_CLOBBERS                                                         \
    "z0", "z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8", "z9", "z10", "z11", "z12", "z13",    \
        "z14", "z15", "z16", "z17", "z18", "z19", "z20", "z21", "z22", "z23", "z24", "z25",    \
        "z26", "z27", "z28", "z29", "z30", "z31", "p0", "p1", "p2", "p3", "p4", "p5", "p6",    \
        "p7", "p8", "p9", "p10", "p11", "p12", "p13", "p14", "p15", LINUX__AARCH64_FFR
#else
#define LINUX__AARCH64_VECTOR_CLOBBERS
#endif

#if defined(__ARM_FEATURE_SME)
/* Spelled so that any assembler takes them: SVCR is S3_3_C4_C2_2 (bit 0 is
 * SM) and 0xd503437f is SMSTART SM. */
#define LINUX__AARCH64_TRAP                                                                    \
    "mrs x16, S3_3_C4_C2_2\n\tsvc #0\n\ttbz x16, #0, 1f\n\t.inst 0xd503437f\n1:"
#define LINUX__AARCH64_SME_CLOBBERS "x16",
#else
#define LINUX__AARCH64_TRAP "svc #0"
#define LINUX__AARCH64_SME_CLOBBERS
#endif

LINUX__REGISTER_ARG_SYSCALLS(LINUX__AARCH64_TRAP, "x8", "x0", "x1", "x2", "x3", "x4", "x5",
                             LINUX__AARCH64_VECTOR_CLOBBERS LINUX__AARCH64_SME_CLOBBERS
                             "memory")

#endif
