/*
 * 32-bit powerpc: main built with -msdata=sysv -G 8 reaches `small` in
 * .sdata relative to r13 (R_PPC_SDAREL16), which the start-up must set to
 * _SDA_BASE_ as glibc's crt1 does; without it the access faults. Run by
 * tests/libc-free/run.py (suite 55-libc-free): exit 0 on success.
 */
int small = 5;
int *volatile small_address;

int main(int argc, char **argv, char **envp)
{
    (void)argc;
    (void)argv;
    (void)envp;
    small = 6;
    small_address = &small;
    return *small_address == 6 ? 0 : 1;
}
