/* The shared library of plt_die.c. */
int lib_value(void)
{
    return 7;
}
