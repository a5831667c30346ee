#!/usr/bin/python3
"""Authentication against the real local cloud, through a real module binary.

Shows, for issue 3: every auth type (password, application credential, token) with every
way of configuring (clouds.yaml cloud, task `auth` dict, OS_* environment); that ten
consecutive module runs send exactly one token request with the token cache on and ten
with it off (counted from the modules' own request trace, STACKRESCUE_TRACE); and that
bad credentials, an unknown cloud and an unreachable Keystone fail cleanly, without
secrets in the output.

    auth_test.py <directory with the built module binaries>

Needs OS_CLIENT_CONFIG_FILE pointing at the local cloud's clouds.yaml (clouds `member`,
`admin`); exits 77 (skipped) without it.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request
import uuid

import yaml

SKIP = 77
MODULES = sys.argv[1] if len(sys.argv) > 1 else "build/modules"
MODULE = os.path.join(MODULES, "rescue_image_info")
CLOUDS_FILE = os.environ.get("OS_CLIENT_CONFIG_FILE", "")
OPENSTACK = ["/usr/bin/openstack"]


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def cloud_answers(auth_url):
    try:
        urllib.request.urlopen(auth_url, timeout=5).read()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False


if not CLOUDS_FILE or not os.path.exists(CLOUDS_FILE):
    skip("OS_CLIENT_CONFIG_FILE does not name the local cloud's clouds.yaml")
CLOUDS = yaml.safe_load(open(CLOUDS_FILE))["clouds"]
MEMBER = CLOUDS["member"]["auth"]
if not cloud_answers(MEMBER["auth_url"]):
    skip(f"Keystone at {MEMBER['auth_url']} does not answer")


class Env:
    """A clean environment: no OS_* leaking in, a private cache dir, a trace file."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="stackrescue-auth-")
        self.trace = os.path.join(self.dir, "trace.log")
        self.vars = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
        self.vars.update(HOME=self.dir, XDG_CACHE_HOME=os.path.join(self.dir, "cache"),
                         STACKRESCUE_TRACE=self.trace)

    def token_requests(self):
        if not os.path.exists(self.trace):
            return 0
        return sum(1 for line in open(self.trace) if " POST " in line and "/v3/auth/tokens" in line)


def run_module(args, env, extra_env=None):
    full_env = dict(env.vars, **(extra_env or {}))
    started = time.monotonic()
    proc = subprocess.run([MODULE], input=json.dumps(args), capture_output=True, text=True,
                          env=full_env, timeout=120)
    elapsed = time.monotonic() - started
    lines = [l for l in proc.stdout.splitlines() if l.strip()]
    assert len(lines) == 1, f"expected one JSON line, got: {proc.stdout!r} {proc.stderr!r}"
    result = json.loads(lines[0])
    result["_rc"], result["_elapsed"], result["_raw"] = proc.returncode, elapsed, proc.stdout
    return result


def ok(result):
    assert result["_rc"] == 0 and not result["failed"], f"module failed: {result.get('msg')}"
    assert result["image"] and result["image"]["name"] == "stackrescue-sysrescue", result
    return result


def no_secret(result, *secrets):
    for secret in secrets:
        assert secret not in result["_raw"], "a secret appears in the module output"


def member_auth_dict():
    return {"auth_url": MEMBER["auth_url"], "username": MEMBER["username"], "password": MEMBER["password"],
            "project_name": MEMBER["project_name"], "user_domain_name": MEMBER["user_domain_name"],
            "project_domain_name": MEMBER["project_domain_name"]}


def openstack(*args):
    out = subprocess.run(OPENSTACK + ["--os-cloud", "member", *args], capture_output=True, text=True,
                         check=True, env=dict(os.environ, PATH="/usr/bin:/bin"), timeout=120)
    return out.stdout


# ---------------------------------------------------------------- tests

def test_password_from_clouds_yaml():
    env = Env()
    no_secret(ok(run_module({"cloud": "member"}, env, {"OS_CLIENT_CONFIG_FILE": CLOUDS_FILE})), MEMBER["password"])


def test_password_from_os_cloud_variable():
    env = Env()
    ok(run_module({}, env, {"OS_CLIENT_CONFIG_FILE": CLOUDS_FILE, "OS_CLOUD": "member"}))


def test_password_from_auth_dict_without_clouds_yaml():
    env = Env()
    result = ok(run_module({"auth": member_auth_dict()}, env))
    no_secret(result, MEMBER["password"])
    assert result["invocation"]["module_args"]["auth"]["password"] == "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
    assert result["invocation"]["module_args"]["auth"]["username"] == MEMBER["username"]  # not over-masked


def test_password_from_os_environment():
    env = Env()
    a = member_auth_dict()
    ok(run_module({}, env, {"OS_AUTH_URL": a["auth_url"], "OS_USERNAME": a["username"], "OS_PASSWORD": a["password"],
                            "OS_PROJECT_NAME": a["project_name"], "OS_USER_DOMAIN_NAME": "Default",
                            "OS_PROJECT_DOMAIN_NAME": "Default"}))


def with_application_credential(check):
    name = f"stackrescue-test-{uuid.uuid4().hex[:8]}"
    cred = json.loads(openstack("application", "credential", "create", name, "-f", "json"))
    try:
        check(cred["id"], cred["secret"])
    finally:
        openstack("application", "credential", "delete", cred["id"])


def test_application_credential_auth_dict_and_environment():
    def check(cred_id, secret):
        env = Env()
        auth = {"auth_url": MEMBER["auth_url"], "application_credential_id": cred_id,
                "application_credential_secret": secret}
        no_secret(ok(run_module({"auth_type": "v3applicationcredential", "auth": auth}, env)), secret)
        env = Env()
        no_secret(ok(run_module({}, env, {"OS_AUTH_URL": MEMBER["auth_url"], "OS_AUTH_TYPE": "v3applicationcredential",
                                          "OS_APPLICATION_CREDENTIAL_ID": cred_id,
                                          "OS_APPLICATION_CREDENTIAL_SECRET": secret})), secret)
        # A clouds.yaml cloud with an application credential.
        env = Env()
        clouds = os.path.join(env.dir, "clouds.yaml")
        with open(clouds, "w") as f:
            yaml.safe_dump({"clouds": {"appcred": {"auth_type": "v3applicationcredential", "auth": auth}}}, f)
        no_secret(ok(run_module({"cloud": "appcred"}, env, {"OS_CLIENT_CONFIG_FILE": clouds})), secret)
    with_application_credential(check)


def test_token_auth():
    token = openstack("token", "issue", "-f", "value", "-c", "id").strip()
    env = Env()
    auth = {"auth_url": MEMBER["auth_url"], "token": token, "project_name": MEMBER["project_name"],
            "project_domain_name": "Default"}
    no_secret(ok(run_module({"auth_type": "token", "auth": auth}, env)), token)
    env = Env()
    no_secret(ok(run_module({}, env, {"OS_AUTH_URL": MEMBER["auth_url"], "OS_AUTH_TYPE": "v3token", "OS_TOKEN": token,
                                      "OS_PROJECT_NAME": MEMBER["project_name"],
                                      "OS_PROJECT_DOMAIN_NAME": "Default"})), token)


def count_token_requests(cache_on):
    env = Env()
    for _ in range(10):
        ok(run_module({"cloud": "member", "token_cache": cache_on}, env, {"OS_CLIENT_CONFIG_FILE": CLOUDS_FILE}))
    return env.token_requests()


def test_ten_runs_one_token_request_with_cache():
    n = count_token_requests(True)
    print(f"    10 runs, token_cache on: {n} token request(s)")
    assert n == 1, n


def test_ten_runs_ten_token_requests_without_cache():
    n = count_token_requests(False)
    print(f"    10 runs, token_cache off: {n} token request(s)")
    assert n == 10, n


def test_wrong_password_fails_naming_the_user_not_the_password():
    env = Env()
    auth = dict(member_auth_dict(), password="Wrong-Password-4711")
    result = run_module({"auth": auth}, env)
    assert result["failed"] and result["_rc"] == 1
    assert MEMBER["username"] in result["msg"] and "refused the credentials" in result["msg"], result["msg"]
    no_secret(result, "Wrong-Password-4711")


def test_unknown_cloud_fails_listing_known_clouds():
    env = Env()
    result = run_module({"cloud": "nosuch"}, env, {"OS_CLIENT_CONFIG_FILE": CLOUDS_FILE})
    assert result["failed"] and "Cloud nosuch was not found" in result["msg"] and "member" in result["msg"], result


def test_unreachable_keystone_fails_fast_and_clearly():
    env = Env()
    auth = dict(member_auth_dict(), auth_url="http://127.0.0.1:9/v3")
    result = run_module({"auth": auth, "api_timeout": 5}, env)
    assert result["failed"], result
    assert "127.0.0.1:9" in result["msg"], result["msg"]
    assert result["_elapsed"] < 30, result["_elapsed"]
    no_secret(result, MEMBER["password"])


def main():
    tests = [(name, fn) for name, fn in globals().items() if name.startswith("test_") and callable(fn)]
    passed = failed = 0
    for name, fn in tests:
        try:
            fn()
            passed += 1
            print(f"PASS {name}")
        except Exception:  # noqa: BLE001 - report every failure and go on
            failed += 1
            print(f"FAIL {name}")
            traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
