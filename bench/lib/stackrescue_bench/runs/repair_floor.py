"""The floor of bench/run --repair: the repair of a broken server with the least overhead
anything could have, timed piece by piece (report: report.repair):

  rescue    POST rescue -> RESCUE (no task state): Nova's rescue transition (its clean
            shutdown of the broken guest, the rescue domain's spawn), polled every POLL s
  boot 1    RESCUE -> the rescue system's shell prompt on the serial console (a newline typed
            every PROBE s over one websocket: no console-log polling)
  commands  the scripts tasks/fstab.yml and tasks/unmount.yml type, rendered by Ansible's own
            templar (stackrescue_testing.repair_library), uploaded to the rescue system first
            (not timed) and then run: only their execution counts
  unrescue  POST unrescue -> ACTIVE (no task state), polled every POLL s
  boot 2    ACTIVE -> `<name> login:` on the serial console (streamed, not polled)

tasks/locate.yml's script is run and timed too, but not counted: a person who knows the
disk (/dev/vda1 here) does not look for it; the report shows it next to repair.yml's locate.
Raw API calls through one keystoneauth session (stackrescue_testing.cloud), the serial
console through the tests' own websocket client (stackrescue_testing.serial_console).
"""
import base64
import re
import time

from stackrescue_testing import cloud as cloud_helper
from stackrescue_testing.repair_library import task_script
from stackrescue_testing.serial_console import SerialConsole

POLL = 0.2          # seconds between two GET /servers/{id}
PROBE = 0.5         # seconds between two probes of the rescue system's shell
TIMEOUT = 600       # seconds for each piece (a TCG boot under load)
CHUNK = 600         # base64 characters typed per line (a tty's line is at most 4095)
MOUNTPOINT = "/mnt"
FSTAB_TASK = "Comment out the fstab lines that block the boot (a copy of the file is kept)"
UNMOUNT_TASK = "Sync and unmount the server's root file system"
LOCATE_TASK = "Find the server's root file system in the rescue system"
SHELL_PROMPT = r"[#$] $"     # the end of a shell's prompt (GRUB's is "grub> ")
PIECES = ("rescue", "boot1", "commands", "unrescue", "boot2")


class FloorFailed(Exception):
    pass


def compute(conn, method, path, body=None):
    return conn.session.request(path, method, json=body, endpoint_filter={"service_type": "compute"},
                                microversion="2.87", raise_exc=True)


def rescue_image(conn, tag):
    """The newest active image with TAG, as server_rescue's image_tag finds it."""
    images = conn.session.get("/v2/images", endpoint_filter={"service_type": "image"},
                              params={"tag": tag, "status": "active"}).json()["images"]
    if not images:
        raise FloorFailed("no active image tagged %s" % tag)
    return max(images, key=lambda i: i["created_at"])["id"]


def wait_status(conn, sid, status, since):
    """Seconds from `since` until the server shows STATUS with no task state."""
    deadline = since + TIMEOUT
    while True:
        state = cloud_helper.server_state(conn, sid)
        now = time.monotonic()
        if state and state["status"] == status and not state["task_state"]:
            return now - since
        if not state or state["status"] == "ERROR" or now > deadline:
            raise FloorFailed("server %s: no %s within %d s: %s" % (sid, status, TIMEOUT, state))
        time.sleep(POLL)


def open_console(conn, sid):
    """The serial console's websocket; retried while the domain's port is not up yet."""
    deadline = time.monotonic() + 60
    while True:
        try:
            return SerialConsole.of(conn, sid)
        except Exception:  # noqa: BLE001 - the proxy refuses until the new domain listens
            if time.monotonic() > deadline:
                raise
            time.sleep(POLL)


def wait_shell(console, since):
    """Seconds from `since` until the shell's prompt ends the console's text after a newline
    typed every PROBE s (as rescue_command nudges a console that shows no prompt: at the boot
    loader's menu a newline starts the default entry, as it does for rescue_command; a getty
    flushes what was typed before it); then a marker only the shell's expansion prints proves
    it is a shell."""
    deadline = since + TIMEOUT
    while True:
        mark = len(console.text)
        console.type("\n")
        try:
            console.wait_for(SHELL_PROMPT, PROBE, mark)
        except TimeoutError:
            if time.monotonic() > deadline:
                raise
            continue
        seen = time.monotonic() - since
        try:
            console.run("true", timeout=5)
            return seen
        except TimeoutError:    # a line that only looked like a prompt
            continue


def upload(console, path, text):
    data = base64.b64encode(text.encode()).decode()
    console.run(": >%s.b64" % path)
    for at in range(0, len(data), CHUNK):
        console.run("printf %%s '%s' >>%s.b64" % (data[at:at + CHUNK], path))
    console.run("base64 -d %s.b64 >%s && rm %s.b64" % (path, path, path))


def timed(console, path, expect):
    """Runs the uploaded script; (seconds, output). Its exit status must be 0 and its output
    must match EXPECT."""
    start = time.monotonic()
    out = console.run("sh %s; echo rc=$?" % path, timeout=TIMEOUT)
    took = time.monotonic() - start
    if not re.search(r"^rc=0$", out, re.M) or not re.search(expect, out, re.M):
        raise FloorFailed("%s: /%s/ not in its output (or it failed):\n%s" % (path, expect, out[-2000:]))
    return took, out


def scripts(device):
    common = dict(repair_device=device, repair_mountpoint=MOUNTPOINT, repair_command_timeout=300)
    return {
        "fstab": task_script("fstab.yml", FSTAB_TASK, repair_fstab_mountpoints=["/srv/archive"],
                             repair_fstab_pattern="", **common),
        "unmount": task_script("unmount.yml", UNMOUNT_TASK, **common),
    }


def measure(conn, sid, name, rescue_tag):
    """The floor on server SID (broken: in emergency mode, ACTIVE); leaves it repaired at its
    login prompt. Returns {piece: seconds} (PIECES, floor, locate_cmd, cmd_fstab, cmd_unmount, and
    upload: the two scripts typed, not counted)."""
    image = rescue_image(conn, rescue_tag)
    got = {}
    start = time.monotonic()
    compute(conn, "POST", "/servers/%s/action" % sid, {"rescue": {"rescue_image_ref": image}})
    got["rescue"] = wait_status(conn, sid, "RESCUE", start)
    at = time.monotonic()
    with open_console(conn, sid) as console:
        got["boot1"] = wait_shell(console, at)
        locate = task_script("locate.yml", LOCATE_TASK, repair_device="", repair_mountpoint=MOUNTPOINT,
                             repair_command_timeout=300)
        upload(console, "/tmp/h20bench-locate.sh", locate)
        got["locate_cmd"], out = timed(console, "/tmp/h20bench-locate.sh", r"^device=/dev/")
        device = re.search(r"^device=(\S+)$", out, re.M).group(1)
        start = time.monotonic()
        for key, text in scripts(device).items():
            upload(console, "/tmp/h20bench-%s.sh" % key, text)
        got["upload"] = time.monotonic() - start
        got["cmd_fstab"], _ = timed(console, "/tmp/h20bench-fstab.sh", r"^changed: commented out: .*/srv/archive")
        got["cmd_unmount"], _ = timed(console, "/tmp/h20bench-unmount.sh", r"^(unmounted|nothing mounted on) ")
    got["commands"] = got["cmd_fstab"] + got["cmd_unmount"]
    start = time.monotonic()
    compute(conn, "POST", "/servers/%s/action" % sid, {"unrescue": None})
    got["unrescue"] = wait_status(conn, sid, "ACTIVE", start)
    at = time.monotonic()
    with open_console(conn, sid) as console:
        console.wait_for(r"^%s login: *$" % re.escape(name), TIMEOUT)
        got["boot2"] = time.monotonic() - at
    got["floor"] = sum(got[k] for k in PIECES)
    return got
