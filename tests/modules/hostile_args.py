#!/usr/bin/python3
"""Every built module binary against hostile input, as Ansible would run it (argv[1] = args
file) and as a pipeline would (stdin). Each case must give exactly one JSON object on
stdout with failed: true and a message naming the problem, exit code 1, within a bounded
time, with no crash or sanitizer report on stderr and no secret anywhere in the output.

    hostile_args.py <directory with the built module binaries> <build>/modules/MODULES

The module names come from the list CMake writes (one name per line, from
modules/CMakeLists.txt): a new module is tested without being named here; PER_MODULE adds
the cases of its own options; CLOUD the cases of the cloud options every module but
LOCAL_MODULES takes.

No cloud is needed: the cloud cases point at a closed port or name unknown clouds.
Prints one line per case and a final "N passed, M failed".
"""
import json
import os
import re
import subprocess
import sys
import tempfile

CRASH_SIGNS = ("terminate called", "AddressSanitizer", "runtime error:", "Segmentation fault", "Aborted", "what():")
SECRET = "Canary-Secret-77f1c2"
DEEP = 200000
# Keystone on a closed port of this machine: connection refused, at once.
DEAD_AUTH = {"auth_url": "http://127.0.0.1:9/v3", "username": "u1", "password": SECRET, "project_name": "p1"}

# name -> (args file bytes or {"argv": [...]} / {"stdin": bytes}, regex the msg must match)
COMMON = {
    "empty_file": (b"", r"no module arguments"),
    "empty_stdin": ({"stdin": b""}, r"no module arguments"),
    "not_json": (b"server=web-1 state=rescued", r"not valid JSON"),
    "json_array": (b'["server", "web-1"]', r"must be a JSON object"),
    "trailing_garbage": (b'{"server": "a"} trailing', r"trailing data"),
    "deeply_nested": (b'{"server": ' + b"[" * DEEP + b"]" * DEEP + b"}", r"too deeply nested"),
    "megabytes_long": (b'{"server": "' + b"x" * (12 * 1024 * 1024) + b'"}', r"too large"),
    "invalid_utf8": (b'{"server": "\xff\xfe"}', r"not valid JSON"),
    "unknown_option": (b'{"server": "a", "sevrer": "b"}', r"Unsupported parameters for \(\w+\) module: sevrer"),
    "missing_file": ({"argv": ["/nonexistent/stackrescue/args"]}, r"/nonexistent/stackrescue/args"),
    "unknown_flag": ({"argv": ["--frobnicate"]}, r"--frobnicate"),
}
# The cases of the cloud options, for every module that takes them (all but LOCAL_MODULES).
CLOUD = {
    "unknown_auth_key": (b'{"server": "a", "auth": {"pasword": "x"}}', r"auth\.pasword|pasword"),
    "wrong_type_bool": (b'{"server": "a", "validate_certs": "perhaps"}', r"validate_certs.*bool"),
    "wrong_type_int": (b'{"server": "a", "api_timeout": "soon"}', r"api_timeout.*int"),
    "bad_interface": (b'{"server": "a", "interface": "secret"}', r"interface must be one of"),
    "unreachable_keystone": (json.dumps({"server": "a", "auth": DEAD_AUTH, "api_timeout": 5}).encode(),
                             r"refused.*127\.0\.0\.1:9|127\.0\.0\.1:9.*refused"),
    "unknown_cloud": (json.dumps({"server": "a", "cloud": "no-such-cloud"}).encode(), r"Cloud no-such-cloud was not found"),
    "cloud_wrong_type": (json.dumps({"server": "a", "cloud": 42}).encode(), r"cloud"),
    "unsupported_auth_type": (json.dumps({"server": "a", "auth_type": "v3oidcpassword", "auth": DEAD_AUTH}).encode(),
                              r"auth_type 'v3oidcpassword' is not supported"),
    "no_auth_url": (json.dumps({"server": "a", "auth": {"username": "u", "password": SECRET}}).encode(), r"no auth_url"),
}
# Modules that run without a cloud (not in the action group): they refuse the cloud options.
LOCAL_MODULES = {"repair_report"}
LOCAL = {
    "cloud_not_taken": (b'{"server": "a", "cloud": "x"}', r"Unsupported parameters for \(\w+\) module: cloud\."),
}
PER_MODULE = {
    "repair_report": {
        "missing_dest": (b'{"server": "a"}', r"missing required arguments: dest"),
        "runs_and_server": (b'{"dest": "/nonexistent/x", "server": "a", "runs": ["/x"]}', r"mutually exclusive: runs\|server"),
        "records_missing": (b'{"dest": "/nonexistent/x", "server": "a", "records": "/nonexistent/stackrescue/a.jsonl"}',
                            r"records /nonexistent/stackrescue/a\.jsonl cannot be read"),
        "runs_missing": (b'{"dest": "/nonexistent/x", "runs": ["/nonexistent/stackrescue/run"]}',
                         r"runs: /nonexistent/stackrescue/run/report\.json cannot be read"),
        "dest_unwritable": (b'{"dest": "/proc/stackrescue-report", "server": "a"}',
                            r"report directory /proc/stackrescue-report cannot be created"),
        "snapshots_not_list": (b'{"dest": "/nonexistent/x", "server": "a", "snapshots": {"a": 1}}', r"snapshots"),
        "diagnosis_not_dict": (b'{"dest": "/nonexistent/x", "server": "a", "diagnosis_before": "booted"}',
                               r"diagnosis_before"),
    },
    "server_rescue": {
        "missing_server": (b'{"state": "rescued"}', r"missing required arguments: server"),
        "bad_state": (b'{"server": "a", "state": "broken"}', r"value of state must be one of: rescued, unrescued"),
        "base_image_not_bool": (b'{"server": "a", "use_base_image": "maybe"}', r"use_base_image.*bool"),
        "timeout_not_int": (b'{"server": "a", "timeout": "1.5h"}', r"timeout.*int"),
    },
    "server_restore": {
        "missing_server": (b'{"snapshot": "x"}', r"missing required arguments: server"),
        "timeout_not_int": (b'{"server": "a", "timeout": "soon"}', r"timeout.*int"),
        "wait_not_bool": (b'{"server": "a", "wait": "perhaps"}', r"wait.*bool"),
    },
    "server_rescue_info": {
        "bad_expect": (b'{"server": "a", "expect": "maybe"}', r"value of expect must be one of"),
    },
    "server_console": {
        "bad_protocol": (b'{"server": "a", "protocol": "telnet"}', r"value of protocol must be one of"),
    },
    "server_console_log": {
        "bad_regex": (b'{"server": "a", "wait_for": "STACKRESCUE-(UP"}', r"wait_for is not a valid regular expression"),
        "empty_regex": (b'{"server": "a", "wait_for": ""}', r"wait_for is empty"),
        "lines_zero": (b'{"server": "a", "lines": 0}', r"lines must be 1 or more"),
        "negative_timeout": (b'{"server": "a", "wait_for": "x", "timeout": -1}', r"timeout must be 0 or more"),
        "lines_not_int": (b'{"server": "a", "lines": "many"}', r"lines.*int"),
    },
    "rescue_image_info": {},
    "server_console_screenshot": {
        "dest_is_folder": (b'{"server": "a", "dest": "/tmp"}', r"dest /tmp is a directory"),
        "dest_folder_missing": (b'{"server": "a", "dest": "/no/such/folder/x.png"}', r"does not exist"),
        "timeout_zero": (b'{"server": "a", "dest": "/tmp/x.png", "timeout": 0}', r"timeout must be at least 1"),
    },
    "rescue_command": {
        "cmd_and_script": (b'{"server": "a", "cmd": "true", "script": "true"}', r"mutually exclusive: cmd\|script"),
        "no_cmd_nor_script": (b'{"server": "a", "cmd": null}', r"one of the following is required: cmd, script"),
        "timeout_zero": (b'{"server": "a", "timeout": 0}', r"timeout must be at least 1"),
        "output_limit_negative": (b'{"server": "a", "output_limit": -5}', r"output_limit must be at least 1"),
        "output_limit_not_int": (b'{"server": "a", "output_limit": "lots"}', r"output_limit.*int"),
        "console_password_canary": (json.dumps({"server": "a", "console_user": "root", "console_password": SECRET,
                                                "auth": DEAD_AUTH, "api_timeout": 5}).encode(), r"refused"),
    },
    "server_info": {
        "bad_regex": (b'{"server": "a", "name_regex": "(["}', r"name_regex '\(\[' is not a valid regular expression"),
        "page_size_zero": (b'{"page_size": 0}', r"page_size must be at least 1, not 0"),
        "status_not_list": (b'{"status": {"a": 1}}', r"status"),
        "metadata_not_dict": (b'{"metadata": "role"}', r"metadata"),
    },
}


def needs_server(module):
    return module != "rescue_image_info"


def adapt(module, content):
    """rescue_image_info has no `server` option: the same value goes to its `name`.
    rescue_command needs a command before it connects, server_console_screenshot a dest: each
    case gets one (unless it sets its own)."""
    if not isinstance(content, bytes):
        return content
    if module == "rescue_command" and b'"cmd"' not in content and b'"script"' not in content:
        return content.replace(b'{"server": ', b'{"cmd": "uname -r", "server": ', 1)
    if module == "server_console_screenshot" and b'"dest"' not in content:
        return content.replace(b'{"server": ', b'{"dest": "/tmp/stackrescue-hostile.png", "server": ', 1)
    if needs_server(module):
        return content
    return content.replace(b'{"server": ', b'{"name": ', 1)


def run_case(binary, content, tmp):
    argv, stdin = [binary], None
    if isinstance(content, dict) and "argv" in content:
        argv += content["argv"]
    elif isinstance(content, dict) and "stdin" in content:
        stdin = content["stdin"]
    else:
        path = os.path.join(tmp, "args")
        with open(path, "wb") as f:
            f.write(content)
        argv.append(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(HOME=tmp, XDG_CACHE_HOME=os.path.join(tmp, "cache"), OS_CLIENT_CONFIG_FILE=os.path.join(tmp, "none.yaml"))
    return subprocess.run(argv, input=stdin if stdin is not None else b"", capture_output=True, timeout=60, env=env)


def check(proc, pattern):
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    lines = [l for l in out.splitlines() if l.strip()]
    if len(lines) != 1:
        return f"expected one line of JSON, got {len(lines)}: {out[:300]!r}"
    try:
        result = json.loads(lines[0])
    except ValueError as e:
        return f"stdout is not JSON ({e}): {out[:300]!r}"
    if result.get("failed") is not True:
        return f"not failed: {out[:300]}"
    if proc.returncode != 1:
        return f"exit code {proc.returncode}"
    if not re.search(pattern, result.get("msg", "")):
        return f"msg {result.get('msg')!r} does not match {pattern!r}"
    if any(sign in err for sign in CRASH_SIGNS):
        return f"crash signs on stderr: {err[:300]}"
    if SECRET in out or SECRET in err:
        return "the canary secret appears in the output"
    return None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    library = sys.argv[1]
    with open(sys.argv[2]) as f:
        modules = f.read().split()
    if not modules:
        sys.exit("hostile_args: %s lists no module" % sys.argv[2])
    unknown = sorted(set(PER_MODULE) - set(modules))
    if unknown:   # a renamed or removed module would silently lose its cases
        sys.exit("hostile_args: cases for modules the build does not list: %s" % ", ".join(unknown))
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="stackrescue-hostile-") as tmp:
        for module in modules:
            binary = os.path.join(library, module)
            cases = {**COMMON, **(LOCAL if module in LOCAL_MODULES else CLOUD), **PER_MODULE.get(module, {})}
            for name, (content, pattern) in cases.items():
                problem = check(run_case(binary, adapt(module, content), tmp), pattern)
                if problem:
                    failed += 1
                    print(f"FAIL {module} {name}: {problem}")
                else:
                    passed += 1
                    print(f"PASS {module} {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
