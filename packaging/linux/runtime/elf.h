// Reading the runtime's own ELF file: where the appended squashfs starts and where the sections
// the AppImage specification names (.upd_info, .sha256_sig, .sig_key) are in the file.
#ifndef APPIMAGE_RUNTIME_ELF_H
#define APPIMAGE_RUNTIME_ELF_H

#include <stdint.h>

// Both read the open file `fd` (the AppImage named `path` in messages), never a path, so what
// they find is in the very file the signature check reads and the runtime mounts.

// The end of the ELF (offset of the section header table + its size) = the squashfs offset.
// Returns 0 and sets *offset, or -1 with a message on stderr.
int elf_payload_offset(int fd, const char *path, uint64_t *offset);

// The file offset and size of the section called `name`. Returns 0, or -1 when there is none.
int elf_find_section(int fd, const char *path, const char *name, uint64_t *offset, uint64_t *size);

#endif
