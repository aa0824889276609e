/*
 * Writes seed images for tests/fuzz/corpus/ (run by tests/fuzz/make_corpus.sh):
 *
 *   make_seed vdso OUT        this process's vDSO, as mapped (size from its
 *                             PT_LOAD program headers, rounded up to pages)
 *   make_seed load FILE OUT   FILE's PT_LOAD segments at their addresses
 *                             relative to the first one, as a loader (or the
 *                             kernel, for the vDSO) places them
 */
#include "linux_syscall.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

/* The byte order of the file being loaded (EI_DATA 2: big-endian), so that
 * the seeds of big-endian targets are laid out too. */
static int file_is_big_endian;

static uint64_t rd(const unsigned char *p, int n)
{
    uint64_t v = 0;
    int i;
    for (i = 0; i < n; i++)
        v |= (uint64_t)p[file_is_big_endian ? n - 1 - i : i] << (8 * i);
    return v;
}

static int write_file(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
        perror(path);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "vdso") == 0) {
        const void *base = (const void *)getauxval(AT_SYSINFO_EHDR);
        size_t size = base ? linux_vdso_image_size(base, 4096) : 0;
        long page = sysconf(_SC_PAGESIZE);
        if (size == 0) {
            fprintf(stderr, "make_seed: this process has no vDSO\n");
            return 1;
        }
        /* The kernel maps whole pages: round up, which also takes in the
         * section headers after the last segment. */
        size = (size + (size_t)page - 1) / (size_t)page * (size_t)page;
        return write_file(argv[2], base, size);
    }
    if (argc == 4 && strcmp(argv[1], "load") == 0) {
        static unsigned char file[1 << 20];
        FILE *f = fopen(argv[2], "rb");
        size_t n, i;
        int is64;
        uint64_t phoff, base = UINT64_MAX, end = 0;
        unsigned phentsize, phnum;
        unsigned char *img;
        if (!f) {
            perror(argv[2]);
            return 1;
        }
        n = fread(file, 1, sizeof file, f);
        fclose(f);
        if (n < 64 || memcmp(file, "\177ELF", 4) != 0) {
            fprintf(stderr, "make_seed: %s is not an ELF file\n", argv[2]);
            return 1;
        }
        is64 = file[4] == 2;
        file_is_big_endian = file[5] == 2;
        phoff = rd(file + (is64 ? 32 : 28), is64 ? 8 : 4);
        phentsize = (unsigned)rd(file + (is64 ? 54 : 42), 2);
        phnum = (unsigned)rd(file + (is64 ? 56 : 44), 2);
        for (i = 0; i < phnum; i++) {
            const unsigned char *ph = file + phoff + i * phentsize;
            uint64_t off = rd(ph + (is64 ? 8 : 4), is64 ? 8 : 4), va = rd(ph + (is64 ? 16 : 8), is64 ? 8 : 4);
            uint64_t memsz = rd(ph + (is64 ? 40 : 20), is64 ? 8 : 4);
            if (rd(ph, 4) != 1)
                continue;
            if (base == UINT64_MAX)
                base = va - off;
            if (va + memsz > end)
                end = va + memsz;
        }
        img = calloc(1, end - base);
        for (i = 0; i < phnum; i++) {
            const unsigned char *ph = file + phoff + i * phentsize;
            uint64_t off = rd(ph + (is64 ? 8 : 4), is64 ? 8 : 4), va = rd(ph + (is64 ? 16 : 8), is64 ? 8 : 4);
            uint64_t filesz = rd(ph + (is64 ? 32 : 16), is64 ? 8 : 4);
            if (rd(ph, 4) == 1 && off + filesz <= n)
                memcpy(img + (va - base), file + off, filesz);
        }
        return write_file(argv[3], img, end - base);
    }
    fprintf(stderr, "usage: make_seed vdso OUT | make_seed load FILE.so OUT\n");
    return 2;
}
