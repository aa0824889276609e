/* icount.c: the trace marks of icount.h (see there). */
#include "icount.h"

/* noinline and its own file: every mark is a call whose first instruction
 * sits at one address. The empty asm keeps the body from being merged with
 * another empty function's. */
__attribute__((__noinline__, __used__)) void bench_icount_mark(void)
{
    __asm__ __volatile__("" : : : "memory");
}

uintptr_t bench_icount_mark_address(void)
{
#if defined(__powerpc64__) && (!defined(_CALL_ELF) || _CALL_ELF == 1)
    /* ELFv1 (ppc64 big-endian): a function's address is its descriptor's
     * in .opd; the code's entry is the descriptor's first doubleword. */
    return ((const uintptr_t *)(uintptr_t)&bench_icount_mark)[0];
#else
    /* A Thumb function's address has bit 0 set; the instruction's has not. */
    return (uintptr_t)&bench_icount_mark & ~(uintptr_t)1;
#endif
}

/* The two measured segments (mark to mark) must run the same instructions
 * apart from the `calls` and 2 * `calls` calls themselves, or their
 * difference is off by a constant: so both are one and the same loop
 * iteration (mark, call, loop back), never unrolled, and the trip count is
 * hidden from the compiler. The third iteration only closes the second
 * segment with its mark. */
int bench_icount_one(bench_fn fn, void *arg, uint64_t calls)
{
    int wrong = fn(8, arg);
    uint64_t k, last = 3;
    __asm__("" : "+r"(last));
#pragma GCC unroll 1
    for (k = 1; k <= last; k++) {
        bench_icount_mark();
        wrong |= fn(k < 3 ? k * calls : 0, arg);
    }
    return wrong;
}
