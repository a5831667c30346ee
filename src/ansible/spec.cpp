#include "ansible/spec.hpp"

#include "ansible/json_text.hpp"

namespace stackrescue::ansible {
namespace {

// "C(a)", "C(a) and C(b)", "C(a), C(b) and C(c)".
std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += std::string(i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + "C(" + names[i] + ")";
  return out;
}

}  // namespace

void add_options(ModuleSpec& spec, const std::vector<Option>& more) {
  spec.options.insert(spec.options.end(), more.begin(), more.end());
}

std::vector<std::string> rule_notes(const ModuleSpec& spec) {
  std::vector<std::string> notes;
  for (const auto& group : spec.mutually_exclusive)
    notes.push_back("Only one of " + listed(group) + " may be given.");
  for (const auto& group : spec.required_together) notes.push_back(listed(group) + " are required together.");
  for (const auto& group : spec.required_one_of) notes.push_back("One of " + listed(group) + " is required.");
  for (const auto& rule : spec.required_if)
    notes.push_back("When C(" + rule.option + ") is C(" + python_text(rule.value) + "), " +
                    (rule.any ? "one of " : "") + listed(rule.requirements) + (rule.any || rule.requirements.size() == 1 ? " is" : " are") +
                    " required.");
  return notes;
}

}  // namespace stackrescue::ansible
