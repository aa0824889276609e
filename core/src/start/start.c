/*
 * The C part of the start-up of a program without libc; _start
 * (start.S, core/src/arch/<abi>/start.S) calls linux__start_c(initial
 * stack pointer) with the stack aligned for C:
 *
 *   1. static-PIE: apply the program's own R_*_RELATIVE relocations
 *      (MIPS: after the GOT's global part; _start did its local part);
 *   2. linux_init_auxv(auxv): the vDSO and, on x86, the fast
 *      __kernel_vsyscall entry, before the first system call of main;
 *   3. status = main(argc, argv, envp);
 *   4. exit_group(status).
 * Constructors (.init_array) are not run and nothing is flushed at exit:
 * there is nothing of a libc's to flush, and the library needs no
 * constructor once linux_init_auxv() was called.
 *
 * Static-PIE: the kernel maps an ET_DYN without interpreter at a random
 * base and applies no relocations. Code is position-independent, but
 * pointers in static data and GOT entries hold link-time addresses until
 * the R_*_RELATIVE relocations are applied (the x86 entry word needs none:
 * it is hidden and self-relative). Any other type would need a
 * symbol lookup, which a static program must not have: it is reported and
 * the program exits with status 127. A non-PIE static link has no
 * PT_DYNAMIC and nothing to do.
 *
 * Until the relocations are applied, this file may only use the stack, the
 * auxiliary vector and PC-relative addresses (hidden symbols, direct
 * calls; on MIPS the GOT's local entries, which _start relocated). That
 * holds only for position-independent code, which -fPIC guarantees (a
 * compiler may make a jump table from an if-chain as from a switch; with
 * -fPIC its entries are relative): the build puts -fPIC and
 * -fno-stack-protector after the user's CFLAGS. Also: no array
 * initialisers or loops a compiler could turn into a memset call (the
 * opt-in mem object may not be linked), no division (a libgcc call on arm),
 * and no -finstrument-functions hooks on the way to main
 * (__no_instrument_function__ below; only die(), on an error path, still
 * gets GCC's hooks for the header's inline functions it expands).
 */
#include "linux_syscall.h"

#include <stddef.h>
#include <stdint.h>

#if defined(__SSP__) || defined(__SSP_STRONG__) || defined(__SSP_ALL__) || defined(__SSP_EXPLICIT__)
#error "core/src/start/start.c: build with -fno-stack-protector (the canary is read before anything could set it up)"
#endif

int main(int argc, char **argv, char **envp);
__attribute__((__visibility__("hidden"), __noreturn__, __used__)) void linux__start_c(
    linux_word *initial_sp);

/* include/uapi/linux/auxvec.h, elf.h */
#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHNUM 5
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define PT_PHDR 6
#define DT_NULL 0
#define DT_PLTRELSZ 2
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_RELAENT 9
#define DT_REL 17
#define DT_RELSZ 18
#define DT_RELENT 19
#define DT_TEXTREL 22
#define DT_RELRSZ 35
#define DT_RELR 36
#define DT_RELRENT 37

/* R_<arch>_NONE is 0 in every psABI; R_<arch>_RELATIVE of each: */
#define R_NONE 0
#if defined(__x86_64__) || defined(__i386__)
#define R_RELATIVE 8
#elif defined(__aarch64__)
#define R_RELATIVE 1027
#elif defined(__arm__)
#define R_RELATIVE 23
#elif defined(__riscv)
#define R_RELATIVE 3
#elif defined(__s390x__)
#define R_RELATIVE 12
#elif defined(__loongarch__)
#define R_RELATIVE 3
#elif defined(__powerpc__)
#define R_RELATIVE 22 /* R_PPC_RELATIVE and R_PPC64_RELATIVE */
#elif defined(__mips__) && defined(__LP64__)
/* n64: R_MIPS_REL32 composed with R_MIPS_64 (a 64-bit field), as
 * RELOC_TYPE below combines the three type bytes */
#define R_RELATIVE ((18 << 8) | 3)
#define MIPS_GOT 1
#elif defined(__mips__)
#define R_RELATIVE 3 /* R_MIPS_REL32, relative when its symbol is 0 */
#define MIPS_GOT 1
#elif defined(__sparc__) || defined(__m68k__)
#define R_RELATIVE 22 /* R_SPARC_RELATIVE, R_68K_RELATIVE */
#else
#error "core/src/start/start.c: no R_*_RELATIVE for this target"
#endif

#if defined(__LP64__)
struct program_header {
    uint32_t type, flags;
    linux_word offset, vaddr, paddr, filesz, memsz, align;
};
#if defined(__mips__)
/* n64's r_info is not ELF64_R_INFO: a 32-bit symbol index, then the bytes
 * r_ssym, r_type3, r_type2, r_type in file order (MIPS64 ELF ABI), read
 * here as one word of the target's byte order. The type is r_type |
 * r_type2 << 8 | r_type3 << 16, as glibc numbers the composed types. */
#if defined(__MIPSEL__)
#define RELOC_SYM(info) ((info)&0xffffffffu)
#define RELOC_TYPE(info) \
    ((((info) >> 56) & 0xffu) | (((info) >> 40) & 0xff00u) | (((info) >> 24) & 0xff0000u))
#else
#define RELOC_SYM(info) ((info) >> 32)
#define RELOC_TYPE(info) ((info)&0xffffffu)
#endif
#else
#define RELOC_SYM(info) ((info) >> 32)
#define RELOC_TYPE(info) ((info)&0xffffffffu)
#endif
#define ELF_HEADER_SIZE 64
#else
struct program_header {
    linux_word type, offset, vaddr, paddr, filesz, memsz, flags, align;
};
#define RELOC_SYM(info) ((info) >> 8)
#define RELOC_TYPE(info) ((info)&0xffu)
#define ELF_HEADER_SIZE 52
#endif

/* The start of Elf32_Ehdr / Elf64_Ehdr, up to e_phoff; the whole header
 * is ELF_HEADER_SIZE bytes. */
struct elf_header {
    unsigned char ident[16];
    uint16_t type, machine;
    uint32_t version;
    linux_word entry, phoff;
};

struct dynamic_entry {
    linux_sword tag;
    linux_word value;
};
struct rela_entry {
    linux_word offset, info;
    linux_sword addend;
};
struct rel_entry {
    linux_word offset, info;
};

#ifdef MIPS_GOT
#define DT_SYMTAB 6
#define DT_PLTGOT 3
#define DT_MIPS_LOCAL_GOTNO 0x7000000a
#define DT_MIPS_SYMTABNO 0x70000011
#define DT_MIPS_GOTSYM 0x70000013
#define SHN_UNDEF 0
#define SHN_ABS 0xfff1
#define STB_WEAK 2
#if defined(__LP64__)
struct symbol {
    uint32_t name;
    unsigned char info, other;
    uint16_t shndx;
    linux_word value, size;
};
#else
struct symbol {
    uint32_t name;
    linux_word value, size;
    unsigned char info, other;
    uint16_t shndx;
};
#endif
#endif

static __attribute__((__noreturn__, __no_instrument_function__)) void die(const char *message, size_t length)
{
    (void)linux_check(linux_syscall(LINUX_SYS_write, 2, message, length));
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, 127));
}

/* DIE("text") writes "text\n" to stderr and exits with status 127. Its
 * errors come before the relocations are applied, so the message's address
 * must not come from a GOT entry: 32-bit powerpc (-fPIC: .got2 through
 * r30), m68k (gcc: R_68K_GOT32O) and sparc (clang: R_SPARC_GOT22/GOT10)
 * take even a string literal's address from the GOT, which then holds the
 * link-time address, and write() failed with EFAULT. On these the text is
 * placed in the code right after a call or a PC-relative lea that yields
 * its address; the others address literals PC-relatively anyway (not
 * MIPS, whose every local address and call goes through the GOT: _start
 * relocated its local part before calling here).
 *
 * The text is pasted into an asm template with operands, in a .ascii
 * string: a '%' there is an operand reference ("%0" silently becomes a
 * register name), a '"' ends the string and a '\\' starts an assembler
 * escape; a newline or a NUL breaks it too. DIE refuses all five at
 * compile time on every target (DIE_TEXT_CHECK), so that a message fine on
 * x86 does not break or change on powerpc. */
#if defined(__powerpc__) && !defined(__powerpc64__)
#define TEXT_ADDRESS(where, text)                                               \
    __asm__("bcl 20, 31, 1f\n\t.ascii \"" text "\"\n\t.byte 10\n\t.balign 4\n" \
            "1:\tmflr %0"                                                      \
            : "=r"(where)                                                       \
            :                                                                   \
            : "lr")
#elif defined(__m68k__)
#define TEXT_ADDRESS(where, text)                                                         \
    __asm__("lea (2f,%%pc), %0\n\tjra 1f\n2:\t.ascii \"" text "\"\n\t.byte 10\n\t.even\n1:" \
            : "=a"(where))
#elif defined(__sparc__)
/* call: %o7 = its own address; the delay slot is the nop */
#define TEXT_ADDRESS(where, text)                                                      \
    __asm__("call 1f\n\t nop\n\t.ascii \"" text "\"\n\t.byte 10\n\t.balign 4\n" \
            "1:\tadd %%o7, 8, %0"                                                      \
            : "=r"(where)                                                              \
            :                                                                          \
            : "o7")
#else
#define TEXT_ADDRESS(where, text) ((where) = text "\n")
#endif

/* The check needs a compiler that folds __builtin_strchr/strlen of a
 * literal in a constant expression: gcc and clang 19 (the tests' clang)
 * do, clang 14 (Debian 12's default clang) does not, nor may the others
 * that define __GNUC__ (sparse, tcc, icc), so there it is left out: the
 * tests build start.c with the first two and catch a bad text.
 * __extension__ keeps -Wpedantic quiet about the folding and about a C11
 * assertion in C99. */
#if defined(__clang__) ? __clang_major__ >= 19                                     \
                        : defined(__GNUC__) && !defined(__CHECKER__) &&            \
                              !defined(__TINYC__) && !defined(__INTEL_COMPILER)
#define DIE_TEXT_CHECK(text)                                                              \
    __extension__ _Static_assert(                                                         \
        __builtin_strchr(text, '%') == 0 && __builtin_strchr(text, '"') == 0 &&          \
            __builtin_strchr(text, '\\') == 0 && __builtin_strchr(text, '\n') == 0 &&     \
            __builtin_strlen(text) == sizeof(text) - 1,                                   \
        "DIE text: no %, \", \\, newline or NUL (it goes into an asm template)")
#else
/* a declaration, as the check is: code built with
 * -Wdeclaration-after-statement follows it with one */
#define DIE_TEXT_CHECK(text) __extension__ _Static_assert(1, "")
#endif
#define DIE(text)                                                                     \
    do {                                                                              \
        DIE_TEXT_CHECK(text);                                                         \
        const char *text_;                                                            \
        TEXT_ADDRESS(text_, text);                                                    \
        die(text_, sizeof(text "\n") - 1);                                             \
    } while (0)

/* The dynamic section's entries that matter here. */
struct dynamic_info {
    linux_word rela, relasz, relaent, rel, relsz, relent, relr, relrsz, relrent;
    linux_word pltrelsz, textrel;
#ifdef MIPS_GOT
    linux_word pltgot, symtab, local_gotno, gotsym, symtabno;
#endif
};

/* t == want, with t laundered through an empty asm at every comparison,
 * so that the compiler cannot see the if-chain below as one switch and
 * make it a jump table: on 32-bit powerpc even -fPIC code reaches a jump
 * table through a GOT entry, which is not relocated yet when this runs
 * (gcc 12 -O2 -fPIE did it, and the static-PIE crashed before main). */
static LINUX_ALWAYS_INLINE int tag_is(linux_sword t, linux_sword want)
{
    __asm__("" : "+r"(t));
    return t == want;
}

/* m68k gcc reaches even a function's own jump table through the GOT
 * (-fPIC: R_68K_GOT32O off a5), whose entries hold link-time addresses
 * until the relocations below are applied: read_dynamic()'s if-chain
 * became such a table at -O2 and a static-PIE jumped to an unrelocated
 * address. So no jump tables in the code that runs before relocation. */
#if defined(__m68k__) && !defined(__clang__)
#define BEFORE_RELOCATION __attribute__((__optimize__("no-jump-tables")))
#else
#define BEFORE_RELOCATION
#endif

BEFORE_RELOCATION __attribute__((__no_instrument_function__)) static void read_dynamic(const struct dynamic_entry *dyn, struct dynamic_info *d)
{
    for (; dyn->tag != DT_NULL; dyn++) {
        linux_sword t = dyn->tag;
        linux_word v = dyn->value;
        if (tag_is(t, DT_RELA))
            d->rela = v;
        else if (tag_is(t, DT_RELASZ))
            d->relasz = v;
        else if (tag_is(t, DT_RELAENT))
            d->relaent = v;
        else if (tag_is(t, DT_REL))
            d->rel = v;
        else if (tag_is(t, DT_RELSZ))
            d->relsz = v;
        else if (tag_is(t, DT_RELENT))
            d->relent = v;
        else if (tag_is(t, DT_RELR))
            d->relr = v;
        else if (tag_is(t, DT_RELRSZ))
            d->relrsz = v;
        else if (tag_is(t, DT_RELRENT))
            d->relrent = v;
        else if (tag_is(t, DT_PLTRELSZ))
            d->pltrelsz = v;
        else if (tag_is(t, DT_TEXTREL))
            d->textrel = 1;
#ifdef MIPS_GOT
        else if (tag_is(t, DT_PLTGOT))
            d->pltgot = v;
        else if (tag_is(t, DT_SYMTAB))
            d->symtab = v;
        else if (tag_is(t, DT_MIPS_LOCAL_GOTNO))
            d->local_gotno = v;
        else if (tag_is(t, DT_MIPS_GOTSYM))
            d->gotsym = v;
        else if (tag_is(t, DT_MIPS_SYMTABNO))
            d->symtabno = v;
#endif
    }
}

/* The load base (run-time minus link-time address) of a PIE the kernel
 * started, from AT_PHDR: the program headers' run-time address. lld emits
 * a PT_PHDR giving their link-time address; GNU ld emits none for a static
 * PIE, but both place the program headers right after the ELF header in
 * the first loaded segment (file offset 0), whose link-time address the
 * PT_LOAD gives: that layout is checked (ELF magic, e_phoff) before it is
 * trusted. No symbol is needed: __ehdr_start is undefined when the headers
 * are not loaded (GNU ld -N), and any symbol a non-PIE link may lack would
 * be weak and so reached through a GOT entry that is not relocated yet. */
BEFORE_RELOCATION __attribute__((__no_instrument_function__)) static linux_word load_base(
    const struct program_header *phdr, linux_word phnum)
{
    linux_word i;
    const struct elf_header *ehdr = (const struct elf_header *)((linux_word)phdr - ELF_HEADER_SIZE);

    for (i = 0; i < phnum; i++)
        if (phdr[i].type == PT_PHDR)
            return (linux_word)phdr - phdr[i].vaddr;
    for (i = 0; i < phnum; i++)
        if (phdr[i].type == PT_LOAD && phdr[i].offset == 0) {
            if (ehdr->ident[0] != 0x7f || ehdr->ident[1] != 'E' || ehdr->ident[2] != 'L' ||
                ehdr->ident[3] != 'F' || ehdr->phoff != ELF_HEADER_SIZE)
                break;
            return (linux_word)ehdr - phdr[i].vaddr;
        }
    DIE("linux_syscall start-up: cannot find the load base (no PT_PHDR, and the program "
        "headers do not follow the ELF header in the first loaded segment)");
}

#ifdef MIPS_GOT
/* The run-time value of dynamic symbol `index` of a static-PIE, for its
 * global GOT entry or an R_MIPS_REL32 against it: every symbol is the
 * program's own, moved by the load base unless absolute (SHN_ABS); an
 * undefined weak one is 0, an undefined strong one was left to a dynamic
 * linker, which this program does not have. */
__attribute__((__no_instrument_function__)) static linux_word mips_symbol_address(
    const struct symbol *sym, linux_word base)
{
    if (sym->shndx == SHN_UNDEF) {
        if ((sym->info >> 4) != STB_WEAK)
            DIE("linux_syscall start-up: an undefined symbol in a MIPS static-PIE's GOT or "
                "relocations (a symbol left to a dynamic linker; link with -pie "
                "-Wl,--no-dynamic-linker)");
        return 0;
    }
    return sym->shndx == SHN_ABS ? sym->value : base + sym->value;
}

/* The GOT's global part: after the DT_MIPS_LOCAL_GOTNO local entries
 * (which _start relocated, core/src/arch/mips{,64}/start.S), one entry per
 * dynamic symbol from DT_MIPS_GOTSYM up to DT_MIPS_SYMTABNO, set by symbol
 * without relocation records (MIPS psABI; glibc: elf_machine_got_rel).
 * GNU ld and lld leave it empty in a static-PIE of the program's own
 * objects (also with --export-dynamic); a function a shared object was to
 * provide gets an entry there, and is refused. */
__attribute__((__no_instrument_function__)) static void relocate_global_got(
    const struct dynamic_info *d, linux_word base)
{
    linux_word *got;
    const struct symbol *sym;
    linux_word i;

    if (d->pltgot == 0 || d->symtab == 0 || d->gotsym >= d->symtabno)
        return;
    got = (linux_word *)(base + d->pltgot) + d->local_gotno;
    sym = (const struct symbol *)(base + d->symtab) + d->gotsym;
    for (i = d->gotsym; i < d->symtabno; i++, got++, sym++)
        *got = mips_symbol_address(sym, base);
}

/* R_MIPS_REL32 against a symbol adds its value (glibc's reading of the
 * psABI): one with a global GOT entry, that entry (relocated above). The
 * index must be below DT_MIPS_SYMTABNO, and DT_MIPS_GOTSYM (gotsym ~0 when
 * absent) says where the GOT's symbols start: without it, any index would
 * be read as one past the local entries, possibly beyond the GOT. */
__attribute__((__no_instrument_function__)) static linux_word mips_symbol_value(
    const struct dynamic_info *d, linux_word base, linux_word index)
{
    if (d->gotsym == ~(linux_word)0)
        DIE("linux_syscall start-up: a MIPS relocation against a symbol, and no "
            "DT_MIPS_GOTSYM");
    if (index >= d->symtabno)
        DIE("linux_syscall start-up: a MIPS relocation against a symbol at or beyond "
            "DT_MIPS_SYMTABNO");
    if (index >= d->gotsym && d->pltgot != 0)
        return ((const linux_word *)(base + d->pltgot))[d->local_gotno + index - d->gotsym];
    if (d->symtab == 0)
        DIE("linux_syscall start-up: a relocation against a symbol, and no DT_SYMTAB");
    return mips_symbol_address((const struct symbol *)(base + d->symtab) + index, base);
}
#endif

BEFORE_RELOCATION __attribute__((__no_instrument_function__)) static void apply_relocations(const linux_word *auxv)
{
    const struct program_header *phdr = NULL;
    linux_word phnum = 0, i, base;
    linux_word dynamic_vaddr = 0;
    int have_dynamic = 0;
    struct dynamic_info d;
    const unsigned char *end;

    for (i = 0; auxv[i] != AT_NULL; i += 2) {
        if (auxv[i] == AT_PHDR)
            phdr = (const struct program_header *)auxv[i + 1];
        else if (auxv[i] == AT_PHNUM)
            phnum = auxv[i + 1];
    }
    /* The kernel reports AT_PHDR 0 when no PT_LOAD covers the program
     * headers (e.g. lld -N). A PIE always loads them (PT_PHDR), so such a
     * program is static and not PIE: nothing to relocate. */
    if (phdr == NULL)
        return;
    for (i = 0; i < phnum; i++) {
        /* ld.so started this program (a dynamic PIE: gcc -nostdlib -pie, or
         * what Debian's arm and riscv64 gcc make of -static-pie) and has
         * already applied every relocation; applying the RELATIVE ones a
         * second time would add the base twice. */
        if (phdr[i].type == PT_INTERP)
            return;
        if (phdr[i].type == PT_DYNAMIC) {
            dynamic_vaddr = phdr[i].vaddr;
            have_dynamic = 1;
        }
    }
    if (!have_dynamic)
        return; /* static, not PIE: nothing to relocate */
    base = load_base(phdr, phnum);

    /* member by member: an initialiser could become a memset call */
    d.rela = d.relasz = d.relaent = d.rel = d.relsz = d.relent = 0;
    d.relr = d.relrsz = d.relrent = d.pltrelsz = d.textrel = 0;
#ifdef MIPS_GOT
    d.pltgot = d.symtab = d.local_gotno = d.symtabno = 0;
    d.gotsym = ~(linux_word)0; /* absent: no global entries */
#endif
    read_dynamic((const struct dynamic_entry *)(base + dynamic_vaddr), &d);
    if (d.pltrelsz != 0)
        DIE("linux_syscall start-up: PLT relocations in a static-PIE (a symbol left to a "
            "dynamic linker; link with -pie -Wl,--no-dynamic-linker)");
    if (d.textrel != 0)
        DIE("linux_syscall start-up: text relocations (code not position-independent)");
#ifdef MIPS_GOT
    relocate_global_got(&d, base);
#endif

    if (d.rela != 0) {
        const struct rela_entry *r = (const struct rela_entry *)(base + d.rela);
        if (d.relaent != sizeof *r)
            DIE("linux_syscall start-up: unexpected DT_RELAENT");
        for (end = (const unsigned char *)r + d.relasz; (const unsigned char *)r < end; r++) {
            if (RELOC_TYPE(r->info) == R_NONE)
                continue; /* a placeholder, as glibc's ld.so treats it */
            if (RELOC_TYPE(r->info) != R_RELATIVE)
                DIE("linux_syscall start-up: relocation other than RELATIVE in a static-PIE "
                    "(link with -pie -Wl,--no-dynamic-linker, or clang -static-pie)");
            *(linux_word *)(base + r->offset) = base + (linux_word)r->addend;
        }
    }
    if (d.rel != 0) {
        const struct rel_entry *r = (const struct rel_entry *)(base + d.rel);
        if (d.relent != sizeof *r)
            DIE("linux_syscall start-up: unexpected DT_RELENT");
        for (end = (const unsigned char *)r + d.relsz; (const unsigned char *)r < end; r++) {
            if (RELOC_TYPE(r->info) == R_NONE)
                continue;
            if (RELOC_TYPE(r->info) != R_RELATIVE)
                DIE("linux_syscall start-up: relocation other than RELATIVE in a static-PIE "
                    "(link with -pie -Wl,--no-dynamic-linker, or clang -static-pie)");
#ifdef MIPS_GOT
            if (RELOC_SYM(r->info) != 0) {
                *(linux_word *)(base + r->offset) +=
                    mips_symbol_value(&d, base, RELOC_SYM(r->info));
                continue;
            }
#endif
            *(linux_word *)(base + r->offset) += base;
        }
    }
    if (d.relr != 0) {
        /* Packed relative relocations (-z pack-relative-relocs): an even
         * entry is an address, relocates that word and puts the cursor after
         * it; an odd entry is a bitmap whose bits 1.. select words among
         * the 8*sizeof(word)-1 from the cursor on. */
        const linux_word *e = (const linux_word *)(base + d.relr);
        linux_word *where = NULL;
        if (d.relrent != sizeof *e)
            DIE("linux_syscall start-up: unexpected DT_RELRENT");
        for (end = (const unsigned char *)e + d.relrsz; (const unsigned char *)e < end; e++) {
            if ((*e & 1) == 0) {
                where = (linux_word *)(base + *e);
                *where++ += base;
            } else {
                linux_word bits = *e >> 1, k;
                for (k = 0; bits != 0; bits >>= 1, k++)
                    if (bits & 1)
                        where[k] += base;
                where += 8 * sizeof(linux_word) - 1;
            }
        }
    }
}

/* Separate and never inlined, so that nothing that reads a relocated word
 * is scheduled before the relocations are done. */
static __attribute__((__noinline__, __noreturn__)) void run_main(linux_word *initial_sp,
                                                                 const linux_word *auxv)
{
    int argc = (int)initial_sp[0];
    char **argv = (char **)(initial_sp + 1);
    char **envp = argv + argc + 1;
    int status;

#if defined(__powerpc__) && !defined(__powerpc64__)
    /* r13 = _SDA_BASE_, as glibc's crt1 sets it: gcc's default
     * -msdata=data addresses .sdata like other data, but code built with
     * -msdata=sysv or -msdata=eabi reaches it relative to r13. Taken here,
     * relocated, rather than in _start: lld defines the symbol absolute 0
     * (it has no small-data relocations), which a PC-relative reference
     * in a PIE cannot name. Both compilers keep r13 for this (fixed). */
    {
        extern char _SDA_BASE_[] __attribute__((__weak__, __visibility__("hidden")));
        __asm__ __volatile__("mr 13, %0" : : "r"(_SDA_BASE_));
    }
#endif
    linux_init_auxv(auxv);
    status = main(argc, argv, envp);
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, status));
}

BEFORE_RELOCATION __attribute__((__no_instrument_function__)) void linux__start_c(linux_word *initial_sp)
{
    linux_word *p = initial_sp + 1 + initial_sp[0] + 1; /* envp */

    while (*p != 0)
        p++;
    p++; /* the auxiliary vector follows envp's NULL */
    apply_relocations(p);
    __asm__ __volatile__("" ::: "memory");
    run_main(initial_sp, p);
}
