/*
 * Every module finds the fast entry by itself (tests/x86/run.sh, "modules").
 *
 * The program is linked against libfoo.so (which contains the library, so
 * the library's start-up code is not linked into the program) and
 * dlopen()s plugin.so (header only). Each module has its own entry word;
 * none but libfoo.so has start-up code that sets it. The program defines
 * getauxval() (exported, so every module's lookup finds it before libc's):
 * AT_SYSINFO is a counting stand-in for __kernel_vsyscall
 * (tests/vfork/fake_vsyscall_x86.S), or, with FAKE_NO_SYSINFO set in the
 * environment, there is none and getauxval() sets errno to ENOENT, as
 * glibc's does.
 *
 * Checked for the program, libfoo.so and the plugin: with AT_SYSINFO,
 * every call, the very first one included, goes through the stand-in
 * exactly once, and the module's linux_x86_vsyscall_entry() names it;
 * without, no call goes through it, the entry reads 0 and the first call
 * of a module leaves errno as it was. Output: tests/lib/check.h.
 *
 *   modules_main PLUGIN_PATH
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "linux_syscall.h"

#include "check.h" /* tests/lib */

extern void vfork_test_fake_vsyscall(void);
extern unsigned vfork_test_fake_vsyscall_calls;
linux_word modules_foo_getppid(void);
linux_word modules_foo_entry(void);

#define AT_SYSINFO 32

unsigned long getauxval(unsigned long type);
unsigned long getauxval(unsigned long type)
{
    if (type == AT_SYSINFO && getenv("FAKE_NO_SYSINFO") == NULL)
        return (unsigned long)(uintptr_t)vfork_test_fake_vsyscall;
    errno = ENOENT;
    return 0;
}

static linux_word main_getppid(void)
{
    return linux_result_raw(linux_syscall(LINUX_SYS_getppid));
}

static linux_word main_entry(void)
{
    return linux_x86_vsyscall_entry();
}

struct module {
    const char *name;
    linux_word (*get_ppid)(void);
    linux_word (*entry)(void);
    /* measured before anything is printed (printing makes calls) */
    unsigned first_calls, second_calls;
    int errno_after_first;
    linux_word first_ppid, second_ppid, entry_seen;
};

static void measure(struct module *m)
{
    unsigned before = vfork_test_fake_vsyscall_calls;
    errno = 4321;
    m->first_ppid = m->get_ppid();
    m->errno_after_first = errno;
    m->first_calls = vfork_test_fake_vsyscall_calls - before;
    before = vfork_test_fake_vsyscall_calls;
    m->second_ppid = m->get_ppid();
    m->second_calls = vfork_test_fake_vsyscall_calls - before;
    m->entry_seen = m->entry();
}

int main(int argc, char **argv)
{
    int have_sysinfo = getenv("FAKE_NO_SYSINFO") == NULL;
    unsigned want_calls = have_sysinfo ? 1 : 0;
    linux_word want_entry = have_sysinfo ? (linux_word)(uintptr_t)vfork_test_fake_vsyscall : 0;
    struct module modules[3] = {
        {"program", main_getppid, main_entry, 0, 0, 0, 0, 0, 0},
        {"libfoo", modules_foo_getppid, modules_foo_entry, 0, 0, 0, 0, 0, 0},
        {"plugin", 0, 0, 0, 0, 0, 0, 0, 0},
    };
    void *plugin;
    linux_word ppid;
    int i, count = 2;

    measure(&modules[0]); /* first: before check.h writes anything */
    measure(&modules[1]);
    plugin = argc > 1 ? dlopen(argv[1], RTLD_NOW) : NULL;
    if (plugin != NULL) {
        *(void **)&modules[2].get_ppid = dlsym(plugin, "modules_plugin_getppid");
        *(void **)&modules[2].entry = dlsym(plugin, "modules_plugin_entry");
        if (modules[2].get_ppid != NULL && modules[2].entry != NULL) {
            measure(&modules[2]);
            count = 3;
        }
    }
    ppid = (linux_word)getppid();
    check_note(have_sysinfo ? "AT_SYSINFO: the counting stand-in" : "no AT_SYSINFO");
    CHECK_TRUE("modules.plugin_loaded", count == 3);
    for (i = 0; i < count; i++) {
        struct module *m = &modules[i];
        char name[96];
#define NAME(what) (name[0] = 0, strcat(strcat(strcpy(name, "modules."), m->name), what))
        CHECK_EQUAL_UINT(NAME(".first_call_through_entry"), m->first_calls, want_calls);
        CHECK_EQUAL_UINT(NAME(".second_call_through_entry"), m->second_calls, want_calls);
        CHECK_EQUAL_UINT(NAME(".getppid_right"), m->first_ppid == ppid && m->second_ppid == ppid, 1);
        CHECK_EQUAL_UINT(NAME(".entry_reads"), m->entry_seen, want_entry);
        CHECK_EQUAL_INT(NAME(".first_call_keeps_errno"), m->errno_after_first, 4321);
    }
    return check_finish();
}
