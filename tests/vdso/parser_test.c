/*
 * linux_vdso_lookup on crafted shared objects (tests/vdso/fake_vdso.c,
 * linked by tests/suites/40-vdso with ld.lld-19 and GNU ld as ELF64 and
 * ELF32, --hash-style=sysv|gnu|both), and on truncated and corrupted
 * copies of them. Built with -fsanitize=address,undefined: every image
 * lives in a heap block of exactly its size, so a read outside it aborts.
 *
 *   parser_test IMAGE.so EXPECTED sysv|gnu|both
 *
 * EXPECTED has one "name version link-address(hex)" line per exported
 * function (from llvm-readelf-19 --dyn-syms). Prints PASS:/FAIL: lines
 * and "N passed, N failed".
 */
#include "linux_syscall.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passes, failures;

static void check(int ok, const char *file, const char *what, const char *detail)
{
    printf("%s: %s: %s%s%s\n", ok ? "PASS" : "FAIL", file, what, detail ? " " : "", detail ? detail : "");
    if (ok)
        passes++;
    else
        failures++;
}

struct expected {
    char name[64], version[32];
    uint64_t value;
};

static struct expected exp_syms[64];
static int n_exp;

/* ---- loading: PT_LOAD segments at their addresses relative to the first -- */

/* A field of n bytes in this machine's byte order, which is the image's
 * (the parser refuses the other one): big-endian targets run this too. */
static uint64_t rd(const unsigned char *p, int n)
{
    uint16_t v16;
    uint32_t v32;
    uint64_t v64;
    if (n == 2) {
        memcpy(&v16, p, 2);
        return v16;
    }
    if (n == 4) {
        memcpy(&v32, p, 4);
        return v32;
    }
    memcpy(&v64, p, 8);
    return v64;
}

static unsigned char *load_image(const unsigned char *file, size_t file_size, size_t *size_out,
                                 uint64_t *base_out)
{
    int is64 = file[4] == 2;
    uint64_t phoff = rd(file + (is64 ? 32 : 28), is64 ? 8 : 4);
    unsigned phentsize = (unsigned)rd(file + (is64 ? 54 : 42), 2);
    unsigned phnum = (unsigned)rd(file + (is64 ? 56 : 44), 2), i;
    uint64_t base = UINT64_MAX, end = 0;
    unsigned char *img;

    for (i = 0; i < phnum; i++) {
        const unsigned char *ph = file + phoff + (uint64_t)i * phentsize;
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
        const unsigned char *ph = file + phoff + (uint64_t)i * phentsize;
        uint64_t off = rd(ph + (is64 ? 8 : 4), is64 ? 8 : 4), va = rd(ph + (is64 ? 16 : 8), is64 ? 8 : 4);
        uint64_t filesz = rd(ph + (is64 ? 32 : 16), is64 ? 8 : 4);
        if (rd(ph, 4) == 1 && off + filesz <= file_size)
            memcpy(img + (va - base), file + off, filesz);
    }
    *size_out = end - base;
    *base_out = base;
    return img;
}

/* Image offset of the dynamic entry with `tag` (its value field), or 0. */
static size_t dyn_entry(const unsigned char *img, size_t size, uint64_t tag)
{
    int is64 = img[4] == 2;
    uint64_t phoff = rd(img + (is64 ? 32 : 28), is64 ? 8 : 4);
    unsigned phentsize = (unsigned)rd(img + (is64 ? 54 : 42), 2);
    unsigned phnum = (unsigned)rd(img + (is64 ? 56 : 44), 2), i;
    size_t w = is64 ? 8 : 4;
    for (i = 0; i < phnum; i++) {
        const unsigned char *ph = img + phoff + (uint64_t)i * phentsize;
        if (rd(ph, 4) == 2) {
            size_t off = (size_t)rd(ph + (is64 ? 16 : 8), (int)w), k;
            for (k = off; k + 2 * w <= size; k += 2 * w) {
                uint64_t t = rd(img + k, (int)w);
                if (t == tag)
                    return k + w;
                if (t == 0)
                    return 0;
            }
        }
    }
    return 0;
}

static uint64_t dyn_value(const unsigned char *img, size_t size, uint64_t tag)
{
    size_t at = dyn_entry(img, size, tag);
    return at ? rd(img + at, img[4] == 2 ? 8 : 4) : 0;
}

/* ---- checks ---------------------------------------------------------------- */

static const enum linux_vdso_hash modes[] = {LINUX_VDSO_HASH_ANY, LINUX_VDSO_HASH_SYSV,
                                             LINUX_VDSO_HASH_GNU};
static const char *const mode_names[] = {"any", "sysv", "gnu"};

/* Every lookup on `img` gives NULL or the correct address. */
static int only_null_or_right(const unsigned char *img, size_t size, uint64_t base)
{
    int i, m;
    for (i = 0; i < n_exp; i++)
        for (m = 0; m < 3; m++) {
            void *p = linux_vdso_lookup_using(img, size, exp_syms[i].name, exp_syms[i].version, modes[m]);
            void *q = linux_vdso_lookup_using(img, size, "__vdso_absent", NULL, modes[m]);
            if ((p != NULL && p != img + (exp_syms[i].value - base)) || q != NULL)
                return 0;
        }
    return 1;
}

/* Every lookup on `img` gives NULL. */
static int all_null(const unsigned char *img, size_t size, enum linux_vdso_hash mode, int with_version)
{
    int i;
    for (i = 0; i < n_exp; i++)
        if (linux_vdso_lookup_using(img, size, exp_syms[i].name, with_version ? exp_syms[i].version : NULL,
                                    mode) != NULL)
            return 0;
    return 1;
}

static unsigned char *copy_of(const unsigned char *img, size_t size)
{
    unsigned char *c = malloc(size ? size : 1);
    memcpy(c, img, size);
    return c;
}

static void put32(unsigned char *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

static void put_hash_word(unsigned char *p, int w, uint64_t v)
{
    if (w == 8)
        memcpy(p, &v, 8);
    else
        put32(p, (uint32_t)v);
}

static void test_image(const char *file, const char *style)
{
    FILE *f = fopen(file, "rb");
    /* 4 MiB: sparc64's GNU ld aligns segments to 1 MiB, so its images are
     * just over 1 MiB; a bigger file is refused, not read in part */
    static unsigned char raw[4 << 20];
    size_t raw_size, size, len;
    uint64_t base;
    unsigned char *img, *c;
    int have_sysv = strcmp(style, "gnu") != 0, have_gnu = strcmp(style, "sysv") != 0;
    int i, m, ok;
    char detail[256];

    if (!f) {
        check(0, file, "open", NULL);
        return;
    }
    raw_size = fread(raw, 1, sizeof raw, f);
    if (raw_size == sizeof raw && fgetc(f) != EOF) {
        fclose(f);
        check(0, file, "image larger than the test's 4 MiB buffer", NULL);
        return;
    }
    fclose(f);
    img = load_image(raw, raw_size, &size, &base);
    {
        unsigned char *exact = copy_of(img, size); /* heap block of exactly `size` */
        free(img);
        img = exact;
    }

    check(linux_vdso_image_size(img, size) == size, file, "linux_vdso_image_size = loaded size", NULL);

    for (i = 0; i < n_exp; i++)
        for (m = 0; m < 3; m++) {
            int table_present = m == 0 || (m == 1 ? have_sysv : have_gnu);
            void *want = table_present ? img + (exp_syms[i].value - base) : NULL;
            void *got = linux_vdso_lookup_using(img, size, exp_syms[i].name, exp_syms[i].version, modes[m]);
            void *any = linux_vdso_lookup_using(img, size, exp_syms[i].name, NULL, modes[m]);
            void *wrong = linux_vdso_lookup_using(img, size, exp_syms[i].name,
                                                  strcmp(exp_syms[i].version, "LINUX_2.6") ? "LINUX_2.6" : "LINUX_2.5",
                                                  modes[m]);
            snprintf(detail, sizeof detail, "(%s table: %p, any version %p, other version %p, want %p)",
                     mode_names[m], got, any, wrong, want);
            check(got == want && any == want && wrong == NULL, file, exp_syms[i].name, detail);
        }
    check(linux_vdso_lookup(img, size, "vdso_private_helper", NULL) == NULL &&
              linux_vdso_lookup(img, size, "__vdso_absent", NULL) == NULL &&
              linux_vdso_lookup(img, size, "LINUX_2.6", NULL) == NULL &&
              linux_vdso_lookup(img, size, "", NULL) == NULL,
          file, "local, absent, version (ABS) and empty names: NULL", NULL);

    /* Truncations: every prefix length, each in a block of exactly that size. */
    ok = 1;
    for (len = 0; len < size && ok; len += len < 4096 ? 1 : 3) {
        c = copy_of(img, len);
        ok = only_null_or_right(c, len, base);
        free(c);
    }
    check(ok, file, "every truncation gives NULL or the right address", NULL);

    c = copy_of(img, size);
    c[5] ^= 3; /* ELFDATA2LSB <-> ELFDATA2MSB */
    check(all_null(c, size, LINUX_VDSO_HASH_ANY, 1), file, "other byte order: NULL", NULL);
    memcpy(c, img, size);
    c[4] ^= 3; /* ELFCLASS32 <-> ELFCLASS64 */
    check(all_null(c, size, LINUX_VDSO_HASH_ANY, 1), file, "wrong class: NULL", NULL);
    memcpy(c, img, size);
    c[c[4] == 2 ? 56 : 44] = 0xff, c[c[4] == 2 ? 57 : 45] = 0xff; /* e_phnum = PN_XNUM */
    check(all_null(c, size, LINUX_VDSO_HASH_ANY, 1), file, "e_phnum 0xffff: NULL", NULL);

    memcpy(c, img, size);
    {
        size_t at = dyn_entry(c, size, 5 /* DT_STRTAB */);
        if (c[4] == 2) {
            uint64_t far = (uint64_t)size + base + 16;
            memcpy(c + at, &far, 8);
        } else {
            put32(c + at, (uint32_t)(size + base + 16));
        }
        check(at && all_null(c, size, LINUX_VDSO_HASH_ANY, 0), file, "DT_STRTAB outside the image: NULL", NULL);
    }

    memcpy(c, img, size);
    {
        size_t at = dyn_entry(c, size, 0x6ffffff0 /* DT_VERSYM */);
        /* Retag it as something unknown: the image then has no versions. */
        if (at)
            put32(c + at - (c[4] == 2 ? 8 : 4), 0x6ffffff1);
        ok = at != 0 && all_null(c, size, LINUX_VDSO_HASH_ANY, 1);
        for (i = 0; i < n_exp && ok; i++)
            ok = linux_vdso_lookup(c, size, exp_syms[i].name, NULL) == img + (exp_syms[i].value - base) - img + c;
        check(ok, file, "no DT_VERSYM: versioned lookups NULL, unversioned ones found", NULL);
    }

    if (have_sysv) {
        uint64_t h = dyn_value(img, size, 4 /* DT_HASH */) - base;
        /* .hash words are 8 bytes on 64-bit s390 and alpha, 4 elsewhere */
        unsigned machine = (unsigned)rd(img + 18, 2);
        int w = img[4] == 2 && (machine == 22 || machine == 0x9026) ? 8 : 4;
        uint32_t nbucket, nchain, k;
        memcpy(c, img, size);
        put_hash_word(c + h, w, 0);
        check(all_null(c, size, LINUX_VDSO_HASH_SYSV, 0), file, "DT_HASH nbucket 0: NULL", NULL);
        memcpy(c, img, size);
        nbucket = (uint32_t)rd(img + h, w);
        nchain = (uint32_t)rd(img + h + w, w);
        for (k = 0; k < nchain; k++) /* every chain loops on itself */
            put_hash_word(c + h + 2 * w + (uint64_t)w * ((uint64_t)nbucket + k), w, k);
        check(linux_vdso_lookup_using(c, size, "__vdso_absent", NULL, LINUX_VDSO_HASH_SYSV) == NULL &&
                  only_null_or_right(c, size, base),
              file, "DT_HASH chain loops: terminate with NULL", NULL);
        memcpy(c, img, size);
        for (k = 0; k < nbucket; k++) /* buckets past the symbol count */
            put_hash_word(c + h + 2 * w + (uint64_t)w * k, w, nchain + k);
        check(all_null(c, size, LINUX_VDSO_HASH_SYSV, 0), file, "DT_HASH bucket out of range: NULL", NULL);
        if (w == 8) {
            memcpy(c, img, size);
            put_hash_word(c + h, 8, (uint64_t)nbucket << 32 | nbucket); /* a count above 32 bits */
            check(all_null(c, size, LINUX_VDSO_HASH_SYSV, 0), file, "DT_HASH 64-bit nbucket over 2^32: NULL", NULL);
        }
    }
    if (have_gnu) {
        uint64_t g = dyn_value(img, size, 0x6ffffef5 /* DT_GNU_HASH */) - base;
        uint32_t nbuckets, symoffset, bloom_size, k;
        uint64_t chains;
        memcpy(&nbuckets, img + g, 4);
        memcpy(&symoffset, img + g + 4, 4);
        memcpy(&bloom_size, img + g + 8, 4);
        memcpy(c, img, size);
        put32(c + g, 0);
        check(all_null(c, size, LINUX_VDSO_HASH_GNU, 0), file, "DT_GNU_HASH nbuckets 0: NULL", NULL);
        memcpy(c, img, size);
        put32(c + g + 12, 77);
        check(all_null(c, size, LINUX_VDSO_HASH_GNU, 0), file, "DT_GNU_HASH bloom shift 77: NULL", NULL);
        memcpy(c, img, size);
        put32(c + g + 8, 0x7fffffff);
        check(all_null(c, size, LINUX_VDSO_HASH_GNU, 0), file, "DT_GNU_HASH bloom past the image: NULL", NULL);
        memcpy(c, img, size);
        put32(c + g + 4, 0xfffffff0u);
        check(all_null(c, size, LINUX_VDSO_HASH_GNU, 0), file, "DT_GNU_HASH symoffset past the buckets: NULL", NULL);
        /* Chains without an end bit run to the end of the image. */
        memcpy(c, img, size);
        chains = g + 16 + (uint64_t)bloom_size * (c[4] == 2 ? 8 : 4) + 4 * (uint64_t)nbuckets;
        for (k = 0; chains + 4 * (uint64_t)k + 4 <= size; k++)
            c[chains + 4 * (uint64_t)k] &= 0xfe;
        check(only_null_or_right(c, size, base), file, "DT_GNU_HASH chains without end: terminate", NULL);
    }

    /* Random corruption, fixed seed: never a fault, NULL or right. */
    {
        uint32_t seed = 12345;
        int round, ok_all = 1;
        for (round = 0; round < 3000; round++) {
            int flips = 1 + round % 4, j;
            memcpy(c, img, size);
            for (j = 0; j < flips; j++) {
                seed = seed * 1103515245u + 12345u;
                /* Bias towards the headers and tables in the first page. */
                c[(seed >> 8) % (size < 2048 ? size : (round & 1 ? 2048 : size))] ^= (unsigned char)(1u << (seed & 7));
            }
            for (i = 0; i < n_exp; i++)
                for (m = 0; m < 3; m++) {
                    unsigned char *p = linux_vdso_lookup_using(c, size, exp_syms[i].name,
                                                               round & 2 ? NULL : exp_syms[i].version, modes[m]);
                    if (p != NULL && (p < c || p >= c + size))
                        ok_all = 0;
                }
        }
        check(ok_all, file, "3000 random bit-flip variants: results inside the image", NULL);
    }
    free(c);
    free(img);
}

int main(int argc, char **argv)
{
    FILE *e;
    char line[256];
    if (argc != 4) {
        fprintf(stderr, "usage: %s IMAGE.so EXPECTED sysv|gnu|both\n", argv[0]);
        return 2;
    }
    e = fopen(argv[2], "r");
    if (!e) {
        perror(argv[2]);
        return 2;
    }
    while (n_exp < 64 && fgets(line, sizeof line, e)) {
        unsigned long long v;
        if (sscanf(line, "%63s %31s %llx", exp_syms[n_exp].name, exp_syms[n_exp].version, &v) == 3) {
            exp_syms[n_exp].value = v;
            n_exp++;
        }
    }
    fclose(e);
    check(n_exp >= 10, argv[1], "expected symbols read", NULL);
    test_image(argv[1], argv[3]);
    printf("%d passed, %d failed\n", passes, failures);
    return failures != 0;
}
