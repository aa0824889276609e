/*
 * icount.h: instruction counts under qemu-user, by marks in the trace.
 *
 * `qemu-<arch> -singlestep -d exec,nochain` logs one "Trace" line per
 * executed guest instruction, with its address. bench_icount_one() runs a
 * benchmark 8 (warm-up: lazy set-up happens here), `calls` and 2 * `calls`
 * times and calls bench_icount_mark() before and after each measured run,
 * so the trace lines between the 1st and 2nd mark and between the 2nd and
 * 3rd differ by exactly `calls` calls: their difference divided by `calls`
 * is the instructions per call, start-up and the marks themselves cancelled
 * (as --count-instructions does with callgrind's dumps).
 * bench/icount.py finds the marks by the address the program prints.
 *
 * Only needs the compiler: the libc-free program (bench/icount/
 * freestanding_main.c, loongarch64) uses it too.
 */
#ifndef BENCH_HARNESS_ICOUNT_H
#define BENCH_HARNESS_ICOUNT_H

#include <stdint.h>

#include "bench.h"

/* An out-of-line function whose first instruction's address is the mark:
 * defined in icount.c, its own translation unit, so it is never inlined. */
void bench_icount_mark(void);

/* The address the trace shows for the mark (the Thumb bit cleared). */
uintptr_t bench_icount_mark_address(void);

/* Warm-up, then mark, `calls` calls, mark, 2 * `calls` calls, mark (and
 * 0 calls); returns the benchmark's "wrong result" flag. */
int bench_icount_one(bench_fn fn, void *arg, uint64_t calls);

#endif
