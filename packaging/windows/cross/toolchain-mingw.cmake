# CMake tool chain for the Windows cross build: MinGW-w64 (POSIX threads, which Qt needs) from
# Debian, with the cross-built SDK from packaging/windows/cross/sdk.sh. Used for the SDK's own
# stages and for the programs; the SDK folder comes from ALLO_WINDOWS_SDK (a cache variable, or
# the environment, which try_compile projects inherit).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(ALLO_MINGW x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${ALLO_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${ALLO_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${ALLO_MINGW}-windres)

if(NOT ALLO_WINDOWS_SDK AND DEFINED ENV{ALLO_WINDOWS_SDK})
    set(ALLO_WINDOWS_SDK "$ENV{ALLO_WINDOWS_SDK}")
endif()

# Without these the cross build finds Linux's headers and libraries in /usr (freetype, OpenSSL,
# fontconfig...) and fails deep inside Qt Gui on glibc headers.
set(CMAKE_FIND_ROOT_PATH /usr/${ALLO_MINGW} ${ALLO_WINDOWS_SDK})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
