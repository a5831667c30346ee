#include "console/prompt.hpp"

#include <algorithm>
#include <cctype>

#include "console/framing.hpp"

namespace stackrescue::console {
namespace {

// A prompt is short: looking at the last bytes is enough and bounds the work.
constexpr std::size_t kTail = 512;

void drop_trailing_blanks(std::string& text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
}

std::string tail_text(std::string_view raw) {
  return as_text(raw.size() > kTail ? raw.substr(raw.size() - kTail) : raw);
}

bool ends_with_nocase(const std::string& text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), text.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char want, char got) { return std::tolower(static_cast<unsigned char>(got)) == want; });
}

}  // namespace

Prompt prompt_at_end(std::string_view raw) {
  std::string text = tail_text(raw);
  drop_trailing_blanks(text);
  // busybox's cursor query after its prompt, read from Nova's console log (the VNC console's
  // output), which drops the ESC byte: "[6n" is what is left of it.
  constexpr std::string_view kBareCursorQuery = "[6n";
  if (text.size() >= kBareCursorQuery.size() &&
      std::string_view(text).substr(text.size() - kBareCursorQuery.size()) == kBareCursorQuery) {
    text.resize(text.size() - kBareCursorQuery.size());
    drop_trailing_blanks(text);
  }
  if (text.empty() || text.back() == '\n') return Prompt::None;
  if (ends_with_nocase(text, "login:")) return Prompt::Login;
  if (ends_with_nocase(text, "password:")) return Prompt::Password;
  const char last = text.back();
  if (last == '#' || last == '$' || last == '>') return Prompt::Shell;
  return Prompt::None;
}

std::string last_line(std::string_view raw) {
  std::string text = tail_text(raw);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  const auto at = text.rfind('\n');
  std::string line = at == std::string::npos ? text : text.substr(at + 1);
  if (line.size() > 200) line = as_text(line.substr(line.size() - 200));  // a cut UTF-8 sequence becomes U+FFFD
  return line;
}

}  // namespace stackrescue::console
