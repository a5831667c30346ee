#!/usr/bin/python3
"""The release packages on a root that never saw our build: a minimal Debian 12 made by
mmdebstrap --variant=minbase with ansible-core only (tests/release/foreign-rootfs, cached),
entered with chroot (the loopback network is shared, so the local cloud answers).

    foreign_root.py RELEASE_DIR     (holding the tarball and the .deb of tools/build-release)

Copy 1: `ansible-galaxy collection install` of the tarball, then playbooks-examples/rescue.yml
        against a fresh server of the local cloud (rescue ... unrescue).
Copy 2: `dpkg -i` of the .deb, a module through `ansible localhost -m`; then Debian's CA
        paths removed and the throw-away test CA (stackrescue_testing.tls) only at RHEL's bundle path
        /etc/pki/tls/certs/ca-bundle.crt: rescue.yml through the TLS front (nginx) with no
        ca_cert, every request over https; and with that bundle gone too, the module fails
        naming the places it searched and ca_cert.

Each chroot command runs in its own mount namespace (unshare), with /proc and /dev mounted
there: nothing stays mounted when it ends. Prints the ldd output and the glibc of the root, and
writes a summary to $STACKRESCUE_REPORT_DIR/foreign-root.json (docs/install.md).
Exits 77 without the local cloud.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

from stackrescue_testing import faults as fl  # servers through stackrescue_testing.cloud
from stackrescue_testing import tls  # the throw-away CA and the nginx TLS front of tests/tls
from stackrescue_testing.chroot import Chroot, check, clouds_for_root, rescue_playbook, write_inside
from stackrescue_testing.packed_modules import packed_binaries

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

BUILD_DEPENDENCIES = ("libpoco", "libyaml-cpp", "libboost", "libssl-dev", "g++", "cmake")
DEBIAN_CA_PATHS = ("/etc/ssl/certs", "/usr/lib/ssl/certs", "/usr/lib/ssl/cert.pem", "/usr/share/ca-certificates",
                   "/etc/ssl/cert.pem")
RHEL_BUNDLE = "/etc/pki/tls/certs/ca-bundle.crt"
COLLECTION = "usr/share/ansible/collections/ansible_collections/stackrescue/openstack"


def unpacked_x86_64(root, module):
    """The x86_64 binary packed in the installed module file `module` (a path inside `root`),
    written out inside the root as the dispatcher unpacks it: the path to give ldd there."""
    binary = packed_binaries(os.path.realpath(root.path(module))).get("x86_64")
    check(binary is not None, "%s carries no x86_64 binary" % module)
    inside = "/root/stackrescue-modules.x86_64"
    with open(root.path(inside), "wb") as f:
        f.write(binary or b"")
    os.chmod(root.path(inside), 0o755)
    return inside


def newest_glibc(path):
    out = subprocess.run(["objdump", "-T", path], capture_output=True, text=True).stdout
    versions = set(re.findall(r"GLIBC_(\d+(?:\.\d+)*)", out))
    return "GLIBC_" + max(versions, key=lambda v: tuple(int(x) for x in v.split("."))) if versions else "none"


def main():
    release = os.path.abspath(sys.argv[1])
    tarballs = glob.glob(os.path.join(release, "stackrescue-openstack-*.tar.gz"))
    debs = glob.glob(os.path.join(release, "stackrescue-openstack_*_amd64.deb"))
    if len(tarballs) != 1 or len(debs) != 1:
        sys.exit("expected one tarball and one .deb in %s: %s %s" % (release, tarballs, debs))
    tarball, deb = tarballs[0], debs[0]
    _, clouds = fl.require_cloud()
    rc = subprocess.run([os.path.join(ROOT, "tests", "tls", "ensure-packages"), "mmdebstrap", "nginx-core",
                         "openssl"]).returncode
    if rc == 77:
        fl.skip("mmdebstrap / nginx missing and cannot be installed")
    if rc != 0:
        sys.exit("cannot install mmdebstrap / nginx-core")
    started = time.monotonic()
    rootfs = subprocess.run([os.path.join(HERE, "foreign-rootfs")], check=True, capture_output=True,
                            text=True).stdout.strip()
    print("root file system: %s (ready in %.0f s)" % (rootfs, time.monotonic() - started), flush=True)

    results, failures = [], 0
    report = {"rootfs": os.path.basename(rootfs), "artifacts": {}}

    def case(title, fn):
        nonlocal failures
        t0 = time.monotonic()
        try:
            detail = fn()
            status = "PASS"
        except Exception as e:  # noqa: BLE001
            detail, status = str(e), "FAIL"
            failures += 1
        print("%s  %-70s %5.1fs  %s" % (status, title, time.monotonic() - t0, detail), flush=True)
        results.append({"case": title, "status": status, "detail": detail})

    name = "foreign-%s" % uuid.uuid4().hex[:8]
    sid = fl.create_servers([name])[0]
    roots, pki_dir, nginx = [], None, None
    try:
        # ---- copy 1: the Galaxy tarball
        r1 = Chroot(rootfs, "tarball")
        roots.append(r1)
        r1.put(tarball, "/root/" + os.path.basename(tarball))
        r1.put(os.path.join(ROOT, "playbooks-examples", "rescue.yml"), "/root/rescue.yml")
        write_inside(r1, "/etc/openstack/clouds.yaml", clouds_for_root(clouds))

        def clean_root():
            rc, out = r1.run("dpkg-query -W -f='${Package}\\n'")
            present = [p for p in out.split() if p.startswith(BUILD_DEPENDENCIES)]
            check(rc == 0 and not present, "build dependencies in the root: %s" % present)
            rc, glibc = r1.run("ldd --version | head -1")
            report["glibc"] = glibc.strip()
            return "%d packages, none of %s; %s" % (len(out.split()), "/".join(BUILD_DEPENDENCIES), glibc.strip())

        def galaxy_install():
            rc, out = r1.run("ansible-galaxy collection install /root/%s" % os.path.basename(tarball))
            check(rc == 0 and "was installed successfully" in out, "install failed (%d): %s" % (rc, out[-2000:]))
            binary = unpacked_x86_64(r1, "/root/.ansible/collections/ansible_collections/stackrescue/openstack/"
                                         "plugins/modules/server_rescue")
            rc, ldd = r1.run("ldd " + binary)
            check(rc == 0 and "not found" not in ldd, "ldd: %s" % ldd)
            report["artifacts"]["tarball"] = {
                "file": os.path.basename(tarball), "size": os.path.getsize(tarball), "ldd": ldd.strip(),
                "newest_glibc": newest_glibc(os.path.realpath(r1.path(binary)))}
            print(ldd)
            return "installed; ldd: %s" % " ".join(l.split()[0] for l in ldd.splitlines())

        def rescue_from_tarball():
            return "rescue.yml -e server=%s: %s" % (name, rescue_playbook(r1, name))

        case("root holds ansible-core and none of the build dependencies", clean_root)
        case("tarball: ansible-galaxy collection install", galaxy_install)
        case("tarball: rescue.yml against the local cloud", rescue_from_tarball)
        r1.remove()
        roots.remove(r1)

        # ---- copy 2: the .deb, then trust only through RHEL's bundle path
        r2 = Chroot(rootfs, "deb")
        roots.append(r2)
        r2.put(deb, "/root/" + os.path.basename(deb))
        r2.put(os.path.join(ROOT, "playbooks-examples", "rescue.yml"), "/root/rescue.yml")
        write_inside(r2, "/etc/openstack/clouds.yaml", clouds_for_root(clouds))
        cloud_env = {"OS_CLIENT_CONFIG_FILE": "/etc/openstack/clouds.yaml", "OS_CLOUD": "member"}

        def deb_install():
            rc, out = r2.run("dpkg -i /root/%s" % os.path.basename(deb))
            check(rc == 0, "dpkg -i failed (%d): %s" % (rc, out[-2000:]))
            binary = unpacked_x86_64(r2, "/" + COLLECTION + "/plugins/modules/server_rescue")
            rc, ldd = r2.run("ldd " + binary)
            check(rc == 0 and "not found" not in ldd, "ldd: %s" % ldd)
            rc, verify = r2.run("ansible-galaxy collection verify --offline stackrescue.openstack")
            report["artifacts"]["deb"] = {
                "file": os.path.basename(deb), "size": os.path.getsize(deb), "ldd": ldd.strip(),
                "newest_glibc": newest_glibc(r2.path(binary)),
                "verify": verify.strip().splitlines()[-1] if verify.strip() else ""}
            check(rc == 0, "ansible-galaxy collection verify --offline failed: %s" % verify[-1000:])
            return "installed; collection verify: %s" % report["artifacts"]["deb"]["verify"]

        def deb_module():
            rc, out = r2.run("ansible localhost -m stackrescue.openstack.rescue_image_info", cloud_env)
            check(rc == 0 and '"image"' in out, "module failed (%d): %s" % (rc, out[-2000:]))
            image = re.search(r'"name": "([^"]+)"', out)
            return "rescue_image_info ok (image %s)" % (image.group(1) if image else "?")

        case(".deb: dpkg -i (depends on ansible-core only)", deb_install)
        case(".deb: ansible localhost -m stackrescue.openstack.rescue_image_info", deb_module)

        pki_dir = tempfile.mkdtemp(prefix="stackrescue-foreign-pki-")
        tls.make_pki(pki_dir)
        nginx = tls.Nginx(pki_dir)
        auth_url = "https://127.0.0.1:%d/v3" % nginx.ports["identity"]

        def rhel_trust_only():
            for path in DEBIAN_CA_PATHS:
                target = r2.path(path)
                if os.path.islink(target) or os.path.isfile(target):
                    os.unlink(target)
                elif os.path.isdir(target):
                    shutil.rmtree(target)
            r2.put(os.path.join(pki_dir, "ca.pem"), RHEL_BUNDLE)
            write_inside(r2, "/etc/openstack/clouds.yaml", clouds_for_root(clouds, auth_url))
            recap = rescue_playbook(r2, name, {"STACKRESCUE_TRACE": "/root/trace.log"})
            with open(r2.path("/root/trace.log")) as f:
                urls = [line.split()[2] for line in f if line.strip()]
            plain = [u for u in urls if not u.startswith("https://")]
            check(urls and not plain, "requests not over TLS: %s" % plain[:5])
            return "no ca_cert, CA only at %s: %s; %d requests, all https" % (RHEL_BUNDLE, recap, len(urls))

        def no_bundle_at_all():
            shutil.rmtree(r2.path("/etc/pki"))
            rc, out = r2.run("ansible localhost -m stackrescue.openstack.rescue_image_info", cloud_env)
            check(rc != 0, "succeeded without any CA bundle: %s" % out[-1000:])
            msg = re.search(r'"msg": "([^"]*)"', out)
            msg = msg.group(1) if msg else out
            check(RHEL_BUNDLE in msg and "ca_cert" in msg, "message names neither the places nor ca_cert: %s" % msg)
            return "failed as it should: %s" % msg[:240]

        case(".deb, Debian CA paths removed: rescue.yml through TLS with the CA at RHEL's path", rhel_trust_only)
        case(".deb, no CA bundle anywhere: a clear error", no_bundle_at_all)
    finally:
        if nginx:
            nginx.stop()
        if pki_dir:
            shutil.rmtree(pki_dir, ignore_errors=True)
        for root in roots:
            root.remove()
        fl.delete_servers([sid])
        report["results"] = results
        report["host"] = os.uname().nodename
        directory = os.environ.get("STACKRESCUE_REPORT_DIR")
        if directory:
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, "foreign-root.json"), "w") as f:
                json.dump(report, f, indent=1)
    print("%d cases, %d failed (%.0f s)" % (len(results), failures, time.monotonic() - started))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
