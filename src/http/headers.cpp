#include <algorithm>
#include <cctype>

#include "http/transport.hpp"

namespace stackrescue::http {
namespace {

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

}  // namespace

void Headers::set(std::string name, std::string value) {
  items_.erase(std::remove_if(items_.begin(), items_.end(), [&](const auto& item) { return same_name(item.first, name); }),
               items_.end());
  items_.emplace_back(std::move(name), std::move(value));
}

void Headers::add(std::string name, std::string value) { items_.emplace_back(std::move(name), std::move(value)); }

// Returns the first header of that name (OpenStack never repeats the ones we read).
std::optional<std::string> Headers::get(std::string_view name) const {
  for (const auto& [item_name, value] : items_) {
    if (same_name(item_name, name)) return value;
  }
  return std::nullopt;
}

}  // namespace stackrescue::http
