/*
 * raw_floor.h: the physical limit — hand-written asm that traps
 * BENCH_UNROLL times in one block, reloading only what the kernel
 * overwrites (the number or first-argument register that carries the
 * result). Every other path is reported as a ratio to this.
 *
 *   linux_word bench_raw_trap3_x8(nr, a1, a2, a3)  eight traps
 *   linux_word bench_raw_trap3_x1(nr, a1, a2, a3)  one (loop remainder)
 *   BENCH_RAW_LOOP(calls, result, nr, a1, a2, a3)  `calls` traps
 *   ..._trap0_... and BENCH_RAW_LOOP0(calls, result, nr): no arguments
 * The loop around the blocks is the same C loop as BENCH_LOOP's, so the
 * floor differs from the other paths only in the code of the call.
 *
 * Written for x86_64, x86 (int $0x80: the trap itself, not the vDSO
 * entry), aarch64, riscv64 and s390x. Not for arm (r7, the syscall number
 * register, is also the Thumb frame pointer) nor loongarch64 (no libc to
 * host the harness); BENCH_HAVE_RAW_FLOOR stays undefined there.
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
#define BENCH_HAVE_RAW_FLOOR 1
#define BENCH_RAW_DEFINE(times)                                                \
    static inline linux_word bench_raw_trap3_x##times(linux_word nr, linux_word a1, \
                                                      linux_word a2, linux_word a3) \
    {                                                                          \
        linux_word ret;                                                        \
        __asm__ __volatile__(".rept " #times "\n\tmov %[nr], %%eax\n\tint $0x80\n\t.endr" \
                             : "=&a"(ret)                                      \
                             : [nr] "r"(nr), "b"(a1), "c"(a2), "d"(a3)         \
                             : "memory", "cc");                                \
        return ret;                                                            \
    }                                                                          \
    static inline linux_word bench_raw_trap0_x##times(linux_word nr)           \
    {                                                                          \
        linux_word ret;                                                        \
        __asm__ __volatile__(".rept " #times "\n\tmov %[nr], %%eax\n\tint $0x80\n\t.endr" \
                             : "=&a"(ret)                                      \
                             : [nr] "r"(nr)                                    \
                             : "memory", "cc");                                \
        return ret;                                                            \
    }
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

#ifdef BENCH_HAVE_RAW_FLOOR
BENCH_RAW_DEFINE(8)
BENCH_RAW_DEFINE(1)

#define BENCH_RAW_LOOP(calls, result, nr, a1, a2, a3)                          \
    do {                                                                       \
        uint64_t bench_raw_i_;                                                 \
        for (bench_raw_i_ = (calls) / 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap3_x8((nr), (a1), (a2), (a3));             \
        for (bench_raw_i_ = (calls) % 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap3_x1((nr), (a1), (a2), (a3));             \
    } while (0)
#define BENCH_RAW_LOOP0(calls, result, nr)                                     \
    do {                                                                       \
        uint64_t bench_raw_i_;                                                 \
        for (bench_raw_i_ = (calls) / 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap0_x8(nr);                                 \
        for (bench_raw_i_ = (calls) % 8; bench_raw_i_ > 0; bench_raw_i_--)     \
            (result) = bench_raw_trap0_x1(nr);                                 \
    } while (0)
#endif

#endif
