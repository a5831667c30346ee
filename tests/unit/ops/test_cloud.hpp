#pragma once
// A session and clients over a ScriptedTransport, with a FakeClock, and helpers that
// shape server answers from the fixtures in tests/fixtures/compute and image.
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "openstack/compute.hpp"
#include "openstack/image.hpp"
#include "openstack/session.hpp"
#include "openstack/volume.hpp"
#include "support/fake_clock.hpp"
#include "support/scripted_transport.hpp"

namespace stackrescue::testing {

inline const std::string kServerId = "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a";
inline const std::string kVolumeServerId = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d";
inline const std::string kRescueImageId = "5e1c2f7a-3b9d-4c8e-a1f2-6d7e8f9a0b1c";
inline const std::string kQueuedImageId = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
inline const std::string kServerPath = "/v2.1/servers/" + kServerId;
// fault.created one second after the fake clock's start (FakeClock::unix_start).
inline const std::string kFreshFaultTime = "2026-11-18T11:06:41Z";

struct TestCloud {
  // `compute_max`: the compute version document is scripted right after the token (the
  // session reads it before its first compute request); nullopt for image-only tests.
  explicit TestCloud(std::optional<std::string> compute_max = std::string("2.93")) {
    with_keystone_v3(*transport);
    if (compute_max) with_compute_versions(*transport, *compute_max);
    openstack::CloudConfig config;
    config.name = "test";
    config.auth = {{"auth_url", "http://127.0.0.1:5000/v3"}, {"username", "member"},
                   {"password", "member-secret-pw"}, {"project_name", "member"},
                   {"user_domain_name", "Default"}, {"project_domain_name", "Default"}};
    openstack::SessionOptions options;
    options.token_cache = false;
    session = std::make_unique<openstack::Session>(config, transport, options, clock);
    compute.emplace(*session);
    image.emplace(*session);
    volume.emplace(*session);
  }

  ScriptedTransport& script() { return *transport; }

  std::shared_ptr<ScriptedTransport> transport = std::make_shared<ScriptedTransport>();
  FakeClock clock;
  std::unique_ptr<openstack::Session> session;
  std::optional<openstack::ComputeClient> compute;
  std::optional<openstack::ImageClient> image;
  std::optional<openstack::VolumeClient> volume;
};

// {"server": ...} from `base` with status, vm_state and task_state replaced.
inline nlohmann::json server_json(const std::string& status, const std::string& vm_state,
                                  const std::optional<std::string>& task = std::nullopt,
                                  const std::string& base = "compute/server_active.json") {
  nlohmann::json doc = fixture(base);
  doc["server"]["status"] = status;
  doc["server"]["OS-EXT-STS:vm_state"] = vm_state;
  doc["server"]["OS-EXT-STS:task_state"] = task ? nlohmann::json(*task) : nlohmann::json(nullptr);
  return doc;
}

inline nlohmann::json with_fault(nlohmann::json doc, const std::string& created, const std::string& message) {
  doc["server"]["fault"] = {{"code", 400}, {"created", created}, {"message", message}};
  return doc;
}

// An ExpectedCall answering `status` with `body`, checking the request with `check`.
inline ExpectedCall call(const std::string& method, const std::string& url_contains, int status,
                         const nlohmann::json& body, std::optional<nlohmann::json> expect_body = std::nullopt,
                         std::function<void(const http::Request&)> check = nullptr) {
  ExpectedCall c;
  c.method = method;
  c.url_contains = url_contains;
  c.expect_body = std::move(expect_body);
  c.check = std::move(check);
  c.response.status = status;
  if (!body.is_null()) {
    c.response.body = body.dump();
    c.response.headers.set("Content-Type", "application/json");
  }
  return c;
}

// The server (ACTIVE) and Nova's answer to its noVNC console request (the local cloud's
// answer, tests/fixtures/compute/remote_console_novnc.json) with the URL on `host` carrying
// `token`, the request checked as POST remote-consoles {vnc, novnc}.
inline openstack::Server server_with_novnc_console(TestCloud& cloud, const std::string& host, const std::string& token) {
  cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
  auto server = cloud.compute->get_server(kServerId);
  auto answer = fixture("compute/remote_console_novnc.json");
  answer["remote_console"]["url"] = "http://" + host + ":6080/vnc_lite.html?path=%3Ftoken%3D" + token;
  cloud.script().expect(call("POST", kServerPath + "/remote-consoles", 200, answer,
                             nlohmann::json{{"remote_console", {{"protocol", "vnc"}, {"type", "novnc"}}}}));
  return server;
}

}  // namespace stackrescue::testing
