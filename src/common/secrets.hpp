#pragma once
// A process-wide register of secret values (passwords, tokens, application credential
// secrets, admin passwords). Every layer that learns a secret registers it here; the module
// runtime scrubs every registered value from everything it prints. This is the second line
// of defence: code should not put secrets into messages in the first place.
#include <string>
#include <string_view>

namespace stackrescue::secrets {

// The text Ansible's AnsibleModule prints in place of a no_log value.
inline constexpr std::string_view kMask = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";
// The text used when a secret is scrubbed out of free text (messages, errors).
inline constexpr std::string_view kScrubbed = "********";

// Registers a secret. Values shorter than 4 characters are ignored: masking them as
// substrings garbles every message (the openstack.cloud collection's known trap).
void add(std::string value);

// Returns `text` with every registered secret replaced by kScrubbed (longest first).
std::string scrub(std::string_view text);

// True if `text` contains a registered secret.
bool contains_secret(std::string_view text);

// Forgets every secret (tests only).
void clear_for_tests();

}  // namespace stackrescue::secrets
