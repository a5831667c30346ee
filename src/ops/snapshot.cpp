#include "ops/snapshot.hpp"

#include <cmath>
#include <ctime>

#include "common/utf8.hpp"
#include "openstack/errors.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/rescue_image_info.hpp"

namespace stackrescue::ops {
namespace {

// Glance refuses names longer than 255 bytes; the suffix takes 24.
constexpr std::size_t kMaxImageName = 255;
const std::string kSuffixStem = "-rescue-";

// Image states from which no snapshot becomes active any more.
bool is_dead(const std::string& status) {
  return status == "killed" || status == "deleted" || status == "pending_delete" || status == "deactivated";
}

nlohmann::json details(const openstack::Server& server, const std::optional<openstack::Image>& image) {
  nlohmann::json d = {{"server", openstack::to_json(server)}};
  if (image) d["snapshot"] = {{"id", image->id}, {"name", image->name}, {"status", image->status}};
  return d;
}

class Snapshot {
 public:
  Snapshot(openstack::ComputeClient& compute, openstack::ImageClient& images, const openstack::Server& server,
           std::string name, const SnapshotWait& wait, std::vector<std::string>& warnings)
      : compute_(compute), images_(images), server_(server), name_(std::move(name)), wait_(wait),
        warnings_(warnings) {}

  openstack::Image take() {
    image_ = openstack::Image{};
    image_->id = request();
    image_->name = name_;
    image_->status = "queued";
    if (!poll_until(wait_, [this] { return image_active(); })) give_up_on_image();
    if (!poll_until(wait_, [this] { return task_done(); }))
      throw OperationFailed("the snapshot " + describe(*image_) + " of " + describe(server_) +
                                " is active, but the server still shows task_state " +
                                server_.task_state.value_or("none") + " after " +
                                std::to_string(wait_.deadline.total.count()) +
                                " s; not rescued (the snapshot is kept)",
                            details(server_, image_));
    return *image_;
  }

 private:
  // The createImage POST, sent once. Returns the new image's ID.
  std::string request() {
    try {
      return compute_.create_image(server_.id, name_, {{kSnapshotProperty, server_.id}});
    } catch (const openstack::Unreachable& lost) {
      if (!lost.request_may_have_been_sent()) throw;
      return after_lost_answer(lost.what());
    } catch (const openstack::ResponseError& garbled) {
      return after_lost_answer(garbled.what());
    } catch (const openstack::ApiError& error) {
      if (error.status() >= 500) return after_lost_answer(error.what());
      const std::string why = error.api_message().empty() ? error.what() : error.api_message();
      throw OperationFailed("the cloud refused to snapshot " + describe(server_) + " (HTTP " +
                                std::to_string(error.status()) + "): " + why +
                                ". Nothing was changed: the server was not rescued. Without a snapshot, rescue "
                                "with snapshot: false",
                            details(server_, std::nullopt));
    }
  }

  // No usable answer: Nova creates the image before it answers, so the image's presence
  // (by our unique name and the property) tells whether the request went through.
  std::string after_lost_answer(const std::string& lost) {
    for (const auto& image : snapshots_of(images_, server_)) {
      if (image.name != name_) continue;
      warnings_.push_back("the answer to the snapshot request was lost (" + lost + "), but Glance shows the image " +
                          image.id + "; the request was not sent again");
      return image.id;
    }
    throw OperationFailed("the snapshot request for " + describe(server_) + " got no answer (" + lost +
                              ") and no image named '" + name_ + "' appeared; not sent again, to avoid a second "
                              "snapshot. The server was not rescued",
                          details(server_, std::nullopt));
  }

  bool image_active() {
    try {
      image_ = images_.get(image_->id);
    } catch (const openstack::NotFound&) {
      throw OperationFailed("the snapshot image " + image_->id + " of " + describe(server_) +
                                " was deleted before it became active: Nova's snapshot failed (openstack server "
                                "event list " + server_.id + "). The server was not rescued",
                            details(server_, std::nullopt));
    }
    if (is_dead(image_->status))
      throw OperationFailed("the snapshot " + describe(*image_) + " of " + describe(server_) + " ended in status " +
                                image_->status + " instead of active. The server was not rescued",
                            details(server_, image_));
    return image_->status == "active";
  }

  // Nova clears the server's task (image_uploading) just after Glance marks the image
  // active; a rescue before that would be refused (409 task_state).
  bool task_done() {
    server_ = compute_.get_server(server_.id);
    return !server_.task_state;
  }

  // The deadline passed with the image not active: it is no backup. Delete it so that
  // nothing half-made stays behind (a re-run takes a new one), then fail.
  [[noreturn]] void give_up_on_image() {
    std::string fate = "deleted";
    try {
      images_.remove(image_->id);
    } catch (const Error& error) {
      fate = "NOT deleted (" + std::string(error.what()) + "): delete it by hand";
    }
    throw OperationFailed("timed out after " + std::to_string(wait_.deadline.total.count()) +
                              " s waiting for the snapshot " + describe(*image_) + " of " + describe(server_) +
                              " to become active (last status " + image_->status + "); the unfinished image was " +
                              fate + ". The server was not rescued",
                          details(server_, image_));
  }

  openstack::ComputeClient& compute_;
  openstack::ImageClient& images_;
  openstack::Server server_;
  const std::string name_;
  const SnapshotWait& wait_;
  std::vector<std::string>& warnings_;
  std::optional<openstack::Image> image_;
};

}  // namespace

std::string snapshot_name(const openstack::Server& server, double unix_time) {
  const std::time_t seconds = static_cast<std::time_t>(std::floor(unix_time));
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
  const std::string suffix = kSuffixStem + stamp;
  const std::string base = server.name.empty() ? server.id : server.name;
  return std::string(utf8_head(base, kMaxImageName - suffix.size())) + suffix;
}

bool poll_until(const SnapshotWait& wait, const std::function<bool()>& done) {
  for (auto interval = wait.policy.first;; interval = next_interval(wait.policy, interval)) {
    sleep_within(wait.clock, wait.deadline, interval);
    if (done()) return true;
    if (wait.clock.now() >= wait.deadline.at) return false;
  }
}

std::vector<openstack::Image> snapshots_of(openstack::ImageClient& images, const openstack::Server& server) {
  // Glance gives the snapshot to the project of the token that asked Nova for it (nova
  // image/glance.py, create): the server's own project for its members, the only users this
  // module serves. An admin's snapshot of another project's server is owned by the admin's
  // project and is not found (a re-run then reports none; a lost answer then fails, unrescued).
  return images.list_by_property(kSnapshotProperty, server.id, server.project_id);
}

std::optional<openstack::Image> latest_snapshot(openstack::ImageClient& images, const openstack::Server& server) {
  return newest_active(snapshots_of(images, server));
}

openstack::Image take_snapshot(openstack::ComputeClient& compute, openstack::ImageClient& images,
                               const openstack::Server& server, const std::string& name, const SnapshotWait& wait,
                               std::vector<std::string>& warnings) {
  return Snapshot(compute, images, server, name, wait, warnings).take();
}

nlohmann::json snapshot_json(const std::optional<std::string>& id, const std::string& name) {
  return {{"id", id ? nlohmann::json(*id) : nlohmann::json(nullptr)}, {"name", name}};
}

}  // namespace stackrescue::ops
