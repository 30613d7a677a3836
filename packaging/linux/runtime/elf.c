#define _GNU_SOURCE
#include "elf.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_at(int fd, void *buf, size_t size, uint64_t offset)
{
    return pread(fd, buf, size, (off_t)offset) == (ssize_t)size ? 0 : -1;
}

// Only 64-bit little-endian ELF: the runtime is built for x86_64 alone.
static int read_header(int fd, const char *path, Elf64_Ehdr *eh)
{
    if (read_at(fd, eh, sizeof *eh, 0) != 0 || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
        eh->e_ident[EI_CLASS] != ELFCLASS64 || eh->e_ident[EI_DATA] != ELFDATA2LSB) {
        fprintf(stderr, "%s is not a 64-bit little-endian ELF file\n", path);
        return -1;
    }
    return 0;
}

int elf_payload_offset(int fd, const char *path, uint64_t *offset)
{
    Elf64_Ehdr eh;
    int status = read_header(fd, path, &eh);
    if (status == 0)
        *offset = eh.e_shoff + (uint64_t)eh.e_shentsize * eh.e_shnum;
    return status;
}

int elf_find_section(int fd, const char *path, const char *name, uint64_t *offset, uint64_t *size)
{
    Elf64_Ehdr eh;
    Elf64_Shdr *sh = NULL;
    char *names = NULL;
    int status = -1;
    if (read_header(fd, path, &eh) != 0 || eh.e_shentsize != sizeof(Elf64_Shdr) ||
        eh.e_shstrndx >= eh.e_shnum)
        goto done;
    sh = calloc(eh.e_shnum, sizeof *sh);
    if (!sh || read_at(fd, sh, sizeof *sh * eh.e_shnum, eh.e_shoff) != 0)
        goto done;
    const Elf64_Shdr *strtab = &sh[eh.e_shstrndx];
    names = calloc(1, strtab->sh_size + 1);
    if (!names || read_at(fd, names, strtab->sh_size, strtab->sh_offset) != 0)
        goto done;
    for (unsigned i = 0; i < eh.e_shnum; ++i) {
        if (sh[i].sh_name < strtab->sh_size && strcmp(names + sh[i].sh_name, name) == 0) {
            *offset = sh[i].sh_offset;
            *size = sh[i].sh_size;
            status = 0;
            break;
        }
    }
done:
    free(names);
    free(sh);
    return status;
}
