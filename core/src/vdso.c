/*
 * vDSO symbol lookup: a bounds-checked ELF dynamic-symbol parser.
 *
 * The same code reads ELF32 and ELF64 images (so a 64-bit fuzzer also
 * exercises the 32-bit layout) in this machine's byte order. It trusts
 * nothing in the image: every read is checked against [image, image+size)
 * before it happens, every offset sum is checked for overflow, and every
 * loop advances through the image or is bounded by a count taken from it,
 * so malformed input ends in NULL rather than a fault or a hang. Fields are
 * read byte-wise (__builtin_memcpy of a constant size, always inlined), so
 * images need no alignment and no libc is called.
 */
#include "linux_syscall.h"

/* ELF constants (System V gABI, and the GNU extensions for versions and
 * DT_GNU_HASH). */
#define ELF_EI_CLASS 4
#define ELF_EI_DATA 5
#define ELF_EI_VERSION 6
#define ELF_CLASS32 1
#define ELF_CLASS64 2
#define ELF_DATA2LSB 1
#define ELF_DATA2MSB 2
#define ELF_ET_DYN 3
#define ELF_EM_S390 22
#define ELF_EM_ALPHA 0x9026
#define ELF_PT_LOAD 1
#define ELF_PT_DYNAMIC 2
#define ELF_DT_NULL 0
#define ELF_DT_HASH 4
#define ELF_DT_STRTAB 5
#define ELF_DT_SYMTAB 6
#define ELF_DT_STRSZ 10
#define ELF_DT_SYMENT 11
#define ELF_DT_GNU_HASH 0x6ffffef5u
#define ELF_DT_VERSYM 0x6ffffff0u
#define ELF_DT_VERDEF 0x6ffffffcu
#define ELF_DT_VERDEFNUM 0x6ffffffdu
#define ELF_SHN_UNDEF 0
#define ELF_SHN_LORESERVE 0xff00u
#define ELF_SHN_XINDEX 0xffffu
#define ELF_STB_GLOBAL 1
#define ELF_STB_WEAK 2
#define ELF_STT_NOTYPE 0
#define ELF_STT_OBJECT 1
#define ELF_STT_FUNC 2
#define ELF_VERSYM_HIDDEN 0x8000u
#define ELF_VERDEF_SIZE 20
#define ELF_VERDAUX_SIZE 8

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NATIVE_DATA ELF_DATA2MSB
#else
#define NATIVE_DATA ELF_DATA2LSB
#endif

struct elf_image {
    const unsigned char *bytes;
    uint64_t size;
    int is64;
    uint64_t link_base; /* link-time address of bytes[0] */
    /* dynamic section, as image offsets; 0 = absent (offset 0 is the ELF
     * header, never a table) */
    uint64_t symtab, strtab, strtab_size, sysv_hash, gnu_hash, versym, verdef;
    uint64_t verdef_count; /* DT_VERDEFNUM, or 0 when absent */
    uint64_t sym_size;
    /* Bytes per word of the SysV hash table (DT_HASH): 4, but 8 on 64-bit
     * s390 and alpha, whose psABIs make .hash entries 64 bits wide (the
     * s390x vDSO carries one beside its GNU hash). */
    uint64_t hash_word;
};

/* a % b without a division instruction or a libgcc/compiler-rt helper
 * (32-bit arm has no divide instruction; freestanding code links none). */
static uint32_t mod32(uint32_t a, uint32_t b)
{
    uint64_t rem = 0; /* < b after each step, so rem << 1 fits */
    int bit;
    for (bit = 31; bit >= 0; bit--) {
        rem = (rem << 1) | ((a >> bit) & 1u);
        if (rem >= b)
            rem -= b;
    }
    return (uint32_t)rem;
}

static uint16_t get16(const unsigned char *p)
{
    uint16_t v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

static uint32_t get32(const unsigned char *p)
{
    uint32_t v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

static uint64_t get64(const unsigned char *p)
{
    uint64_t v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

/* A SysV hash table word at image offset off (span checked by the caller);
 * an 8-byte word that does not fit 32 bits reads as 0xffffffff, which no
 * bucket count or chain index passes. */
static uint32_t hash_word_at(const struct elf_image *im, uint64_t off)
{
    uint64_t v;
    if (im->hash_word == 4)
        return get32(im->bytes + off);
    v = get64(im->bytes + off);
    return v > 0xffffffffu ? 0xffffffffu : (uint32_t)v;
}

/* An ELF "word-sized" field: Elf32_Addr/Off or Elf64_Addr/Off/Xword. */
static uint64_t get_addr(const struct elf_image *im, const unsigned char *p)
{
    return im->is64 ? get64(p) : get32(p);
}

/* [off, off+len) lies inside the image. */
static int span_ok(const struct elf_image *im, uint64_t off, uint64_t len)
{
    return off <= im->size && len <= im->size - off;
}

static int add_ok(uint64_t a, uint64_t b, uint64_t *sum)
{
    *sum = a + b;
    return *sum >= a;
}

/* Image offset of link-time address `vaddr`, when [vaddr, vaddr+len) is
 * inside the image. */
static int vaddr_offset(const struct elf_image *im, uint64_t vaddr, uint64_t len, uint64_t *off)
{
    if (vaddr < im->link_base)
        return 0;
    if (!span_ok(im, vaddr - im->link_base, len))
        return 0;
    *off = vaddr - im->link_base;
    return 1;
}

struct phdr {
    uint32_t type;
    uint64_t offset, vaddr, filesz, memsz;
};

static void read_phdr(const struct elf_image *im, uint64_t off, struct phdr *ph)
{
    const unsigned char *p = im->bytes + off;
    ph->type = get32(p);
    if (im->is64) {
        ph->offset = get64(p + 8);
        ph->vaddr = get64(p + 16);
        ph->filesz = get64(p + 32);
        ph->memsz = get64(p + 40);
    } else {
        ph->offset = get32(p + 4);
        ph->vaddr = get32(p + 8);
        ph->filesz = get32(p + 16);
        ph->memsz = get32(p + 20);
    }
}

/* Checks the ELF header and program header table; on success fills the
 * class, the table's place and link_base (from the first PT_LOAD). */
static int open_headers(struct elf_image *im, const void *image, uint64_t size, uint64_t *phoff,
                        unsigned *phnum, unsigned *phentsize)
{
    const unsigned char *b = (const unsigned char *)image;
    uint64_t ehsize, min_phentsize, table_size, off;
    unsigned i;

    /* Field by field: a `= {0}` initialiser may become a memset call. */
    im->bytes = b;
    im->size = size;
    im->is64 = 0;
    im->link_base = 0;
    im->symtab = im->strtab = im->strtab_size = im->sysv_hash = im->gnu_hash = 0;
    im->versym = im->verdef = im->verdef_count = im->sym_size = 0;
    im->hash_word = 4;
    if (image == NULL || size < 16)
        return 0;
    if (b[0] != 0x7f || b[1] != 'E' || b[2] != 'L' || b[3] != 'F')
        return 0;
    if (b[ELF_EI_CLASS] == ELF_CLASS64)
        im->is64 = 1;
    else if (b[ELF_EI_CLASS] == ELF_CLASS32)
        im->is64 = 0;
    else
        return 0;
    /* Only this machine's byte order: fields are read natively. */
    if (b[ELF_EI_DATA] != NATIVE_DATA || b[ELF_EI_VERSION] != 1)
        return 0;
    ehsize = im->is64 ? 64 : 52;
    if (!span_ok(im, 0, ehsize))
        return 0;
    if (get16(b + 16) != ELF_ET_DYN)
        return 0;
    if (im->is64 && (get16(b + 18) == ELF_EM_S390 || get16(b + 18) == ELF_EM_ALPHA))
        im->hash_word = 8;
    if (im->is64) {
        *phoff = get64(b + 32);
        *phentsize = get16(b + 54);
        *phnum = get16(b + 56);
    } else {
        *phoff = get32(b + 28);
        *phentsize = get16(b + 42);
        *phnum = get16(b + 44);
    }
    min_phentsize = im->is64 ? 56 : 32;
    /* phnum 0xffff (PN_XNUM) would need section header 0: not for a vDSO. */
    if (*phentsize < min_phentsize || *phnum == 0 || *phnum == 0xffffu)
        return 0;
    table_size = (uint64_t)*phentsize * *phnum;
    if (!span_ok(im, *phoff, table_size))
        return 0;
    for (i = 0, off = *phoff; i < *phnum; i++, off += *phentsize) {
        struct phdr ph;
        read_phdr(im, off, &ph);
        if (ph.type == ELF_PT_LOAD) {
            if (ph.vaddr < ph.offset)
                return 0;
            im->link_base = ph.vaddr - ph.offset;
            return 1;
        }
    }
    return 0;
}

static int read_dynamic(struct elf_image *im, uint64_t phoff, unsigned phnum, unsigned phentsize)
{
    uint64_t off, dyn = 0, dyn_len = 0, dyn_entsize = im->is64 ? 16 : 8;
    uint64_t strsz = 0, syment = 0, i, count;
    uint64_t symtab_va = 0, strtab_va = 0, hash_va = 0, gnu_hash_va = 0, versym_va = 0,
             verdef_va = 0;
    int have_strsz = 0, have_syment = 0, found = 0;
    unsigned k;

    for (k = 0, off = phoff; k < phnum; k++, off += phentsize) {
        struct phdr ph;
        read_phdr(im, off, &ph);
        if (ph.type == ELF_PT_DYNAMIC) {
            if (!vaddr_offset(im, ph.vaddr, 0, &dyn))
                return 0;
            /* The loaded section is p_memsz long; never past the image. */
            dyn_len = ph.memsz < im->size - dyn ? ph.memsz : im->size - dyn;
            found = 1;
            break;
        }
    }
    if (!found)
        return 0;

    count = dyn_len >> (im->is64 ? 4 : 3); /* / dyn_entsize, without a helper */
    for (i = 0; i < count; i++) {
        const unsigned char *p = im->bytes + dyn + i * dyn_entsize;
        uint64_t tag = get_addr(im, p);
        uint64_t val = get_addr(im, p + (im->is64 ? 8 : 4));
        /* First occurrence wins; later duplicates are ignored. */
        if (tag == ELF_DT_NULL)
            break;
        else if (tag == ELF_DT_SYMTAB && !symtab_va)
            symtab_va = val;
        else if (tag == ELF_DT_STRTAB && !strtab_va)
            strtab_va = val;
        else if (tag == ELF_DT_STRSZ && !have_strsz)
            strsz = val, have_strsz = 1;
        else if (tag == ELF_DT_SYMENT && !have_syment)
            syment = val, have_syment = 1;
        else if (tag == ELF_DT_HASH && !hash_va)
            hash_va = val;
        else if (tag == ELF_DT_GNU_HASH && !gnu_hash_va)
            gnu_hash_va = val;
        else if (tag == ELF_DT_VERSYM && !versym_va)
            versym_va = val;
        else if (tag == ELF_DT_VERDEF && !verdef_va)
            verdef_va = val;
        else if (tag == ELF_DT_VERDEFNUM && !im->verdef_count)
            im->verdef_count = val;
    }

    im->sym_size = im->is64 ? 24 : 16;
    if (have_syment && syment != im->sym_size)
        return 0;
    if (!vaddr_offset(im, symtab_va, im->sym_size, &im->symtab) ||
        !vaddr_offset(im, strtab_va, 1, &im->strtab))
        return 0;
    im->strtab_size = im->size - im->strtab;
    if (have_strsz && strsz < im->strtab_size)
        im->strtab_size = strsz;
    /* Optional tables: a bad address just means "absent". */
    if (hash_va && !vaddr_offset(im, hash_va, 8, &im->sysv_hash))
        im->sysv_hash = 0;
    if (gnu_hash_va && !vaddr_offset(im, gnu_hash_va, 16, &im->gnu_hash))
        im->gnu_hash = 0;
    if (versym_va && !vaddr_offset(im, versym_va, 2, &im->versym))
        im->versym = 0;
    if (verdef_va && !vaddr_offset(im, verdef_va, ELF_VERDEF_SIZE, &im->verdef))
        im->verdef = 0;
    return im->sysv_hash != 0 || im->gnu_hash != 0;
}

/* The string at strtab offset `name_off` equals `s` (NUL inside strtab). */
static int string_equals(const struct elf_image *im, uint64_t name_off, const char *s)
{
    uint64_t i;
    if (name_off >= im->strtab_size)
        return 0;
    for (i = name_off; i < im->strtab_size; i++) {
        unsigned char c = im->bytes[im->strtab + i];
        if (c != (unsigned char)*s)
            return 0;
        if (c == 0)
            return 1;
        s++;
    }
    return 0;
}

static uint32_t sysv_hash(const char *name)
{
    uint32_t h = 0, top;
    const unsigned char *s = (const unsigned char *)name;
    while (*s) {
        h = (h << 4) + *s++;
        top = h & 0xf0000000u;
        if (top)
            h ^= top >> 24;
        h &= ~top;
    }
    return h;
}

static uint32_t gnu_hash(const char *name)
{
    uint32_t h = 5381;
    const unsigned char *s = (const unsigned char *)name;
    while (*s)
        h = h * 33 + *s++;
    return h;
}

/* Symbol `index` has version `version` in the image's version tables. */
static int version_matches(const struct elf_image *im, uint64_t index, const char *version)
{
    uint64_t off, limit, n;
    unsigned want;

    if (!im->versym || !im->verdef)
        return 0;
    if (!add_ok(im->versym, index * 2, &off) || !span_ok(im, off, 2))
        return 0;
    want = get16(im->bytes + off) & ~ELF_VERSYM_HIDDEN;
    if (want == 0) /* VER_NDX_LOCAL: not visible */
        return 0;

    /* Each step moves forward by at least one entry and must stay inside
     * the image, so the walk ends even without DT_VERDEFNUM. */
    limit = im->verdef_count ? im->verdef_count : (uint64_t)-1;
    off = im->verdef;
    for (n = 0; n < limit; n++) {
        const unsigned char *vd;
        uint32_t next;
        if (!span_ok(im, off, ELF_VERDEF_SIZE))
            return 0;
        vd = im->bytes + off;
        if (get16(vd) != 1) /* vd_version: VER_DEF_CURRENT */
            return 0;
        if ((get16(vd + 4) & ~ELF_VERSYM_HIDDEN) == want) {
            uint64_t aux;
            if (get16(vd + 6) == 0) /* vd_cnt: no name */
                return 0;
            if (!add_ok(off, get32(vd + 12), &aux) || !span_ok(im, aux, ELF_VERDAUX_SIZE))
                return 0;
            return get32(vd + 8) == sysv_hash(version) &&
                   string_equals(im, get32(im->bytes + aux), version);
        }
        next = get32(vd + 16);
        if (next < ELF_VERDEF_SIZE || !add_ok(off, next, &off))
            return 0;
    }
    return 0;
}

/* Symbol `index` is a defined, visible `name` (of `version`); *addr_off is
 * then the image offset of its value. */
static int symbol_matches(const struct elf_image *im, uint64_t index, const char *name,
                          const char *version, uint64_t *addr_off)
{
    uint64_t off, value;
    const unsigned char *sym;
    unsigned info, bind, type, shndx;

    if (!add_ok(im->symtab, index * im->sym_size, &off) || !span_ok(im, off, im->sym_size))
        return 0;
    sym = im->bytes + off;
    if (im->is64) {
        info = sym[4];
        shndx = get16(sym + 6);
        value = get64(sym + 8);
    } else {
        value = get32(sym + 4);
        info = sym[12];
        shndx = get16(sym + 14);
    }
    bind = info >> 4;
    type = info & 0xf;
    if (bind != ELF_STB_GLOBAL && bind != ELF_STB_WEAK)
        return 0;
    if (type != ELF_STT_FUNC && type != ELF_STT_OBJECT && type != ELF_STT_NOTYPE)
        return 0;
    /* Undefined, absolute or common symbols have no address in the image. */
    if (shndx == ELF_SHN_UNDEF || (shndx >= ELF_SHN_LORESERVE && shndx != ELF_SHN_XINDEX))
        return 0;
    if (!string_equals(im, get32(sym), name))
        return 0;
    if (version != NULL && !version_matches(im, index, version))
        return 0;
    return vaddr_offset(im, value, 1, addr_off);
}

static int lookup_sysv(const struct elf_image *im, const char *name, const char *version,
                       uint64_t *addr_off)
{
    uint64_t base = im->sysv_hash, steps = 0, w = im->hash_word;
    uint32_t nbucket, nchain, index;

    if (!span_ok(im, base, 2 * w))
        return 0;
    nbucket = hash_word_at(im, base);
    nchain = hash_word_at(im, base + w);
    if (nbucket == 0 || !span_ok(im, base + 2 * w, w * ((uint64_t)nbucket + nchain)))
        return 0;
    index = hash_word_at(im, base + 2 * w + w * mod32(sysv_hash(name), nbucket));
    while (index != 0) {
        /* A chain longer than the symbol count has a loop. */
        if (index >= nchain || ++steps > nchain)
            return 0;
        if (symbol_matches(im, index, name, version, addr_off))
            return 1;
        index = hash_word_at(im, base + 2 * w + w * ((uint64_t)nbucket + index));
    }
    return 0;
}

static int lookup_gnu(const struct elf_image *im, const char *name, const char *version,
                      uint64_t *addr_off)
{
    uint64_t base = im->gnu_hash, word_bytes = im->is64 ? 8 : 4;
    unsigned bits_log2 = im->is64 ? 6 : 5, bits_mask = im->is64 ? 63 : 31;
    uint64_t bloom, buckets, chains, word, mask, index, chain_off;
    uint32_t nbuckets, symoffset, bloom_size, bloom_shift, h;

    if (!span_ok(im, base, 16))
        return 0;
    nbuckets = get32(im->bytes + base);
    symoffset = get32(im->bytes + base + 4);
    bloom_size = get32(im->bytes + base + 8);
    bloom_shift = get32(im->bytes + base + 12);
    if (nbuckets == 0 || bloom_size == 0 || bloom_shift >= 32)
        return 0;
    bloom = base + 16;
    buckets = bloom + (uint64_t)bloom_size * word_bytes;
    chains = buckets + 4 * (uint64_t)nbuckets;
    if (!span_ok(im, bloom, chains - bloom))
        return 0;

    h = gnu_hash(name);
    word = get_addr(im, im->bytes + bloom + (uint64_t)mod32(h >> bits_log2, bloom_size) * word_bytes);
    mask = ((uint64_t)1 << (h & bits_mask)) | ((uint64_t)1 << ((h >> bloom_shift) & bits_mask));
    if ((word & mask) != mask)
        return 0;

    index = get32(im->bytes + buckets + 4 * (uint64_t)mod32(h, nbuckets));
    if (index == 0)
        return 0;
    if (index < symoffset)
        return 0;
    /* The chain is read strictly forwards and every entry must lie in the
     * image, so the walk ends within size / 4 steps. */
    for (;; index++) {
        uint32_t chain_hash;
        if (!add_ok(chains, 4 * (index - symoffset), &chain_off) || !span_ok(im, chain_off, 4))
            return 0;
        chain_hash = get32(im->bytes + chain_off);
        if ((chain_hash | 1u) == (h | 1u) && symbol_matches(im, index, name, version, addr_off))
            return 1;
        if (chain_hash & 1u)
            return 0;
    }
}

static void *lookup(const void *image, size_t size, const char *name, const char *version,
                    enum linux_vdso_hash table, int want_class)
{
    struct elf_image im;
    uint64_t phoff, addr_off;
    unsigned phnum, phentsize;
    int found;

    if (name == NULL)
        return NULL;
    if (!open_headers(&im, image, size, &phoff, &phnum, &phentsize))
        return NULL;
    if (want_class && im.is64 != (want_class == ELF_CLASS64))
        return NULL;
    if (!read_dynamic(&im, phoff, phnum, phentsize))
        return NULL;
    if (table == LINUX_VDSO_HASH_GNU || (table == LINUX_VDSO_HASH_ANY && im.gnu_hash))
        found = im.gnu_hash && lookup_gnu(&im, name, version, &addr_off);
    else if (table == LINUX_VDSO_HASH_SYSV || table == LINUX_VDSO_HASH_ANY)
        found = im.sysv_hash && lookup_sysv(&im, name, version, &addr_off);
    else
        found = 0;
    if (!found)
        return NULL;
    return (void *)((uintptr_t)image + (uintptr_t)addr_off);
}

void *linux_vdso_lookup_using(const void *image, size_t size, const char *name,
                              const char *version, enum linux_vdso_hash table)
{
    return lookup(image, size, name, version, table, 0);
}

void *linux_vdso_lookup(const void *image, size_t size, const char *name, const char *version)
{
    return lookup(image, size, name, version, LINUX_VDSO_HASH_ANY, 0);
}

size_t linux_vdso_image_size(const void *image, size_t readable)
{
    struct elf_image im;
    uint64_t phoff, off, end = 0, seg_end;
    unsigned phnum, phentsize, i;

    if (!open_headers(&im, image, readable, &phoff, &phnum, &phentsize))
        return 0;
    for (i = 0, off = phoff; i < phnum; i++, off += phentsize) {
        struct phdr ph;
        read_phdr(&im, off, &ph);
        if (ph.type != ELF_PT_LOAD)
            continue;
        if (ph.vaddr < im.link_base || !add_ok(ph.vaddr, ph.memsz, &seg_end))
            return 0;
        if (seg_end > end)
            end = seg_end;
    }
    end -= im.link_base;
    if (end > (uint64_t)(size_t)-1)
        return 0;
    return (size_t)end;
}

/* The vDSO is an image of this process's own ELF class. */
#if defined(__LP64__) || defined(_LP64)
#define NATIVE_CLASS ELF_CLASS64
#else
#define NATIVE_CLASS ELF_CLASS32
#endif

/* Every supported architecture has pages of at least 4 KiB, and the
 * kernel's vDSO has its ELF and program headers in the first one. */
#define VDSO_HEADER_READABLE 4096

void *linux_vdso_sym(const char *name, const char *version)
{
    const void *base = linux_vdso_base();
    size_t size;
    if (base == NULL)
        return NULL;
    size = linux_vdso_image_size(base, VDSO_HEADER_READABLE);
    if (size == 0)
        return NULL;
    return lookup(base, size, name, version, LINUX_VDSO_HASH_ANY, NATIVE_CLASS);
}

int linux_vdso_present(void)
{
    const void *base = linux_vdso_base();
    return base != NULL && linux_vdso_image_size(base, VDSO_HEADER_READABLE) != 0;
}
