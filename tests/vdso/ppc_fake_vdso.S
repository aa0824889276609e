/*
 * A crafted powerpc vDSO (ppc64le ELFv2, ppc64 ELFv1, ppc) for
 * tests/vdso/ppc_vdso_test.c: __kernel_* entries that follow the kernel's
 * convention (arch/powerpc/kernel/vdso): arguments in r3..r5, result in r3;
 * an error is cr0.SO set with the POSITIVE errno in r3, success clears SO.
 * As on ppc64 ELFv1 in the kernel, the symbols are code addresses (no
 * .opd descriptors).
 *
 * They return known values instead of the time, so that the test can tell
 * which entry was called: clock_gettime gives {1000000 + clock, 123456789},
 * clock_getres {0, 1000 + clock}, gettimeofday {2000000, 654321}, time
 * 1000000 (in r3, as the kernel's __kernel_time), getcpu cpu 7 node 3;
 * ppc32's 32-bit-time entries (old_timespec32/old_timeval32) give other
 * values: clock_gettime {3000000 + clock, 234567891}, clock_getres
 * {0, 2000 + clock}, gettimeofday {4000000, 765432}. A clock id above 15
 * is EINVAL.
 *
 * Each entry also does what the psABI lets a callee do, so that a shim
 * relying on more than the ABI promises fails:
 *  - it traps (tw) unless r1 is 16-byte aligned, as every ABI here keeps it
 *    at a call;
 *  - it stores over the 288 bytes below r1 at once (the kernel's vDSO
 *    starts with a stdu there; on ELFv2 that is the caller's red zone);
 *  - it stores over the caller's frame slots a callee may write: the LR
 *    save slot (16(r1) on ppc64, 4(r1) on ppc32), the CR save slot (8(r1),
 *    ppc64) and on ELFv1 the parameter save area (48..111(r1)), which the
 *    ELFv1 caller always allocates; a shim without a frame of its own, or
 *    with one too small for these, loses its return address or its TOC;
 *  - it leaves garbage in every register the ABI lets a callee clobber:
 *    r0, r4-r12, ctr, xer (SO, OV, CA set), cr0, cr1, cr5-cr7, and r2 on
 *    64-bit (a callee in another module may change the TOC pointer; the
 *    kernel's restores it, the shim must not rely on that). cr1.SO is the
 *    inverse of cr0.SO (set on success, clear on error), so that a shim
 *    reading SO from cr1 gets every error wrong.
 *
 * Builds: the default (FULL) has every entry (on ppc32 both the 64-bit-time
 * and the 32-bit-time ones, as a 5.11+ kernel with COMPAT_32BIT_TIME);
 * -DPARTIAL only the (64-bit-time) clock_gettime entry, so the other calls
 * must fall back to their system calls; -DTIME32 (ppc32 only) only the
 * 32-bit-time clock_gettime, clock_getres and gettimeofday, as a kernel
 * older than 5.11.
 */
#if defined(TIME32) && (defined(__powerpc64__) || defined(PARTIAL))
#error "TIME32 is a ppc32 image of its own"
#endif
#if defined(__powerpc64__) && (!defined(_CALL_ELF) || _CALL_ELF != 2)
#define ELFV1 1
#endif

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

/* What every entry does first (r0, r11: scratch; r3-r5 are the arguments):
 * traps on a misaligned r1, then stores garbage over the 288 bytes below r1
 * and over the caller's frame slots a callee may write. */
.macro ENTER
    andi. 0, 1, 15
    twnei 0, 0
    lis 0, 0x5a5a
    ori 0, 0, 0x5a5a
    li 11, -288
1:  STLX 0, 1, 11
    addi 11, 11, SZ
    cmpwi 11, 0
    blt 1b
#ifdef __powerpc64__
    std 0, 16(1)           /* LR save doubleword */
#ifdef ELFV1
    std 0, 8(1)            /* CR save doubleword */
    li 11, 48              /* parameter save area, 8 doublewords */
2:  stdx 0, 1, 11
    addi 11, 11, 8
    cmpwi 11, 112
    blt 2b
#else
    stw 0, 8(1)            /* CR save word (12(r1) is reserved) */
#endif
#else
    stw 0, 4(1)            /* LR save word */
#endif
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

/* Returns EINVAL (positive) with SO set, as the kernel's vDSO does; cr1.SO
 * clear (CLOBBER_VOLATILE set it), the opposite of cr0.SO. */
.macro RETURN_EINVAL
    CLOBBER_VOLATILE
    li 3, EINVAL
    crset 3
    crclr 7                /* cr1.SO */
    blr
.endm

/* Returns 1000000 in r3 with SO clear, as the kernel's __kernel_time returns
 * the seconds: the one entry whose success is not 0. */
.macro RETURN_TIME
    CLOBBER_VOLATILE
    lis 3, 1000000 >> 16
    ori 3, 3, 1000000 & 0xffff
    crclr 3
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

#ifndef TIME32
/* int clock_gettime(clockid_t, struct __kernel_timespec *): 64-bit fields */
#ifdef __powerpc64__
ENTRY __kernel_clock_gettime
#else
ENTRY __kernel_clock_gettime64
#endif
    ENTER
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
#endif /* !TIME32 */

#if !defined(PARTIAL) && !defined(TIME32)
/* int clock_getres(clockid_t, struct __kernel_timespec *res): res may be NULL */
#ifdef __powerpc64__
ENTRY __kernel_clock_getres
#else
ENTRY __kernel_clock_getres_time64
#endif
    ENTER
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
    ENTER
    mr 4, 3                /* STORE64 writes through r4 */
    LOAD64 2000000
    STORE64(0)
    LOAD64 654321
    STORE64(8)
    RETURN_OK
#endif

/* int getcpu(unsigned *cpu, unsigned *node, void *cache) */
ENTRY __kernel_getcpu
    ENTER
    CMPLPI 3, 0
    beq 1f
    li 0, 7
    stw 0, 0(3)
1:  CMPLPI 4, 0
    beq 2f
    li 0, 3
    stw 0, 0(4)
2:  RETURN_OK

/* time_t time(time_t *t): the seconds in r3, SO clear */
ENTRY __kernel_time
    ENTER
    CMPLPI 3, 0
    beq 1f
    LOAD64 1000000         /* time_t: r0 (r0:r12 on 32-bit, the low word r12) */
#ifdef __powerpc64__
    std 0, 0(3)
#else
    stw 12, 0(3)
#endif
1:  RETURN_TIME
#endif /* !PARTIAL && !TIME32 */

#if !defined(__powerpc64__) && !defined(PARTIAL)
/* ppc32's 32-bit-time entries: old_timespec32 / old_timeval32, two words. */
/* Sets V (< 2^31) in r0. */
.macro LOAD32 v
    lis 0, (\v) >> 16
    ori 0, 0, (\v) & 0xffff
.endm

/* int clock_gettime(clockid_t, struct old_timespec32 *) */
ENTRY __kernel_clock_gettime
    ENTER
    cmplwi 3, 15
    bgt 9f
    LOAD32 3000000
    add 0, 0, 3
    stw 0, 0(4)
    LOAD32 234567891
    stw 0, 4(4)
    RETURN_OK
9:  RETURN_EINVAL

/* int clock_getres(clockid_t, struct old_timespec32 *res): res may be NULL */
ENTRY __kernel_clock_getres
    ENTER
    cmplwi 3, 15
    bgt 9f
    cmplwi 4, 0
    beq 1f
    li 0, 0
    stw 0, 0(4)
    li 0, 2000
    add 0, 0, 3
    stw 0, 4(4)
1:  RETURN_OK
9:  RETURN_EINVAL

/* int gettimeofday(struct old_timeval32 *, struct timezone *) */
ENTRY __kernel_gettimeofday
    ENTER
    LOAD32 4000000
    stw 0, 0(3)
    LOAD32 765432
    stw 0, 4(3)
    RETURN_OK
#endif /* ppc32, !PARTIAL */
