/*
 * A static-PIE the start-up must refuse: lib_value() is in a shared
 * library (plt_die_lib.c) on the link line, so the link leaves a PLT
 * relocation for a dynamic linker that a static-PIE does not have.
 * tests/libc-free/run.py expects the start-up's message on stderr and
 * exit status 127, before main runs. The message is written before any
 * relocation is applied, which is what this checks: on targets whose
 * code takes even a string's address from the GOT it came out empty.
 */
int lib_value(void);

int main(int argc, char **argv, char **envp)
{
    (void)argv;
    (void)envp;
    return lib_value() + argc;
}
