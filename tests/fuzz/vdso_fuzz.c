/*
 * libFuzzer target for the vDSO parser (core/src/vdso.c): the input is a
 * loaded image. Looks names up through both hash tables, with and without
 * versions, and traps if a result points outside the input. ASan catches
 * any read outside it, UBSan any undefined behaviour, libFuzzer's timeout
 * any endless loop.
 *
 *   clang-19 -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -fno-sanitize-recover=all -Icore/include tests/fuzz/vdso_fuzz.c \
 *     core/src/vdso.c core/src/auxv.c core/src/time.c -o vdso_fuzz
 *   ./vdso_fuzz -max_total_time=60 NEW_CORPUS_DIR tests/fuzz/corpus
 *
 * The big-endian seeds (tests/fuzz/make_corpus.sh) are refused as they are:
 * this build reads its own byte order; their mutations are odd layouts.
 */
#include "linux_syscall.h"

#include <stddef.h>
#include <stdint.h>

/* Names and versions of the seeds (x86_64 and x86 vDSO) and of the other
 * architectures' vDSOs, plus a version symbol and an absent name. */
static const char *const names[][2] = {
    {"__vdso_clock_gettime", "LINUX_2.6"},
    {"__vdso_getcpu", NULL},
    {"__vdso_time", "LINUX_2.6"},
    {"__vdso_clock_gettime64", "LINUX_2.6"},
    {"__kernel_vsyscall", "LINUX_2.5"},
    {"__kernel_clock_gettime", "LINUX_2.6.39"},
    {"LINUX_2.6", NULL},
    {"clock_gettime", "LINUX_2.6"},
    {"__vdso_absent", NULL},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const enum linux_vdso_hash tables[] = {LINUX_VDSO_HASH_ANY, LINUX_VDSO_HASH_SYSV,
                                                  LINUX_VDSO_HASH_GNU};
    size_t i, t;
    (void)linux_vdso_image_size(data, size);
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        for (t = 0; t < 3; t++) {
            const uint8_t *p =
                linux_vdso_lookup_using(data, size, names[i][0], names[i][1], tables[t]);
            if (p != NULL && (p < data || p >= data + size))
                __builtin_trap();
        }
    return 0;
}
