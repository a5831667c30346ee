# Cross build for 64-bit Arm Linux with Debian's cross toolchain (g++-aarch64-linux-gnu) and
# the arm64 multiarch -dev packages (tests/lib/build.sh: ensure_cross_packages):
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake ...
#
# Used for the vendored Poco (tools/build-poco --arch aarch64) and for the modules
# (tests/lib/build.sh: build_aarch64_tree).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# Debian's multiarch layout: the arm64 libraries and CMake packages live in
# /usr/lib/aarch64-linux-gnu beside the amd64 ones, and the headers are shared in /usr/include
# (with the arch-specific ones under /usr/include/aarch64-linux-gnu, which the compiler
# searches itself). This makes find_library/find_package look there first.
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
# Never pick an amd64 library by accident: only the multiarch directory and our prefixes.
set(CMAKE_IGNORE_PATH /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu)
# The build never runs what it compiles; tests that do go through user-mode QEMU.
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static -L /usr/aarch64-linux-gnu)
