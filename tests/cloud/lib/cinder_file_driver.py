"""A Cinder volume driver that keeps each volume as a sparse file.

Part of tests/cloud (the local cloud for StackRescue's tests), loaded by
cinder-volume as `volume_driver = cinder_file_driver.FileVolumeDriver` with
this directory on PYTHONPATH.

Why not Cinder's LVM driver: the kernel of these machines has no
device-mapper (no /dev/mapper/control, no dm_mod, no /lib/modules), so
`lvcreate` fails with "Failure to communicate with kernel device-mapper
driver" even on a loop device; and no NFS client, no LIO (configfs) either.
So the volumes are files under `file_volume_dir` in the state dir. Their data
is real: a volume created from an image holds that image (qemu-img convert
through Cinder's own image_utils), snapshots and clones are copies, uploads
to Glance read the file.

Connections are of type `local`: for Nova's fake driver (zone `nova`) the
volume file's path (it records the attachment and never opens it); for any
other host (Nova's libvirt driver, zone `qemu`) a loop device over the file,
which QEMU opens as a block device; detached again at terminate_connection.
"""

import os
import shutil
import subprocess

from oslo_config import cfg
from oslo_log import log as logging
from oslo_utils import units

from cinder.image import image_utils
from cinder.volume import driver
from cinder.volume import volume_utils

LOG = logging.getLogger(__name__)

FILE_OPTS = [
    cfg.StrOpt("file_volume_dir", help="Directory that holds one file per volume."),
    cfg.IntOpt("file_capacity_gb", default=200,
               help="Capacity reported to the scheduler (files are sparse)."),
]
cfg.CONF.register_opts(FILE_OPTS, group="backend_defaults")


class FileVolumeDriver(driver.VolumeDriver):
    VERSION = "1.0.0"
    # Third-party CI marker that Cinder checks for out-of-tree drivers.
    CI_WIKI_NAME = "StackRescue_local_cloud"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.configuration.append_config_values(FILE_OPTS)
        self.backend_name = self.configuration.safe_get("volume_backend_name") or "file"

    # ---------------------------------------------------------- setup, stats

    def do_setup(self, context):
        os.makedirs(self._dir(), exist_ok=True)

    def check_for_setup_error(self):
        if not os.path.isdir(self._dir()):
            raise RuntimeError("file_volume_dir %s is not a directory" % self._dir())

    def _dir(self):
        return self.configuration.file_volume_dir

    def local_path(self, volume):
        return os.path.join(self._dir(), volume["name"])

    def _snapshot_path(self, snapshot):
        return os.path.join(self._dir(), snapshot["name"])

    def _used_gb(self):
        used = 0
        for name in os.listdir(self._dir()):
            used += os.path.getsize(os.path.join(self._dir(), name))
        return used / units.Gi

    def _update_volume_stats(self):
        total = self.configuration.file_capacity_gb
        self._stats = {
            "volume_backend_name": self.backend_name,
            "vendor_name": "StackRescue",
            "driver_version": self.VERSION,
            "storage_protocol": "local",
            "pools": [{
                "pool_name": self.backend_name,
                "total_capacity_gb": total,
                "free_capacity_gb": max(total - self._used_gb(), 0),
                "reserved_percentage": 0,
                "QoS_support": False,
                "thin_provisioning_support": True,
                "thick_provisioning_support": False,
                "max_over_subscription_ratio": 20.0,
                "multiattach": False,
            }],
        }

    # ---------------------------------------------------------- volumes

    def _create_file(self, path, size_gb):
        with open(path, "wb") as f:
            f.truncate(size_gb * units.Gi)

    def create_volume(self, volume):
        self._create_file(self.local_path(volume), volume["size"])

    def delete_volume(self, volume):
        self.terminate_connection(volume, None)
        try:
            os.unlink(self.local_path(volume))
        except FileNotFoundError:
            pass

    def extend_volume(self, volume, new_size):
        os.truncate(self.local_path(volume), new_size * units.Gi)

    def _copy(self, src, dst, size_gb):
        shutil.copyfile(src, dst)
        if size_gb * units.Gi > os.path.getsize(dst):
            os.truncate(dst, size_gb * units.Gi)

    def create_cloned_volume(self, volume, src_vref):
        self._copy(self.local_path(src_vref), self.local_path(volume), volume["size"])

    def create_snapshot(self, snapshot):
        shutil.copyfile(self.local_path(snapshot.volume), self._snapshot_path(snapshot))

    def delete_snapshot(self, snapshot):
        try:
            os.unlink(self._snapshot_path(snapshot))
        except FileNotFoundError:
            pass

    def create_volume_from_snapshot(self, volume, snapshot):
        self._copy(self._snapshot_path(snapshot), self.local_path(volume), volume["size"])

    def copy_image_to_volume(self, context, volume, image_service, image_id):
        path = self.local_path(volume)
        image_utils.fetch_to_raw(context, image_service, image_id, path,
                                 self.configuration.volume_dd_blocksize, size=volume["size"])
        # qemu-img convert replaced the file with one of the image's size.
        if os.path.getsize(path) < volume["size"] * units.Gi:
            os.truncate(path, volume["size"] * units.Gi)

    def copy_volume_to_image(self, context, volume, image_service, image_meta):
        volume_utils.upload_volume(context, image_service, image_meta,
                                   self.local_path(volume), volume)

    def clone_image(self, context, volume, image_location, image_meta, image_service):
        return None, False

    # ---------------------------------------------------------- exports

    def ensure_export(self, context, volume):
        pass

    def create_export(self, context, volume, connector):
        pass

    def remove_export(self, context, volume):
        pass

    # Nova's fake driver (zone "nova") announces itself with this initiator; it never
    # opens the path. Any other host (the libvirt one, zone "qemu") gets a loop device over
    # the file: Nova's libvirt driver hands a "local" volume to QEMU as a block device.
    FAKE_INITIATOR = "fake"

    def _loop_devices(self, volume):
        out = subprocess.run(["losetup", "--noheadings", "--output", "NAME", "--associated",
                              self.local_path(volume)], check=True, capture_output=True, text=True)
        return out.stdout.split()

    def initialize_connection(self, volume, connector):
        path = self.local_path(volume)
        if (connector or {}).get("initiator") != self.FAKE_INITIATOR:
            loops = self._loop_devices(volume)
            path = loops[0] if loops else subprocess.run(
                ["losetup", "--find", "--show", path], check=True, capture_output=True,
                text=True).stdout.strip()
            LOG.info("volume %s on %s for host %s", volume["id"], path, connector.get("host"))
        return {"driver_volume_type": "local",
                "data": {"device_path": path, "volume_id": volume["id"]}}

    def terminate_connection(self, volume, connector, **kwargs):
        for loop in self._loop_devices(volume):
            subprocess.run(["losetup", "--detach", loop], check=False)
