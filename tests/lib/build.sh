# Shared by the README's two commands (tests/run-all, playbooks-examples/run-demo):
# install the build dependencies from Debian, configure and build.
# Source it; it defines functions only.

# The Debian packages the build and the Ansible tests need (clang-14 and its fuzzer runtime
# for the fuzz targets, which tests/run-all builds beside the cloud's start: installed here,
# before anything else runs apt-get).
# Poco is not among them: it is vendored (third_party/poco) and built by tools/build-poco.
BUILD_PACKAGES=(cmake g++ make pkg-config nlohmann-json3-dev catch2 libboost-program-options-dev
  libyaml-cpp-dev libssl-dev openssl ansible-core clang clang-14 libclang-rt-14-dev curl binutils ccache)

ensure_build_packages() {
  local missing=()
  for pkg in "${BUILD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing build packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The aarch64 cross build (docs/install.md, "On arm64"): Debian's cross compiler, the arm64
# multiarch -dev packages next to the amd64 ones, and user-mode QEMU for the tests that run
# the arm64 binary. libssl-dev is Multi-Arch: same, so both architectures must have the same
# version: naming libssl-dev too lets apt upgrade the amd64 one with it.
CROSS_PACKAGES=(g++-aarch64-linux-gnu libssl-dev libssl-dev:arm64 libboost-program-options-dev:arm64
  qemu-user-static)

ensure_cross_packages() {
  local missing=()
  dpkg --print-foreign-architectures | grep -qx arm64 || dpkg --add-architecture arm64
  for pkg in "${CROSS_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing cross-build packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${CROSS_PACKAGES[@]}" >/dev/null
  fi
}

# aarch64_yaml_cpp: the path of the arm64 libyaml-cpp.a. Bookworm's libyaml-cpp-dev is not
# Multi-Arch: same (installing the arm64 one removes the amd64 one), so the arm64 package of
# the amd64 one's version is unpacked, not installed, under /var/tmp (once per version); the
# headers are the amd64 package's (architecture-independent).
aarch64_yaml_cpp() {
  local version dir
  version=$(dpkg-query -W -f='${Version}' libyaml-cpp-dev)
  dir=${STACKRESCUE_POCO_CACHE:-/var/tmp}/stackrescue-yaml-cpp-arm64-${version//[^A-Za-z0-9.+-]/_}
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && apt-get download -qq "libyaml-cpp-dev:arm64=$version" >/dev/null &&
      dpkg-deb -x libyaml-cpp-dev_*_arm64.deb root && touch .complete) ||
      { echo "could not fetch libyaml-cpp-dev:arm64=$version" >&2; return 1; }
  fi
  echo "$dir/root/usr/lib/aarch64-linux-gnu/libyaml-cpp.a"
}

# build_aarch64_tree DIR: cross-build the modules' binary (only it: the tests run on amd64,
# the module docs are the native build's) into DIR with the aarch64 Poco. Optimised as the
# x86-64 one (-O2) but without debug information, which the collection strips anyway and
# which costs a good part of the compile and link time.
build_aarch64_tree() {
  local dir=$1 poco yaml
  poco=$("$ROOT/tools/build-poco" --arch aarch64)
  yaml=$(aarch64_yaml_cpp)
  use_compiler_cache
  # shellcheck disable=SC2046
  cmake -S "$ROOT" -B "$dir" -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/toolchains/aarch64-linux-gnu.cmake" $(compiler_launcher_args) \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" \
    -DCMAKE_PREFIX_PATH="$poco" -DBUILD_TESTING=OFF -DSTACKRESCUE_YAML_CPP_STATIC="$yaml" >/dev/null
  cmake --build "$dir" -j"$(nproc)" --target stackrescue_modules
}

# poco_prefix: the vendored Poco, built static once per machine (cached under /var/tmp
# keyed by its inputs); every build uses it, so what is tested is what ships.
poco_prefix() {
  "$ROOT/tools/build-poco"
}

# use_compiler_cache: every build (x86-64, sanitizer, aarch64, and the fuzz targets through
# tests/fuzz/run) compiles through ccache, its cache under /var/tmp (ccache keys each object by
# the preprocessed source, the flags and the compiler): a machine that compiled these sources
# before (the last run, another checkout) gets hits instead of four whole compiles. Paths are
# made relative to the checkout (BASEDIR, and the working directory left out of the key), so
# that a clone elsewhere hits too.
use_compiler_cache() {
  export CCACHE_DIR=${STACKRESCUE_CCACHE_DIR:-/var/tmp/stackrescue-ccache}
  export CCACHE_BASEDIR=$ROOT CCACHE_NOHASHDIR=true CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
}
compiler_launcher_args() {
  command -v ccache >/dev/null || return 0
  echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
}

# build DIR [cmake args...]: configure (once) and build everything into DIR.
build_tree() {
  local dir=$1 poco
  shift
  poco=$(poco_prefix)
  use_compiler_cache
  # shellcheck disable=SC2046  # the launcher arguments are words
  cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$poco" \
    $(compiler_launcher_args) "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}
