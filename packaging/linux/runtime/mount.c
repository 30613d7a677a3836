#define _GNU_SOURCE
#include "mount.h"

#include <fcntl.h>
#include <signal.h>
#include <squashfuse/ll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static void fill_ops(struct fuse_lowlevel_ops *ops)
{
    memset(ops, 0, sizeof *ops);
    ops->getattr = sqfs_ll_op_getattr;
    ops->opendir = sqfs_ll_op_opendir;
    ops->releasedir = sqfs_ll_op_releasedir;
    ops->readdir = sqfs_ll_op_readdir;
    ops->lookup = sqfs_ll_op_lookup;
    ops->open = sqfs_ll_op_open;
    ops->create = sqfs_ll_op_create;
    ops->release = sqfs_ll_op_release;
    ops->read = sqfs_ll_op_read;
    ops->readlink = sqfs_ll_op_readlink;
    ops->listxattr = sqfs_ll_op_listxattr;
    ops->getxattr = sqfs_ll_op_getxattr;
    ops->forget = sqfs_ll_op_forget;
    ops->statfs = stfs_ll_op_statfs;
}

static void quiet_standard_streams(void)
{
    // The server must not hold the program's output open (a caller reading it to the end would
    // otherwise wait for the unmount).
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null < 0)
        return;
    for (int fd = 0; fd <= 2; ++fd)
        dup2(null, fd);
    close(null);
}

// The child: mount, tell the parent, serve until the parent is gone (SIGTERM), unmount.
static int serve(int fd, uint64_t offset, const char *mountpoint, pid_t parent, int ready)
{
    // Ctrl+C in a terminal goes to the program, not to the server it still reads from.
    setpgid(0, 0);
    if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
        return 1;
    // What sqfs_ll_open does, but from the file already open (and checked), not from a path.
    sqfs_ll *ll = calloc(1, sizeof *ll);
    if (!ll)
        return 1;
    if (sqfs_init(&ll->fs, fd, (size_t)offset) != SQFS_OK) {
        fprintf(stderr, "Cannot read the squashfs image at offset %llu\n",
                (unsigned long long)offset);
        free(ll);
        return 1;
    }
    if (sqfs_ll_init(ll) != SQFS_OK) {
        sqfs_destroy(&ll->fs);
        free(ll);
        return 1;
    }
    char *argv[] = {"appimage-runtime", "-o", "ro", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, argv);
    struct fuse_lowlevel_ops ops;
    fill_ops(&ops);
    sqfs_ll_chan ch;
    int status = 1;
    if (sqfs_ll_mount(&ch, mountpoint, &args, &ops, sizeof ops, ll) == SQFS_OK) {
        if (fuse_set_signal_handlers(ch.session) == 0) {
            if (write(ready, "1", 1) == 1) {
                close(ready);
                quiet_standard_streams();
                status = fuse_session_loop(ch.session) == 0 ? 0 : 1;
            }
            // A second signal once the handlers are gone would end the server between closing
            // its channel and unmounting: a mount nobody serves ("Transport endpoint is not
            // connected") left in TMPDIR.
            sigset_t ending;
            sigemptyset(&ending);
            sigaddset(&ending, SIGTERM);
            sigaddset(&ending, SIGINT);
            sigaddset(&ending, SIGHUP);
            sigprocmask(SIG_BLOCK, &ending, NULL);
            fuse_remove_signal_handlers(ch.session);
        }
        sqfs_ll_unmount(&ch, mountpoint);
    }
    sqfs_ll_destroy(ll);
    free(ll);
    rmdir(mountpoint);
    return status;
}

int mount_image(int fd, uint64_t offset, const char *mountpoint)
{
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) {
        perror("pipe");
        return -1;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return -1;
    }
    if (pid == 0) {
        close(ready[0]);
        _exit(serve(fd, offset, mountpoint, parent, ready[1]));
    }
    close(ready[1]);
    char byte;
    ssize_t got = read(ready[0], &byte, 1);
    close(ready[0]);
    if (got == 1)
        return 0;
    // The server ended before mounting: libfuse has said why on stderr.
    waitpid(pid, NULL, 0);
    return -1;
}
