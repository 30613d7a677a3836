// Copying the files of the appended squashfs out to a folder, with libsquashfuse.
#ifndef APPIMAGE_RUNTIME_EXTRACT_H
#define APPIMAGE_RUNTIME_EXTRACT_H

#include <stdbool.h>
#include <stdint.h>

// Extracts the image in the open AppImage `fd` (named `appimage` in messages, never reopened) at
// `offset` into `dest`, a folder it creates: an existing one
// is refused. An image with an entry name that is not a single path component is refused before
// anything is written; nothing is created through a symbolic link, and only permission bits are
// kept (no setuid, setgid or sticky bit), less the umask. With a pattern, only the paths
// matching it (fnmatch, as in "usr/bin/*") and their parent folders. With `verbose`, prints each
// path written. Returns 0, or -1 with a message on stderr.
int extract_image(int fd, const char *appimage, uint64_t offset, const char *dest,
                  const char *pattern, bool verbose);

// Removes a folder and everything in it (the extract-and-run copy). Returns 0 or -1.
int remove_tree(const char *path);

#endif
