#!/usr/bin/python3
"""Checks of the collection as installed by ansible-galaxy (tests/collection/CMakeLists.txt).

    check_collection.py multi_call  INSTALLED_PATH [DIST_DIR]
    check_collection.py ansible_doc INSTALLED_PATH [DIST_DIR]
    check_collection.py size        INSTALLED_PATH DIST_DIR
    check_collection.py portable    INSTALLED_PATH [ARCH,...]
    check_collection.py dispatch    INSTALLED_PATH
    check_collection.py aarch64_runs INSTALLED_PATH

multi_call: every module file picks its module from _ansible_module_name (FQCN or short)
            or from its name (also as Ansible's AnsiballZ_<name> copy); an unknown name
            fails with one JSON object naming the modules.
ansible_doc: `ansible-doc -l stackrescue.openstack` lists every module with its short
            description and no warning; `ansible-doc --json` gives each one's options.
size:       the tarball stays well under Galaxy's 20 MB limit (limit here: 16 MB, for the
            two architectures' binaries).
portable:   every shipped ELF file, and every binary in bin/stackrescue-modules (one per
            architecture, tools/pack-modules), is stripped, is for the architecture it is
            filed under, needs no glibc symbol newer than GLIBC_2.34, no GLIBCXX/CXXABI
            version (libstdc++ is linked in) and no shared library beyond the glibc family
            and libgcc_s; the architectures carried are exactly ARCH,... (default x86_64).
dispatch:   the header of bin/stackrescue-modules passes `sh -n`; on a machine of an
            architecture the collection does not carry (a `uname` that says so), a module
            gives one JSON error naming it, whatever uname prints.
aarch64_runs: the aarch64 binary, run through qemu-aarch64-static (user-mode emulation),
            answers bad arguments from an args file and from stdin with failed: true.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import yaml

from stackrescue_testing.packed_modules import packed_binaries

PATH = "/usr/bin:/bin:/usr/sbin:/sbin"
MAX_GLIBC = (2, 34)
ALLOWED_NEEDED = {"libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1",
                  "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libgcc_s.so.1"}
GALAXY_LIMIT = 20 * 1024 * 1024
OUR_LIMIT = 16 * 1024 * 1024
# ELF e_machine of each architecture, and the objdump that reads its symbol versions.
ELF_MACHINE = {"x86_64": 62, "aarch64": 183}
OBJDUMP = {"x86_64": "objdump", "aarch64": "aarch64-linux-gnu-objdump"}
QEMU = ["qemu-aarch64-static", "-L", "/usr/aarch64-linux-gnu"]

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def collection_dir(installed):
    return os.path.join(installed, "ansible_collections", "stackrescue", "openstack")


def module_names(installed):
    modules = os.path.join(collection_dir(installed), "plugins", "modules")
    names = sorted(n for n in os.listdir(modules) if not n.endswith(".py") and not n.startswith("_"))
    if not names:
        fail("no modules in %s" % modules)
    return modules, names


def action_group(installed):
    """The modules of the action group `openstack` (meta/runtime.yml): those module_defaults of
    group/stackrescue.openstack.openstack reach, which must therefore take the cloud options."""
    with open(os.path.join(collection_dir(installed), "meta", "runtime.yml")) as f:
        return set((yaml.safe_load(f).get("action_groups") or {}).get("openstack") or [])


def run(argv, stdin=b"", env=None, timeout=60):
    return subprocess.run(argv, input=stdin, capture_output=True, timeout=timeout, env=env)


def one_json(proc, what):
    lines = proc.stdout.decode(errors="replace").strip().splitlines()
    if len(lines) != 1:
        fail("%s: expected one JSON line on stdout, got %r (stderr %r)" % (what, proc.stdout[:300], proc.stderr[:300]))
        return {}
    return json.loads(lines[0])


def expect_msg(proc, pattern, what):
    result = one_json(proc, what)
    msg = result.get("msg", "")
    if not result.get("failed") or not re.search(pattern, msg):
        fail("%s: msg %r does not match %r" % (what, msg[:300], pattern))
    else:
        print("ok: %s -> %s" % (what, msg[:120]))


def check_multi_call(installed):
    modules, names = module_names(installed)
    binary = os.path.realpath(os.path.join(modules, names[0]))
    for name in names:
        path = os.path.join(modules, name)
        proc = run([path, "--help"])
        if proc.returncode != 0 or not proc.stdout.decode().startswith(name + " "):
            fail("%s --help printed %r" % (name, proc.stdout[:200]))
        proc = run([path, "--version"])
        if proc.stdout.decode().split(" ")[0] != name:
            fail("%s --version printed %r" % (name, proc.stdout[:200]))
        # stdin and an args file, as a pipeline and as Ansible run it.
        expect_msg(run([path], b'{"no_such_option": 1}'), r"Unsupported parameters for \(%s\)" % name, name + " stdin")
        with tempfile.NamedTemporaryFile() as args:
            args.write(b'{"no_such_option": 1}')
            args.flush()
            expect_msg(run([path, args.name]), r"Unsupported parameters for \(%s\)" % name, name + " args file")
    # server_rescue_info has `expect`; the others reject it: which module ran shows.
    probe = {"server": "a", "expect": "maybe"}
    rescue_info = r"value of expect must be one of"
    with tempfile.TemporaryDirectory() as tmp:
        ansiballz = os.path.join(tmp, "AnsiballZ_server_rescue_info")
        os.symlink(binary, ansiballz)
        cases = [
            ("argv[0] AnsiballZ_ copy", [ansiballz], probe, rescue_info),
            ("FQCN in the args", [binary], dict(probe, _ansible_module_name="stackrescue.openstack.server_rescue_info"),
             rescue_info),
            ("short name in the args", [binary], dict(probe, _ansible_module_name="server_rescue_info"), rescue_info),
            ("args win over the file name", [os.path.join(modules, "server_rescue")],
             dict(probe, _ansible_module_name="stackrescue.openstack.server_rescue_info"), rescue_info),
            ("another collection's name falls back to the file name", [os.path.join(modules, "server_rescue")],
             dict(probe, _ansible_module_name="other.collection.server_rescue_info"),
             r"Unsupported parameters for .*expect"),
            ("non-string name falls back to the file name", [ansiballz], dict(probe, _ansible_module_name=42),
             rescue_info),
            ("no module name at all", [binary], probe,
             r"holds the modules .*server_rescue_info.* 'stackrescue-modules' is none of them"),
        ]
        for what, argv, args, pattern in cases:
            path = os.path.join(tmp, "args")
            with open(path, "w") as f:
                json.dump(args, f)
            proc = run(argv + [path])
            if proc.returncode != 1:
                fail("%s: exit %d" % (what, proc.returncode))
            expect_msg(proc, pattern, what)
        expect_msg(run([binary, "--help"]), r"holds the modules", "multi-call binary --help under its own name")


def check_ansible_doc(installed):
    modules, names = module_names(installed)
    env = dict(os.environ, PATH=PATH, ANSIBLE_COLLECTIONS_PATH=installed, ANSIBLE_NOCOLOR="1")
    with tempfile.TemporaryDirectory() as tmp:
        env["ANSIBLE_CONFIG"] = os.path.join(tmp, "none.cfg")
        env["ANSIBLE_LOCAL_TEMP"] = tmp
        proc = run(["ansible-doc", "-l", "stackrescue.openstack"], env=env, timeout=120)
    text, errors = proc.stdout.decode(), proc.stderr.decode()
    if proc.returncode != 0:
        fail("ansible-doc -l exited %d: %s" % (proc.returncode, errors[:1000]))
    if "WARNING" in errors or "error" in errors.lower():
        fail("ansible-doc -l warned: %s" % errors[:2000])
    if not all("stackrescue.openstack." + n in text for n in names):
        fail("ansible-doc -l does not list every module: %s" % text[:2000])
    # The plain listing cuts descriptions to the terminal's width: compare the JSON one.
    proc = run(["ansible-doc", "-l", "-j", "stackrescue.openstack"], env=env, timeout=120)
    listed = {k.split(".")[-1]: v for k, v in json.loads(proc.stdout or b"{}").items()}
    for name in names:
        with open(os.path.join(modules, name + ".py")) as f:
            short = re.search(r'^short_description: "(.*)"$', f.read(), re.M).group(1)
        if listed.get(name) != short:
            fail("ansible-doc -l lists %s as %r, expected %r" % (name, listed.get(name), short))
    extra = set(listed) - set(names)
    if extra:
        fail("ansible-doc -l lists what is no module: %s" % sorted(extra))
    proc = run(["ansible-doc", "--json"] + ["stackrescue.openstack." + n for n in names], env=env, timeout=120)
    docs = json.loads(proc.stdout or b"{}")
    group = action_group(installed)
    for name in names:
        entry = docs.get("stackrescue.openstack." + name, {})
        options = entry.get("doc", {}).get("options", {})
        # In the action group exactly when it takes the cloud options: module_defaults of the
        # group would otherwise fail a module with "Unsupported parameters" (repair_report runs
        # without a cloud, so it is not in the group).
        if ("cloud" in options) != (name in group) or not entry.get("examples") or entry.get("return") is None:
            fail("ansible-doc --json %s: options %s, %s the action group, examples %d chars" %
                 (name, sorted(options), "in" if name in group else "not in", len(entry.get("examples") or "")))
    if not failures:
        print("ok: ansible-doc lists %d modules with no warning: %s" % (len(names), ", ".join(sorted(listed))))


def check_size(dist):
    tarballs = glob.glob(os.path.join(dist, "stackrescue-openstack-*.tar.gz"))
    if len(tarballs) != 1:
        fail("expected one tarball in %s, found %s" % (dist, tarballs))
        return
    size = os.path.getsize(tarballs[0])
    print("%s: %d bytes (%.1f MB; Galaxy's limit %d MB)" % (tarballs[0], size, size / 1e6, GALAXY_LIMIT >> 20))
    if size > OUR_LIMIT:
        fail("the tarball is %d bytes, over %d" % (size, OUR_LIMIT))


def shipped_binaries(installed, tmp):
    """[(arch, path)]: each ELF file of the collection (as x86_64) and each binary packed in
    bin/stackrescue-modules, written out under tmp."""
    found, seen = [], set()
    for root, _, files in os.walk(collection_dir(installed)):
        for name in files:
            path = os.path.realpath(os.path.join(root, name))
            if path in seen:
                continue
            seen.add(path)
            with open(path, "rb") as f:
                magic = f.read(4)
            if magic == b"\x7fELF":
                found.append(("x86_64", path))
            for arch, data in sorted(packed_binaries(path).items()):
                out = os.path.join(tmp, "%s-%s" % (os.path.basename(path), arch))
                with open(out, "wb") as f:
                    f.write(data)
                found.append((arch, out))
    return found


def check_portable(installed, arches):
    with tempfile.TemporaryDirectory() as tmp:
        binaries = shipped_binaries(installed, tmp)
        carried = sorted(arch for arch, _ in binaries)
        if carried != sorted(arches):
            fail("the collection carries binaries for %s, expected %s" % (carried, sorted(arches)))
        for arch, path in binaries:
            check_binary(arch, path)


def check_binary(arch, path):
    with open(path, "rb") as f:
        header = f.read(20)
    machine = int.from_bytes(header[18:20], "little") if header[:4] == b"\x7fELF" else None
    if machine != ELF_MACHINE.get(arch):
        fail("%s is filed under %s but its ELF machine is %s" % (path, arch, machine))
        return
    sections = run(["readelf", "-S", "-W", path]).stdout.decode()
    if " .symtab " in sections or " .debug_info " in sections:
        fail("%s (%s) is not stripped" % (path, arch))
    symbols = run([OBJDUMP[arch], "-T", path]).stdout.decode()
    versions = set(re.findall(r"\b(GLIBC_\d+(?:\.\d+)*)\b", symbols))
    if not versions:
        fail("%s (%s): %s -T shows no glibc symbol versions" % (path, arch, OBJDUMP[arch]))
    newest = max(versions, key=lambda v: tuple(int(x) for x in v[6:].split(".")), default="none")
    too_new = sorted(v for v in versions if tuple(int(x) for x in v[6:].split(".")) > MAX_GLIBC)
    for version in too_new:
        users = [l.split()[-1] for l in symbols.splitlines() if version in l]
        fail("%s needs %s (symbols %s): newer than GLIBC_%d.%d" % (path, version, users[:10], *MAX_GLIBC))
    cxx = sorted(set(re.findall(r"\b((?:GLIBCXX|CXXABI)_[\d.]+)\b", symbols)))
    if cxx:
        fail("%s needs the host's libstdc++ (%s): link it statically" % (path, ", ".join(cxx)))
    dynamic = run(["readelf", "-d", path]).stdout.decode()
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)
    extra = [lib for lib in needed if lib not in ALLOWED_NEEDED]
    if extra:
        fail("%s needs shared libraries beyond glibc and libgcc_s: %s" % (path, extra))
    if "RPATH" in dynamic or "RUNPATH" in dynamic:
        fail("%s has an rpath" % path)
    print("%s: %s, %d bytes, stripped, NEEDED %s, newest glibc symbol %s" %
          (path, arch, os.path.getsize(path), needed, newest))


def check_dispatch(installed):
    modules, names = module_names(installed)
    carried = ", ".join(packed_binaries(os.path.join(modules, names[0])))  # in the header's order
    if not carried:
        fail("%s is not a file of tools/pack-modules" % os.path.join(modules, names[0]))
        return
    # The header alone is sound sh (lintian's `sh -n` of the whole file reads on into the
    # binaries: packaging/deb/lintian-overrides).
    with open(os.path.realpath(os.path.join(modules, names[0])), "rb") as f:
        header = f.read(8192)
    proc = run(["sh", "-n"], header)
    if proc.returncode != 0:
        fail("sh -n of the header: %s" % proc.stderr.decode(errors="replace")[:500])
    with tempfile.TemporaryDirectory() as tmp:
        fake = os.path.join(tmp, "uname")
        args = os.path.join(tmp, "args")
        with open(args, "w") as f:
            json.dump({"server": "a"}, f)
        for machine, shown in [("riscv64", "riscv64"), ('ppc64le"}; echo {"x', "ppc64leechox")]:
            with open(fake, "w") as f:
                f.write("#!/bin/sh\nprintf '%%s\\n' '%s'\n" % machine.replace("'", ""))
            os.chmod(fake, 0o755)
            env = dict(os.environ, PATH=tmp + ":" + PATH)
            proc = run([os.path.join(modules, "server_rescue"), args], env=env)
            if proc.returncode != 1:
                fail("uname -m %r: exit %d" % (machine, proc.returncode))
            expect_msg(proc, r"carries its modules for %s; this machine is %s \(uname -m\)" %
                       (re.escape(carried), re.escape(shown)), "uname -m %r" % machine)
    # Where the binary is unpacked, and that nothing is left: beside an AnsiballZ_ copy (Ansible's
    # per-task folder), else in TMPDIR, never inside the collection.
    with tempfile.TemporaryDirectory() as tmp:
        ansiballz = os.path.join(tmp, "task", "AnsiballZ_server_rescue_info")
        os.makedirs(os.path.join(tmp, "tmpdir"))
        os.makedirs(os.path.dirname(ansiballz))
        os.symlink(os.path.realpath(os.path.join(modules, names[0])), ansiballz)
        env = dict(os.environ, PATH=PATH, TMPDIR=os.path.join(tmp, "tmpdir"))
        for argv in ([ansiballz], [os.path.join(modules, "server_rescue_info")]):
            expect_msg(run(argv, b'{"server": "a", "expect": "maybe"}', env=env), r"value of expect must be one of",
                       "run as %s" % os.path.basename(argv[0]))
        # A signal to the task's process reaches the module itself (the header execs it): one
        # waiting on its stdin ends at a SIGTERM, and its unpacked copy is gone already.
        proc = subprocess.Popen([os.path.join(modules, "server_rescue_info")], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        try:
            # Until the module has removed its copy (a sanitizer build starts slowly), at most 10 s.
            exe = None
            for _ in range(200):
                try:
                    exe = os.readlink("/proc/%d/exe" % proc.pid)
                except OSError:
                    pass
                if exe and "/stackrescue." in exe and exe.endswith(" (deleted)"):
                    break
                time.sleep(0.05)
            if not exe or not exe.endswith(" (deleted)"):
                fail("the module's own process runs %r: not its unpacked copy, removed as it started" % exe)
            proc.terminate()
            proc.wait(timeout=10)
            if proc.returncode != -15:
                fail("SIGTERM to the module's process: exit %r, not the signal" % proc.returncode)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            fail("SIGTERM to the module's process did not end the module (a shell waiting for it?)")
        finally:
            proc.stdin.close()
            proc.stdout.close()
            proc.stderr.close()
        left = [os.path.join(root, d) for root, dirs, _ in os.walk(tmp) for d in dirs if "stackrescue" in d]
        left += [n for n in os.listdir(modules) if n.startswith(".")]
        if left:
            fail("the unpacked binary was left behind: %s" % left)


def check_aarch64_runs(installed):
    modules, names = module_names(installed)
    binary = packed_binaries(os.path.join(modules, names[0])).get("aarch64")
    if binary is None:
        fail("the collection carries no aarch64 binary")
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            path = os.path.join(tmp, name)
            with open(path, "wb") as f:
                f.write(binary)
            os.chmod(path, 0o755)
            proc = run(QEMU + [path, "--version"])
            if proc.stdout.decode().split(" ")[0] != name:
                fail("aarch64 %s --version printed %r (stderr %r)" % (name, proc.stdout[:200], proc.stderr[:300]))
            expect_msg(run(QEMU + [path], b'{"no_such_option": 1}'),
                       r"Unsupported parameters for \(%s\)" % name, "aarch64 %s stdin" % name)
            args = os.path.join(tmp, "args")
            with open(args, "w") as f:
                json.dump({"no_such_option": 1}, f)
            proc = run(QEMU + [path, args])
            if proc.returncode != 1:
                fail("aarch64 %s args file: exit %d" % (name, proc.returncode))
            expect_msg(proc, r"Unsupported parameters for \(%s\)" % name, "aarch64 %s args file" % name)


def main():
    mode, installed = sys.argv[1], os.path.abspath(sys.argv[2])
    dist = sys.argv[3] if len(sys.argv) > 3 else None
    {"multi_call": lambda: check_multi_call(installed),
     "ansible_doc": lambda: check_ansible_doc(installed),
     "size": lambda: check_size(dist),
     "portable": lambda: check_portable(installed, (dist or "x86_64").split(",")),
     "dispatch": lambda: check_dispatch(installed),
     "aarch64_runs": lambda: check_aarch64_runs(installed)}[mode]()
    print("%s: %s" % (mode, "%d failures" % len(failures) if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
