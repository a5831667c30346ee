// The probe as a real binary module, for ansible-doc, ansible-playbook and hostile-input tests.
#include "probe_spec.hpp"

int main(int argc, char** argv) {
  using namespace stackrescue::ansible;
  return run_module(argc, argv, testing::probe_spec(), testing::probe_run);
}
