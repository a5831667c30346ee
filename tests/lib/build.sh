# Shared by the README's two commands (tests/run-all, playbooks-examples/run-demo):
# install the build dependencies from Debian, configure and build.
# Source it; it defines functions only.

# The Debian packages the build and the Ansible tests need.
# Poco is not among them: it is vendored (third_party/poco) and built by tools/build-poco.
BUILD_PACKAGES=(cmake g++ make pkg-config nlohmann-json3-dev catch2 libboost-program-options-dev
  libyaml-cpp-dev libssl-dev openssl ansible-core clang curl binutils)

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

# poco_prefix: the vendored Poco, built static once per machine (cached under /var/tmp
# keyed by its inputs); every build uses it, so what is tested is what ships.
poco_prefix() {
  "$ROOT/tools/build-poco"
}

# build DIR [cmake args...]: configure (once) and build everything into DIR.
build_tree() {
  local dir=$1 poco
  shift
  poco=$(poco_prefix)
  cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$poco" "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}
