#pragma once
// The human message inside an OpenStack error body. Nova: {"<fault>": {"code", "message"}};
// Keystone: {"error": {"code", "title", "message"}}; Glance: {"message": "...<br />...",
// "code": "400 Bad Request"} or plain text. Modelled on openstacksdk's _extract_message.
#include <string>

namespace stackrescue::openstack {

// Returns a one-line message (at most ~500 characters), or "" when the body says nothing.
std::string extract_error_message(const std::string& body);

}  // namespace stackrescue::openstack
