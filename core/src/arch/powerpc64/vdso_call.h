/*
 * powerpc64 vDSO call shim, for ppc64le (ELFv2) and big-endian ppc64
 * (ELFv1): linux__ppc_vdso_call(fn, a1, a2, a3) calls the vDSO function at
 * code address fn with a1..a3 and returns its result, or -errno.
 *
 * Shim in (C ABI, both ELF ABIs):
 *   fn  a1  a2  a3   result
 *   r3  r4  r5  r6   r3
 * vDSO function (arch/powerpc/kernel/vdso, plain C ABI otherwise):
 *   a1  a2  a3   result   entry address
 *   r3  r4  r5   r3       ctr, r12 (ELFv2 global entry)
 *   error: cr0.SO set and r3 the POSITIVE errno, as after `sc` (the
 *   kernel's vDSO ends in `crset so; neg r3,r3`); success: SO clear.
 *   It may clobber what any callee may: r0, r3-r12, ctr, xer, lr, cr0,
 *   cr1, cr5-cr7; its own prologue stores below the caller's r1 at once.
 *
 * Why a shim and not a C call through a pointer: the error convention
 * needs cr0.SO read right after the call, which C cannot express; on ELFv1
 * a C pointer call wants a function descriptor, and vDSO symbols are bare
 * code addresses (mtctr/bctrl here needs none); and inline asm cannot
 * call it, because ELFv2 leaf code keeps data in the 288-byte red zone
 * below r1 that the vDSO's stores overwrite. So this is an ordinary
 * function with its own frame: lr saved in the caller's LR slot (16(r1)
 * in both ABIs), r2 (TOC) kept in this frame and restored, since a callee
 * in another module may change it. 128 bytes: ELFv1's 112-byte minimum
 * frame plus the r2 slot, 16-byte aligned (ELFv2 needs only 32).
 *
 * A top-level asm block in the C unit (core/src/time.c includes this
 * file) rather than a .S: every build of the library (Make, Bazel, the
 * test scripts) compiles the C sources of core/src, and none would need a new source.
 */
#if defined(_CALL_ELF) && _CALL_ELF == 2
#define LINUX__PPC_VDSO_CALL_ENTRY                                                             \
    "    .pushsection .text\n"                                                                 \
    "    .globl linux__ppc_vdso_call\n"                                                        \
    "    .hidden linux__ppc_vdso_call\n"                                                       \
    "    .type linux__ppc_vdso_call, @function\n"                                              \
    "    .p2align 2\n"                                                                         \
    "linux__ppc_vdso_call:\n"
#define LINUX__PPC_VDSO_CALL_SIZE                                                              \
    "    .size linux__ppc_vdso_call, . - linux__ppc_vdso_call\n"
#else
#define LINUX__PPC_VDSO_CALL_ENTRY                                                             \
    "    .pushsection .opd, \"aw\"\n"                                                          \
    "    .p2align 3\n"                                                                         \
    "    .globl linux__ppc_vdso_call\n"                                                        \
    "    .hidden linux__ppc_vdso_call\n"                                                       \
    "    .type linux__ppc_vdso_call, @function\n"                                              \
    "linux__ppc_vdso_call:\n"                                                                  \
    "    .quad .L.linux__ppc_vdso_call, .TOC.@tocbase, 0\n"                                    \
    "    .popsection\n"                                                                        \
    "    .pushsection .text\n"                                                                 \
    "    .p2align 2\n"                                                                         \
    ".L.linux__ppc_vdso_call:\n"
#define LINUX__PPC_VDSO_CALL_SIZE                                                              \
    "    .size linux__ppc_vdso_call, . - .L.linux__ppc_vdso_call\n"
#endif

__asm__(LINUX__PPC_VDSO_CALL_ENTRY
        "    .cfi_startproc\n"
        "    mflr 0\n"
        "    std 0, 16(1)\n"
        "    stdu 1, -128(1)\n"
        "    .cfi_def_cfa_offset 128\n"
        "    .cfi_offset lr, 16\n"
        /* r2 in the CFI too: an unwinder stopped after the call (in a vDSO
         * whose CFI does not restore r2, or before the reload) must find
         * the caller's TOC here; libgcc only guesses it for the linker's
         * TOC-slot reload (ld 2,24(1) / ld 2,40(1)), which this is not */
        "    std 2, 112(1)\n"
        "    .cfi_rel_offset r2, 112\n"
        "    mr 12, 3\n"
        "    mtctr 12\n"
        "    mr 3, 4\n"
        "    mr 4, 5\n"
        "    mr 5, 6\n"
        "    bctrl\n"
        /* nothing below writes cr0: SO is still the vDSO's */
        "    ld 2, 112(1)\n"
        "    .cfi_restore r2\n"
        "    addi 1, 1, 128\n"
        "    .cfi_def_cfa_offset 0\n"
        "    ld 0, 16(1)\n"
        "    mtlr 0\n"
        "    .cfi_restore lr\n"
        "    bnslr+\n"
        "    neg 3, 3\n"
        "    blr\n"
        "    .cfi_endproc\n"
        LINUX__PPC_VDSO_CALL_SIZE
        "    .popsection\n");

long linux__ppc_vdso_call(unsigned long fn, long a1, long a2, long a3)
    __attribute__((__visibility__("hidden")));
