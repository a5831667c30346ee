#!/usr/bin/python3
"""el_repair_check.py: the repair library on the stackrescue-el layout (VG el: LV root XFS,
LV swap), in plain QEMU TCG, with the cached images of tests/cloud/lib/distro_images.sh
(copy-on-write overlays in a temp dir; the cached .raw files are never written).

  1. the EL disk alone boots to `stackrescue-el login:`;
  2. rescue (the EL disk /dev/vda, the rescue disk booted from /dev/vdb, as Nova's
     stable-device rescue): break/xfs_root.sh;
  3. the EL disk alone: the boot fails (the text is printed);
  4. rescue: the library's locate, fsck and unmount scripts, rendered by Ansible's templar
     exactly as repair.yml renders them (stackrescue_testing.repair_library:
     task_script) and run as rescue_command runs them (sh FILE </dev/null 2>&1);
  5. the EL disk alone boots to login again; logged in, break/fstab_gone_lv.sh with MP=/;
  6. the EL disk alone: emergency mode (the text is printed);
  7. rescue: locate, fsck, fstab (mount point /srv/archive), unmount;
  8. the EL disk alone boots to login again.

    /usr/bin/python3 tests/integration/real_guests/el_repair_check.py [WORKDIR]   # as root (root-password is mode 600)

Exit 0 when every step behaved as expected. Serial logs: WORKDIR/<n>-<name>.log."""
import atexit
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
from el_qemu import Vm                      # this file's directory is on sys.path (a script)
from stackrescue_testing.repair_library import task_script  # PYTHONPATH=tests/support/python

RESCUE_PROMPT = rb"\[root@sysrescue ~\]# "
EL_LOGIN = rb"stackrescue-el login: "
EL_PROMPT = rb"root@stackrescue-el:~# "
LIBDIR = "/usr/lib/x86_64-linux-gnu"        # break/xfs_root.sh's default DIR
vms = []                                    # every VM started: killed at exit
atexit.register(lambda: [vm.kill() for vm in vms])


def check(ok, what):
    """Stops at the first failure: the next boots would only show its consequences."""
    print(("ok: " if ok else "FAILED: ") + what, flush=True)
    if not ok:
        sys.exit(1)


def image_dir(image):
    return subprocess.run(["bash", "-c", f"source {ROOT}/tests/cloud/lib/distro_images.sh && distro_image_dir {image}"],
                          capture_output=True, text=True, check=True).stdout.strip()


work = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="el-repair-")
os.makedirs(work, exist_ok=True)
el_dir, sr_dir = image_dir("stackrescue-el"), image_dir("stackrescue-sysrescue")
el, sr = os.path.join(work, "el.qcow2"), os.path.join(work, "sysrescue.qcow2")
for raw, qcow in ((f"{el_dir}/stackrescue-el.raw", el), (f"{sr_dir}/stackrescue-sysrescue.raw", sr)):
    if not os.path.exists(qcow):
        subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-F", "raw", "-b", raw, qcow], check=True)
password = open(f"{el_dir}/root-password").read().strip()
boots = 0


def boot(name, rescue):
    global boots
    boots += 1
    drives = [(el, None), (sr, 0)] if rescue else [(el, None)]
    vms.append(Vm(work, name, drives, os.path.join(work, f"{boots}-{name}.log")))
    return vms[-1]


def el_login(vm):
    vm.expect(EL_LOGIN, "login prompt")
    vm.send("root")
    vm.expect(rb"Password: ", "password prompt")
    vm.send(password)
    vm.expect(EL_PROMPT, "root shell")


def failed_boot(name, patterns, lines=30):
    """Boots the EL disk alone until one of PATTERNS (or its login prompt, a failure here);
    prints the console's last LINES lines up to that point. Returns the pattern's index."""
    vm = boot(name, rescue=False)
    try:
        i, out = vm.expect(patterns + [EL_LOGIN], "the boot's end", timeout=480)
        if i < len(patterns):
            out += vm.expect(rb"\n", "end of that line", timeout=30)[1]
        text = vm.clean(out)
        print("---- console, last lines ----\n" + "\n".join(text.splitlines()[-lines:]) + "\n----", flush=True)
    finally:
        vm.kill()
    return i


def run_task(vm, task_file, task_name, **variables):
    """Runs the library's script as rescue_command would; returns (exit status, output)."""
    vm.put("/tmp/task.sh", task_script(task_file, task_name, **variables))
    rc, out = vm.sh("sh /tmp/task.sh </dev/null 2>&1; rc=$?; rm -f /tmp/task.sh; (exit $rc)", timeout=1800)
    print(f"---- {task_file} (exit {rc}) ----\n{out.rstrip()}\n----", flush=True)
    return rc, out


LIB = dict(repair_command_timeout=300, repair_mountpoint="/mnt", repair_fsck_fix=True, repair_device="",
           repair_fstype="", repair_fstab_mountpoints=[], repair_fstab_pattern="")


def locate_fsck(vm, tasks, vg_line):
    """locate, the repairs, unmount: repair.yml's order. VG_LINE: what locate must say about
    volume group el. Returns {task: (exit status, output)}."""
    rc, out = run_task(vm, "locate.yml", "Find the server's root file system in the rescue system", **LIB)
    check(rc == 0, "locate exit 0")
    check(re.search("^" + re.escape(vg_line) + "$", out, re.M) is not None, f"locate says `{vg_line}`")
    dev = re.search(r"^device=(.*)$", out, re.M)
    typ = re.search(r"^fstype=(.*)$", out, re.M)
    check(dev is not None and dev.group(1) == "/dev/mapper/el-root", "locate found /dev/mapper/el-root")
    check(typ is not None and typ.group(1) == "xfs", "locate found fstype=xfs")
    found = dict(LIB, repair_device=dev.group(1) if dev else "", repair_fstype=typ.group(1) if typ else "")
    results = {}
    for task in tasks:
        if task == "fsck":
            results[task] = run_task(vm, "fsck.yml", "Check the server's root file system (read-only first)", **found)
        elif task == "fstab":
            results[task] = run_task(vm, "fstab.yml", "Comment out the fstab lines that block the boot (a copy of the file is kept)",
                                     **dict(found, repair_fstab_mountpoints=["/srv/archive"]))
        elif task == "count":
            results[task] = entries(vm)
    rc, out = run_task(vm, "unmount.yml", "Sync and unmount the server's root file system", **found)
    check(rc == 0 and "deactivated: volume group el" in out, "unmount deactivated volume group el")
    rc, out = vm.sh("echo \"el_devices=$(dmsetup ls | grep -c '^el-')\"")
    check("el_devices=0" in out, "no el-* device-mapper device left after unmount")
    return results


def entries(vm):
    """How many entries the library directory has (read-only mount, no log replay)."""
    rc, out = vm.sh(f"mkdir -p /tmp/c && mount -o ro,norecovery /dev/mapper/el-root /tmp/c && ls -f /tmp/c{LIBDIR} | wc -l; umount /tmp/c")
    n = re.search(r"^(\d+)\s*$", out, re.M)
    return int(n.group(1)) if rc == 0 and n else -1


def poweroff(vm):
    vm.send("sync; poweroff")
    vm.wait_exit()


def put_file(vm, name):
    vm.put(f"/tmp/{name}", open(os.path.join(HERE, "break", name)).read())


# 1. the EL disk as built
vm = boot("el-good", rescue=False)
el_login(vm)
check(True, f"EL boots to login ({vm.elapsed():.1f} s)")
poweroff(vm)

# 2. rescue: break the XFS root
vm = boot("rescue-break-xfs", rescue=True)
vm.expect(RESCUE_PROMPT, "rescue shell")
print(vm.sh("lsblk -o NAME,FSTYPE,MOUNTPOINT; lvs 2>&1")[1], flush=True)
rc, _ = vm.sh("vgchange -ay el >/dev/null")
before = entries(vm)
vm.sh("vgchange -an el >/dev/null")
put_file(vm, "xfs_root.sh")
rc, out = vm.sh("sh /tmp/xfs_root.sh 2>&1")
print(out, flush=True)
check(rc == 0 and "broken: " in out, "xfs_root.sh broke the root")
poweroff(vm)

# 3. the broken boot
i = failed_boot("el-broken-xfs", [rb"Kernel panic[^\n]*", rb"\(initramfs\) ", rb"emergency mode"])
check(i < 3, "the EL boot fails after xfs_root.sh")

# 4. rescue: locate + fsck + unmount
vm = boot("rescue-fsck", rescue=True)
vm.expect(RESCUE_PROMPT, "rescue shell")
# this rescue system activates every VG it sees at its boot (lvm2's udev rules): locate
# finds el active already and says so
res = locate_fsck(vm, ["fsck", "count"], "already active: volume group el")
rc, out = res["fsck"]
check(rc == 0 and re.search(r"^changed: repaired", out, re.M) is not None, "fsck repaired the root, checked clean after")
check(re.search(r"the read-only check of /dev/mapper/el-root found problems \(exit [1-9]", out) is not None,
      "xfs_repair -n found the damage before the repair")
check(before > 0 and res["count"] == before, f"{LIBDIR}: {before} entries before, {res['count']} after the repair")
poweroff(vm)

# 5. the repaired boot; then break fstab on the running server
vm = boot("el-repaired", rescue=False)
el_login(vm)
check(True, f"EL boots to login after the repair ({vm.elapsed():.1f} s)")
put_file(vm, "fstab_gone_lv.sh")
rc, out = vm.sh("MP=/ sh /tmp/fstab_gone_lv.sh 2>&1; tail -n 2 /etc/fstab")
print(out, flush=True)
check(rc == 0 and "broken: " in out, "fstab_gone_lv.sh added the line")
poweroff(vm)

# 6. the emergency boot
i = failed_boot("el-broken-fstab", [rb"Give root password for maintenance", rb"Kernel panic", rb"\(initramfs\) "], lines=25)
check(i == 0, "the EL boot ends in emergency mode")

# 7. rescue: locate + fsck + fstab + unmount
vm = boot("rescue-fstab", rescue=True)
vm.expect(RESCUE_PROMPT, "rescue shell")
# as in a rescue system that does not activate VGs itself: locate activates el
vm.sh("vgchange -an el")
res = locate_fsck(vm, ["fsck", "fstab"], "activated: volume group el")
rc, out = res["fsck"]
# the emergency boot was killed with the root mounted read-write: its XFS log is usually
# dirty, and then fsck must replay it (a mount) rather than fail or zero it
dirty = "valuable metadata changes in a log" in out
check(rc == 0 and (not dirty or "changed: replayed the log of /dev/mapper/el-root" in out),
      "fsck ends clean" + (" after replaying the dirty log" if dirty else " (the log was clean)"))
rc, out = res["fstab"]
check(rc == 0 and "changed: commented out: /dev/mapper/el-archive /srv/archive" in out, "fstab commented out /srv/archive")
poweroff(vm)

# 8. the repaired boot
vm = boot("el-repaired-fstab", rescue=False)
el_login(vm)
check(True, f"EL boots to login after the fstab repair ({vm.elapsed():.1f} s)")
print(vm.sh("grep archive /etc/fstab; systemctl is-system-running")[1], flush=True)
poweroff(vm)

print(f"{boots} boots; all checks passed")
