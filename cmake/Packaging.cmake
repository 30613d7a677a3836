# The Debian package (cpack -G DEB). shlibdeps finds the libraries the programs link; the plugins
# Qt loads at run time are not linked, so their packages are named here by hand (a test checks
# that every library the installed programs load belongs to a package in Depends). The xcb
# platform plugin opens libXcursor with dlopen, so shlibdeps cannot see it either; QtKeychain opens
# libsecret the same way. libqt6network6 ships the TLS backends (plugins/tls), the speech engines
# are plugins too: speech-dispatcher (French voices through espeak-ng) or flite (English only).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME allo-console)
set(CPACK_PACKAGE_VENDOR "Allo Industrie")
set(CPACK_PACKAGE_CONTACT "Allo Industrie <support@allo-industrie.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Publishing console for Allo Industrie notices")
set(CPACK_PACKAGE_DESCRIPTION
    "Compose notices about unusual events at industrial plants, preview them on every channel\n(web, hotline, X, Mastodon, SMS, CAP) and submit them to the Allo Industrie platform.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(allo_runtime_depends
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libxcursor1 qt6-translations-l10n tzdata
    libqt6network6 libsecret-1-0 libqt6texttospeech6
    "qt6-speech-speechd-plugin | qt6-speech-flite-plugin")
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS ${allo_runtime_depends})
include(CPack)
