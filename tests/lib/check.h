/*
 * tests/lib/check.h: the test protocol for C and C++ test programs, the
 * same one tests/lib/check.sh speaks for shell runners. One line per check:
 *
 *   ok NAME
 *   FAIL NAME: DETAIL
 *   skip NAME: REASON
 *
 * and at the end the closing line `N passed, N failed` (`, N skipped`
 * added only when something was skipped), which scripts/test and
 * tests/matrix/run count. Lines starting with `# ` are notes.
 *
 * Usable without any libc (freestanding, static-PIE before or without a C
 * runtime) and hosted, as C99 or later and as C++: output goes through
 * linux_syscall(LINUX_SYS_write) only, numbers are printed without
 * division (32-bit freestanding targets have no 64-bit division helper),
 * and the header calls nothing of the library's .c files, so a program
 * built from its own sources and a trampoline object alone can use it.
 *
 * Include it in one translation unit of a program: the counters are
 * static. Every line is written as soon as it is complete, so a program
 * that crashes or hangs still shows how far it got.
 *
 *   CHECK_TRUE("statx.size_matches_write", st.size == 5);
 *   CHECK_EQUAL_INT("lseek.end_offset", got, 5);
 *   CHECK_SYSCALL_RETURNS("close.memfd", linux_syscall(LINUX_SYS_close, fd), 0);
 *   CHECK_SYSCALL_FAILS_WITH("close.bad_fd", linux_syscall(LINUX_SYS_close, -1), LINUX_EBADF);
 *   return check_finish();
 *
 * check_finish() returns the exit status: 0 only when no check failed and
 * at least one passed (a program that checked nothing proved nothing).
 */
#ifndef LINUX_SYSCALL_TESTS_CHECK_H
#define LINUX_SYSCALL_TESTS_CHECK_H

#include "linux_syscall.h"

#include <stdint.h>

/* ---- counters and output buffer ------------------------------------------ */

static struct check_state {
    unsigned passed, failed, skipped;
    unsigned length;
    char line[512];
} check_state;

static inline void check_flush(void)
{
    unsigned done = 0;
    while (done < check_state.length) {
        linux_result r = linux_syscall(LINUX_SYS_write, 1, check_state.line + done,
                                       check_state.length - done);
        if (linux_result_is_error(r) || linux_result_raw(r) == 0)
            break;
        done += (unsigned)linux_result_raw(r);
    }
    check_state.length = 0;
}

static inline void check_out_char(char c)
{
    if (check_state.length == sizeof check_state.line)
        check_flush();
    check_state.line[check_state.length++] = c;
}

static inline void check_out_str(const char *s)
{
    if (s == 0)
        s = "(null)";
    while (*s)
        check_out_char(*s++);
}

/* Writes v in decimal and a NUL at buf (21 bytes are enough); returns a
 * pointer to the NUL. By subtracting powers of ten: no division helper. */
static inline char *check_format_u64(char *buf, uint64_t v)
{
    static const uint64_t powers[] = {
        UINT64_C(10000000000000000000), UINT64_C(1000000000000000000),
        UINT64_C(100000000000000000), UINT64_C(10000000000000000),
        UINT64_C(1000000000000000), UINT64_C(100000000000000), UINT64_C(10000000000000),
        UINT64_C(1000000000000), UINT64_C(100000000000), UINT64_C(10000000000),
        UINT64_C(1000000000), UINT64_C(100000000), UINT64_C(10000000), UINT64_C(1000000),
        UINT64_C(100000), UINT64_C(10000), UINT64_C(1000), UINT64_C(100), UINT64_C(10),
        UINT64_C(1)};
    int started = 0;
    unsigned i;
    for (i = 0; i < sizeof powers / sizeof powers[0]; i++) {
        char digit = '0';
        while (v >= powers[i]) {
            v -= powers[i];
            digit++;
        }
        if (digit != '0' || started || powers[i] == 1) {
            *buf++ = digit;
            started = 1;
        }
    }
    *buf = '\0';
    return buf;
}

static inline void check_out_u64(uint64_t v)
{
    char digits[24];
    check_format_u64(digits, v);
    check_out_str(digits);
}

static inline void check_out_i64(int64_t v)
{
    if (v < 0) {
        check_out_char('-');
        check_out_u64((uint64_t)0 - (uint64_t)v);
    } else {
        check_out_u64((uint64_t)v);
    }
}

static inline void check_out_hex(uint64_t v)
{
    int shift, started = 0;
    check_out_str("0x");
    for (shift = 60; shift >= 0; shift -= 4) {
        unsigned nibble = (unsigned)(v >> shift) & 15u;
        if (nibble || started || shift == 0) {
            check_out_char("0123456789abcdef"[nibble]);
            started = 1;
        }
    }
}

/* Ends the current line and writes it out. */
static inline void check_line_end(void)
{
    check_out_char('\n');
    check_flush();
}

/* An errno value as a failure detail: "9", or "9 EBADF" when the program
 * defines CHECK_ERRNO_NAME(err) (e.g. as linux_errno_name(err), which needs
 * the library's tables) before including this header. */
static inline void check_out_errno(int err)
{
    check_out_i64(err);
#ifdef CHECK_ERRNO_NAME
    {
        const char *name = CHECK_ERRNO_NAME(err);
        check_out_char(' ');
        check_out_str(name ? name : "(unnamed)");
    }
#endif
}

/* ---- verdicts ------------------------------------------------------------- */

/* A note: "# TEXT", counted as nothing. */
static inline void check_note(const char *text)
{
    check_out_str("# ");
    check_out_str(text);
    check_line_end();
}

/* Opens a verdict line and counts it: "ok NAME" or "FAIL NAME: ". The
 * caller may add to the line (the failure's detail) with check_out_*,
 * then ends it with check_line_end(). Returns passed. */
static inline int check_verdict_begin(int passed, const char *name)
{
    if (passed) {
        check_state.passed++;
        check_out_str("ok ");
        check_out_str(name);
    } else {
        check_state.failed++;
        check_out_str("FAIL ");
        check_out_str(name);
        check_out_str(": ");
    }
    return passed;
}

static inline void check_pass(const char *name)
{
    check_verdict_begin(1, name);
    check_line_end();
}

static inline void check_fail(const char *name, const char *detail)
{
    check_verdict_begin(0, name);
    check_out_str(detail);
    check_line_end();
}

static inline void check_skip(const char *name, const char *reason)
{
    check_state.skipped++;
    check_out_str("skip ");
    check_out_str(name);
    check_out_str(": ");
    check_out_str(reason);
    check_line_end();
}

/* Passes when passed is non-zero; else fails with detail. Returns passed. */
static inline int check_true(const char *name, int passed, const char *detail)
{
    if (passed)
        check_pass(name);
    else
        check_fail(name, detail);
    return passed;
}

static inline int check_equal_i64(const char *name, int64_t got, int64_t want)
{
    if (check_verdict_begin(got == want, name)) {
        check_line_end();
        return 1;
    }
    check_out_str("got ");
    check_out_i64(got);
    check_out_str(" (");
    check_out_hex((uint64_t)got);
    check_out_str("), want ");
    check_out_i64(want);
    check_out_str(" (");
    check_out_hex((uint64_t)want);
    check_out_char(')');
    check_line_end();
    return 0;
}

static inline int check_equal_u64(const char *name, uint64_t got, uint64_t want)
{
    if (check_verdict_begin(got == want, name)) {
        check_line_end();
        return 1;
    }
    check_out_str("got ");
    check_out_u64(got);
    check_out_str(" (");
    check_out_hex(got);
    check_out_str("), want ");
    check_out_u64(want);
    check_out_str(" (");
    check_out_hex(want);
    check_out_char(')');
    check_line_end();
    return 0;
}

/* What a linux_result holds, as a failure detail: "error N[ NAME]" or
 * "success N". */
static inline void check_out_result(linux_result r)
{
    int err = linux_check(r);
    if (err) {
        check_out_str("error ");
        check_out_errno(err);
    } else {
        check_out_str("success ");
        check_out_i64((linux_sword)linux_result_raw(r));
    }
}

/* Passes when r is a success whose value is want. */
static inline int check_syscall_returns(const char *name, linux_result r, linux_sword want)
{
    int passed = linux_check(r) == 0 && (linux_sword)linux_result_raw(r) == want;
    if (!check_verdict_begin(passed, name)) {
        check_out_result(r);
        check_out_str(", want success ");
        check_out_i64(want);
    }
    check_line_end();
    return passed;
}

/* Passes when r is the error want_errno (a positive errno value). */
static inline int check_syscall_fails_with(const char *name, linux_result r, int want_errno)
{
    int passed = linux_check(r) == want_errno;
    if (!check_verdict_begin(passed, name)) {
        check_out_result(r);
        check_out_str(", want error ");
        check_out_errno(want_errno);
    }
    check_line_end();
    return passed;
}

/* Prints the closing line; returns the exit status (0: all passed). */
static inline int check_finish(void)
{
    check_flush();
    check_out_u64(check_state.passed);
    check_out_str(" passed, ");
    check_out_u64(check_state.failed);
    check_out_str(" failed");
    if (check_state.skipped) {
        check_out_str(", ");
        check_out_u64(check_state.skipped);
        check_out_str(" skipped");
    }
    check_line_end();
    return check_state.failed == 0 && check_state.passed > 0 ? 0 : 1;
}

/* ---- the macros: what each one checks is in its name ---------------------- */

/* COND is true; the failure shows COND as written. */
#define CHECK_TRUE(name, cond) check_true((name), (cond) ? 1 : 0, "not true: " #cond)
/* Two signed integers are equal. */
#define CHECK_EQUAL_INT(name, got, want) check_equal_i64((name), (int64_t)(got), (int64_t)(want))
/* Two unsigned integers (or addresses as integers) are equal. */
#define CHECK_EQUAL_UINT(name, got, want) \
    check_equal_u64((name), (uint64_t)(got), (uint64_t)(want))
/* A linux_result is a success with value WANT. */
#define CHECK_SYSCALL_RETURNS(name, result, want) \
    check_syscall_returns((name), (result), (linux_sword)(want))
/* A linux_result is the error WANT_ERRNO (positive, e.g. LINUX_EBADF). */
#define CHECK_SYSCALL_FAILS_WITH(name, result, want_errno) \
    check_syscall_fails_with((name), (result), (want_errno))

#endif
