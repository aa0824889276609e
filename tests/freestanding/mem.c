/*
 * tests/freestanding/mem.c: the four functions compilers call even in
 * freestanding code (struct copies, zero-initialised arrays), for every
 * freestanding test program: tests/freestanding (the matrix) and
 * tests/trampoline. No libc is linked, so somebody has to provide them.
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
