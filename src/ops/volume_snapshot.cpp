#include "ops/volume_snapshot.hpp"

#include <algorithm>
#include <regex>

#include "common/utf8.hpp"
#include "openstack/errors.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"

namespace stackrescue::ops {
namespace {

// Cinder keeps a snapshot's name in a 255-character column.
constexpr std::size_t kMaxSnapshotName = 255;

// The disk letters of a device name ("/dev/vdb" -> "b", "/dev/xvdaa" -> "aa"), ordered as
// the disks are (b < z < aa); nullopt for a name of another shape.
std::optional<std::string> disk_letters(const std::string& device) {
  static const std::regex disk(R"(^/dev/[a-z]*d([a-z]+)$)");
  std::smatch match;
  if (!std::regex_match(device, match, disk)) return std::nullopt;
  return match[1].str();
}

bool disk_before(const std::string& a, const std::string& b) {
  const auto x = disk_letters(a), y = disk_letters(b);
  if (!x || !y) return false;  // unknown shapes keep Nova's order
  return x->size() != y->size() ? x->size() < y->size() : *x < *y;
}

// Marks the boot volume of a volume-backed server: the lowest disk (Nova names the root
// device first, /dev/vda or /dev/sda), or Nova's first attachment when names are unusual.
void mark_boot(std::vector<VolumeSnapshotRef>& refs, const openstack::Server& server) {
  if (!server.volume_backed || refs.empty()) return;
  auto boot = std::min_element(refs.begin(), refs.end(), [](const VolumeSnapshotRef& a, const VolumeSnapshotRef& b) {
    return disk_before(a.device, b.device);
  });
  boot->boot = true;
}

std::string describe(const VolumeSnapshotRef& ref) {
  return "volume " + ref.volume_id + (ref.device.empty() ? "" : " (" + ref.device + ")");
}

nlohmann::json details(const openstack::Server& server, const std::vector<VolumeSnapshotRef>& made) {
  return {{"server", openstack::to_json(server)}, {"volume_snapshots", volume_snapshots_json(made)}};
}

// One run's snapshots of a server's volumes: created one after the other, then waited for.
class VolumeSnapshots {
 public:
  VolumeSnapshots(openstack::VolumeClient& volumes, const openstack::Server& server, std::string run_name,
                  const SnapshotWait& wait, std::vector<std::string>& warnings)
      : volumes_(volumes), server_(server), run_name_(std::move(run_name)), wait_(wait), warnings_(warnings) {}

  std::vector<VolumeSnapshotRef> take(std::vector<VolumeSnapshotRef> planned) {
    for (auto& ref : planned) {
      ref.snapshot_id = request(ref);
      made_.push_back(ref);
    }
    if (!poll_until(wait_, [this] { return all_available(); }))
      give_up("timed out after " + std::to_string(wait_.deadline.total.count()) +
              " s waiting for the Cinder snapshots of " + openstack_server() + " to become available (" +
              pending_summary() + ")");
    return made_;
  }

 private:
  std::string openstack_server() const { return ops::describe(server_); }

  std::map<std::string, std::string> metadata() const {
    return {{kSnapshotProperty, server_.id}, {kSnapshotSetProperty, run_name_}};
  }

  // The create POST, sent once. Returns the new snapshot's ID.
  std::string request(const VolumeSnapshotRef& ref) {
    try {
      return volumes_.create_snapshot(ref.volume_id, ref.name, metadata()).id;
    } catch (const openstack::Unreachable& lost) {
      if (!lost.request_may_have_been_sent()) give_up_after_error(ref, lost.what());
      return after_lost_answer(ref, lost.what());
    } catch (const openstack::ResponseError& garbled) {
      return after_lost_answer(ref, garbled.what());
    } catch (const openstack::ApiError& error) {
      if (error.status() >= 500) return after_lost_answer(ref, error.what());
      const std::string why = error.api_message().empty() ? error.what() : error.api_message();
      give_up("the cloud refused to snapshot " + describe(ref) + " of " + openstack_server() + " (HTTP " +
              std::to_string(error.status()) + "): " + why);
    }
  }

  // No usable answer: Cinder records the snapshot before it answers, so a snapshot of this
  // volume with our unique name and metadata tells whether the request went through.
  std::string after_lost_answer(const VolumeSnapshotRef& ref, const std::string& lost) {
    std::vector<openstack::VolumeSnapshot> found;
    try {
      found = volumes_.snapshots_by_metadata(kSnapshotSetProperty, run_name_);
    } catch (const Error& error) {
      give_up("the request to snapshot " + describe(ref) + " got no answer (" + lost +
              ") and Cinder could not be asked whether it made one (" + error.what() + "); not sent again");
    }
    for (const auto& snapshot : found) {
      if (snapshot.volume_id != ref.volume_id || snapshot.name != ref.name) continue;
      if (snapshot.metadata.count(kSnapshotProperty) == 0 || snapshot.metadata.at(kSnapshotProperty) != server_.id)
        continue;
      warnings_.push_back("the answer to the snapshot request of " + describe(ref) + " was lost (" + lost +
                          "), but Cinder shows the snapshot " + snapshot.id + "; the request was not sent again");
      return snapshot.id;
    }
    give_up("the request to snapshot " + describe(ref) + " got no answer (" + lost + ") and no snapshot named '" +
            ref.name + "' appeared; not sent again, to avoid a second snapshot");
  }

  [[noreturn]] void give_up_after_error(const VolumeSnapshotRef& ref, const std::string& error) {
    give_up("the request to snapshot " + describe(ref) + " of " + openstack_server() + " failed: " + error);
  }

  bool all_available() {
    bool all = true;
    for (auto& ref : made_) {
      auto& status = status_[*ref.snapshot_id];
      if (status == "available") continue;
      try {
        status = volumes_.get_snapshot(*ref.snapshot_id).status;
      } catch (const openstack::NotFound&) {
        status = "deleted";
      }
      if (status == "error" || status == "deleted")
        give_up("the Cinder snapshot " + *ref.snapshot_id + " of " + describe(ref) + " ended in status " + status +
                " instead of available");
      all = all && status == "available";
    }
    return all;
  }

  std::string pending_summary() const {
    std::string out;
    for (const auto& ref : made_) {
      const auto it = status_.find(*ref.snapshot_id);
      const std::string status = it == status_.end() || it->second.empty() ? "creating" : it->second;
      if (status != "available") out += (out.empty() ? "" : ", ") + *ref.snapshot_id + " " + status;
    }
    return out;
  }

  // Something failed: nothing half-made stays behind (a re-run takes a new set). Deletes
  // what this run made, then fails, saying what became of each.
  [[noreturn]] void give_up(const std::string& why) {
    std::string fate;
    std::vector<VolumeSnapshotRef> kept;
    for (const auto& ref : made_) {
      try {
        volumes_.delete_snapshot(*ref.snapshot_id);
        fate += (fate.empty() ? "" : ", ") + *ref.snapshot_id + " deleted";
      } catch (const Error& error) {
        // Cinder deletes only available or error snapshots (volume/api.py delete_snapshot).
        kept.push_back(ref);
        fate += (fate.empty() ? "" : ", ") + *ref.snapshot_id + " NOT deleted (" + error.what() +
                "): delete it by hand once it is available";
      }
    }
    throw OperationFailed(why + "; " +
                              (made_.empty() ? std::string("no snapshot was made")
                                             : "the unfinished snapshots of this run: " + fate) +
                              ". Nothing else was changed: the server was not rescued",
                          details(server_, kept));
  }

  openstack::VolumeClient& volumes_;
  const openstack::Server& server_;
  const std::string run_name_;
  const SnapshotWait& wait_;
  std::vector<std::string>& warnings_;
  std::vector<VolumeSnapshotRef> made_;
  std::map<std::string, std::string> status_;
};

}  // namespace

std::string volume_snapshot_name(const std::string& run_name, const openstack::ServerVolume& volume) {
  const auto slash = volume.device.rfind('/');
  const std::string disk = volume.device.empty() ? volume.volume_id : volume.device.substr(slash + 1);
  const std::string suffix = "-" + (disk.empty() ? volume.volume_id : disk);
  return std::string(utf8_head(run_name, kMaxSnapshotName - std::min(suffix.size(), kMaxSnapshotName))) + suffix;
}

std::vector<VolumeSnapshotRef> plan_volume_snapshots(openstack::VolumeClient& volumes,
                                                     const openstack::Server& server, const std::string& run_name) {
  try {
    volumes.endpoint();  // before anything changes: a cloud without Cinder is refused here
  } catch (const openstack::ConfigError& none) {
    throw OperationFailed("cannot snapshot the volumes of " + ops::describe(server) + ": " + none.what() +
                              ". Nothing was changed: the server was not rescued",
                          {{"server", openstack::to_json(server)}});
  }
  std::vector<VolumeSnapshotRef> refs;
  for (const auto& volume : volumes.server_volumes(server.id))
    refs.push_back({volume.volume_id, std::nullopt, volume_snapshot_name(run_name, volume), volume.device, false});
  if (refs.empty())
    throw OperationFailed("cannot snapshot " + ops::describe(server) +
                              ": it is volume-backed but Nova lists no volume attached to it. Nothing was changed",
                          {{"server", openstack::to_json(server)}});
  mark_boot(refs, server);
  return refs;
}

std::vector<VolumeSnapshotRef> latest_volume_snapshots(openstack::VolumeClient& volumes,
                                                       const openstack::Server& server, std::string& set_name) {
  const auto attached = volumes.server_volumes(server.id);
  const auto snapshots = volumes.snapshots_by_metadata(kSnapshotProperty, server.id);  // newest first
  const auto set_of = [](const openstack::VolumeSnapshot& s) {
    const auto it = s.metadata.find(kSnapshotSetProperty);
    return it == s.metadata.end() ? std::string() : it->second;
  };
  const auto is_attached = [&](const std::string& volume_id) {
    return std::any_of(attached.begin(), attached.end(),
                       [&](const openstack::ServerVolume& v) { return v.volume_id == volume_id; });
  };
  for (const auto& newest : snapshots) {
    const std::string set = set_of(newest);
    if (set.empty()) continue;
    // A snapshot of a volume no longer attached, or not available, makes no restorable set.
    const bool complete = std::all_of(snapshots.begin(), snapshots.end(), [&](const openstack::VolumeSnapshot& s) {
      return set_of(s) != set || (s.status == "available" && is_attached(s.volume_id));
    });
    if (!complete) continue;
    std::vector<VolumeSnapshotRef> refs;  // in Nova's order of the attachments
    for (const auto& volume : attached) {
      const auto found = std::find_if(snapshots.begin(), snapshots.end(), [&](const openstack::VolumeSnapshot& s) {
        return set_of(s) == set && s.volume_id == volume.volume_id;
      });
      if (found != snapshots.end()) refs.push_back({found->volume_id, found->id, found->name, volume.device, false});
    }
    mark_boot(refs, server);
    set_name = set;
    return refs;
  }
  return {};
}

std::vector<VolumeSnapshotRef> take_volume_snapshots(openstack::VolumeClient& volumes,
                                                     const openstack::Server& server,
                                                     std::vector<VolumeSnapshotRef> planned, const std::string& run_name,
                                                     const SnapshotWait& wait, std::vector<std::string>& warnings) {
  return VolumeSnapshots(volumes, server, run_name, wait, warnings).take(std::move(planned));
}

nlohmann::json volume_snapshots_json(const std::vector<VolumeSnapshotRef>& snapshots) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& s : snapshots)
    list.push_back({{"volume_id", s.volume_id},
                    {"snapshot_id", s.snapshot_id ? nlohmann::json(*s.snapshot_id) : nlohmann::json(nullptr)},
                    {"name", s.name},
                    {"device", s.device},
                    {"boot", s.boot}});
  return list;
}

std::optional<std::string> volume_restore_refusal(const openstack::Server& server,
                                                  const std::vector<VolumeRestoreFacts>& facts) {
  std::string refusals;
  const auto refuse = [&](const VolumeRestoreFacts& f, const std::string& why) {
    refusals += (refusals.empty() ? "" : "; ") + describe(f.ref) + ": " + why;
  };
  for (const auto& f : facts) {
    const std::string snapshot_id = f.ref.snapshot_id.value_or("(none)");
    if (!f.volume) {
      refuse(f, "the volume no longer exists");
    } else if (!f.snapshot) {
      refuse(f, "its snapshot " + snapshot_id + " no longer exists");
    } else if (f.snapshot->status != "available") {
      refuse(f, "its snapshot " + snapshot_id + " is " + f.snapshot->status + ", and Cinder reverts only to an "
                "available one");
    } else if (f.latest_snapshot_id != f.snapshot->id) {
      refuse(f, "a newer snapshot (" + f.latest_snapshot_id.value_or("?") + ") exists, and Cinder reverts a volume "
                "only to its latest snapshot");
    } else if (f.volume->size != f.snapshot->size) {
      refuse(f, "the volume was resized (" + std::to_string(f.snapshot->size) + " GB -> " +
                    std::to_string(f.volume->size) + " GB), and Cinder reverts only at the snapshot's size");
    } else if (f.ref.boot) {
      refuse(f, "it is the boot volume of " + ops::describe(server) + ": Cinder reverts only a detached (available) "
                "volume and Nova refuses to detach a root volume; restore it by hand from a new volume made of "
                "snapshot " + snapshot_id);
    } else if (f.volume->status != "available" && f.volume->status != "in-use") {
      refuse(f, "the volume is " + f.volume->status + ", not available or in-use");
    } else if (std::any_of(f.volume->attachments.begin(), f.volume->attachments.end(),
                           [&](const openstack::VolumeAttachment& a) { return a.server_id != server.id; })) {
      refuse(f, "it is attached to another server too, which a detach and revert would cut off");
    }
  }
  if (refusals.empty()) return std::nullopt;
  return "the volumes of " + ops::describe(server) + " cannot be put back by Cinder: " + refusals;
}

std::optional<std::string> volume_restore_refusal(openstack::VolumeClient& volumes, const openstack::Server& server,
                                                  const std::vector<VolumeSnapshotRef>& snapshots) {
  // Refs rebuilt from a module result may have lost `boot`: mark it again from Nova's
  // attachments now (the boot volume stays attached for the server's life).
  std::vector<VolumeSnapshotRef> now;
  for (const auto& volume : volumes.server_volumes(server.id))
    now.push_back({volume.volume_id, std::nullopt, "", volume.device, false});
  mark_boot(now, server);
  std::vector<VolumeRestoreFacts> facts;
  for (const auto& ref : snapshots) {
    VolumeRestoreFacts f{ref, std::nullopt, std::nullopt, std::nullopt};
    f.ref.boot = ref.boot || std::any_of(now.begin(), now.end(), [&](const VolumeSnapshotRef& attached) {
                   return attached.boot && attached.volume_id == ref.volume_id;
                 });
    try {
      f.volume = volumes.get_volume(ref.volume_id);
      const auto all = volumes.snapshots_of_volume(ref.volume_id);  // newest first
      if (!all.empty()) f.latest_snapshot_id = all.front().id;
      if (ref.snapshot_id) f.snapshot = volumes.get_snapshot(*ref.snapshot_id);
    } catch (const openstack::NotFound&) {
      // the volume or the snapshot is gone: decided below
    }
    facts.push_back(std::move(f));
  }
  return volume_restore_refusal(server, facts);
}

}  // namespace stackrescue::ops
