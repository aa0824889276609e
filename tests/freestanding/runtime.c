/*
 * A minimal runtime for freestanding test programs: no libc, nothing but
 * the linux_syscall library.
 *
 *   start.S  _start -> lsc_freestanding_start(initial stack pointer)
 *   here     applies the program's own relative relocations (static-PIE),
 *            hands the auxiliary vector to linux_init_auxv(), calls
 *            main(argc, argv, envp) and exits with its status through
 *            exit_group.
 *   mem.c    memcpy/memmove/memset/memcmp, which compilers emit calls to
 *            even with -ffreestanding.
 *
 * Static-PIE: the kernel maps an ET_DYN without interpreter at some base
 * and applies no relocations. Code is position-independent, but pointers
 * in static data (and GOT entries) hold link-time addresses until the
 * R_*_RELATIVE relocations are applied, which is done here, before anything
 * reads such a pointer. Any other relocation type would need a symbol
 * lookup, which a static program must not have: it is reported and the
 * program exits with status 127. For a non-PIE static link there is no
 * dynamic section and nothing to do.
 *
 * Until the relocations are applied, this file may only use the stack,
 * the auxiliary vector and PC-relative addresses (hidden symbols, direct
 * calls), and no switch statements (a jump table could hold absolute
 * addresses). No division either: unoptimised arm code would call a
 * libgcc helper, and there is no libgcc.
 */
#include "linux_syscall.h"

#include <stddef.h>
#include <stdint.h>

int main(int argc, char **argv, char **envp);
void lsc_freestanding_start(linux_word *initial_sp) __attribute__((__noreturn__, __used__));

/* The program's own ELF header, defined by GNU ld and lld alike. Hidden
 * and not weak, so its address is formed PC-relatively: a weak symbol
 * (like _DYNAMIC would have to be, since non-PIE links lack it) is reached
 * through a GOT entry, which is itself waiting for relocation. */
extern const unsigned char __ehdr_start[] __attribute__((__visibility__("hidden")));

#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHNUM 5
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_RELAENT 9
#define DT_REL 17
#define DT_RELSZ 18
#define DT_RELENT 19
#define DT_PLTRELSZ 2
#define DT_TEXTREL 22
#define DT_RELRSZ 35
#define DT_RELR 36
#define DT_RELRENT 37
#define DT_TAGS_KEPT 38 /* tags below this are recorded by index */

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
#else
#error "tests/freestanding/runtime.c: unsupported architecture"
#endif

#if defined(__LP64__)
struct program_header {
    uint32_t type, flags;
    linux_word offset, vaddr, paddr, filesz, memsz, align;
};
#define RELOC_TYPE(info) ((info)&0xffffffffu)
#else
struct program_header {
    linux_word type, offset, vaddr, paddr, filesz, memsz, flags, align;
};
#define RELOC_TYPE(info) ((info)&0xffu)
#endif

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

static __attribute__((__noreturn__)) void die(const char *message, size_t length)
{
    (void)linux_check(linux_syscall(LINUX_SYS_write, 2, message, length));
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, 127));
}

#define DIE(literal) die(literal, sizeof(literal) - 1)

static void apply_relocations(const linux_word *auxv)
{
    const struct program_header *phdr = NULL;
    linux_word phnum = 0, i, base;
    linux_word dynamic_vaddr = 0, header_vaddr = 0;
    const struct dynamic_entry *dyn;
    const unsigned char *end;
    linux_word tags[DT_TAGS_KEPT];
    int have_dynamic = 0, have_header = 0;

    for (i = 0; auxv[i] != AT_NULL; i += 2) {
        if (auxv[i] == AT_PHDR)
            phdr = (const struct program_header *)auxv[i + 1];
        if (auxv[i] == AT_PHNUM)
            phnum = auxv[i + 1];
    }
    if (phdr == NULL)
        DIE("freestanding runtime: no AT_PHDR in the auxiliary vector\n");
    for (i = 0; i < phnum; i++) {
        if (phdr[i].type == PT_DYNAMIC) {
            dynamic_vaddr = phdr[i].vaddr;
            have_dynamic = 1;
        }
        if (phdr[i].type == PT_LOAD && phdr[i].offset == 0 && !have_header) {
            header_vaddr = phdr[i].vaddr; /* the segment holding the ELF header */
            have_header = 1;
        }
    }
    if (!have_dynamic)
        return; /* static, not PIE: nothing to relocate */
    if (!have_header)
        DIE("freestanding runtime: the ELF header is not in a loaded segment\n");
    base = (linux_word)__ehdr_start - header_vaddr;

    for (i = 0; i < DT_TAGS_KEPT; i++)
        tags[i] = 0;
    for (dyn = (const struct dynamic_entry *)(base + dynamic_vaddr); dyn->tag != 0; dyn++)
        if (dyn->tag > 0 && dyn->tag < DT_TAGS_KEPT)
            tags[dyn->tag] = dyn->value;
    if (tags[DT_PLTRELSZ] != 0)
        DIE("freestanding runtime: PLT relocations in a static program\n");
    if (tags[DT_TEXTREL] != 0)
        DIE("freestanding runtime: text relocations (code not position-independent)\n");

    if (tags[DT_RELA] != 0) {
        const struct rela_entry *r = (const struct rela_entry *)(base + tags[DT_RELA]);
        if (tags[DT_RELAENT] != sizeof *r)
            DIE("freestanding runtime: unexpected DT_RELAENT\n");
        for (end = (const unsigned char *)r + tags[DT_RELASZ]; (const unsigned char *)r < end; r++) {
            if (RELOC_TYPE(r->info) != R_RELATIVE)
                DIE("freestanding runtime: relocation other than RELATIVE\n");
            *(linux_word *)(base + r->offset) = base + (linux_word)r->addend;
        }
    }
    if (tags[DT_REL] != 0) {
        const struct rel_entry *r = (const struct rel_entry *)(base + tags[DT_REL]);
        if (tags[DT_RELENT] != sizeof *r)
            DIE("freestanding runtime: unexpected DT_RELENT\n");
        for (end = (const unsigned char *)r + tags[DT_RELSZ]; (const unsigned char *)r < end; r++) {
            if (RELOC_TYPE(r->info) != R_RELATIVE)
                DIE("freestanding runtime: relocation other than RELATIVE\n");
            *(linux_word *)(base + r->offset) += base;
        }
    }
    if (tags[DT_RELR] != 0) {
        /* packed relative relocations: an address entry (even) relocates
         * one word and sets the cursor after it; a bitmap entry (odd)
         * relocates the words its bits select among the next 8*size-1 */
        const linux_word *e = (const linux_word *)(base + tags[DT_RELR]);
        linux_word *where = NULL;
        if (tags[DT_RELRENT] != sizeof *e)
            DIE("freestanding runtime: unexpected DT_RELRENT\n");
        for (end = (const unsigned char *)e + tags[DT_RELRSZ]; (const unsigned char *)e < end; e++) {
            if ((*e & 1) == 0) {
                where = (linux_word *)(base + *e);
                *where++ += base;
            } else {
                linux_word bits = *e >> 1;
                linux_word k;
                for (k = 0; bits != 0; bits >>= 1, k++)
                    if (bits & 1)
                        where[k] += base;
                where += 8 * sizeof(linux_word) - 1;
            }
        }
    }
}

/* Separate and not inlined, so nothing that may read a relocated word is
 * scheduled before the relocations are done. */
static __attribute__((__noinline__, __noreturn__)) void run_main(linux_word *initial_sp,
                                                                 const linux_word *auxv)
{
    int argc = (int)initial_sp[0];
    char **argv = (char **)(initial_sp + 1);
    char **envp = argv + argc + 1;
    int status;

    linux_init_auxv(auxv);
    status = main(argc, argv, envp);
    for (;;)
        (void)linux_check(linux_syscall(LINUX_SYS_exit_group, status));
}

void lsc_freestanding_start(linux_word *initial_sp)
{
    linux_word argc = initial_sp[0];
    linux_word *p = initial_sp + 1 + argc + 1; /* envp */
    while (*p != 0)
        p++;
    p++; /* auxv follows envp's NULL */
    apply_relocations(p);
    __asm__ __volatile__("" ::: "memory");
    run_main(initial_sp, p);
}
