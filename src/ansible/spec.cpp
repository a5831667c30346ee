#include "ansible/spec.hpp"

namespace stackrescue::ansible {

void add_options(ModuleSpec& spec, const std::vector<Option>& more) {
  spec.options.insert(spec.options.end(), more.begin(), more.end());
}

}  // namespace stackrescue::ansible
