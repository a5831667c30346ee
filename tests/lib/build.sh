# Shared by the README's two commands (tests/run-all, playbooks-examples/run-demo):
# install the build dependencies from Debian, configure and build.
# Source it; it defines functions only.

# The Debian packages the build and the Ansible tests need.
BUILD_PACKAGES=(cmake g++ make pkg-config libpoco-dev nlohmann-json3-dev catch2 libboost-program-options-dev
  libyaml-cpp-dev libssl-dev openssl ansible-core clang curl)

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

# build DIR [cmake args...]: configure (once) and build everything into DIR.
build_tree() {
  local dir=$1
  shift
  cmake -S "$ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}
