/*
 * The start-up scan of tests/auxv/startup_auxv.c, when an earlier
 * constructor has changed `environ` (issue 9, defect 4, and the cold
 * review of the scan's bound):
 *   unmapped       environ is a two-entry array ending at the last word of
 *                  a page whose next page is unmapped: scanning past it
 *                  faulted;
 *   above_stack    the same, but the page lies above the [stack] mapping
 *                  (mapped at a hint; qemu-user puts every mapping there),
 *                  so the test against the constructor's frame passes:
 *                  scanning past it faulted (found under qemu-aarch64);
 *   empty_above_stack  an empty array (one null) at the end of such a page;
 *   string_above_hole  the array at the end of such a page, its string two
 *                  pages higher, an unmapped page between;
 *   lookalike      environ is a static array followed by words that look
 *                  like an auxiliary vector with a fake AT_SYSINFO_EHDR: it
 *                  was believed, and the first time call jumped into nowhere;
 *   unsetenv       unsetenv() shifted the stack array in place and left an
 *                  extra null pointer: the scan gave up and read /proc;
 *   replaced_strings  every pointer of the stack array replaced in place by
 *                  a heap copy (as glibc's start-up does with GLIBC_TUNABLES,
 *                  and putenv over an existing name): no environment string
 *                  is left on the stack, the vector still must be found.
 * The three *above* modes are skipped when nothing can be mapped above the
 * stack. Where the program links getauxval (static glibc on aarch64), the
 * library asks it and reads no stack: unsetenv and replaced_strings then
 * expect that source.
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
extern unsigned long getauxval(unsigned long type) __attribute__((__weak__));
int linux__auxv_source(void);

#define SOURCE_GETAUXVAL 2
#define SOURCE_STARTUP_STACK 3
#define AT_SYSINFO_EHDR_ 33

static const char *mode = "";
static int no_room_above_stack;

static struct {
    char *env[2];
    unsigned long fake_auxv[6];
} lookalike = {{"X=1", NULL}, {6 /* AT_PAGESZ */, 4096, AT_SYSINFO_EHDR_, 0x12345000, 0, 0}};

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

/* pages pages mapped at a hint above the stack, or NULL when no hint
 * there was granted. */
static char *map_above_stack(size_t page, size_t pages)
{
    unsigned long top = stack_end(), k;
    for (k = 1; top != 0 && k <= 64; k++) {
        char *want = (char *)(top + k * 16 * page);
        char *p = mmap(want, pages * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == want)
            return p;
        if (p != MAP_FAILED)
            munmap(p, pages * page);
    }
    return NULL;
}

static void unmap_or_abort(char *p, size_t len)
{
    if (munmap(p, len) != 0)
        abort();
}

/* environ becomes a two-word array {first, NULL} ending at the last word
 * of the page at p; the page after it is unmapped by the caller. */
static void array_at_page_end(char *p, size_t page, char *first)
{
    char **e = (char **)(void *)(p + page) - 2;
    e[0] = first;
    e[1] = NULL;
    environ = first != NULL ? e : e + 1;
}

static int is(const char *m)
{
    return strcmp(mode, m) == 0;
}

__attribute__((__constructor__(101))) static void change_environ_first(void)
{
    const char *m = getenv("AUXV_TEST_MODE");
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    char *p, **e;
    mode = m ? m : "";
    if (is("unmapped")) {
        p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            abort();
        unmap_or_abort(p + page, page);
        array_at_page_end(p, page, "X=1");
    } else if (is("above_stack") || is("empty_above_stack")) {
        if ((p = map_above_stack(page, 2)) == NULL) {
            no_room_above_stack = 1;
            return;
        }
        unmap_or_abort(p + page, page);
        array_at_page_end(p, page, is("above_stack") ? "X=1" : NULL);
    } else if (is("string_above_hole")) {
        if ((p = map_above_stack(page, 3)) == NULL) {
            no_room_above_stack = 1;
            return;
        }
        strcpy(p + 2 * page, "X=1");
        unmap_or_abort(p + page, page);
        array_at_page_end(p, page, p + 2 * page);
    } else if (is("lookalike")) {
        environ = lookalike.env;
    } else if (is("unsetenv")) {
        unsetenv("AUXV_TEST_DROP_ME");
    } else if (is("replaced_strings")) {
        for (e = environ; *e != NULL; e++)
            if ((*e = strdup(*e)) == NULL)
                abort();
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
    char name[128];

    setvbuf(stdout, NULL, _IONBF, 0); /* notes and check.h lines in order */
    printf("# mode %s: library vDSO %#lx (source %d), kernel's %#lx\n", mode, got,
           linux__auxv_source(), truth);
    check("vdso_base_is_the_kernels", got == truth);
    check("clock_gettime_works", linux_clock_gettime(LINUX_CLOCK_MONOTONIC, &ts) == 0);
    if (no_room_above_stack) {
        snprintf(name, sizeof name, "%s.not_taken_from_a_moved_environ", mode);
        check_skip(name, "no mapping granted at a hint above the [stack] mapping");
    } else if ((is("unsetenv") || is("replaced_strings")) && getauxval != NULL) {
        check("asked_getauxval_linked_into_the_program", linux__auxv_source() == SOURCE_GETAUXVAL);
    } else if (is("unsetenv") || is("replaced_strings")) {
        check("found_on_the_startup_stack", linux__auxv_source() == SOURCE_STARTUP_STACK);
    } else {
        check("not_taken_from_a_moved_environ", linux__auxv_source() != SOURCE_STARTUP_STACK);
    }
    return check_finish();
}
