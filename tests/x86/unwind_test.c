/*
 * The i386 six-argument inline asm moves esp (and puts a6 in ebp, which may
 * be the frame pointer) around the call of the vDSO entry; its CFI must let
 * an unwinder find the caller's frames from inside the entry. A stand-in
 * entry (unwind_vsyscall.S) walks the stack with _Unwind_Backtrace, and
 * the frames it sees must include the return address into the function
 * that called the syscall's caller, and the unwinder's ebp in that frame
 * must be that function's frame pointer (the asm's rule for ebp once named
 * the syscall's caller's own ebp). Runs under qemu-i386 (no vDSO needed).
 */
#include <stdio.h>
#include <unwind.h>

#include "linux_syscall.h"

#include "../lib/check.h"

#define NOINLINE __attribute__((__noinline__))

extern void unwind_test_vsyscall(void);
void unwind_test_probe(void);

#define MAX_FRAMES 16
static void *volatile frames[MAX_FRAMES];
static volatile int nframes;
/* The frame being looked for: the walk stops there, so it never goes on
 * into frames it does not need (start-up code with unusual CFI). */
static void *wanted;
static volatile unsigned long ebp_at_wanted;

static _Unwind_Reason_Code collect(struct _Unwind_Context *ctx, void *arg)
{
    void *ip = (void *)_Unwind_GetIP(ctx);
    (void)arg;
    if (nframes >= MAX_FRAMES)
        return _URC_END_OF_STACK;
    frames[nframes++] = ip;
    if (ip == wanted)
        ebp_at_wanted = (unsigned long)_Unwind_GetGR(ctx, 5);
    return ip == wanted ? _URC_END_OF_STACK : _URC_NO_REASON;
}

void unwind_test_probe(void)
{
    nframes = 0;
    _Unwind_Backtrace(collect, NULL);
}

/* The syscall's caller. Returns 1 if the unwinder, from inside the entry,
 * saw the return address into our caller. */
static NOINLINE int call6(linux_word a6)
{
    void *into_caller = __builtin_return_address(0);
    int i, found = 0;
    linux_result r;
    wanted = into_caller;
    r = linux_syscall(LINUX_SYS_getpid, 1, 2, 3, 4, 5, a6);
    if (linux_result_is_error(r))
        return 0;
    for (i = 0; i < nframes; i++)
        found |= frames[i] == into_caller;
    return found;
}

static NOINLINE int call5(void)
{
    void *into_caller = __builtin_return_address(0);
    int i, found = 0;
    linux_result r;
    wanted = into_caller;
    r = linux_syscall(LINUX_SYS_getpid, 1, 2, 3, 4, 5);
    if (linux_result_is_error(r))
        return 0;
    for (i = 0; i < nframes; i++)
        found |= frames[i] == into_caller;
    return found;
}

/* One check of tests/lib/check.h; the detail is made with printf's
 * formatting first. */
static void check_printf(int ok, const char *name, const char *format, unsigned long a,
                         unsigned long b)
{
    char detail[128];
    snprintf(detail, sizeof detail, format, a, b);
    check_verdict_begin(ok, name);
    check_out_str(ok ? " (" : "");
    check_out_str(detail);
    check_out_str(ok ? ")" : "");
    check_line_end();
}

static NOINLINE void run_tests(void)
{
    /* Taking it gives this function a frame pointer to compare with. */
    unsigned long fp = (unsigned long)__builtin_frame_address(0);
    int ok6, ok5, ebp6, ebp5;
    linux_x86_set_vsyscall_entry((linux_word)unwind_test_vsyscall);
    nframes = 0;
    ebp_at_wanted = 0;
    ok6 = call6(6);
    ebp6 = ebp_at_wanted == fp;
    check_printf(ok6, "6 arguments: unwinding from the vDSO entry finds the caller's caller",
                 "%lu frames", (unsigned long)nframes, 0);
    check_printf(ebp6, "6 arguments: the caller's caller's ebp is restored",
                 "%#lx, expected %#lx", ebp_at_wanted, fp);
    nframes = 0;
    ebp_at_wanted = 0;
    ok5 = call5();
    ebp5 = ebp_at_wanted == fp;
    check_printf(ok5, "5 arguments: unwinding from the vDSO entry finds the caller's caller",
                 "%lu frames", (unsigned long)nframes, 0);
    check_printf(ebp5, "5 arguments: the caller's caller's ebp is restored",
                 "%#lx, expected %#lx", ebp_at_wanted, fp);
    linux_x86_set_vsyscall_entry(0);
}

int main(void)
{
    run_tests();
    return check_finish();
}
