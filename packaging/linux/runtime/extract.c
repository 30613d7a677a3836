#define _GNU_SOURCE
#include "extract.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <squashfuse/squashfuse.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// Like mkdir -p, for the parent folders of a path that matched the pattern.
static int make_dirs(char *path)
{
    for (char *p = path + 1; *p; ++p) {
        if (*p != '/')
            continue;
        *p = '\0';
        int failed = mkdir(path, 0755) != 0 && errno != EEXIST;
        *p = '/';
        if (failed)
            return -1;
    }
    return 0;
}

static int write_file(sqfs *fs, sqfs_inode *inode, const char *target)
{
    int fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, inode->base.mode & 07777);
    if (fd < 0)
        return -1;
    static char buf[1 << 17];
    sqfs_off_t pos = 0;
    sqfs_off_t total = (sqfs_off_t)inode->xtra.reg.file_size;
    int status = 0;
    while (status == 0 && pos < total) {
        sqfs_off_t size =
            total - pos < (sqfs_off_t)sizeof buf ? total - pos : (sqfs_off_t)sizeof buf;
        if (sqfs_read_range(fs, inode, pos, &size, buf) != SQFS_OK ||
            write(fd, buf, (size_t)size) != (ssize_t)size)
            status = -1;
        pos += size;
    }
    // Permissions as in the image, whatever the umask.
    if (fchmod(fd, inode->base.mode & 07777) != 0)
        status = -1;
    return close(fd) == 0 ? status : -1;
}

static int write_symlink(sqfs *fs, sqfs_inode *inode, const char *target)
{
    char link[PATH_MAX];
    size_t size = sizeof link;
    if (sqfs_readlink(fs, inode, link, &size) != SQFS_OK)
        return -1;
    unlink(target);
    return symlink(link, target);
}

static int extract_entry(sqfs *fs, const char *path, sqfs_inode_id id, const char *dest,
                         bool verbose)
{
    sqfs_inode inode;
    if (sqfs_inode_get(fs, &inode, id) != SQFS_OK)
        return -1;
    char target[PATH_MAX];
    if (snprintf(target, sizeof target, "%s/%s", dest, path) >= (int)sizeof target ||
        make_dirs(target) != 0)
        return -1;
    int status = 0;
    switch (inode.base.inode_type) {
    case SQUASHFS_DIR_TYPE:
    case SQUASHFS_LDIR_TYPE:
        // Writable by the owner, so the files below can be written (and removed later).
        status = mkdir(target, (inode.base.mode & 07777) | 0700) != 0 && errno != EEXIST ? -1 : 0;
        break;
    case SQUASHFS_REG_TYPE:
    case SQUASHFS_LREG_TYPE:
        status = write_file(fs, &inode, target);
        break;
    case SQUASHFS_SYMLINK_TYPE:
    case SQUASHFS_LSYMLINK_TYPE:
        status = write_symlink(fs, &inode, target);
        break;
    default: // Devices, fifos and sockets have no place in an AppDir.
        return 0;
    }
    if (status != 0)
        fprintf(stderr, "Cannot write %s: %s\n", target, strerror(errno));
    else if (verbose)
        printf("%s\n", target);
    return status;
}

int extract_image(const char *appimage, uint64_t offset, const char *dest, const char *pattern,
                  bool verbose)
{
    sqfs fs;
    if (sqfs_open_image(&fs, appimage, (size_t)offset) != SQFS_OK) {
        fprintf(stderr, "Cannot read the squashfs image in %s at offset %llu\n", appimage,
                (unsigned long long)offset);
        return -1;
    }
    if (mkdir(dest, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "Cannot create %s: %s\n", dest, strerror(errno));
        sqfs_destroy(&fs);
        return -1;
    }
    sqfs_traverse trv;
    sqfs_err err = sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs));
    int status = err == SQFS_OK ? 0 : -1;
    while (status == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end || (pattern && fnmatch(pattern, trv.path, 0) != 0))
            continue;
        status = extract_entry(&fs, trv.path, trv.entry.inode, dest, verbose);
    }
    if (err != SQFS_OK) {
        fprintf(stderr, "The squashfs image in %s is damaged\n", appimage);
        status = -1;
    }
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return status;
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)type;
    (void)ftw;
    return remove(path);
}

int remove_tree(const char *path)
{
    return nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}
