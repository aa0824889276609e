/*
 * map_image(): loads a crafted vDSO image (a .so that run.sh builds) as
 * the kernel maps a vDSO, so that a test can hand it over as
 * AT_SYSINFO_EHDR: its PT_LOAD segments at their addresses relative to
 * one base, the rest of the mapping zero (.bss), no relocation (the crafted
 * images have none).
 * Shared by host_test.c and ppc_vdso_test.c; needs <link.h>, <fcntl.h>,
 * <string.h>, <sys/mman.h>, <sys/stat.h> and <unistd.h>.
 *
 * The length is rounded to 64 KiB, the largest page size of any target
 * (ppc64), so the image is whole on every page size; the instruction cache
 * is synchronised because the image holds code that is about to run (a no-op
 * on x86, required on powerpc).
 */
#ifndef TESTS_VDSO_MAP_IMAGE_H
#define TESTS_VDSO_MAP_IMAGE_H

static void *map_image(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    unsigned char *file, *image;
    const ElfW(Ehdr) *eh;
    const ElfW(Phdr) *ph;
    size_t end = 0;
    int i;

    if (fd < 0 || fstat(fd, &st) != 0)
        return NULL;
    file = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (file == MAP_FAILED)
        return NULL;
    eh = (const ElfW(Ehdr) *)file;
    ph = (const ElfW(Phdr) *)(file + eh->e_phoff);
    for (i = 0; i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr + ph[i].p_memsz > end)
            end = ph[i].p_vaddr + ph[i].p_memsz;
    *len = (end + 65535) & ~(size_t)65535;
    image = mmap(NULL, *len, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (image == MAP_FAILED)
        return NULL;
    for (i = 0; i < eh->e_phnum; i++)
        if (ph[i].p_type == PT_LOAD)
            memcpy(image + ph[i].p_vaddr, file + ph[i].p_offset, ph[i].p_filesz);
    munmap(file, (size_t)st.st_size);
    __builtin___clear_cache((char *)image, (char *)image + *len);
    return image;
}

#endif
