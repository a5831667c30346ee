# Sourced by the runner scripts here (HERE must be this directory). Sets
#   REPO       the repository
#   EXAMPLES   playbooks-examples/
#   PLAYBOOKS  tests/integration/playbooks/ (the playbook tests)
# defines sr_py MODULE ARGS...: a stackrescue_testing module as a program, with Debian's
# python (it has the OpenStack libraries; the package is on PYTHONPATH, which CTest sets to
# <repo>/tests/support/python), and fails (exit 1) when that package cannot be imported, so
# that a missing PYTHONPATH is an error, never a skip.
REPO=$(cd "$HERE/../../.." && pwd)
EXAMPLES=$REPO/playbooks-examples
PLAYBOOKS=$REPO/tests/integration/playbooks

sr_py() {
  local module=$1
  shift
  /usr/bin/python3 -m "stackrescue_testing.$module" "$@"
}

if ! /usr/bin/python3 -c 'import stackrescue_testing' 2>/dev/null; then
  echo "FAIL: the Python package stackrescue_testing cannot be imported: set PYTHONPATH=$REPO/tests/support/python (CTest does)"
  exit 1
fi
