/*
 * raw_floor.h: the physical limit — hand-written asm that enters the
 * kernel BENCH_UNROLL times in one block through the fastest entry the
 * machine offers, reloading only what the kernel overwrites (the number or
 * first-argument register that carries the result). Every other path is
 * reported as a ratio to this (path "raw_floor").
 *
 *   linux_word bench_raw_trap3_x8(nr, a1, a2, a3)  eight entries
 *   linux_word bench_raw_trap3_x1(nr, a1, a2, a3)  one (loop remainder)
 *   BENCH_RAW_LOOP(arg, calls, result, nr, a1, a2, a3)  `calls` entries
 *   ..._trap0_... and BENCH_RAW_LOOP0(arg, calls, result, nr): no arguments
 *   BENCH_REGISTER_RAW("op", fn)   registers fn as "raw_floor" (and, on
 *                                  x86, as "raw_int80"); fn passes its
 *                                  `arg` to BENCH_RAW_LOOP, which picks the
 *                                  entry from it
 * The loop around the blocks is the same C loop as BENCH_LOOP's, so the
 * floor differs from the other paths only in the code of the call.
 *
 * x86 (i386): the fastest entry is the vDSO's __kernel_vsyscall (sysenter
 * or syscall inside), found through AT_SYSINFO, so the floor is an asm loop
 * of `call *entry`; without AT_SYSINFO (qemu-user) there is no floor.
 * `int $0x80`, the legacy trap, is its own path "raw_int80".
 * Written for x86_64, x86, aarch64, riscv64 and s390x. Not for arm (r7, the
 * syscall number register, is also the Thumb frame pointer) nor loongarch64
 * (no libc to host the harness); BENCH_HAVE_RAW_FLOOR stays undefined there.
 */
#ifndef BENCH_OPS_RAW_FLOOR_H
#define BENCH_OPS_RAW_FLOOR_H

#define BENCH_STR_(x) #x
#define BENCH_STR(x) BENCH_STR_(x)

#if defined(__x86_64__)
#define BENCH_HAVE_RAW_FLOOR 1
#define BENCH_RAW_DEFINE(times)                                                \
    static inline linux_word bench_raw_trap3_x##times(linux_word nr, linux_word a1, \
                                                      linux_word a2, linux_word a3) \
    {                                                                          \
        linux_word ret;                                                        \
        __asm__ __volatile__(".rept " #times "\n\tmov %[nr], %%rax\n\tsyscall\n\t.endr" \
                             : "=&a"(ret)                                      \
                             : [nr] "r"(nr), "D"(a1), "S"(a2), "d"(a3)         \
                             : "rcx", "r11", "memory");                        \
        return ret;                                                            \
    }                                                                          \
    static inline linux_word bench_raw_trap0_x##times(linux_word nr)           \
    {                                                                          \
        linux_word ret;                                                        \
        __asm__ __volatile__(".rept " #times "\n\tmov %[nr], %%rax\n\tsyscall\n\t.endr" \
                             : "=&a"(ret)                                      \
                             : [nr] "r"(nr)                                    \
                             : "rcx", "r11", "memory");                        \
        return ret;                                                            \
    }
#elif defined(__i386__)
#include <sys/auxv.h>
#define BENCH_HAVE_RAW_FLOOR 1
#define BENCH_HAVE_RAW_INT80 1
/* __kernel_vsyscall takes the number in eax and arguments in ebx, ecx,
 * edx (esi, edi, ebp) like int $0x80, returns in eax and preserves every
 * other register; `call` needs no stack alignment from us. */
static inline linux_word bench_raw_vsyscall_entry(void)
{
    return (linux_word)getauxval(AT_SYSINFO);
}
#define BENCH_RAW_DEFINE_ENTRY(kind, times, insn, ...)                         \
    static inline linux_word bench_##kind##_trap3_x##times(linux_word nr, linux_word a1, \
                                                         linux_word a2, linux_word a3, \
                                                         linux_word entry) \
    {                                                                          \
        linux_word ret;                                                        \
        (void)entry;                                                           \
        __asm__ __volatile__(".rept " #times "\n\tmov %[nr], %%eax\n\t" insn "\n\t.endr" \
                             : "=&a"(ret)                                      \
                             : [nr] "r"(nr), [entry] "r"(entry), "b"(a1), "c"(a2), "d"(a3) \
                             : "memory", "cc");                                \
        return ret;                                                            \
    }                                                                          \
    static inline linux_word bench_##kind##_trap0_x##times(linux_word nr, linux_word entry) \
    {                                                                          \
        linux_word ret;                                                        \
        (void)entry;                                                           \
        __asm__ __volatile__(".rept " #times "\n\tmov %[nr], %%eax\n\t" insn "\n\t.endr" \
                             : "=&a"(ret)                                      \
                             : [nr] "r"(nr), [entry] "r"(entry)                \
                             : "memory", "cc");                                \
        return ret;                                                            \
    }
BENCH_RAW_DEFINE_ENTRY(raw, 8, "call *%[entry]")
BENCH_RAW_DEFINE_ENTRY(raw, 1, "call *%[entry]")
BENCH_RAW_DEFINE_ENTRY(int80, 8, "int $0x80")
BENCH_RAW_DEFINE_ENTRY(int80, 1, "int $0x80")
/* The arg that makes a raw function take int $0x80. */
#define BENCH_RAW_INT80_ARG ((void *)1)
#define BENCH_RAW_LOOP_KIND(kind, calls, result, entry, ...)                   \
    do {                                                                       \
        uint64_t bench_raw_i_;                                                 \
        linux_word bench_raw_entry_ = (entry); /* looked up once, not per block */ \
        for (bench_raw_i_ = (calls) / 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_##kind##_x8(__VA_ARGS__, bench_raw_entry_);       \
        for (bench_raw_i_ = (calls) % 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_##kind##_x1(__VA_ARGS__, bench_raw_entry_);       \
    } while (0)
#define BENCH_RAW_LOOP(arg, calls, result, nr, a1, a2, a3)                     \
    do {                                                                       \
        if ((arg) == BENCH_RAW_INT80_ARG)                                      \
            BENCH_RAW_LOOP_KIND(int80_trap3, calls, result, 0, nr, a1, a2, a3); \
        else                                                                   \
            BENCH_RAW_LOOP_KIND(raw_trap3, calls, result, bench_raw_vsyscall_entry(), nr, a1, \
                                a2, a3);                                       \
    } while (0)
#define BENCH_RAW_LOOP0(arg, calls, result, nr)                                \
    do {                                                                       \
        if ((arg) == BENCH_RAW_INT80_ARG)                                      \
            BENCH_RAW_LOOP_KIND(int80_trap0, calls, result, 0, nr);            \
        else                                                                   \
            BENCH_RAW_LOOP_KIND(raw_trap0, calls, result, bench_raw_vsyscall_entry(), nr); \
    } while (0)
#define BENCH_REGISTER_RAW(op, fn)                                             \
    do {                                                                       \
        if (bench_raw_vsyscall_entry())                                        \
            bench_register(op, "raw_floor", fn, 0);                            \
        bench_register(op, "raw_int80", fn, BENCH_RAW_INT80_ARG);              \
    } while (0)
#elif defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64) || defined(__s390x__)
#define BENCH_HAVE_RAW_FLOOR 1
#if defined(__aarch64__)
#define BENCH_RAW_REGS "x8", "x0", "x1", "x2"
#define BENCH_RAW_TRAP "mov %[ret], %[a1]\n\tsvc #0"
#define BENCH_RAW_TRAP0 "svc #0"
#elif defined(__riscv)
#define BENCH_RAW_REGS "a7", "a0", "a1", "a2"
#define BENCH_RAW_TRAP "mv %[ret], %[a1]\n\tecall"
#define BENCH_RAW_TRAP0 "ecall"
#else
#define BENCH_RAW_REGS "r1", "r2", "r3", "r4"
#define BENCH_RAW_TRAP "lgr %[ret], %[a1]\n\tsvc 0"
#define BENCH_RAW_TRAP0 "svc 0"
#endif
#define BENCH_RAW_REG(i) BENCH_RAW_REG_(i, BENCH_RAW_REGS)
#define BENCH_RAW_REG_(i, ...) BENCH_RAW_PICK##i(__VA_ARGS__)
#define BENCH_RAW_PICK0(a, b, c, d) a
#define BENCH_RAW_PICK1(a, b, c, d) b
#define BENCH_RAW_PICK2(a, b, c, d) c
#define BENCH_RAW_PICK3(a, b, c, d) d
/* The number and a2, a3 stay in their registers (the kernel preserves
 * them); the first-argument register returns the result, so it is
 * reloaded from a copy before every trap. */
#define BENCH_RAW_DEFINE(times)                                                \
    static inline linux_word bench_raw_trap3_x##times(linux_word nr, linux_word a1, \
                                                      linux_word a2, linux_word a3) \
    {                                                                          \
        register linux_word r_nr __asm__(BENCH_RAW_REG(0)) = nr;               \
        register linux_word r_ret __asm__(BENCH_RAW_REG(1));                   \
        register linux_word r_a2 __asm__(BENCH_RAW_REG(2)) = a2;               \
        register linux_word r_a3 __asm__(BENCH_RAW_REG(3)) = a3;               \
        __asm__ __volatile__(".rept " #times "\n\t" BENCH_RAW_TRAP "\n\t.endr" \
                             : [ret] "=&r"(r_ret)                              \
                             : [a1] "r"(a1), "r"(r_nr), "r"(r_a2), "r"(r_a3)   \
                             : "memory");                                      \
        return r_ret;                                                          \
    }                                                                          \
    static inline linux_word bench_raw_trap0_x##times(linux_word nr)           \
    {                                                                          \
        register linux_word r_nr __asm__(BENCH_RAW_REG(0)) = nr;               \
        register linux_word r_ret __asm__(BENCH_RAW_REG(1));                   \
        __asm__ __volatile__(".rept " #times "\n\t" BENCH_RAW_TRAP0 "\n\t.endr" \
                             : "=r"(r_ret)                                     \
                             : "r"(r_nr)                                       \
                             : "memory");                                      \
        return r_ret;                                                          \
    }
#endif

#if defined(BENCH_HAVE_RAW_FLOOR) && !defined(__i386__)
BENCH_RAW_DEFINE(8)
BENCH_RAW_DEFINE(1)

#define BENCH_REGISTER_RAW(op, fn) bench_register(op, "raw_floor", fn, 0)
#define BENCH_RAW_LOOP(arg, calls, result, nr, a1, a2, a3)                     \
    do {                                                                       \
        uint64_t bench_raw_i_;                                                 \
        for (bench_raw_i_ = (calls) / 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap3_x8((nr), (a1), (a2), (a3));             \
        for (bench_raw_i_ = (calls) % 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap3_x1((nr), (a1), (a2), (a3));             \
    } while (0)
#define BENCH_RAW_LOOP0(arg, calls, result, nr)                                \
    do {                                                                       \
        uint64_t bench_raw_i_;                                                 \
        for (bench_raw_i_ = (calls) / 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap0_x8(nr);                                 \
        for (bench_raw_i_ = (calls) % 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap0_x1(nr);                                 \
    } while (0)
#endif

#endif
