// Checking the AppImage's embedded signature against a release key the administrator installed,
// with the host's gpgv, before anything in the image is run, mounted or extracted.
#ifndef APPIMAGE_RUNTIME_SIGNATURE_H
#define APPIMAGE_RUNTIME_SIGNATURE_H

// Returns 0 when the AppImage open as `fd` may be used: no key is installed at `trusted_key`
// (the path is compiled in), or the gpg signature in its .sha256_sig section — over the sha256
// (hex) of the file with .sha256_sig and .sig_key zeroed — is good and made by that key.
// Otherwise, including when gpgv cannot be started, prints one message saying why it refuses to
// `action` ("run", "extract", "mount") the file named `appimage` and what to do, and returns -1.
int signature_check(int fd, const char *appimage, const char *trusted_key, const char *action);

#endif
