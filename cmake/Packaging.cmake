# The Debian package (cpack -G DEB). shlibdeps finds the libraries the programs link; the plugins
# Qt loads at run time are not linked, so their packages are named here by hand (a test checks
# that every library the installed programs load belongs to a package in Depends). The xcb
# platform plugin opens libXcursor with dlopen, so shlibdeps cannot see it either; QtKeychain opens
# libsecret the same way. libqt6network6 ships the TLS backends (plugins/tls). Listen uses only
# Qt Multimedia's audio output (linked, so shlibdeps adds libqt6multimedia6), none of its media
# back-end plugins, so neither FFmpeg (GPL-2+ as Debian builds it) nor GStreamer is needed.
# The hotline's voice runs the espeak-ng program (GPL-3+, never linked): named here for the same
# reason. libsamplerate is linked, so shlibdeps adds it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME allo-console)
set(CPACK_PACKAGE_VENDOR "Allo Industrie")
set(CPACK_PACKAGE_CONTACT "Allo Industrie <support@allo-industrie.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Publishing console for Allo Industrie notices")
# Lines under 80 columns (lintian); a line with only "." is a paragraph break.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Compose notices about unusual events at industrial plants, preview them on"
    "every channel (web, hotline, X, Mastodon, SMS, CAP) and submit them to the"
    "Allo Industrie platform."
    "."
    "Also allo-cli, the same work from the command line, and allo-sandbox, the"
    "training platform serving the Allo Industrie API on loopback.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The Debian revision comes from the changelog's newest entry, whose upstream version must be the
# project's: the package, its changelog and the programs' --version never disagree.
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/linux/debian/changelog allo_changelog_top
    LIMIT_COUNT 1)
if(NOT allo_changelog_top MATCHES "^allo-console \\(${PROJECT_VERSION}-([0-9]+)\\) ")
    message(FATAL_ERROR "packaging/linux/debian/changelog: its newest entry must be for "
        "${PROJECT_VERSION}-N, the project's version; it starts: ${allo_changelog_top}")
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CMAKE_MATCH_1})
# Stripped programs; their debug symbols in allo-console-dbgsym (a .ddeb), by build id.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(allo_runtime_depends
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libxcursor1 qt6-translations-l10n tzdata
    libqt6network6 libsecret-1-0 espeak-ng)
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS ${allo_runtime_depends})
include(CPack)
