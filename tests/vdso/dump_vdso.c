/*
 * dump_vdso OUT: copy this process's [vdso] mapping (found in
 * /proc/self/maps, read through /proc/self/mem) to the file OUT, so that
 * tests/suites/40-vdso can read the running kernel's vDSO symbols and
 * versions with an independent tool (llvm-readelf) instead of assuming
 * them. Build it for the ABI whose vDSO is wanted (x86_64, i686). Exits 3
 * when there is no [vdso] (qemu-user), 1 on errors.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char line[512];
    unsigned long lo = 0, hi = 0;
    FILE *maps, *out;
    char *buf;
    int mem;

    if (argc != 2) {
        fprintf(stderr, "usage: %s OUT\n", argv[0]);
        return 1;
    }
    maps = fopen("/proc/self/maps", "r");
    if (!maps) {
        perror("/proc/self/maps");
        return 1;
    }
    while (fgets(line, sizeof line, maps))
        if (strstr(line, "[vdso]") && sscanf(line, "%lx-%lx", &lo, &hi) == 2)
            break;
    fclose(maps);
    if (hi <= lo) {
        fprintf(stderr, "%s: no [vdso] mapping in this process\n", argv[0]);
        return 3;
    }
    buf = malloc(hi - lo);
    mem = open("/proc/self/mem", O_RDONLY);
    if (!buf || mem < 0 || pread(mem, buf, hi - lo, (off_t)lo) != (ssize_t)(hi - lo)) {
        perror("reading the [vdso] mapping through /proc/self/mem");
        return 1;
    }
    out = fopen(argv[1], "wb");
    if (!out || fwrite(buf, 1, hi - lo, out) != hi - lo || fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
