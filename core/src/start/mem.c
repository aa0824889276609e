/*
 * memcpy, memmove, memset and memcmp for programs without libc: the four
 * functions gcc and clang call even in -ffreestanding code (struct copies
 * and assignments, large initialisers, loops they recognise), which the
 * C standard library would otherwise provide. Opt-in (not in the start
 * object): a program that has its own, or links another library that
 * has them, must not get a second definition. Byte loops: small, correct
 * for any alignment; a program that copies much brings faster ones.
 */
#include <stddef.h>

/* GCC would otherwise recognise these loops as memset/memcpy and call
 * themselves; clang already refuses to do that inside functions of these
 * names. */
#if defined(__GNUC__) && !defined(__clang__)
#define NO_LOOP_IDIOMS __attribute__((__optimize__("no-tree-loop-distribute-patterns")))
#else
#define NO_LOOP_IDIOMS
#endif

NO_LOOP_IDIOMS __attribute__((__used__)) void *memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = (unsigned char *)dst;
    const unsigned char *s = (const unsigned char *)src;
    while (n--)
        *d++ = *s++;
    return dst;
}

NO_LOOP_IDIOMS __attribute__((__used__)) void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = (unsigned char *)dst;
    const unsigned char *s = (const unsigned char *)src;
    if (d < s) {
        while (n--)
            *d++ = *s++;
    } else {
        while (n--)
            d[n] = s[n];
    }
    return dst;
}

NO_LOOP_IDIOMS __attribute__((__used__)) void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = (unsigned char *)dst;
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

NO_LOOP_IDIOMS __attribute__((__used__)) int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = (const unsigned char *)a;
    const unsigned char *y = (const unsigned char *)b;
    for (; n != 0; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}
