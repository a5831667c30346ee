"""bench/real_host.py (bench/run --real-host): rescue on a real guest of the local cloud's
libvirt host (zone qemu), StackRescue against the openstack CLI in the same run.

  bench/run --real-host [--images busybox,debian,el] [--rounds N] [--build-dir build]
                        [--output docs/performance.md] [--no-write] [--keep-tmp]

One guest per image, in turn (each deleted before the next is created):
  * busybox: stackrescue-boot (m1.guest), rescued with stackrescue-rescue (tag
    busybox-rescue); up = STACKRESCUE-BOOT-UP <id>, rescue system up =
    STACKRESCUE-RESCUE-UP <id>; 5 rounds by default;
  * debian: stackrescue-debian (Debian 12, GRUB, systemd; m1.distro) and
  * el: stackrescue-el (ext4 /boot, LVM with an XFS root; m1.distro), both rescued with
    stackrescue-sysrescue (tag system-rescue, an autologin root shell); up = `^<name> login:`
    (the getty on ttyS0; the hostname is the server name, from the config drive), rescue
    system up = its prompt `[root@sysrescue ~]#`; 2 rounds by default (a cycle takes
    minutes under TCG).
Boot: from the create request to the first "up" line. Then each round runs one
rescue/unrescue cycle per contender, alternating which goes first:
  * stackrescue: server_rescue image=…, server_console_log wait_for <rescue system up>,
    server_rescue state=unrescued, server_console_log wait_for <up> (ad-hoc `ansible`, one
    process per step, the collection built from this tree);
  * cli: `openstack server rescue --image`, `openstack server show` polled until RESCUE, then
    `openstack console log show` polled until the line (the CLI itself cannot tell that the
    rescue system is up: an operator reads the log); the same for unrescue.
Times are from the start of the rescue (or unrescue) command to each milestone. --rounds sets
every image's rounds. An image whose guest fails is reported as failed, with the rounds it
completed; the others still run. The measurement is runs/real_host.py, the section
report/real_host.py; it goes between the real-host markers of docs/performance.md
(sections.py). Figures only: nothing here asserts a timing. (The first line above is the
--help text, kept as it was when this mode was the script bench/real_host.py.)
"""
import argparse
import time

from stackrescue_bench import sections
from stackrescue_bench.paths import ROOT
from stackrescue_bench.report.real_host import BEGIN, END, section
from stackrescue_bench.runs.real_host import DEFAULT_IMAGES, IMAGES, RealHost, parse_images


def images_option(text):
    try:
        return parse_images(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e))


def main(argv, prog):
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=images_option, default=parse_images(DEFAULT_IMAGES),
                        help="comma-separated, in this order (default %s)" % DEFAULT_IMAGES)
    parser.add_argument("--rounds", type=int, default=None,
                        help="rounds per image (default: %s)"
                        % ", ".join("%s %d" % (k, i.rounds) for k, i in IMAGES.items()))
    sections.add_arguments(parser, ROOT)
    args = parser.parse_args(argv)
    if args.rounds is not None and args.rounds < 1:
        parser.error("--rounds must be at least 1")
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    bench = RealHost(args)
    return sections.run_mode(bench, lambda: section(bench.res, argv, started), args, BEGIN, END)
