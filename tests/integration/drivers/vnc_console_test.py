#!/usr/bin/python3
"""The RFB client (src/console/rfb) against the local cloud's real nova-novncproxy and the
QEMU VNC server of a real guest (stackrescue-boot on the libvirt host, zone qemu): tests/
integration/rfb_probe opens the noVNC URL Nova hands out, captures the screen, types

    echo RFB-$((6*7))-<nonce> >/dev/ttyS0

(Shift for $, (, *, ), >) into the guest's VGA console shell and captures again. Checked: the
handshake (3.8, None, 720x400 text screen), that the screen changed, that the guest printed
RFB-42-<nonce> to its serial port (it is in the console log: every key arrived, shifted or
not), and that the probe's output never carries the console token.

  vnc_console_test.py RFB_PROBE    exit 0 passed, 1 failed, 77 skipped (no cloud, no zone qemu)
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

from stackrescue_testing import cloud as cloud_helper
from stackrescue_testing import real_guest


def main(argv):
    probe = argv[0]
    if subprocess.run([sys.executable, "-m", "stackrescue_testing.cloud", "ping"]).returncode != 0:
        print("SKIP: no cloud")
        return 77
    conn = cloud_helper.member()
    if not real_guest.zone_up(conn):
        print("SKIP: no zone qemu (libvirt host) in this cloud")
        return 77
    g = real_guest.Guest(conn)
    g.create("it-vnc-console-%d" % time.time())
    try:
        g.wait_status("ACTIVE")
        g.wait_console(r"STACKRESCUE-BOOT-UP %s" % g.sid)
        r = g.api("post", "/servers/%s/remote-consoles" % g.sid,
                  json={"remote_console": {"protocol": "vnc", "type": "novnc"}})
        url = cloud_helper.ok(r, 200).json()["remote_console"]["url"]
        token = urllib.parse.parse_qs(urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["path"][0]
                                      .lstrip("?"))["token"][0]
        nonce = os.urandom(4).hex()
        with tempfile.TemporaryDirectory() as tmp:
            ppm = os.path.join(tmp, "screen.ppm")
            p = subprocess.run([probe, url, "echo RFB-$((6*7))-%s >/dev/ttyS0\n" % nonce, ppm, "60"],
                               capture_output=True, text=True, timeout=120)
            output = p.stdout + p.stderr
            assert token not in output, "the probe's output carries the console token"
            assert p.returncode == 0, "rfb_probe failed (%d): %s" % (p.returncode, output)
            result = json.loads(p.stdout)
            print("probe:", result)
            assert (result["version"], result["security"]) == ("3.8", "None"), result
            assert (result["width"], result["height"]) == (720, 400), result
            assert result["changed_pixels"] > 0, "typing changed nothing on the screen"
            assert os.path.getsize(ppm) == len(b"P6\n720 400\n255\n") + 720 * 400 * 3
        g.wait_console(r"RFB-42-%s" % nonce)
        print("the guest printed RFB-42-%s on its serial port" % nonce)
        return 0
    finally:
        cloud_helper.delete([g.sid])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        sys.exit(main(sys.argv[1:]))
    except (AssertionError, RuntimeError) as e:
        print("FAILED:", e)
        sys.exit(1)
