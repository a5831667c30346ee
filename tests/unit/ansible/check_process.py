#!/usr/bin/python3
"""Process tests of the module runtime, run by CTest with the probe_module binary.

  check_process.py hostile CASE --library DIR   bad input: exactly one failed JSON object, exit 1
  check_process.py ok CASE --library DIR        good input run by hand or in a pipeline
  check_process.py ansible_doc --library DIR    the generated <name>.py read by ansible-doc, no warning
  check_process.py playbook CASE --library DIR  the binary run by ansible-playbook

Exit 0 = pass, 1 = fail, 77 = skipped (a tool is missing).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
MODULE = "probe_module"
CRASH_SIGNS = ("terminate called", "AddressSanitizer", "runtime error:", "Segmentation fault", "Aborted",
               "what():")
DEEP = 100000


def args_file(content):
    return {"file": content}


# name -> how to run the probe, and a regex its msg must match
HOSTILE = {
    "empty_file": (args_file(b""), r"^no module arguments: args file '.*' is empty"),
    "empty_stdin": ({"stdin": b""}, r"^no module arguments: stdin is empty"),
    "blank_file": (args_file(b" \n\t\n"), r"^no module arguments"),
    "not_json": (args_file(b"hello, not json"), r"are not valid JSON: parse error at line 1, column \d+"),
    "not_object": (args_file(b"[1, 2, 3]"), r"must be a JSON object of options, got an array"),
    "trailing_garbage": (args_file(b'{"name": "x"} {"name": "y"}'), r"trailing data after the JSON value"),
    "deeply_nested": (args_file(b'{"name": ' + b"[" * DEEP + b"]" * DEEP + b"}"),
                      r"too deeply nested: more than 100 levels"),
    "large_2mb_wrong_type": (args_file(b'{"name": "x", "count": "' + b"9" * (2 * 1024 * 1024) + b'"}'),
                             r"^argument 'count' is of type <class 'str'> and we were unable to convert to int"),
    "too_large_9mib": (args_file(b'{"name": "' + b"x" * (9 * 1024 * 1024) + b'"}'),
                       r"are too large: \d+ bytes, more than 8 MiB"),
    "endless_stdin": ({"stdin_path": "/dev/zero"}, r"^the module arguments in stdin are too large: more than 8 MiB"),
    "invalid_utf8": (args_file(b'{"name": "\xff\xfe\xc3("}'), r"not valid JSON: .*UTF-8"),
    "nul_byte": (args_file(b'{"name": "a\x00b"}'), r"not valid JSON: parse error"),
    "unknown_option": (args_file(b'{"name": "x", "bogus": 1, "_ansible_check_mode": false}'),
                       r"^Unsupported parameters for \(probe_module\) module: bogus\. Supported parameters include: "),
    "wrong_type": (args_file(b'{"name": "x", "enabled": "maybe"}'),
                   r"^argument 'enabled' is of type <class 'str'> and we were unable to convert to bool"),
    "missing_file": ({"argv": ["{tmp}/does-not-exist"]},
                     r"^could not open the module args file '.*/does-not-exist': No such file or directory"),
    "directory": ({"argv": ["{tmp}"]}, r"it is a directory"),
    "unknown_flag": ({"argv": ["--bogus"]}, r"^unknown command-line option '--bogus'"),
    "too_many_arguments": ({"argv": ["{tmp}/a", "{tmp}/b"]}, r"^too many command-line arguments"),
    "run_throws": (args_file(b'{"name": "x", "action": "throw"}'), r"^unexpected error: boom from run\(\)$"),
    "run_throws_unknown": (args_file(b'{"name": "x", "action": "throw_unknown"}'), r"not a std::exception"),
}


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run_probe(library, tmp, how, timeout=60):
    binary = os.path.join(library, MODULE)
    argv = [binary] + [a.format(tmp=tmp) for a in how.get("argv", [])]
    if "file" in how:
        path = os.path.join(tmp, "args")
        with open(path, "wb") as f:
            f.write(how["file"])
        argv.append(path)
    stdin = subprocess.DEVNULL
    if "stdin_path" in how:
        stdin = open(how["stdin_path"], "rb")
    elif "stdin" in how:
        stdin = subprocess.PIPE
    proc = subprocess.run(argv, input=how.get("stdin") if stdin == subprocess.PIPE else None,
                          stdin=None if stdin == subprocess.PIPE else stdin,
                          capture_output=True, timeout=timeout)
    return proc


def one_json_object(proc):
    """stdout must be exactly one JSON object on one line, then a newline."""
    out = proc.stdout.decode("utf-8")  # strict: the module must never print invalid UTF-8
    if not out.endswith("\n") or out.count("\n") != 1:
        fail("stdout is not exactly one line: %r" % out[:500])
    result = json.loads(out)
    if not isinstance(result, dict):
        fail("stdout is not a JSON object: %r" % out[:500])
    return result


def no_crash_text(proc):
    err = proc.stderr.decode("utf-8", "replace")
    for sign in CRASH_SIGNS:
        if sign in err:
            fail("stderr shows a crash (%s): %s" % (sign, err[:1000]))


def check_hostile(case, library):
    how, pattern = HOSTILE[case]
    with tempfile.TemporaryDirectory() as tmp:
        proc = run_probe(library, tmp, how)
    no_crash_text(proc)
    result = one_json_object(proc)
    if proc.returncode != 1:
        fail("exit code %d, expected 1" % proc.returncode)
    if result.get("failed") is not True or result.get("changed") is not False:
        fail("expected failed: true, changed: false, got %r" % {k: result.get(k) for k in ("failed", "changed")})
    msg = result.get("msg", "")
    if not re.search(pattern, msg):
        fail("msg %r does not match %r" % (msg[:500], pattern))
    print("ok: %s -> %s" % (case, msg[:200]))


def check_ok(case, library):
    with tempfile.TemporaryDirectory() as tmp:
        if case == "version":
            proc = run_probe(library, tmp, {"argv": ["--version"]})
            if proc.returncode != 0 or proc.stdout != b"probe_module 0.1.0\n":
                fail("--version printed %r (exit %d)" % (proc.stdout, proc.returncode))
            return
        if case in ("help", "doc_yaml", "doc_py"):
            proc = run_probe(library, tmp, {"argv": ["--" + case.replace("_", "-")]})
            text = proc.stdout.decode()
            expected = {"help": "Options:", "doc_yaml": "DOCUMENTATION:", "doc_py": "DOCUMENTATION = r"}[case]
            if proc.returncode != 0 or expected not in text:
                fail("--%s printed %r (exit %d)" % (case, text[:300], proc.returncode))
            return
        how = {
            "stdin_pipeline": {"stdin": b'{"name": "piped", "count": "3"}'},
            "large_2mb_value": args_file(b'{"name": "' + b"x" * (2 * 1024 * 1024) + b'"}'),
            "chatty_stdout": args_file(b'{"name": "x", "action": "chatty"}'),
            "no_log_output": args_file(b'{"name": "x", "password": "Sentinel-Pass-4242", "action": "fail"}'),
        }[case]
        proc = run_probe(library, tmp, how)
    no_crash_text(proc)
    result = one_json_object(proc)
    if case == "no_log_output":
        if b"Sentinel-Pass-4242" in proc.stdout or proc.returncode != 1:
            fail("the no_log value was printed, or exit code %d: %s" % (proc.returncode, proc.stdout[:500]))
        return
    if proc.returncode != 0 or result.get("failed") is not False:
        fail("expected success, got exit %d: %s" % (proc.returncode, proc.stdout[:500]))
    if case == "stdin_pipeline" and result["received"]["count"] != 3:
        fail("count was not coerced: %r" % result["received"])
    if case == "chatty_stdout" and b"noise" not in proc.stderr:
        fail("stray stdout output was not moved to stderr")


def need(tool):
    if shutil.which(tool) is None:
        print("skip: %s is not installed" % tool)
        sys.exit(SKIP)


def ansible_env(library, tmp):
    env = dict(os.environ)
    env.update(ANSIBLE_LIBRARY=library, ANSIBLE_LOCAL_TEMP=os.path.join(tmp, "local"),
               ANSIBLE_REMOTE_TEMP=os.path.join(tmp, "remote"), ANSIBLE_NOCOLOR="1", ANSIBLE_FORCE_COLOR="0",
               ANSIBLE_RETRY_FILES_ENABLED="0", ANSIBLE_CONFIG=os.path.join(tmp, "none.cfg"),
               ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_PYTHON_INTERPRETER="/usr/bin/python3")
    return env


def check_ansible_doc(library):
    need("ansible-doc")
    with tempfile.TemporaryDirectory() as tmp:
        env = ansible_env(library, tmp)
        text = subprocess.run(["ansible-doc", "-t", "module", "-M", library, MODULE], env=env, cwd=tmp,
                              capture_output=True, timeout=60)
        if text.returncode != 0 or b"Name to greet" not in text.stdout:
            fail("ansible-doc failed (%d): %s %s" % (text.returncode, text.stdout[:500], text.stderr[:1000]))
        # ansible-core 2.14 read a YAML sidecar but warned "documentation formatting error"
        # per module; the .py form must give no warning at all.
        if b"WARNING" in text.stderr or b"error" in text.stderr.lower():
            fail("ansible-doc warned: %s" % text.stderr[:1000])
        proc = subprocess.run(["ansible-doc", "--json", "-t", "module", "-M", library, MODULE], env=env, cwd=tmp,
                              capture_output=True, timeout=60)
    if proc.returncode != 0:
        fail("ansible-doc --json failed: %s" % proc.stderr[:1000])
    entry = json.loads(proc.stdout)[MODULE]
    doc, options = entry["doc"], entry["doc"]["options"]
    expectations = [
        (doc["short_description"], "Exercise the StackRescue module runtime"),
        (doc["version_added"], "0.1.0"),
        (doc["author"], ["StackRescue engineers"]),
        (options["name"]["required"], True),
        (options["name"]["aliases"], ["server"]),
        (options["state"]["choices"], ["present", "absent"]),
        (options["state"]["default"], "present"),
        (options["count"]["default"], 1),
        (options["enabled"]["default"], True),
        (options["ports"]["elements"], "int"),
        (options["password"]["no_log"], True),
        (options["auth"]["suboptions"]["password"]["no_log"], True),
        (options["auth"]["suboptions"]["project"]["default"], "demo"),
        (entry["return"]["received"]["sample"], {"name": "demo"}),
        ("probe_module:" in entry["examples"], True),
    ]
    for actual, expected in expectations:
        if actual != expected:
            fail("ansible-doc read %r, expected %r" % (actual, expected))


PLAYBOOKS = {
    "check_mode": ("""
- hosts: localhost
  gather_facts: false
  tasks:
    - probe_module: {name: demo}
      register: r
    - assert:
        that: [r.changed, r.context.check_mode, not r.failed, r.received.name == 'demo']
""", ["--check"]),
    "no_log": ("""
- hosts: localhost
  gather_facts: false
  tasks:
    - probe_module:
        name: demo
        password: Sentinel-Top-Secret-1
        auth: {username: admin, password: Sentinel-Nested-Secret-2}
      register: r
    - probe_module: {name: demo, action: fail, password: Sentinel-Top-Secret-1}
      register: f
      ignore_errors: true
    - probe_module: {name: demo, action: secret}
      register: s
    - assert:
        that:
          - r.msg == 'hello demo with password ********'
          - f.failed and f.msg == 'asked to fail (password ********)'
          - s.admin_password == 'nova-generated-Adm1nPass'
          - s.nested.note == 'the password is ********'
""", ["-vvv"]),
    "coercion": ("""
- hosts: localhost
  gather_facts: false
  vars: {three: 3}
  tasks:
    - probe_module: name=demo enabled=yes count=3 ratio=0.25 ports=80,443 labels="a=1, b=2" home=~/x
      register: kv
    - probe_module: {name: demo, enabled: "no", count: "{{ three }}", colors: "red,blue", auth: '{"username": "u"}'}
      register: yaml
    - assert:
        that:
          - kv.received.enabled is sameas true
          - kv.received.count == 3 and kv.received.count | type_debug == 'int'
          - kv.received.ratio == 0.25
          - kv.received.ports == [80, 443]
          - "kv.received.labels == {'a': '1', 'b': '2'}"
          - kv.received.home == lookup('env', 'HOME') + '/x'
          - yaml.received.enabled is sameas false
          - yaml.received.count == 3
          - yaml.received.colors == ['red', 'blue']
          - "yaml.received.auth == {'username': 'u', 'password': None, 'project': 'demo'}"
""", []),
}


def check_playbook(case, library):
    need("ansible-playbook")
    playbook, flags = PLAYBOOKS[case]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "play.yml")
        with open(path, "w") as f:
            f.write(playbook)
        proc = subprocess.run(["ansible-playbook", "-i", "localhost,", "-c", "local", path] + flags,
                              env=ansible_env(library, tmp), cwd=tmp, capture_output=True, timeout=110)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        fail("ansible-playbook failed (%d):\n%s" % (proc.returncode, output.decode(errors="replace")[-4000:]))
    if case == "no_log":
        for secret in (b"Sentinel-Top-Secret-1", b"Sentinel-Nested-Secret-2"):
            if secret in output:
                fail("%s appears in the -vvv output" % secret.decode())
        # -vvv shows each result with its invocation, where no_log options are masked.
        if output.count(b'"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"') < 3:
            fail("the masked invocation is missing from the -vvv output")


def main():
    argv = sys.argv[1:]
    library = argv[argv.index("--library") + 1]
    mode = argv[0]
    # ansible_doc reads only <name>.py, kept in a folder of its own (see CMakeLists.txt).
    wanted = MODULE + ".py" if mode == "ansible_doc" else MODULE
    if not os.path.exists(os.path.join(library, wanted)):
        fail("%s is not built in %s" % (wanted, library))
    if mode == "hostile":
        check_hostile(argv[1], library)
    elif mode == "ok":
        check_ok(argv[1], library)
    elif mode == "ansible_doc":
        check_ansible_doc(library)
    elif mode == "playbook":
        check_playbook(argv[1], library)
    else:
        fail("unknown mode " + mode)
    print("PASS")


if __name__ == "__main__":
    main()
