#pragma once
// The options every StackRescue module shares with the openstack.cloud collection
// (cloud, auth, auth_type, region_name, interface, validate_certs, ca_cert, client_cert,
// client_key, api_timeout, token_cache) plus the runtime's audit_log, and the step from those options to a session.
#include <memory>
#include <vector>

#include "ansible/module.hpp"
#include "console/channel.hpp"
#include "openstack/compute.hpp"
#include "openstack/image.hpp"
#include "openstack/session.hpp"
#include "openstack/volume.hpp"

namespace stackrescue::module_support {

// The common options, to merge into a module spec with ansible::add_options.
std::vector<ansible::Option> cloud_options();

// One connected cloud: a session and its service clients.
struct Cloud {
  std::shared_ptr<openstack::Session> session;
  openstack::ComputeClient compute;
  openstack::ImageClient image;
  openstack::VolumeClient volume;   // Cinder: asked only by what needs it (its catalog entry is looked up then)
};

// Resolves the cloud from the params (+ environment, clouds.yaml), builds the transport
// and session, and copies configuration warnings (e.g. validate_certs: false) to ctx.
Cloud connect(const ansible::Params& params, ansible::Context& ctx);

// The same, with an injected transport (in-process tests).
Cloud connect(const ansible::Params& params, ansible::Context& ctx, std::shared_ptr<http::Transport> transport,
              const openstack::ConfigSources& sources);

// Opens the serial console's channel (a WebSocket to the console proxy) with the cloud's
// TLS settings (validate_certs, ca_cert, client_cert/key) and timeouts (api_timeout), as
// the HTTP transport uses them.
console::ChannelOpener serial_console_opener(const Cloud& cloud);

// allow_insecure_console, for the modules that open a console (serial or VNC): a ws://
// console URL on another host is refused unless it is true.
ansible::Option allow_insecure_console_option();

}  // namespace stackrescue::module_support
