"""What bench/run --repair measures (the report: report.repair): repair.yml on a real broken
server against the floor of the same repair (runs.repair_floor), in the same run, on the
same server.

One stackrescue-debian server (flavor m1.distro, zone qemu: a real TCG guest) is booted,
then, --runs times, in alternating order:
  break     rescue, tests/integration/real_guests/break/fstab_gone_disk.sh typed into the
            rescue system, unrescue, its boot seen in emergency mode (as real_repair_test.py
            does: stackrescue_testing.broken_guest, the same modules; not timed)
  repair    `ansible-playbook stackrescue.openstack.repair.repair -e server=NAME
            -e repair_tasks=auto -e repair_snapshot=false` from the installed collection, with
            ansible.posix.profile_tasks: its wall time and every task's; it must end repaired
  floor     the same repair with the least overhead (runs.repair_floor)
Each measurement starts from the same state (broken, ACTIVE, in emergency mode) and ends at
the login prompt. The server is deleted at the end, also after a failure or an interruption.
"""
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time

from stackrescue_testing import cloud as cloud_helper
from stackrescue_testing.broken_guest import EMERGENCY, BrokenGuest

from stackrescue_bench.measure import loadavg, log, rotated, run
from stackrescue_bench.paths import ANSIBLE_PLAYBOOK, testing_command
from stackrescue_bench.runs import repair_floor
from stackrescue_bench.workspace import Workspace

IMAGE = "stackrescue-debian"
RESCUE_TAG = "system-rescue"
BREAK = ("fstab_gone_disk.sh", {"MP": "/mnt", "DEV": "/dev/vda1"})   # as real_repair_test.py's first round
PLAY_TIMEOUT = 1800
# repair.yml's tasks, by the start of their name (profile_tasks prints the name as written,
# untemplated), and the piece of the floor each one holds.
PHASES = [
    ("diagnose", "Diagnose the server"),
    ("rescue", "Snapshot and rescue"),
    ("locate", "Find the server's root file system in the rescue system"),
    ("fstab", "Comment out the fstab lines"),
    ("unmount", "Sync and unmount the server's root file system"),
    ("unrescue", "Unrescue"),
    ("verify", "Verify the boot"),
]
PROFILE_LINE = re.compile(r"^(.*\S) -+ (\d+\.\d+)s$")


def task_times(out):
    """{task name: seconds} from profile_tasks' summary (execution order, every task)."""
    at = out.rfind("\n=====")
    times = {}
    for line in out[at:].splitlines():
        m = PROFILE_LINE.match(line)
        if m:
            times[m.group(1)] = times.get(m.group(1), 0.0) + float(m.group(2))
    return times


def phases(times):
    """repair.yml's tasks grouped as PHASES, the rest as `other`."""
    got = {key: 0.0 for key, _ in PHASES}
    got["other"] = 0.0
    for name, seconds in times.items():
        key = next((k for k, prefix in PHASES if name.startswith(prefix)), "other")
        got[key] += seconds
    return got


class Repair(Workspace):
    def __init__(self, args):
        super().__init__(args.build_dir, "stackrescue-bench-repair.")
        self.args = args
        self.guest = None
        self.rows = {"repair": [], "floor": []}
        self.breaks = []        # seconds each break took (rescue, script, unrescue, failed boot)
        self.loads = []
        self.boot_s = None
        self.shutdowns = {}     # nova-compute's words on the guest's shutdowns: count

    def setup(self):
        self.loads.append(("start", loadavg()))
        if subprocess.run(testing_command("real_guest", "zone"), env=self.env, capture_output=True).returncode:
            sys.exit("bench --repair: zone qemu (the local cloud's libvirt host) is not up")
        self.install_collection()
        logs = os.path.join(self.tmp, "logs")
        os.makedirs(logs, exist_ok=True)
        self.guest = BrokenGuest("h20bench-%s" % secrets.token_hex(3), IMAGE, self.env, logs)
        log("booting %s (%s, m1.distro, zone qemu)" % (self.guest.name, IMAGE))
        start = time.monotonic()
        self.guest.boot()
        self.boot_s = time.monotonic() - start
        log("%s (%s) at its login prompt after %.0f s" % (self.guest.name, self.guest.sid, self.boot_s))

    def go(self):
        self.setup()
        for i in range(self.args.runs):
            for key in rotated(["repair", "floor"], i):
                self.break_it()
                log("%s (run %d)" % (key, len(self.rows[key]) + 1))
                figures = self.repair() if key == "repair" else self.floor()
                self.rows[key].append(figures)
                with open(os.path.join(self.tmp, "rows.json"), "w") as f:   # kept with --keep-tmp
                    json.dump(self.rows, f, indent=1)
                log("%s: %s" % (key, json.dumps({k: round(v, 1) if isinstance(v, float) else v
                                                 for k, v in figures.items() if k not in ("tasks", "out")})))
        self.loads.append(("end", loadavg()))
        self.shutdowns = shutdown_waits(self.env["OS_CLIENT_CONFIG_FILE"], self.guest.sid)

    def break_it(self):
        log("breaking %s: %s, then its boot in emergency mode" % (self.guest.name, BREAK[0]))
        start = time.monotonic()
        self.guest.break_boot(*BREAK, EMERGENCY)
        self.breaks.append(time.monotonic() - start)

    def repair(self):
        env = dict(self.env, COLUMNS="250", ANSIBLE_CALLBACKS_ENABLED="ansible.posix.profile_tasks",
                   PROFILE_TASKS_SORT_ORDER="none", PROFILE_TASKS_TASK_OUTPUT_LIMIT="all")
        argv = [ANSIBLE_PLAYBOOK, "stackrescue.openstack.repair.repair", "-e", "server=" + self.guest.name,
                "-e", "repair_tasks=auto", "-e", "repair_snapshot=false"]
        r = run(argv, env, timeout=PLAY_TIMEOUT)
        with open(os.path.join(self.tmp, "logs", "repair%d.log" % (len(self.rows["repair"]) + 1)), "w") as f:
            f.write("$ %s\n%s%s\n(exit %d, %.1f s)\n" % (" ".join(argv), r.out, r.err, r.rc, r.wall))
        if r.rc or not re.search(r": repaired: up again after ", r.out):
            raise RuntimeError("repair.yml did not end repaired (exit %d):\n%s" % (r.rc, (r.out + r.err)[-3000:]))
        times = task_times(r.out)
        got = {"wall": r.wall, "cpu": r.cpu, "tasks": times, "tasks_total": sum(times.values())}
        got.update(phases(times))
        got["startup"] = r.wall - got["tasks_total"]
        m = re.search(r"up again after ([\d.]+) s", r.out)
        got["verify_waited"] = float(m.group(1)) if m else float("nan")
        return got

    def floor(self):
        conn = cloud_helper.member()
        return repair_floor.measure(conn, self.guest.sid, self.guest.name, RESCUE_TAG)

    def cleanup(self):
        if self.guest and self.guest.sid:
            log("deleting %s (%s)" % (self.guest.name, self.guest.sid))
            self.guest.delete()
        if self.args.keep_tmp:
            log("kept %s" % self.tmp)
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)


def shutdown_waits(clouds_yaml, sid):
    """What the libvirt host's nova-compute said of the guest's clean shutdowns (the first part
    of every rescue): e.g. {"Instance failed to shutdown in 15 seconds.": 3}; empty when its
    log is not found next to the local cloud's clouds.yaml."""
    path = os.path.join(os.path.dirname(clouds_yaml), "log", "nova-compute-qemu.log")
    said = {}
    try:
        with open(path, errors="replace") as f:
            for line in f:
                m = sid in line and re.search(r"(Instance (failed to shutdown|shutdown successfully)[^\x1b]*?\.)", line)
                if m:
                    said[m.group(1)] = said.get(m.group(1), 0) + 1
    except OSError:
        pass
    return said
