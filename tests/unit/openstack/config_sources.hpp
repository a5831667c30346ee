#pragma once
// In-memory files and environment for cloud configuration tests.
#include <map>
#include <string>

#include "openstack/cloud_config.hpp"

namespace stackrescue::testing {

struct FakeConfig {
  std::map<std::string, std::string> env;
  std::map<std::string, std::string> files;

  openstack::ConfigSources sources() const {
    openstack::ConfigSources src;
    src.getenv = [this](const std::string& k) -> std::optional<std::string> {
      auto it = env.find(k);
      return it == env.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    src.read_file = [this](const std::string& k) -> std::optional<std::string> {
      auto it = files.find(k);
      return it == files.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    src.cwd = "/work/here";
    src.home = "/home/op";
    return src;
  }
};

}  // namespace stackrescue::testing
