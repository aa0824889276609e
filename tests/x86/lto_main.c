/* tests/x86/run.sh "lto": with tests/x86/lto_a.c, both including the
 * header; built with -flto. Output: tests/lib/check.h. */
#include "linux_syscall.h"

#include "check.h" /* tests/lib */

linux_word lto_other_getppid(void);
/* tests/x86/lto_b.c, where it is linked. */
linux_word lto_third_getppid(void) __attribute__((__weak__));
/* tests/x86/lto_clock.c, where it is linked. */
int lto_clock_works(void) __attribute__((__weak__));

int main(void)
{
    linux_word here = linux_result_raw(linux_syscall(LINUX_SYS_getppid));
    CHECK_TRUE("lto.getppid_same_from_both_units", here == lto_other_getppid() && here > 0);
    if (lto_third_getppid)
        CHECK_TRUE("lto.getppid_same_from_the_third_unit", here == lto_third_getppid());
    if (lto_clock_works)
        CHECK_TRUE("lto.library_clock_gettime", lto_clock_works());
    return check_finish();
}
