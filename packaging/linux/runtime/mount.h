// Serving the appended squashfs through FUSE (libsquashfuse_ll + libfuse3) in a child process.
#ifndef APPIMAGE_RUNTIME_MOUNT_H
#define APPIMAGE_RUNTIME_MOUNT_H

#include <stdint.h>

// Mounts the image in the open AppImage `fd` (never reopened by path) at `offset` on the existing,
// empty folder `mountpoint`. A child process serves it and unmounts it (removing the folder) when
// the calling process ends, even after it has replaced itself with exec. Returns 0 once the files
// can be read, or -1 with a message on stderr.
int mount_image(int fd, uint64_t offset, const char *mountpoint);

#endif
