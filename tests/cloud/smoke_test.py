#!/usr/bin/python3
"""Smoke test of the local cloud started by tests/cloud/local-cloud.

Run with Debian's python (it has keystoneauth1):
    OS_CLIENT_CONFIG_FILE=/var/tmp/stackrescue-cloud/clouds.yaml \\
        /usr/bin/python3 tests/cloud/smoke_test.py

Uses raw API calls on one keystoneauth session per thread, as the `member`
cloud of clouds.yaml. openstacksdk 0.101 sends no microversion header for
rescue, so the rescue action is sent here with `OpenStack-API-Version:
compute 2.87` and the echoed header is checked.

Exit codes: 0 all passed, 1 a test failed, 77 skipped (no OS_CLIENT_CONFIG_FILE,
or the cloud does not answer): CTest's SKIP_RETURN_CODE. The last line is
always `N passed, M failed`.
"""

import os
import statistics
import sys
import threading
import time
import unittest
import uuid

import yaml
from keystoneauth1 import exceptions as ks_exc
from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

SKIP = 77
CLOUD = "member"
PARALLEL = 10
WAIT_TIMEOUT = 180  # seconds for any state change
RUN_ID = uuid.uuid4().hex[:8]


class TestFailure(AssertionError):
    pass


def load_cloud_config(name):
    path = os.environ.get("OS_CLIENT_CONFIG_FILE")
    if not path:
        raise LookupError("OS_CLIENT_CONFIG_FILE is not set")
    if not os.path.isfile(path):
        raise LookupError("OS_CLIENT_CONFIG_FILE=%s does not exist" % path)
    with open(path) as f:
        clouds = yaml.safe_load(f).get("clouds", {})
    if name not in clouds:
        raise LookupError("cloud %r not in %s" % (name, path))
    return path, clouds[name]


class Cloud:
    """Raw REST calls on one keystoneauth session."""

    def __init__(self, config):
        self.sess = ks_session.Session(auth=v3.Password(**config["auth"]))
        self.region = config.get("region_name")

    def call(self, service, method, path, microversion=None, **kwargs):
        headers = kwargs.pop("headers", {})
        if microversion:
            headers["OpenStack-API-Version"] = "compute " + microversion
        return self.sess.request(path, method, headers=headers, raise_exc=False,
                                 endpoint_filter={"service_type": service,
                                                  "interface": "public",
                                                  "region_name": self.region},
                                 **kwargs)

    def compute(self, method, path, microversion=None, **kwargs):
        return self.call("compute", method, path, microversion, **kwargs)

    # -- helpers used by the tests

    def find_flavor(self, name):
        for flavor in self.compute("GET", "/flavors").json()["flavors"]:
            if flavor["name"] == name:
                return flavor["id"]
        raise TestFailure("flavor %s not found" % name)

    def find_image(self, query):
        images = self.call("image", "GET", "/v2/images?" + query).json()["images"]
        if len(images) != 1:
            raise TestFailure("expected one image for %s, got %s"
                              % (query, [i["name"] for i in images]))
        return images[0]

    def create_server(self, name, image_id, flavor_id):
        body = {"server": {"name": name, "imageRef": image_id, "flavorRef": flavor_id,
                           "networks": "none"}}  # "none" needs microversion >= 2.37
        resp = self.compute("POST", "/servers", "2.37", json=body)
        expect(resp.status_code == 202, "create %s: HTTP %s %s" % (name, resp.status_code,
                                                                   resp.text))
        return resp.json()["server"]["id"]

    def server(self, server_id):
        resp = self.compute("GET", "/servers/" + server_id, "2.37")
        if resp.status_code == 404:
            return None
        expect(resp.status_code == 200, "show %s: HTTP %s %s" % (server_id, resp.status_code,
                                                                 resp.text))
        return resp.json()["server"]

    def wait_status(self, server_id, status, vm_state):
        deadline = time.monotonic() + WAIT_TIMEOUT
        while time.monotonic() < deadline:
            server = self.server(server_id)
            if server is None:
                raise TestFailure("server %s disappeared" % server_id)
            if server["status"] == "ERROR":
                raise TestFailure("server %s went to ERROR: %s"
                                  % (server_id, server.get("fault")))
            if (server["status"] == status and server["OS-EXT-STS:vm_state"] == vm_state
                    and server["OS-EXT-STS:task_state"] is None):
                return server
            time.sleep(0.25)
        raise TestFailure("server %s not %s/%s after %ss (now %s/%s/%s)" % (
            server_id, status, vm_state, WAIT_TIMEOUT, server["status"],
            server["OS-EXT-STS:vm_state"], server["OS-EXT-STS:task_state"]))

    def rescue(self, server_id, image_id):
        resp = self.compute("POST", "/servers/%s/action" % server_id, "2.87",
                            json={"rescue": {"rescue_image_ref": image_id}})
        expect(resp.status_code == 200, "rescue %s: HTTP %s %s"
               % (server_id, resp.status_code, resp.text))
        echoed = resp.headers.get("OpenStack-API-Version")
        expect(echoed == "compute 2.87", "rescue was not served at 2.87: header %r" % echoed)
        expect("adminPass" in resp.json(), "rescue answer lacks adminPass: %s" % resp.text)

    def unrescue(self, server_id):
        resp = self.compute("POST", "/servers/%s/action" % server_id, "2.87",
                            json={"unrescue": None})
        expect(resp.status_code == 202, "unrescue %s: HTTP %s %s"
               % (server_id, resp.status_code, resp.text))

    def console_url(self, server_id):
        resp = self.compute("POST", "/servers/%s/remote-consoles" % server_id, "2.6",
                            json={"remote_console": {"protocol": "vnc", "type": "novnc"}})
        expect(resp.status_code == 200, "remote console %s: HTTP %s %s"
               % (server_id, resp.status_code, resp.text))
        return resp.json()["remote_console"]["url"]

    def delete_and_wait(self, server_ids):
        """Deletes every server (best effort) and waits until all are gone."""
        for server_id in server_ids:
            self.compute("DELETE", "/servers/" + server_id)
        deadline = time.monotonic() + WAIT_TIMEOUT
        left = list(server_ids)
        while left and time.monotonic() < deadline:
            left = [s for s in left if self.compute("GET", "/servers/" + s).status_code != 404]
            if left:
                time.sleep(0.5)
        return left


def expect(condition, message):
    if not condition:
        raise TestFailure(message)


class LogWatch:
    """Remembers the size of every service log, then reads only what was added."""

    def __init__(self, log_dir):
        self.log_dir = log_dir
        self.sizes = {}
        if os.path.isdir(log_dir):
            for name in os.listdir(log_dir):
                path = os.path.join(log_dir, name)
                if os.path.isfile(path):
                    self.sizes[name] = os.path.getsize(path)

    def bad_lines(self):
        bad = []
        if not os.path.isdir(self.log_dir):
            return bad
        for name in sorted(os.listdir(self.log_dir)):
            path = os.path.join(self.log_dir, name)
            if not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                f.seek(self.sizes.get(name, 0))
                for line in f.read().decode("utf-8", "replace").splitlines():
                    if " ERROR " in line or "Traceback" in line:
                        bad.append("%s: %s" % (name, line.strip()))
        return bad


class SmokeTest(unittest.TestCase):
    config_path = None
    config = None

    @classmethod
    def setUpClass(cls):
        cloud = Cloud(cls.config)
        cls.image_id = cloud.find_image("name=stackrescue-boot")["id"]
        cls.flavor_id = cloud.find_flavor("m1.tiny")
        cls.log_dir = os.path.join(os.path.dirname(os.path.abspath(cls.config_path)), "log")

    def setUp(self):
        self.cloud = Cloud(self.config)
        self.created = []
        self.addCleanup(self._delete_created)

    def _delete_created(self):
        left = self.cloud.delete_and_wait(self.created)
        if left:
            print("WARNING: servers not gone after delete: %s" % left, file=sys.stderr)

    def _new_server(self, cloud, label):
        server_id = cloud.create_server("smoke-%s-%s" % (RUN_ID, label), self.image_id,
                                        self.flavor_id)
        self.created.append(server_id)
        return server_id

    def test_1_rescue_lifecycle(self):
        """member: create (no network) -> rescue at 2.87 -> console -> unrescue -> delete."""
        cloud = self.cloud
        server_id = self._new_server(cloud, "single")
        cloud.wait_status(server_id, "ACTIVE", "active")

        rescue_image = cloud.find_image("tag=system-rescue")
        self.assertEqual(rescue_image["name"], "stackrescue-sysrescue")
        self.assertEqual(rescue_image.get("hw_rescue_device"), "disk")
        self.assertEqual(rescue_image.get("hw_rescue_bus"), "virtio")

        cloud.rescue(server_id, rescue_image["id"])
        server = cloud.wait_status(server_id, "RESCUE", "rescued")
        self.assertEqual(server["image"]["id"], self.image_id)

        url = cloud.console_url(server_id)
        self.assertTrue(url.startswith("http://127.0.0.1:6080/vnc_lite.html?"), url)

        cloud.unrescue(server_id)
        cloud.wait_status(server_id, "ACTIVE", "active")

        self.assertEqual(cloud.delete_and_wait([server_id]), [])
        self.created.remove(server_id)

    def test_2_parallel_rescue(self):
        """10 servers created, rescued and unrescued in parallel; no ERROR in the logs."""
        watch = LogWatch(self.log_dir)
        rescue_image_id = self.cloud.find_image("tag=system-rescue")["id"]
        errors = []
        timings = {"create": [], "rescue": [], "unrescue": []}
        lock = threading.Lock()

        def one_server(index):
            try:
                cloud = Cloud(self.config)
                t0 = time.monotonic()
                server_id = cloud.create_server("smoke-%s-par%d" % (RUN_ID, index),
                                                self.image_id, self.flavor_id)
                with lock:
                    self.created.append(server_id)
                cloud.wait_status(server_id, "ACTIVE", "active")
                t1 = time.monotonic()
                cloud.rescue(server_id, rescue_image_id)
                cloud.wait_status(server_id, "RESCUE", "rescued")
                t2 = time.monotonic()
                cloud.unrescue(server_id)
                cloud.wait_status(server_id, "ACTIVE", "active")
                t3 = time.monotonic()
                with lock:
                    timings["create"].append(t1 - t0)
                    timings["rescue"].append(t2 - t1)
                    timings["unrescue"].append(t3 - t2)
            except Exception as exc:  # collected and reported below
                with lock:
                    errors.append("server %d: %s: %s" % (index, type(exc).__name__, exc))

        threads = [threading.Thread(target=one_server, args=(i,)) for i in range(PARALLEL)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for phase, values in timings.items():
            if values:
                print("  %-8s %2d servers, s min/median/max %.1f/%.1f/%.1f"
                      % (phase, len(values), min(values), statistics.median(values),
                         max(values)), file=sys.stderr)

        left = self.cloud.delete_and_wait(self.created)
        self.created = left
        self.assertEqual(errors, [])
        self.assertEqual(left, [], "servers not deleted")
        if not os.path.isdir(self.log_dir):
            print("  note: no log dir %s, log check skipped" % self.log_dir, file=sys.stderr)
        bad = watch.bad_lines()
        self.assertEqual(bad, [], "ERROR/Traceback lines in the service logs during the test")


def cloud_answers(config):
    """Skip reason when Keystone cannot be reached, else None.

    Any other authentication failure is not a skip: the cloud answered, so
    main() reports it as a failed test.
    """
    try:
        Cloud(config).sess.get_token()
    except ks_exc.ConnectionError as exc:  # refused, timed out, TLS
        return "cloud does not answer: %s" % exc
    return None


def main():
    try:
        path, config = load_cloud_config(CLOUD)
    except LookupError as exc:
        print("SKIP: %s (start one with tests/cloud/local-cloud start and "
              "export OS_CLIENT_CONFIG_FILE)" % exc)
        print("0 passed, 0 failed")
        return SKIP
    try:
        reason = cloud_answers(config)
    except ks_exc.ClientException as exc:
        print("FAIL: cannot authenticate as %s: %s" % (CLOUD, exc))
        print("0 passed, 1 failed")
        return 1
    if reason:
        print("SKIP: %s" % reason)
        print("0 passed, 0 failed")
        return SKIP

    SmokeTest.config_path, SmokeTest.config = path, config
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(SmokeTest)
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
