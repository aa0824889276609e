/*
 * Run-time checks of the public header alone (no library), for
 * tests/host/compile_checks.sh, which builds this file as C and as C++ and
 * runs it on the host and, cross-compiled, on 32- and 64-bit targets under
 * qemu:
 *   - linux_try_i32/u32 refuse a value that does not fit (LINUX_EOVERFLOW,
 *     *out untouched) on 64-bit targets, and reinterpret the 32-bit
 *     register on 32-bit targets, where nothing overflows;
 *   - the wider linux_try_* forms take every non-error value;
 *   - an error result stays the kernel's errno, never LINUX_EOVERFLOW;
 *   - linux_syscall() evaluates each argument exactly once (the argument
 *     type check must not evaluate it).
 * Speaks tests/lib/check.h (the note through unbuffered stdio).
 */
#include "linux_syscall.h"

#include "../lib/check.h"

#include <stdint.h>
#include <stdio.h>

static void check(const char *name, int ok)
{
    check_true(name, ok, "no");
}

static linux_result raw(linux_word w)
{
    return linux_result_from_raw(w);
}

#define UNTOUCHED_I32 ((int32_t)-12345)
#define UNTOUCHED_U32 ((uint32_t)12345)

/* try_i32 of w: returns the errno, leaves *value unchanged on error */
static int try_i32(linux_word w, int32_t *value)
{
    *value = UNTOUCHED_I32;
    return linux_try_i32(raw(w), value);
}

static int try_u32(linux_word w, uint32_t *value)
{
    *value = UNTOUCHED_U32;
    return linux_try_u32(raw(w), value);
}

static void test_lp64(void)
{
#if __SIZEOF_LONG__ > 4
    int32_t i;
    uint32_t u;
    int64_t i64;
    uint64_t u64;
    intptr_t isz;
    uintptr_t usz;
    void *p;
    /* 0x100000005 built from two halves so that the file also compiles for
     * 32-bit targets without a shift-count warning */
    const linux_word big = ((linux_word)1 << 16 << 16) | 5;

    check("lp64.i32_0x100000005_overflows",
          try_i32(big, &i) == LINUX_EOVERFLOW && i == UNTOUCHED_I32);
    check("lp64.u32_0x100000005_overflows",
          try_u32(big, &u) == LINUX_EOVERFLOW && u == UNTOUCHED_U32);
    check("lp64.i32_int32_max", try_i32((linux_word)INT32_MAX, &i) == 0 && i == INT32_MAX);
    check("lp64.i32_int32_max_plus_1_overflows",
          try_i32((linux_word)INT32_MAX + 1, &i) == LINUX_EOVERFLOW && i == UNTOUCHED_I32);
    check("lp64.i32_int32_min",
          try_i32((linux_word)(linux_sword)INT32_MIN, &i) == 0 && i == INT32_MIN);
    check("lp64.i32_int32_min_minus_1_overflows",
          try_i32((linux_word)((linux_sword)INT32_MIN - 1), &i) == LINUX_EOVERFLOW &&
              i == UNTOUCHED_I32);
    check("lp64.i32_minus_4096", try_i32((linux_word)-4096, &i) == 0 && i == -4096);
    check("lp64.i32_0xffffffff_overflows",
          try_i32((linux_word)0xffffffffu, &i) == LINUX_EOVERFLOW && i == UNTOUCHED_I32);
    check("lp64.u32_uint32_max",
          try_u32((linux_word)UINT32_MAX, &u) == 0 && u == UINT32_MAX);
    check("lp64.u32_uint32_max_plus_1_overflows",
          try_u32((linux_word)UINT32_MAX + 1, &u) == LINUX_EOVERFLOW && u == UNTOUCHED_U32);
    check("lp64.u32_minus_4096_overflows",
          try_u32((linux_word)-4096, &u) == LINUX_EOVERFLOW && u == UNTOUCHED_U32);
    check("lp64.u32_top_address_overflows",
          try_u32(~(linux_word)0 - 4096, &u) == LINUX_EOVERFLOW && u == UNTOUCHED_U32);
    check("lp64.wide_forms_take_0x100000005",
          linux_try_i64(raw(big), &i64) == 0 && i64 == (int64_t)big &&
              linux_try_u64(raw(big), &u64) == 0 && u64 == big &&
              linux_try_isize(raw(big), &isz) == 0 && isz == (intptr_t)big &&
              linux_try_usize(raw(big), &usz) == 0 && usz == big &&
              linux_try_ptr(raw(big), &p) == 0 && p == (void *)(uintptr_t)big);
    check("lp64.eoverflow_is_75", LINUX_EOVERFLOW == 75);
#endif
}

static void test_ilp32(void)
{
#if __SIZEOF_LONG__ == 4
    int32_t i;
    uint32_t u;

    /* the register is 32 bits: reinterpreted, never an overflow */
    check("ilp32.i32_0x80000000_is_int32_min",
          try_i32((linux_word)0x80000000u, &i) == 0 && i == INT32_MIN);
    check("ilp32.i32_0xfffff000_is_minus_4096",
          try_i32((linux_word)0xfffff000u, &i) == 0 && i == -4096);
    check("ilp32.i32_0x7fffffff", try_i32((linux_word)0x7fffffffu, &i) == 0 && i == INT32_MAX);
    check("ilp32.u32_0xfffff000", try_u32((linux_word)0xfffff000u, &u) == 0 && u == 0xfffff000u);
    check("ilp32.u32_0x80000000", try_u32((linux_word)0x80000000u, &u) == 0 && u == 0x80000000u);
#endif
}

static void test_errors_win(void)
{
    int32_t i;
    uint32_t u;

    check("errors.i32_enoent_not_eoverflow",
          try_i32((linux_word)-LINUX_ENOENT, &i) == LINUX_ENOENT && i == UNTOUCHED_I32);
    check("errors.u32_enoent_not_eoverflow",
          try_u32((linux_word)-LINUX_ENOENT, &u) == LINUX_ENOENT && u == UNTOUCHED_U32);
    check("errors.u32_max_errno",
          try_u32((linux_word)-LINUX_MAX_ERRNO, &u) == LINUX_MAX_ERRNO && u == UNTOUCHED_U32);
    check("errors.real_call_ebadf",
          try_i32(linux_result_raw(linux_syscall(LINUX_SYS_close, -1)), &i) == LINUX_EBADF &&
              i == UNTOUCHED_I32);
}

static void test_arguments_evaluated_once(void)
{
    int j = 0, k = 0;
    char c = 0;
    int err = linux_check(linux_syscall(LINUX_SYS_read, -1 - 0 * j++, &c, 1 + 0 * k++));
    check("arguments.evaluated_once", j == 1 && k == 1 && err == LINUX_EBADF);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("# result_ranges: %s, %s, long is %d bits\n", LINUX_ARCH_TARGET_NAME,
#ifdef __cplusplus
           "C++",
#else
           "C",
#endif
           (int)(8 * sizeof(long)));
    test_lp64();
    test_ilp32();
    test_errors_win();
    test_arguments_evaluated_once();
    return check_finish();
}
