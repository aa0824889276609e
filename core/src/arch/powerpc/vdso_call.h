/*
 * 32-bit powerpc vDSO call shim (SysV ABI): linux__ppc_vdso_call(fn, a1,
 * a2, a3) calls the vDSO function at code address fn with a1..a3 and
 * returns its result, or -errno.
 *
 * Shim in (C ABI):
 *   fn  a1  a2  a3   result
 *   r3  r4  r5  r6   r3
 * vDSO function (arch/powerpc/kernel/vdso, plain C ABI otherwise):
 *   a1  a2  a3   result   entry address
 *   r3  r4  r5   r3       ctr
 *   error: cr0.SO set and r3 the POSITIVE errno, as after `sc` (the
 *   kernel's vDSO ends in `crset so; neg r3,r3`); success: SO clear.
 *   It may clobber what any callee may: r0, r3-r12, ctr, xer, lr, cr0,
 *   cr1, cr5-cr7; r2 is the thread pointer and stays.
 *
 * Why a shim and not a C call through a pointer: the error convention
 * needs cr0.SO read right after the call, which C cannot express. It is
 * an ordinary function with a 16-byte frame (lr saved at 20(r1), the LR
 * slot of the caller's frame after the stwu) rather than inline asm,
 * which could not save lr or build a frame around a call.
 *
 * A top-level asm block in the C unit (core/src/time.c includes this
 * file) rather than a .S: every build of the library (Make, Bazel, the
 * test scripts) compiles the C sources of core/src, and none would need a new source.
 */
__asm__("    .pushsection .text\n"
        "    .globl linux__ppc_vdso_call\n"
        "    .hidden linux__ppc_vdso_call\n"
        "    .type linux__ppc_vdso_call, @function\n"
        "    .p2align 2\n"
        "linux__ppc_vdso_call:\n"
        "    .cfi_startproc\n"
        "    mflr 0\n"
        "    stwu 1, -16(1)\n"
        "    .cfi_def_cfa_offset 16\n"
        "    stw 0, 20(1)\n"
        "    .cfi_offset lr, 4\n"
        "    mtctr 3\n"
        "    mr 3, 4\n"
        "    mr 4, 5\n"
        "    mr 5, 6\n"
        "    bctrl\n"
        /* nothing below writes cr0: SO is still the vDSO's */
        "    lwz 0, 20(1)\n"
        "    addi 1, 1, 16\n"
        "    .cfi_def_cfa_offset 0\n"
        "    mtlr 0\n"
        "    .cfi_restore lr\n"
        "    bnslr+\n"
        "    neg 3, 3\n"
        "    blr\n"
        "    .cfi_endproc\n"
        "    .size linux__ppc_vdso_call, . - linux__ppc_vdso_call\n"
        "    .popsection\n");

long linux__ppc_vdso_call(unsigned long fn, long a1, long a2, long a3)
    __attribute__((__visibility__("hidden")));
