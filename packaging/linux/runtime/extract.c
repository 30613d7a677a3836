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

// Where the files go: the folder this run created (`fd`, -1 while the image is only checked).
struct destination
{
    const char *path;
    int fd;
    const char *pattern;
    bool verbose;
};

// Names come from the image: a hostile one must not reach the terminal as control sequences.
static void print_escaped(FILE *out, const char *text)
{
    for (const unsigned char *c = (const unsigned char *)text; *c; ++c) {
        if (*c < 0x20 || *c == 0x7f)
            fprintf(out, "\\x%02x", *c);
        else
            fputc(*c, out);
    }
}

// The paths written are built from the entries' names, so each must be one path component.
static bool is_single_component(const sqfs_dir_entry *entry)
{
    const char *name = entry->name;
    return entry->name_size > 0 && strlen(name) == entry->name_size && strcmp(name, ".") != 0 &&
           strcmp(name, "..") != 0 && strchr(name, '/') == NULL;
}

static int check_entry(const sqfs_traverse *trv, const char *appimage, const char *dest)
{
    const char *problem = NULL;
    if (!is_single_component(&trv->entry))
        problem = "is not a single file name (it is empty, \".\" or \"..\", or holds a \"/\" or "
                  "a NUL byte), so it could write outside the destination";
    // Also ends a directory that contains itself, which would be walked forever.
    else if (strlen(dest) + 1 + strlen(trv->path) >= PATH_MAX)
        problem = "is nested too deep (its path is longer than the system allows)";
    if (!problem)
        return 0;
    fprintf(stderr, "Refusing to extract %s: the entry \"", appimage);
    print_escaped(stderr, trv->path);
    fprintf(stderr,
            "\" in its image %s. Nothing was extracted: this AppImage is damaged or was made to "
            "write elsewhere; get it again from its publisher.\n",
            problem);
    return -1;
}

// Opens the folder `name` in `parent`, creating it (0755 less the umask) when missing, as the
// parents of a pattern's match are. Never follows a symbolic link.
static int open_folder(int parent, const char *name)
{
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT && mkdirat(parent, name, 0755) == 0)
        fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    return fd;
}

// Opens the folder that holds `path` (checked components, relative to `root`) one component at
// a time, so a link planted on the way is refused rather than followed. Returns a descriptor
// and sets *name to the last component, or -1.
static int open_parent(int root, char *path, const char **name)
{
    int dir = fcntl(root, F_DUPFD_CLOEXEC, 0);
    char *component = path;
    for (char *slash; dir >= 0 && (slash = strchr(component, '/')); component = slash + 1) {
        *slash = '\0';
        int next = open_folder(dir, component);
        int error = errno;
        *slash = '/';
        close(dir);
        dir = next;
        errno = error;
    }
    *name = component;
    return dir;
}

static int write_file(sqfs *fs, sqfs_inode *inode, int parent, const char *name, mode_t mode)
{
    // O_EXCL: a new file, never one already there, nor what a link there points to.
    int fd = openat(parent, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0)
        return -1;
    static char buf[1 << 17];
    sqfs_off_t pos = 0;
    sqfs_off_t total = (sqfs_off_t)inode->xtra.reg.file_size;
    int status = 0;
    while (status == 0 && pos < total) {
        sqfs_off_t size =
            total - pos < (sqfs_off_t)sizeof buf ? total - pos : (sqfs_off_t)sizeof buf;
        if (sqfs_read_range(fs, inode, pos, &size, buf) != SQFS_OK) {
            errno = EIO;
            status = -1;
        } else if (write(fd, buf, (size_t)size) != (ssize_t)size) {
            status = -1;
        }
        pos += size;
    }
    return close(fd) == 0 ? status : -1;
}

static int write_symlink(sqfs *fs, sqfs_inode *inode, int parent, const char *name)
{
    char link[PATH_MAX];
    size_t size = sizeof link;
    if (sqfs_readlink(fs, inode, link, &size) != SQFS_OK) {
        errno = EIO;
        return -1;
    }
    // Written as a link: nothing is ever opened through it while extracting.
    return symlinkat(link, parent, name);
}

// Writes one entry into the folder `parent`. Permission bits only: no setuid, setgid or sticky
// bit from an image, and the umask applies, as tar does for ordinary users.
static int write_entry(sqfs *fs, sqfs_inode *inode, int parent, const char *name)
{
    mode_t mode = inode->base.mode & 0777;
    switch (inode->base.inode_type) {
    case SQUASHFS_DIR_TYPE:
    case SQUASHFS_LDIR_TYPE:
        // Writable by the owner, so the files below can be written (and removed later).
        return mkdirat(parent, name, mode | 0700);
    case SQUASHFS_REG_TYPE:
    case SQUASHFS_LREG_TYPE:
        return write_file(fs, inode, parent, name, mode);
    case SQUASHFS_SYMLINK_TYPE:
    case SQUASHFS_LSYMLINK_TYPE:
        return write_symlink(fs, inode, parent, name);
    default: // Devices, fifos and sockets have no place in an AppDir.
        return 0;
    }
}

static void print_path(FILE *out, const struct destination *dest, const char *path)
{
    fprintf(out, "%s/", dest->path);
    print_escaped(out, path);
}

static int extract_entry(sqfs *fs, const sqfs_traverse *trv, const struct destination *dest)
{
    sqfs_inode inode;
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s", trv->path); // its length was checked
    const char *name;
    int parent = -1;
    int status = -1;
    if (sqfs_inode_get(fs, &inode, trv->entry.inode) != SQFS_OK)
        errno = EIO;
    else if ((parent = open_parent(dest->fd, path, &name)) >= 0)
        status = write_entry(fs, &inode, parent, name);
    int error = errno;
    if (parent >= 0)
        close(parent);
    if (status != 0) {
        fprintf(stderr, "Cannot write ");
        print_path(stderr, dest, trv->path);
        fprintf(stderr, ": %s\n", strerror(error));
    } else if (dest->verbose) {
        print_path(stdout, dest, trv->path);
        putchar('\n');
    }
    return status;
}

// Walks the whole image, checking every entry; once the destination is open, also writes the
// entries that match the pattern.
static int walk_image(sqfs *fs, const char *appimage, const struct destination *dest)
{
    sqfs_traverse trv;
    sqfs_err err = sqfs_traverse_open(&trv, fs, sqfs_inode_root(fs));
    int status = err == SQFS_OK ? 0 : -1;
    while (status == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        status = check_entry(&trv, appimage, dest->path);
        if (status == 0 && dest->fd >= 0 &&
            (!dest->pattern || fnmatch(dest->pattern, trv.path, 0) == 0))
            status = extract_entry(fs, &trv, dest);
    }
    if (err != SQFS_OK) {
        fprintf(stderr, "The squashfs image in %s is damaged\n", appimage);
        status = -1;
    }
    sqfs_traverse_close(&trv);
    return status;
}

// Creates the destination and opens it. It must be new: in a folder others can write to (/tmp),
// an existing one may hold links they planted (squashfs-root/AppRun -> ~/.bashrc).
static int create_destination(const char *path)
{
    if (mkdir(path, 0755) != 0) {
        if (errno == EEXIST)
            fprintf(stderr,
                    "%s already exists. Remove or move it, or extract from another folder: the "
                    "AppImage only extracts into a folder it creates, since links in an existing "
                    "one could send its files anywhere.\n",
                    path);
        else
            fprintf(stderr, "Cannot create %s: %s\n", path, strerror(errno));
        return -1;
    }
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || st.st_uid != geteuid())) {
        close(fd);
        fd = -1;
        errno = EPERM;
    }
    if (fd < 0)
        fprintf(stderr,
                "Cannot open %s, just created: %s. Someone may have replaced it; extract in a "
                "folder only you can write to.\n",
                path, strerror(errno));
    return fd;
}

int extract_image(int fd, const char *appimage, uint64_t offset, const char *dest,
                  const char *pattern, bool verbose)
{
    sqfs fs;
    if (sqfs_init(&fs, fd, (size_t)offset) != SQFS_OK) {
        fprintf(stderr, "Cannot read the squashfs image in %s at offset %llu\n", appimage,
                (unsigned long long)offset);
        return -1;
    }
    // Checked whole first, so a hostile image is refused before anything is written.
    struct destination destination = {dest, -1, pattern, verbose};
    int status = walk_image(&fs, appimage, &destination);
    if (status == 0)
        status = (destination.fd = create_destination(dest)) < 0 ? -1 : 0;
    if (status == 0) {
        status = walk_image(&fs, appimage, &destination);
        close(destination.fd);
    }
    sqfs_destroy(&fs); // leaves fd open: the caller's, opened close-on-exec
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
