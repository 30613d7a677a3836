// A type-2 AppImage runtime (https://github.com/AppImage/AppImageSpec, type 2): an ELF program
// followed by a squashfs image. Run as is, it mounts the image with FUSE and runs its AppRun;
// the --appimage-* options below are the ones the specification describes.
#define _GNU_SOURCE
#include "elf.h"
#include "extract.h"
#include "mount.h"
#include "signature.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define RUNTIME_VERSION "1.0"

// The sections the specification names, filled after the build: the update information, the
// gpg signature of the file's sha256 (with these two signature sections zeroed) and the public
// key. `used` keeps them; initialised data keeps them in the file, not in .bss.
__attribute__((section(".upd_info"), used)) static char upd_info[1024] = {0};
__attribute__((section(".sha256_sig"), used)) static char sha256_sig[1024] = {0};
__attribute__((section(".sig_key"), used)) static char sig_key[8192] = {0};

static void help(const char *argv0)
{
    printf("AppImage runtime %s\n\n"
           "Usage: %s [--appimage-OPTION | ARGUMENTS FOR THE APPLICATION...]\n\n"
           "  --appimage-extract [PATTERN]  copy the files (matching PATTERN, e.g. 'usr/bin/*')\n"
           "                                to ./squashfs-root, which must not exist yet\n"
           "  --appimage-extract-and-run    run without FUSE, from a temporary copy removed on\n"
           "                                exit (kept if NO_CLEANUP=1)\n"
           "  --appimage-mount              mount, print the folder and wait for Ctrl+C\n"
           "  --appimage-offset             print where the squashfs image starts\n"
           "  --appimage-signature          print the embedded gpg signature\n"
           "  --appimage-updateinformation  print the embedded update information\n"
           "  --appimage-version            print the runtime's version\n"
           "  --appimage-help               print this help\n\n"
           "Without FUSE (no /dev/fuse or no fusermount3), use --appimage-extract-and-run,\n"
           "or set APPIMAGE_EXTRACT_AND_RUN=1.\n\n"
           "When the administrator has installed a release key in %s,\n"
           "the image is run, mounted or extracted only if its embedded signature is good and\n"
           "made by that key (checked with gpgv).\n",
           RUNTIME_VERSION, argv0, APPIMAGE_TRUSTED_KEY);
}

// Prints a section's text (up to its first NUL) as stored in the file, not in memory, so it is
// what the signing tool wrote.
static int print_section(int fd, const char *appimage, const char *name)
{
    uint64_t offset, size;
    if (elf_find_section(fd, appimage, name, &offset, &size) != 0 || size >= SIZE_MAX) {
        fprintf(stderr, "%s has no %s section\n", appimage, name);
        return 1;
    }
    char *buf = calloc(1, size + 1);
    int status = buf && pread(fd, buf, size, (off_t)offset) == (ssize_t)size ? 0 : 1;
    if (status == 0 && buf[0] != '\0')
        printf("%s%s", buf, buf[strlen(buf) - 1] == '\n' ? "" : "\n");
    free(buf);
    return status;
}

static void set_environment(const char *appimage, const char *appdir, const char *argv0)
{
    char cwd[PATH_MAX];
    setenv("APPIMAGE", appimage, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
}

// argv for AppRun: its own path, then the application's arguments (from argv[first] on).
static char **apprun_argv(const char *apprun, int argc, char **argv, int first)
{
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (!args)
        return NULL;
    args[0] = (char *)apprun;
    for (int i = first; i < argc; ++i)
        args[i - first + 1] = argv[i];
    return args;
}

static int make_temp_dir(char *out, size_t size, const char *prefix)
{
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    if (snprintf(out, size, "%s/%sXXXXXX", tmp, prefix) >= (int)size || !mkdtemp(out)) {
        fprintf(stderr, "Cannot create a folder in %s: %s\n", tmp, strerror(errno));
        return -1;
    }
    return 0;
}

static pid_t running_child;

static void forward_signal(int sig)
{
    if (running_child > 0)
        kill(running_child, sig);
}

static int extract_and_run(int fd, const char *appimage, uint64_t offset, int argc, char **argv,
                           int first)
{
    char dir[PATH_MAX], appdir[PATH_MAX + 16], apprun[PATH_MAX + 32];
    if (make_temp_dir(dir, sizeof dir, "appimage_extracted_") != 0)
        return 1;
    // extract_image creates its destination: a new folder inside this private (0700) one.
    snprintf(appdir, sizeof appdir, "%s/squashfs-root", dir);
    if (extract_image(fd, appimage, offset, appdir, NULL, false) != 0) {
        remove_tree(dir);
        return 1;
    }
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    char **args = apprun_argv(apprun, argc, argv, first);
    set_environment(appimage, appdir, argv[0]);
    // The copy is removed when the application ends, so stay its parent and pass signals on.
    struct sigaction sa = {.sa_handler = forward_signal};
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    running_child = args ? fork() : -1;
    if (running_child == 0) {
        execv(apprun, args);
        fprintf(stderr, "Cannot run %s: %s\n", apprun, strerror(errno));
        _exit(127);
    }
    int status = 1;
    if (running_child > 0) {
        while (waitpid(running_child, &status, 0) < 0 && errno == EINTR) {
        }
        status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    free(args);
    const char *keep = getenv("NO_CLEANUP");
    if (!keep || strcmp(keep, "1") != 0)
        remove_tree(dir);
    return status;
}

static int mount_and_run(int fd, const char *appimage, uint64_t offset, int argc, char **argv,
                         bool wait_only)
{
    char dir[PATH_MAX], apprun[PATH_MAX + 8];
    char prefix[32];
    snprintf(prefix, sizeof prefix, ".mount_%.6s", basename(argv[0]));
    if (make_temp_dir(dir, sizeof dir, prefix) != 0)
        return 1;
    if (mount_image(fd, offset, dir) != 0) {
        rmdir(dir);
        fprintf(stderr,
                "Cannot mount %s with FUSE. Install fuse3 (it provides fusermount3), or run it "
                "without FUSE:\n  %s --appimage-extract-and-run [ARGUMENTS...]\n",
                appimage, argv[0]);
        return 1;
    }
    if (wait_only) {
        printf("%s\n", dir);
        fflush(stdout);
        pause(); // Until Ctrl+C; the server then unmounts.
        return 0;
    }
    snprintf(apprun, sizeof apprun, "%s/AppRun", dir);
    set_environment(appimage, dir, argv[0]);
    char **args = apprun_argv(apprun, argc, argv, 1);
    if (args)
        execv(apprun, args);
    fprintf(stderr, "Cannot run %s: %s\n", apprun, strerror(errno));
    return 127;
}

// Refuses (false) when a release key is installed and the image is not signed by it.
static bool trusted(int fd, const char *appimage, const char *action)
{
    return signature_check(fd, appimage, APPIMAGE_TRUSTED_KEY, action) == 0;
}

int main(int argc, char **argv)
{
    char appimage[PATH_MAX];
    if (!realpath("/proc/self/exe", appimage)) {
        perror("/proc/self/exe");
        return 1;
    }
    // The one open file everything reads: the signature is checked in it and the image mounted or
    // extracted from it, so the file at the path cannot be swapped between the check and the use.
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        perror("/proc/self/exe");
        return 1;
    }
    uint64_t offset;
    if (elf_payload_offset(fd, appimage, &offset) != 0)
        return 1;

    const char *option = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] : NULL;
    if (!option) {
        if (!trusted(fd, appimage, "run"))
            return 1;
        const char *forced = getenv("APPIMAGE_EXTRACT_AND_RUN");
        return forced && strcmp(forced, "1") == 0
                   ? extract_and_run(fd, appimage, offset, argc, argv, 1)
                   : mount_and_run(fd, appimage, offset, argc, argv, false);
    }
    if (strcmp(option, "--appimage-help") == 0) {
        help(argv[0]);
        return 0;
    }
    if (strcmp(option, "--appimage-offset") == 0) {
        printf("%llu\n", (unsigned long long)offset);
        return 0;
    }
    if (strcmp(option, "--appimage-version") == 0) {
        printf("%s\n", RUNTIME_VERSION);
        return 0;
    }
    if (strcmp(option, "--appimage-signature") == 0)
        return print_section(fd, appimage, ".sha256_sig");
    if (strcmp(option, "--appimage-updateinformation") == 0)
        return print_section(fd, appimage, ".upd_info");
    if (strcmp(option, "--appimage-extract") == 0)
        return trusted(fd, appimage, "extract") &&
                       extract_image(fd, appimage, offset, "squashfs-root",
                                     argc > 2 ? argv[2] : NULL, true) == 0
                   ? 0
                   : 1;
    if (strcmp(option, "--appimage-extract-and-run") == 0)
        return trusted(fd, appimage, "run") ? extract_and_run(fd, appimage, offset, argc, argv, 2)
                                            : 1;
    if (strcmp(option, "--appimage-mount") == 0)
        return trusted(fd, appimage, "mount")
                   ? mount_and_run(fd, appimage, offset, argc, argv, true)
                   : 1;
    fprintf(stderr, "Unknown option %s; --appimage-help lists the options.\n", option);
    return 1;
}
