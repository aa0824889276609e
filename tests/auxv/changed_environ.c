/*
 * The start-up scan of tests/auxv/startup_auxv.c, when an earlier
 * constructor has changed `environ` (issue 9, defect 4; found by review):
 *   unmapped   environ is a two-entry array ending at the last word of a
 *              page whose next page is unmapped: scanning past it faulted;
 *   lookalike  environ is a static array followed by words that look like
 *              an auxiliary vector with a fake AT_SYSINFO_EHDR: it was
 *              believed, and the first time call jumped into nowhere;
 *   unsetenv   unsetenv() shifted the stack array in place and left an
 *              extra null pointer: the scan gave up and read /proc;
 *   above_stack  as unmapped, but the page lies above the [stack] mapping
 *              (mapped at a hint; qemu-user puts every mapping there), so
 *              the frame test passes: scanning past it faulted (found
 *              under qemu-aarch64). Skipped when nothing can be mapped there.
 * Where the program links getauxval (static glibc on aarch64), the library
 * asks it and reads no stack: unsetenv then expects that source.
 * The mode is the environment variable AUXV_TEST_MODE, read by a
 * constructor that runs before the library's (priority 101). The truth is
 * /proc/self/auxv, read in main() (this program runs outside the sandbox).
 * Speaks tests/lib/check.h (notes through unbuffered stdio).
 */
#define _GNU_SOURCE
#include "linux_syscall.h"

#include "../lib/check.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

extern char **environ;
int linux__auxv_source(void);

#define SOURCE_STARTUP_STACK 3
#define AT_SYSINFO_EHDR_ 33

static const char *mode = "";
static int above_stack_mapped; /* above_stack: 1 mapped, 0 no room (skip) */
extern unsigned long getauxval(unsigned long type) __attribute__((__weak__));
#define SOURCE_GETAUXVAL 2

/* The end of the [stack] mapping, from /proc/self/maps (0 if not found). */
static unsigned long stack_end(void)
{
    char line[512];
    unsigned long lo, hi, end = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (strstr(line, "[stack]") != NULL && sscanf(line, "%lx-%lx", &lo, &hi) == 2)
            end = hi;
    if (f != NULL)
        fclose(f);
    return end;
}

/* Two pages at a hint above the stack, the second unmapped again; the
 * first's address, or NULL when no hint above the stack was granted. */
static char *page_above_stack(long page)
{
    unsigned long top = stack_end(), k;
    for (k = 1; top != 0 && k <= 64; k++) {
        char *want = (char *)(top + k * 16 * (unsigned long)page);
        char *p = mmap(want, 2 * (size_t)page, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == want) {
            if (munmap(p + page, (size_t)page) != 0)
                abort();
            return p;
        }
        if (p != MAP_FAILED)
            munmap(p, 2 * (size_t)page);
    }
    return NULL;
}
static struct {
    char *env[2];
    unsigned long fake_auxv[6];
} lookalike = {{"X=1", NULL}, {6 /* AT_PAGESZ */, 4096, AT_SYSINFO_EHDR_, 0x12345000, 0, 0}};

__attribute__((__constructor__(101))) static void change_environ_first(void)
{
    const char *m = getenv("AUXV_TEST_MODE");
    mode = m ? m : "";
    if (strcmp(mode, "unmapped") == 0 || strcmp(mode, "above_stack") == 0) {
        long page = sysconf(_SC_PAGESIZE);
        char *p;
        if (strcmp(mode, "above_stack") == 0) {
            p = page_above_stack(page);
            above_stack_mapped = p != NULL;
            if (p == NULL)
                return;
        } else {
            p = mmap(NULL, 2 * (size_t)page, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED || munmap(p + page, (size_t)page) != 0)
                abort();
        }
        char **e = (char **)(void *)(p + page) - 2;
        e[0] = "X=1";
        e[1] = NULL;
        environ = e;
    } else if (strcmp(mode, "lookalike") == 0) {
        environ = lookalike.env;
    } else if (strcmp(mode, "unsetenv") == 0) {
        unsetenv("AUXV_TEST_DROP_ME");
    }
}

static unsigned long proc_vdso_base(void)
{
    unsigned long v[256] = {0};
    size_t i;
    int fd = open("/proc/self/auxv", O_RDONLY);
    ssize_t n = fd < 0 ? -1 : read(fd, v, sizeof v - 2 * sizeof v[0]);
    if (fd >= 0)
        close(fd);
    for (i = 0; n > 0 && i + 1 < (size_t)n / sizeof v[0] && v[i] != 0; i += 2)
        if (v[i] == AT_SYSINFO_EHDR_)
            return v[i + 1];
    return 0;
}

/* One check of tests/lib/check.h, named "MODE.NAME". */
static void check(const char *name, int ok)
{
    char full[128];
    snprintf(full, sizeof full, "%s.%s", mode, name);
    check_true(full, ok, "no");
}

int main(void)
{
    unsigned long truth = proc_vdso_base();
    unsigned long got = (unsigned long)(uintptr_t)linux_vdso_base();
    struct linux_timespec ts;

    setvbuf(stdout, NULL, _IONBF, 0); /* notes and check.h lines in order */
    printf("# mode %s: library vDSO %#lx (source %d), kernel's %#lx\n", mode, got,
           linux__auxv_source(), truth);
    check("vdso_base_is_the_kernels", got == truth);
    check("clock_gettime_works", linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts) == 0);
    if (strcmp(mode, "above_stack") == 0 && !above_stack_mapped)
        check_skip("above_stack.not_taken_from_a_moved_environ",
                   "no mapping granted at a hint above the [stack] mapping");
    else if (strcmp(mode, "unsetenv") == 0 && getauxval != NULL)
        check("asked_getauxval_linked_into_the_program", linux__auxv_source() == SOURCE_GETAUXVAL);
    else if (strcmp(mode, "unsetenv") == 0)
        check("found_on_the_startup_stack", linux__auxv_source() == SOURCE_STARTUP_STACK);
    else
        check("not_taken_from_a_moved_environ", linux__auxv_source() != SOURCE_STARTUP_STACK);
    return check_finish();
}
