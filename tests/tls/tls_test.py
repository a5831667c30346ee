#!/usr/bin/python3
"""TLS for real: the local cloud behind a Debian-packaged TLS terminator (nginx), with a
throw-away CA (both from stackrescue_testing.tls), and the built module binaries talking
HTTPS to all of it.

nginx listens on three free 127.0.0.1 ports, one per service (identity, compute, image),
terminates TLS with a server certificate for 127.0.0.1/localhost signed by the throw-away
CA, and proxies to the plain-HTTP services. It rewrites the service origins in Keystone's
answers (sub_filter), so the catalog a module receives names the HTTPS ports: every request
of the module, not only the token request, goes over TLS (checked from the request trace).

Shows:
  * ca_cert (task option, and cacert in clouds.yaml) works: rescue, verify, console, unrescue;
  * no CA (system store) fails, with a message that says "certificate", in bounded time;
  * a different CA fails the same way;
  * validate_certs: false works and warns.

    tls_test.py <directory with the built module binaries>

Exits 77 without the local cloud (OS_CLIENT_CONFIG_FILE) or when nginx is missing and
cannot be installed. Needs root (apt-get install nginx-core when missing).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import uuid

import yaml

from stackrescue_testing import faults as fl  # module runs, server helpers through stackrescue_testing.cloud
from stackrescue_testing.tls import UPSTREAMS, Nginx, make_pki

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = sys.argv[1] if len(sys.argv) > 1 else "build/modules"


class TlsWorkspace(fl.Workspace):
    def __init__(self, clouds, auth_url, cacert=None):
        super().__init__(None, clouds, "tls")
        doc = yaml.safe_load(open(self.clouds_file))
        for entry in doc["clouds"].values():
            entry["auth"]["auth_url"] = auth_url
            if cacert:
                entry["cacert"] = cacert
        with open(self.clouds_file, "w") as f:
            yaml.safe_dump(doc, f)

    def urls(self):
        return [line.split()[2] for line in open(self.trace)] if os.path.exists(self.trace) else []


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def all_https(ws, ports):
    urls = ws.urls()
    check(urls, "no request traced")
    plain = [u for u in urls if not u.startswith("https://")]
    check(not plain, "requests not over TLS: %s" % plain)
    used = {name for name, port in ports.items() if any(":%d/" % port in u for u in urls)}
    return urls, used


def main():
    path, clouds = fl.require_cloud()
    rc = subprocess.run([os.path.join(HERE, "ensure-packages"), "nginx-core", "openssl"]).returncode
    if rc == 77:
        fl.skip("nginx not installed")
    if rc != 0:
        sys.exit("cannot install nginx-core")
    d = tempfile.mkdtemp(prefix="stackrescue-tls-")
    make_pki(d)
    nginx = Nginx(d)
    auth_url = "https://127.0.0.1:%d/v3" % nginx.ports["identity"]
    ca, other_ca = os.path.join(d, "ca.pem"), os.path.join(d, "other-ca.pem")
    name = "tls-%s" % uuid.uuid4().hex[:8]
    sid = None
    results, failures = [], 0

    def case(title, fn):
        nonlocal failures
        started = time.monotonic()
        try:
            detail = fn()
            print("PASS  %-60s %5.1fs  %s" % (title, time.monotonic() - started, detail), flush=True)
            results.append({"case": title, "status": "PASS", "detail": detail})
        except Exception as e:  # noqa: BLE001
            failures += 1
            traceback.print_exc()
            print("FAIL  %-60s %s" % (title, e), flush=True)
            results.append({"case": title, "status": "FAIL", "detail": str(e)})

    try:
        sid = fl.create_servers([name])[0]

        def with_ca_cert():
            ws = TlsWorkspace(clouds, auth_url)
            base = {"cloud": "member", "ca_cert": ca}
            steps = [("rescue_image_info", {}), ("server_rescue", {"server": name}),
                     ("server_rescue_info", {"server": sid, "expect": "rescued"}),
                     ("server_console", {"server": sid}), ("server_rescue", {"server": sid, "state": "unrescued"})]
            summary = []
            for module, args in steps:
                r = fl.run_module(MODULES, module, dict(base, **args), ws)
                check(not r["failed"], "%s failed: %s" % (module, r.get("msg")))
                check(not r.get("warnings"), "%s warned: %s" % (module, r.get("warnings")))
                summary.append("%s %s" % (module, "changed" if r["changed"] else "ok"))
            check(fl.final_state(sid) == "ACTIVE/active", "final %s" % fl.final_state(sid))
            urls, used = all_https(ws, nginx.ports)
            check(used == set(UPSTREAMS), "services reached over TLS: %s" % used)
            ws.remove()
            return "%s; %d requests, all https, to %s" % (", ".join(summary), len(urls), "/".join(sorted(used)))

        def cacert_in_clouds_yaml():
            ws = TlsWorkspace(clouds, auth_url, cacert=ca)
            r = fl.run_module(MODULES, "server_rescue_info", {"cloud": "member", "server": sid}, ws)
            check(not r["failed"] and not r.get("warnings"), "failed/warned: %s %s" % (r.get("msg"), r.get("warnings")))
            urls, used = all_https(ws, nginx.ports)
            ws.remove()
            return "ok; %d https requests (%s)" % (len(urls), "/".join(sorted(used)))

        def refused(args, cacert=None):
            ws = TlsWorkspace(clouds, auth_url, cacert=cacert)
            r = fl.run_module(MODULES, "rescue_image_info", dict({"cloud": "member"}, **args), ws)
            ws.remove()
            check(r["failed"] and r["_rc"] == 1, "did not fail: %s" % r)
            check("certificate" in r["msg"].lower(), "message does not say certificate: %s" % r["msg"])
            check(r["_elapsed"] < 15, "took %.1f s" % r["_elapsed"])
            return "failed in %.1f s: %s" % (r["_elapsed"], r["msg"][:200])

        def insecure():
            ws = TlsWorkspace(clouds, auth_url)
            r = fl.run_module(MODULES, "server_rescue_info", {"cloud": "member", "server": sid,
                                                              "validate_certs": False}, ws)
            check(not r["failed"], "failed: %s" % r.get("msg"))
            warnings = r.get("warnings", [])
            check(any("validate_certs" in w or "verification" in w for w in warnings), "no warning: %s" % warnings)
            urls, _ = all_https(ws, nginx.ports)
            ws.remove()
            return "ok over https (%d requests), warning: %s" % (len(urls), warnings[0])

        case("ca_cert: the throw-away CA (whole workflow)", with_ca_cert)
        case("cacert in clouds.yaml", cacert_in_clouds_yaml)
        case("no CA given (system store): refused", lambda: refused({}))
        case("a different CA: refused", lambda: refused({"ca_cert": other_ca}))
        case("validate_certs: false: works and warns", insecure)
    finally:
        nginx.stop()
        if sid:
            fl.delete_servers([sid])
        shutil.rmtree(d, ignore_errors=True)
        directory = os.environ.get("STACKRESCUE_REPORT_DIR")
        if directory:
            os.makedirs(directory, exist_ok=True)
            with open(os.path.join(directory, "tls.json"), "w") as f:
                json.dump(results, f, indent=1)
    print("%d cases, %d failed" % (len(results), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
