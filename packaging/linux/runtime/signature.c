#define _GNU_SOURCE
#include "signature.h"

#include "elf.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/sha.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

// gpgv's machine-readable lines (--status-fd) are short; more than this is not gpgv talking.
#define STATUS_LIMIT 65536
// Written on the status pipe by the child when gpgv cannot be started at all.
#define EXEC_FAILED "[APPIMAGE] EXEC_FAILED "

static void refuse(const char *action, const char *appimage, const char *format, ...)
{
    fprintf(stderr, "Refusing to %s %s: ", action, appimage);
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    fputc('\n', stderr);
}

// A section's bytes up to its first NUL, as a string. NULL when absent or unreadable.
static char *read_section_text(int fd, const char *appimage, const char *name, uint64_t *offset,
                               uint64_t *size)
{
    if (elf_find_section(fd, appimage, name, offset, size) != 0 || *size > SIZE_MAX - 1)
        return NULL;
    char *text = calloc(1, (size_t)*size + 1);
    if (text && pread(fd, text, (size_t)*size, (off_t)*offset) != (ssize_t)*size) {
        free(text);
        return NULL;
    }
    return text;
}

// Zeroes the part of buf (file bytes [pos, pos + len)) that falls in [offset, offset + size).
static void zero_overlap(unsigned char *buf, uint64_t pos, size_t len, uint64_t offset,
                         uint64_t size)
{
    uint64_t from = offset > pos ? offset : pos;
    uint64_t to = offset + size < pos + len ? offset + size : pos + len;
    if (from < to)
        memset(buf + (from - pos), 0, (size_t)(to - from));
}

// The sha256 (64 lowercase hex digits) of the whole file with both signature sections zeroed:
// what make-appimage.sh signs.
static int digest_hex(int fd, uint64_t sig_offset, uint64_t sig_size, uint64_t key_offset,
                      uint64_t key_size, char hex[2 * SHA256_DIGEST_LENGTH + 1])
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        return -1;
    unsigned char buf[1 << 16];
    SHA256_CTX ctx;
    SHA256_Init(&ctx);
    for (uint64_t pos = 0; pos < (uint64_t)st.st_size;) {
        ssize_t got = pread(fd, buf, sizeof buf, (off_t)pos);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            errno = got == 0 ? EIO : errno; // the file shrank while being read
            return -1;
        }
        zero_overlap(buf, pos, (size_t)got, sig_offset, sig_size);
        zero_overlap(buf, pos, (size_t)got, key_offset, key_size);
        SHA256_Update(&ctx, buf, (size_t)got);
        pos += (uint64_t)got;
    }
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_Final(digest, &ctx);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i)
        snprintf(hex + 2 * i, 3, "%02x", digest[i]);
    return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t written = write(fd, data, len);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return -1;
        data += written;
        len -= (size_t)written;
    }
    return 0;
}

// An anonymous in-memory file holding `data`, which gpgv (a child) opens as /proc/self/fd/N:
// nothing is written to disk and no other process can swap it.
static int memory_file(const char *name, const char *data)
{
    int fd = memfd_create(name, 0);
    if (fd >= 0 && write_all(fd, data, strlen(data)) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

// A descriptor that /dev/null on 0-2 cannot replace (they may have been closed at start).
static int above_stdio(int fd)
{
    return fd > STDERR_FILENO ? fd : fcntl(fd, F_DUPFD, STDERR_FILENO + 1);
}

// The child: gpgv --keyring KEY --status-fd N SIGNATURE DIGEST, quiet, or EXEC_FAILED on the pipe.
static void exec_gpgv(const char *trusted_key, int sig_fd, int data_fd, int status_fd)
{
    sig_fd = above_stdio(sig_fd);
    data_fd = above_stdio(data_fd);
    status_fd = above_stdio(status_fd);
    if (sig_fd < 0 || data_fd < 0 || status_fd < 0)
        _exit(127); // no status line: refused as "gpgv could not check"
    char sig_path[32], data_path[32], status_arg[16];
    snprintf(sig_path, sizeof sig_path, "/proc/self/fd/%d", sig_fd);
    snprintf(data_path, sizeof data_path, "/proc/self/fd/%d", data_fd);
    snprintf(status_arg, sizeof status_arg, "%d", status_fd);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
    }
    char *argv[] = {"gpgv",        "--quiet",  "--keyring", (char *)trusted_key,
                    "--status-fd", status_arg, sig_path,    data_path,
                    NULL};
    execvp(argv[0], argv);
    dprintf(status_fd, EXEC_FAILED "%s\n", strerror(errno));
    _exit(127);
}

// Runs gpgv on the signature and the digest; returns its status lines (NUL-terminated, to be
// freed) and sets *exit_status, or returns NULL when it could not be started.
static char *run_gpgv(const char *trusted_key, const char *signature, const char *digest,
                      int *exit_status)
{
    int sig_fd = memory_file("appimage-signature", signature);
    int data_fd = memory_file("appimage-digest", digest);
    int status[2] = {-1, -1};
    char *lines = calloc(1, STATUS_LIMIT + 1);
    pid_t pid = -1;
    if (sig_fd >= 0 && data_fd >= 0 && lines && pipe(status) == 0)
        pid = fork();
    if (pid == 0) {
        close(status[0]);
        exec_gpgv(trusted_key, sig_fd, data_fd, status[1]);
    }
    if (status[1] >= 0)
        close(status[1]);
    size_t used = 0;
    if (pid > 0) {
        // Read to the end (so gpgv never blocks on a full pipe), keeping the first STATUS_LIMIT.
        char chunk[4096];
        ssize_t got;
        while ((got = read(status[0], chunk, sizeof chunk)) != 0) {
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                break;
            size_t keep = (size_t)got < STATUS_LIMIT - used ? (size_t)got : STATUS_LIMIT - used;
            memcpy(lines + used, chunk, keep);
            used += keep;
        }
        int wait_status = 0;
        while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
        }
        *exit_status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
    }
    if (sig_fd >= 0)
        close(sig_fd);
    if (data_fd >= 0)
        close(data_fd);
    if (status[0] >= 0)
        close(status[0]);
    if (pid > 0)
        return lines;
    free(lines);
    return NULL;
}

// The value after "[GNUPG:] KEYWORD " in gpgv's status lines, up to the next space, or NULL.
static const char *status_value(const char *lines, const char *keyword, char *value, size_t size)
{
    char pattern[32];
    snprintf(pattern, sizeof pattern, "[GNUPG:] %s ", keyword);
    for (const char *line = lines; *line;) {
        if (strncmp(line, pattern, strlen(pattern)) == 0) {
            const char *start = line + strlen(pattern);
            size_t len = strcspn(start, " \n");
            if (len >= size)
                len = size - 1;
            memcpy(value, start, len);
            value[len] = '\0';
            return value;
        }
        const char *end = strchr(line, '\n');
        if (!end)
            break;
        line = end + 1;
    }
    return NULL;
}

// Refuses (-1) unless `trusted_key` is a readable binary keyring; 1 when there is none at all.
static int check_key_file(const char *trusted_key, const char *appimage, const char *action)
{
    int fd = open(trusted_key, O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT)
        return 1;
    if (fd < 0) {
        refuse(action, appimage,
               "the release key %s cannot be read (%s). Ask your administrator to make it "
               "readable by all (chmod 644).",
               trusted_key, strerror(errno));
        return -1;
    }
    struct stat st;
    char head[5] = {0};
    bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
    bool read_ok = regular && pread(fd, head, sizeof head, 0) == (ssize_t)sizeof head;
    close(fd);
    if (!read_ok) {
        refuse(action, appimage,
               "the release key %s is not a gpg key file. Ask your administrator to install it "
               "with: gpg --export FINGERPRINT > %s",
               trusted_key, trusted_key);
        return -1;
    }
    if (memcmp(head, "-----", sizeof head) == 0) {
        refuse(action, appimage,
               "the release key %s is in text (armored) form, which gpgv cannot read. Ask your "
               "administrator to install it in binary form: gpg --export FINGERPRINT > %s",
               trusted_key, trusted_key);
        return -1;
    }
    return 0;
}

int signature_check(int fd, const char *appimage, const char *trusted_key, const char *action)
{
    int key = check_key_file(trusted_key, appimage, action);
    if (key != 0)
        return key > 0 ? 0 : -1;

    uint64_t sig_offset, sig_size, key_offset, key_size;
    char hex[2 * SHA256_DIGEST_LENGTH + 1];
    char *signature = read_section_text(fd, appimage, ".sha256_sig", &sig_offset, &sig_size);
    char *embedded_key = read_section_text(fd, appimage, ".sig_key", &key_offset, &key_size);
    int status = -1;
    if (!signature || !embedded_key || signature[0] == '\0') {
        refuse(action, appimage,
               "it is not signed, and this computer only runs AppImages signed by the release "
               "key in %s. Use a signed release of it, or ask your administrator.",
               trusted_key);
    } else if (digest_hex(fd, sig_offset, sig_size, key_offset, key_size, hex) != 0) {
        refuse(action, appimage, "it cannot be read to check its signature (%s).", strerror(errno));
    } else {
        int exit_status = -1;
        char *lines = run_gpgv(trusted_key, signature, hex, &exit_status);
        char value[64];
        if (!lines) {
            refuse(action, appimage, "gpgv cannot be started to check its signature (%s).",
                   strerror(errno));
        } else if (exit_status == 0 && status_value(lines, "GOODSIG", value, sizeof value) &&
                   status_value(lines, "VALIDSIG", value, sizeof value)) {
            status = 0;
        } else if (strstr(lines, EXEC_FAILED)) {
            const char *why = strstr(lines, EXEC_FAILED) + strlen(EXEC_FAILED);
            refuse(action, appimage,
                   "this computer only runs signed AppImages (release key in %s), but gpgv, "
                   "which checks the signatures, cannot be started (%.*s). Install it (Debian "
                   "package gpgv) or ask your administrator.",
                   trusted_key, (int)strcspn(why, "\n"), why);
        } else if (status_value(lines, "BADSIG", value, sizeof value)) {
            refuse(action, appimage,
                   "its signature does not match its contents: it was changed or damaged after "
                   "it was signed. Download it again from its publisher, and tell your "
                   "administrator if this happens again.");
        } else if (status_value(lines, "NO_PUBKEY", value, sizeof value)) {
            refuse(action, appimage,
                   "it is signed by the key %s, not by the release key this computer trusts "
                   "(%s). Use the AppImage published with the release key, or ask your "
                   "administrator.",
                   value, trusted_key);
        } else if (status_value(lines, "EXPKEYSIG", value, sizeof value) ||
                   status_value(lines, "REVKEYSIG", value, sizeof value)) {
            refuse(action, appimage,
                   "it is signed by the release key in %s, but that key has expired or been "
                   "revoked. Ask your administrator for the current release and key.",
                   trusted_key);
        } else if (status_value(lines, "NODATA", value, sizeof value)) {
            refuse(action, appimage,
                   "its embedded signature is damaged (it is not a gpg signature). Download it "
                   "again from its publisher.");
        } else {
            refuse(action, appimage,
                   "gpgv could not check its signature against the release key %s (it ended "
                   "with status %d). Ask your administrator to check the key: gpgv --keyring %s "
                   "FILE.asc FILE",
                   trusted_key, exit_status, trusted_key);
        }
        free(lines);
    }
    free(signature);
    free(embedded_key);
    return status;
}
