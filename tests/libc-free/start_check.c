/*
 * What main() may rely on from the public start-up (core/src/start), in a
 * program without libc, checked from inside. Run by tests/libc-free/run.py
 * (suite 55-libc-free) as
 *     start_check one two three     with LIBC_FREE_CHECK=marker in the environment
 * Speaks tests/lib/check.h; its notes are "# load address 0x..." (a static
 * object's address, compared across runs for ASLR), "# vdso yes|no" and
 * "# x86 entry set|unset|n/a"; on MIPS (abicalls) also "# mips got ...".
 * Built with -DSTART_CHECK_ABS_SYM and -Wl,--defsym=abs_sym=0x1234 (suite
 * 55's mips-abs-got cell), it also checks an absolute symbol's GOT entry.
 */
#include "linux_syscall.h"

#include "../lib/check.h"

#include <stddef.h>
#include <stdint.h>

int linux__auxv_source(void); /* core/src/auxv.c, for tests: 1 = linux_init_auxv() */

#define AT_NULL 0
#define AT_SYSINFO 32
#define AT_SYSINFO_EHDR 33

static int same(const char *a, const char *b)
{
    while (*a != '\0' && *a == *b)
        a++, b++;
    return *a == *b;
}

/* Pointers in static data: R_*_RELATIVE relocations in a static-PIE. Read
 * through volatile pointers, so that the compiler cannot fold them away. */
static const char alpha[] = "alpha", beta[] = "beta";
static const char *const words[] = {alpha, beta};
static const char *const *volatile word_table = words;
static int answer(void) { return 42; }
static int (*volatile answer_pointer)(void) = answer;
static int load_marker;

#ifdef START_CHECK_ABS_SYM
/* GNU ld gives an absolute symbol a global GOT entry (DT_MIPS_GOTSYM <
 * DT_MIPS_SYMTABNO): the only way a static-PIE of one's own objects gets
 * one, so the start-up's global-GOT path runs. Not hidden: hidden, it
 * would be a local entry, which the load delta would wrongly move. */
extern char abs_sym[];
#endif

#if defined(__mips__) && defined(__mips_abicalls)
/* The GOT against the program's own file (/proc/self/exe; qemu-user
 * serves the guest's): the local entries must hold their link-time value
 * plus the load base, except got[0] and a got[1] with its MSB set (GNU's
 * module pointer), which keep it (unless a PT_INTERP's ld.so ran first:
 * they are its resolver and link map); each global entry its symbol's
 * value; the word after the GOT its file value (0 past the file part: GNU ld and
 * lld end the segment's file part with .got and align .bss after it). A
 * local count off by one either way in start.S fails here, which the
 * programs do not show: the linkers pad the local part with unused entries
 * and nothing reads the padding after it. Everything but the run-time GOT
 * comes from the file, the load base from AT_ENTRY - e_entry, so that
 * nothing the start-up computed is trusted. Read before any output: the
 * GOT is taken first, the file goes to the stack. */
#define GOT_MAX 512
#define DT_PLTGOT 3
#define DT_SYMTAB 6
#define DT_MIPS_LOCAL_GOTNO 0x7000000a
#define DT_MIPS_SYMTABNO 0x70000011
#define DT_MIPS_GOTSYM 0x70000013
#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define SHN_UNDEF 0
#define SHN_ABS 0xfff1
#define AT_PHDR 3
#define AT_PHNUM 5
#define AT_ENTRY 9

struct got_report {
    const char *error; /* the check could not be made */
    int not_pie;       /* no PT_DYNAMIC: nothing relocated, nothing to check */
    int not_self;      /* /proc/self/exe is ld.so, run as `ld.so ./check` */
    int interp;        /* PT_INTERP: ld.so relocated it and owns got[0], got[1] */
    linux_word local, global, module_pointer;
    linux_word bad_local, local_got, local_want;       /* bad_local: index or ~0 */
    linux_word bad_reserved, reserved_got, reserved_want;
    linux_word bad_global, global_got, global_want;
    linux_word after_got, after_want;
};

static int file_read(int fd, linux_word offset, void *buf, linux_word size)
{
    unsigned char *p = buf;
    linux_result r = linux_syscall(LINUX_SYS_lseek, fd, offset, 0 /* SEEK_SET */);
    if (linux_result_is_error(r) || linux_result_raw(r) != offset)
        return -1;
    while (size > 0) {
        linux_word n;
        r = linux_syscall(LINUX_SYS_read, fd, p, size);
        n = linux_result_raw(r);
        if (linux_result_is_error(r) || n == 0)
            return -1;
        p += n, size -= n;
    }
    return 0;
}

#ifdef __LP64__
struct file_header {
    unsigned char ident[16];
    uint16_t type, machine;
    uint32_t version;
    uint64_t entry, phoff, shoff;
    uint32_t flags;
    uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};
struct file_segment {
    uint32_t type, flags;
    uint64_t offset, vaddr, paddr, filesz, memsz, align;
};
struct file_symbol {
    uint32_t name;
    unsigned char info, other;
    uint16_t shndx;
    uint64_t value, size;
};
#else
struct file_header {
    unsigned char ident[16];
    uint16_t type, machine;
    uint32_t version, entry, phoff, shoff, flags;
    uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};
struct file_segment {
    uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
};
struct file_symbol {
    uint32_t name, value, size;
    unsigned char info, other;
    uint16_t shndx;
};
#endif

/* The file offset of link-time address vaddr; *past_file: it is in a
 * segment's zero-filled part. ~0 if no segment holds it. */
static linux_word file_offset(const struct file_segment *ph, int phnum, linux_word vaddr,
                              int *past_file)
{
    int i;
    for (i = 0; i < phnum; i++)
        if (ph[i].type == PT_LOAD && vaddr >= ph[i].vaddr && vaddr < ph[i].vaddr + ph[i].memsz) {
            *past_file = vaddr + sizeof(linux_word) > ph[i].vaddr + ph[i].filesz;
            return vaddr - ph[i].vaddr + ph[i].offset;
        }
    return ~(linux_word)0;
}

static void mips_got_check(const linux_word *auxv, struct got_report *rep)
{
    struct file_header eh;
    struct file_segment ph[16];
    linux_word dyn[2], run_got[GOT_MAX], file_word, entry = 0, base, off, i, first;
    linux_word run_phdr = 0, run_phnum = 0;
    linux_word pltgot = 0, symtab = 0, local = 0, gotsym = 0, symtabno = 0, dyn_off = 0;
    const linux_word *got;
    int fd, past, have_dynamic = 0;
    linux_result r;

    rep->bad_local = rep->bad_reserved = rep->bad_global = ~(linux_word)0;
    rep->error = NULL;
    rep->not_pie = rep->interp = rep->not_self = 0;
    rep->module_pointer = rep->after_got = rep->after_want = 0;
    for (i = 0; auxv[i] != AT_NULL; i += 2)
        if (auxv[i] == AT_ENTRY)
            entry = auxv[i + 1];
        else if (auxv[i] == AT_PHDR)
            run_phdr = auxv[i + 1];
        else if (auxv[i] == AT_PHNUM)
            run_phnum = auxv[i + 1];
    r = linux_syscall(LINUX_SYS_openat, -100 /* AT_FDCWD */, "/proc/self/exe", 0);
    if (linux_result_is_error(r)) {
        rep->error = "cannot open /proc/self/exe";
        return;
    }
    fd = (int)linux_result_raw(r);
    if (file_read(fd, 0, &eh, sizeof eh) != 0 || eh.phentsize != sizeof ph[0] ||
        eh.phnum > 16 || file_read(fd, eh.phoff, ph, eh.phnum * sizeof ph[0]) != 0) {
        rep->error = "cannot read the ELF and program headers";
        return;
    }
    /* the file is this program only if its program headers are the
     * loaded ones (ld.so run as a program is /proc/self/exe) */
    for (i = 0; run_phdr != 0 && run_phnum == eh.phnum && i < run_phnum * sizeof ph[0]; i++)
        if (((const unsigned char *)run_phdr)[i] != ((const unsigned char *)ph)[i])
            break;
    if (run_phdr == 0 || run_phnum != eh.phnum || i != run_phnum * sizeof ph[0]) {
        rep->not_self = 1;
        return;
    }
    base = entry - eh.entry;
    for (i = 0; i < eh.phnum; i++)
        if (ph[i].type == PT_DYNAMIC)
            dyn_off = ph[i].offset, have_dynamic = 1;
        else if (ph[i].type == PT_INTERP)
            rep->interp = 1;
    if (!have_dynamic) {
        rep->not_pie = 1;
        return;
    }
    for (;; dyn_off += sizeof dyn) {
        if (file_read(fd, dyn_off, dyn, sizeof dyn) != 0) {
            rep->error = "cannot read the dynamic section";
            return;
        }
        if (dyn[0] == 0)
            break;
        if (dyn[0] == DT_PLTGOT)
            pltgot = dyn[1];
        else if (dyn[0] == DT_SYMTAB)
            symtab = dyn[1];
        else if (dyn[0] == DT_MIPS_LOCAL_GOTNO)
            local = dyn[1];
        else if (dyn[0] == DT_MIPS_GOTSYM)
            gotsym = dyn[1];
        else if (dyn[0] == DT_MIPS_SYMTABNO)
            symtabno = dyn[1];
    }
    rep->local = local;
    rep->global = symtabno > gotsym ? symtabno - gotsym : 0;
    if (pltgot == 0 || local < 2 || local + rep->global + 1 > GOT_MAX) {
        rep->error = "no DT_PLTGOT, fewer than 2 local entries or a GOT too large";
        return;
    }
    got = (const linux_word *)(base + pltgot);
    /* the run-time GOT and the word after it, before anything else writes */
    for (i = 0; i < local + rep->global + 1; i++)
        run_got[i] = ((const volatile linux_word *)got)[i];
    for (i = 0; i < local + rep->global + 1; i++) {
        off = file_offset(ph, eh.phnum, pltgot + i * sizeof(linux_word), &past);
        if (off == ~(linux_word)0) {
            if (i == local + rep->global)
                break; /* the GOT ends the last segment: no word after it */
            rep->error = "a GOT entry outside every PT_LOAD";
            return;
        }
        file_word = 0;
        if (!past && file_read(fd, off, &file_word, sizeof file_word) != 0) {
            rep->error = "cannot read the GOT from the file";
            return;
        }
        if (i == 1)
            rep->module_pointer = file_word >> (8 * sizeof(linux_word) - 1);
        first = rep->module_pointer ? 2 : 1;
        if (i < first) {
            if (!rep->interp && run_got[i] != file_word &&
                rep->bad_reserved == ~(linux_word)0)
                rep->bad_reserved = i, rep->reserved_got = run_got[i],
                rep->reserved_want = file_word;
        } else if (i < local) {
            if (run_got[i] != file_word + base && rep->bad_local == ~(linux_word)0)
                rep->bad_local = i, rep->local_got = run_got[i], rep->local_want = file_word + base;
        } else if (i < local + rep->global) {
            struct file_symbol sym;
            linux_word want;
            if (symtab == 0 || (off = file_offset(ph, eh.phnum, symtab, &past)) == ~(linux_word)0 ||
                file_read(fd, off + (gotsym + i - local) * sizeof sym, &sym, sizeof sym) != 0) {
                rep->error = "cannot read a global entry's symbol";
                return;
            }
            want = sym.shndx == SHN_ABS ? sym.value : sym.shndx == SHN_UNDEF ? 0 : base + sym.value;
            if (run_got[i] != want && rep->bad_global == ~(linux_word)0)
                rep->bad_global = i, rep->global_got = run_got[i], rep->global_want = want;
        } else {
            rep->after_got = run_got[i];
            rep->after_want = file_word;
        }
    }
    (void)linux_check(linux_syscall(LINUX_SYS_close, fd));
}

static void report_got(const struct got_report *rep)
{
    if (rep->error != NULL) {
        check_fail("start.mips_got_against_file", rep->error);
        return;
    }
    if (rep->not_pie || rep->not_self) {
        check_note(rep->not_pie ? "mips got: not a PIE"
                                : "mips got: /proc/self/exe is not this program (ld.so ./check)");
        return;
    }
    check_out_str("# mips got: ");
    check_out_u64(rep->local);
    check_out_str(" local, ");
    check_out_u64(rep->global);
    check_out_str(rep->module_pointer ? " global, got[1] module pointer" : " global");
    check_out_str(rep->interp ? ", relocated by ld.so" : "");
    check_line_end();
    CHECK_EQUAL_UINT("start.mips_got_reserved_entries_kept (first bad index)", rep->bad_reserved,
                     ~(linux_word)0);
    if (rep->bad_reserved != ~(linux_word)0)
        CHECK_EQUAL_UINT("start.mips_got_reserved_entry", rep->reserved_got, rep->reserved_want);
    CHECK_EQUAL_UINT("start.mips_got_local_entries_moved_by_base (first bad index)",
                     rep->bad_local, ~(linux_word)0);
    if (rep->bad_local != ~(linux_word)0)
        CHECK_EQUAL_UINT("start.mips_got_local_entry", rep->local_got, rep->local_want);
    CHECK_EQUAL_UINT("start.mips_got_global_entries_hold_symbol_values (first bad index)",
                     rep->bad_global, ~(linux_word)0);
    if (rep->bad_global != ~(linux_word)0)
        CHECK_EQUAL_UINT("start.mips_got_global_entry", rep->global_got, rep->global_want);
    CHECK_EQUAL_UINT("start.mips_got_word_after_the_got_unchanged", rep->after_got,
                     rep->after_want);
}
#endif

int main(int argc, char **argv, char **envp)
{
    /* first, before any library call could look the vector up itself */
    int source = linux__auxv_source();
    const linux_word *auxv;
#if defined(__mips__) && defined(__mips_abicalls)
    struct got_report got_report;
#endif
    linux_word ehdr = 0, sysinfo = 0;
    struct linux_timespec now;
    int found = 0, i;
    char **e;

#if defined(__mips__) && defined(__mips_abicalls)
    for (e = envp; *e != NULL; e++)
        ;
    mips_got_check((const linux_word *)(const void *)(e + 1), &got_report);
#endif
    CHECK_EQUAL_INT("start.linux_init_auxv_before_main (auxv source 1)", source, 1);
    CHECK_EQUAL_INT("start.argc", argc, 4);
    CHECK_TRUE("start.argv", argc >= 4 && same(argv[1], "one") && same(argv[2], "two") &&
                                 same(argv[3], "three"));
    CHECK_TRUE("start.argv_ends_with_null", argc >= 0 && argv[argc] == NULL);
    CHECK_TRUE("start.envp_follows_argv", envp == argv + argc + 1);
    for (e = envp; *e != NULL; e++)
        found |= same(*e, "LIBC_FREE_CHECK=marker");
    CHECK_TRUE("start.envp_holds_marker", found);

    CHECK_TRUE("start.static_pointers_relocated",
               word_table[0] == alpha && word_table[1] == beta && same(word_table[1], "beta"));
    CHECK_EQUAL_INT("start.static_function_pointer_relocated", answer_pointer(), 42);

    auxv = (const linux_word *)(const void *)(e + 1);
    for (i = 0; auxv[i] != AT_NULL; i += 2) {
        if (auxv[i] == AT_SYSINFO_EHDR)
            ehdr = auxv[i + 1];
        else if (auxv[i] == AT_SYSINFO)
            sysinfo = auxv[i + 1];
    }
    CHECK_EQUAL_UINT("start.vdso_base_is_kernel_AT_SYSINFO_EHDR", (uintptr_t)linux_vdso_base(),
                     ehdr);
#if defined(__i386__) && !defined(LINUX_SYSCALL_X86_INT80)
    CHECK_EQUAL_UINT("start.x86_entry_is_kernel_AT_SYSINFO", linux_x86_vsyscall_entry(), sysinfo);
    check_note(linux_x86_vsyscall_entry() != 0 ? "x86 entry set" : "x86 entry unset");
#else
    (void)sysinfo;
    check_note("x86 entry n/a");
#endif
    check_note(ehdr != 0 ? "vdso yes" : "vdso no");
#if defined(__mips__) && defined(__mips_abicalls)
    report_got(&got_report);
#endif
#ifdef START_CHECK_ABS_SYM
    CHECK_EQUAL_UINT("start.absolute_symbol_through_the_got", (uintptr_t)abs_sym, 0x1234);
#endif

    CHECK_TRUE("clock_gettime.realtime",
               linux_clock_gettime(LINUX_CLOCK_REALTIME, &now) == 0 && now.tv_sec > 0 &&
                   now.tv_nsec >= 0 && now.tv_nsec < 1000000000);

    check_out_str("# load address ");
    check_out_hex((uintptr_t)&load_marker);
    check_line_end();
    return check_finish();
}
