/*
 * A crafted powerpc vDSO (ppc64le ELFv2, ppc64 ELFv1, ppc) for
 * tests/vdso/ppc_vdso_test.c: __kernel_* entries that follow the kernel's
 * convention (arch/powerpc/kernel/vdso): arguments in r3..r5, result in r3;
 * an error is cr0.SO set with the POSITIVE errno in r3, success clears SO.
 * As on ppc64 ELFv1 in the kernel, the symbols are code addresses (no
 * .opd descriptors).
 *
 * They return known values instead of the time, so that the test can tell
 * the vDSO was called: clock_gettime gives {1000000 + clock, 123456789},
 * clock_getres {0, 1000 + clock}, gettimeofday {2000000, 654321}, getcpu
 * cpu 7 node 3. A clock id above 15 is EINVAL.
 *
 * Each entry also does what a caller must survive: it stores over the 288
 * bytes below r1 at once (the kernel's vDSO starts with a stdu there; on
 * ELFv2 that is the caller's red zone), and leaves garbage in every
 * register the ABI lets a callee clobber: r0, r4-r12, ctr, xer (SO, OV, CA
 * set), cr0, cr1, cr5-cr7, and r2 on 64-bit (a callee in another module
 * may change the TOC pointer; the kernel's restores it, the shim must not
 * rely on that). -DPARTIAL builds only the clock_gettime entry, so the
 * other calls must fall back to their system calls.
 */
#ifdef __powerpc64__
#define STLX stdx
#define CMPLPI cmpldi
#define SZ 8
#else
#define STLX stwx
#define CMPLPI cmplwi
#define SZ 4
#endif
#define EINVAL 22

.macro ENTRY name
    .text
    .globl \name
    .type \name, @function
    .p2align 2
\name:
.endm

/* Stores garbage over the 288 bytes below r1 (r0, r11: scratch). */
.macro SCRIBBLE_BELOW_SP
    lis 0, 0x5a5a
    ori 0, 0, 0x5a5a
    li 11, -288
1:  STLX 0, 1, 11
    addi 11, 11, SZ
    cmpwi 11, 0
    blt 1b
.endm

/* Garbage in the volatile registers but r3 and cr0.SO, which the caller
 * of this macro sets next. */
.macro CLOBBER_VOLATILE
    li 0, -7
    li 4, -4
    li 5, -5
    li 6, -6
    li 7, -7
    li 8, -8
    li 9, -9
    li 10, -10
    li 11, -11
    li 12, -12
    mtctr 0
    lis 0, 0xe000          /* XER: SO, OV, CA */
    mtxer 0
    li 0, -1
    mtcrf 0xc7, 0          /* cr0, cr1, cr5, cr6, cr7 all ones */
#ifdef __powerpc64__
    li 2, -2
#endif
    li 0, -13
.endm

/* Returns 0 with SO clear. */
.macro RETURN_OK
    CLOBBER_VOLATILE
    li 3, 0
    crclr 3                /* cr0.SO */
    blr
.endm

/* Returns EINVAL (positive) with SO set, as the kernel's vDSO does. */
.macro RETURN_EINVAL
    CLOBBER_VOLATILE
    li 3, EINVAL
    crset 3
    blr
.endm

/* Stores the 64-bit value in r0 (64-bit) or r0:r12 (32-bit, high:low) at
 * OFF(r4), as the ABI's 64-bit integer is laid out. */
#ifdef __powerpc64__
#define STORE64(off) std 0, off(4)
#else
#define STORE64(off) stw 0, (off)(4); stw 12, (off) + 4(4)
#endif

/* Sets the 64-bit value V (< 2^31) in r0 (r0:r12 on 32-bit). */
.macro LOAD64 v
#ifdef __powerpc64__
    lis 0, (\v) >> 16
    ori 0, 0, (\v) & 0xffff
#else
    li 0, 0
    lis 12, (\v) >> 16
    ori 12, 12, (\v) & 0xffff
#endif
.endm

/* int clock_gettime(clockid_t, struct __kernel_timespec *): 64-bit fields */
#ifdef __powerpc64__
ENTRY __kernel_clock_gettime
#else
ENTRY __kernel_clock_gettime64
#endif
    SCRIBBLE_BELOW_SP
    cmplwi 3, 15
    bgt 9f
    LOAD64 1000000
#ifdef __powerpc64__
    add 0, 0, 3
#else
    add 12, 12, 3
#endif
    STORE64(0)
    LOAD64 123456789
    STORE64(8)
    RETURN_OK
9:  RETURN_EINVAL

#ifndef PARTIAL
/* int clock_getres(clockid_t, struct __kernel_timespec *res): res may be NULL */
#ifdef __powerpc64__
ENTRY __kernel_clock_getres
#else
ENTRY __kernel_clock_getres_time64
#endif
    SCRIBBLE_BELOW_SP
    cmplwi 3, 15
    bgt 9f
    CMPLPI 4, 0
    beq 1f
    LOAD64 0
    STORE64(0)
    LOAD64 1000
#ifdef __powerpc64__
    add 0, 0, 3
#else
    add 12, 12, 3
#endif
    STORE64(8)
1:  RETURN_OK
9:  RETURN_EINVAL

#ifdef __powerpc64__
/* int gettimeofday(struct timeval *, struct timezone *): 64-bit fields */
ENTRY __kernel_gettimeofday
    SCRIBBLE_BELOW_SP
    mr 4, 3                /* STORE64 writes through r4 */
    LOAD64 2000000
    STORE64(0)
    LOAD64 654321
    STORE64(8)
    RETURN_OK
#endif

/* int getcpu(unsigned *cpu, unsigned *node, void *cache) */
ENTRY __kernel_getcpu
    SCRIBBLE_BELOW_SP
    CMPLPI 3, 0
    beq 1f
    li 0, 7
    stw 0, 0(3)
1:  CMPLPI 4, 0
    beq 2f
    li 0, 3
    stw 0, 0(4)
2:  RETURN_OK
#endif /* PARTIAL */
