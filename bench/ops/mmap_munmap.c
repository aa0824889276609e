/* mmap_munmap: the six-argument call. mmap(NULL, 4096, PROT_READ |
 * PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) then munmap of that
 * page, never touched (so no page fault). One "call" here is the pair.
 * 32-bit x86 and arm use mmap2 (offset in pages, 0 here); s390x's mmap
 * takes one pointer to the six words (old_mmap), so there it is a
 * one-argument call. */
#include "ops.h"

#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

BENCH_DECLARE_LIB_FNS(bench_mmap_munmap);

#define PAGE 4096
#define PROT (PROT_READ | PROT_WRITE)
#define FLAGS (MAP_PRIVATE | MAP_ANONYMOUS)

#if defined(LINUX_SYS_mmap2)
#define BENCH_SYS_mmap LINUX_SYS_mmap2
#else
#define BENCH_SYS_mmap LINUX_SYS_mmap
#endif

int BENCH_LIB_FN(bench_mmap_munmap)(uint64_t calls, void *arg)
{
    linux_result map = linux_result_from_raw(0), unmap = linux_result_from_raw(0);
    (void)arg;
#if defined(__s390x__)
    linux_word block[6] = {0, PAGE, PROT, FLAGS, (linux_word)-1, 0};
    BENCH_LOOP(calls, map = linux_syscall(BENCH_SYS_mmap, block);
               unmap = linux_syscall(LINUX_SYS_munmap, map.raw, PAGE); bench_do_not_optimize(unmap.raw););
#else
    BENCH_LOOP(calls, map = linux_syscall(BENCH_SYS_mmap, 0, PAGE, PROT, FLAGS, -1, 0);
               unmap = linux_syscall(LINUX_SYS_munmap, map.raw, PAGE); bench_do_not_optimize(unmap.raw););
#endif
    return bench_expect(calls == 0 || (!linux_result_is_error(map) && linux_check(unmap) == 0));
}

#if BENCH_PRIMARY_TU
int bench_mmap_munmap_libc_syscall(uint64_t calls, void *arg)
{
    long map = 0, unmap = 0;
    (void)arg;
#if defined(__s390x__)
    long block[6] = {0, PAGE, PROT, FLAGS, -1, 0};
    BENCH_LOOP(calls, map = syscall(BENCH_SYS_mmap, block);
               unmap = syscall(LINUX_SYS_munmap, map, PAGE); bench_do_not_optimize(unmap););
#else
    BENCH_LOOP(calls, map = syscall(BENCH_SYS_mmap, 0, PAGE, PROT, FLAGS, -1, 0);
               unmap = syscall(LINUX_SYS_munmap, map, PAGE); bench_do_not_optimize(unmap););
#endif
    return bench_expect(calls == 0 || (map != -1 && unmap == 0));
}

int bench_mmap_munmap_libc_wrapper(uint64_t calls, void *arg)
{
    void *map = NULL;
    int unmap = 0;
    (void)arg;
    BENCH_LOOP(calls, map = mmap(NULL, PAGE, PROT, FLAGS, -1, 0);
               unmap = munmap(map, PAGE); bench_do_not_optimize(unmap););
    return bench_expect(calls == 0 || (map != MAP_FAILED && unmap == 0));
}

/* No raw floor: the pair is two traps with work in the kernel that dwarfs
 * the entry; getppid's floor is the machine's limit. */
BENCH_OPERATION(mmap_munmap)
{
    BENCH_REGISTER_LIB_PATHS("mmap_munmap", bench_mmap_munmap);
    bench_register("mmap_munmap", "libc_syscall", bench_mmap_munmap_libc_syscall, 0);
    bench_register("mmap_munmap", "libc_wrapper", bench_mmap_munmap_libc_wrapper, 0);
}
#endif
