#!/usr/bin/python3
"""Checks that keep the tree's shape what docs/contributing.md says it is. No cloud, no build
products needed except the configured build tree's test list (module_completeness).

  check.py module_completeness --root SRC --build-dir BUILD [--ctest CTEST]
  check.py layering | file_size | no_path_hacks --root SRC

Each check prints one line per problem, saying what to change, and exits 1 when there is any.
"""
import argparse
import os
import re
import subprocess
import sys

# --- which files -------------------------------------------------------------------------


def tree_files(root):
    """The files of the source tree, relative to root: what git tracks plus what it does not
    ignore (so build trees never count); every file below root outside a git checkout."""
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
                             check=True, capture_output=True).stdout.decode()
        return sorted(f for f in out.split("\0") if f and os.path.isfile(os.path.join(root, f)))
    except (OSError, subprocess.CalledProcessError):
        files = []
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if d != ".git" and not d.startswith("build")]
            files += [os.path.relpath(os.path.join(folder, n), root) for n in names]
        return sorted(files)


def text_of(root, path):
    """The file's text, or None for a binary file (one with a NUL byte)."""
    with open(os.path.join(root, path), "rb") as f:
        data = f.read()
    if b"\0" in data:
        return None
    return data.decode("utf-8", errors="replace")


def under(path, *folders):
    return any(path == f.rstrip("/") or path.startswith(f.rstrip("/") + "/") for f in folders)


# --- module_completeness -----------------------------------------------------------------

# The one module list: modules/CMakeLists.txt, one stackrescue_add_module(<name>) per module.
MODULE_LINE = re.compile(r"^\s*stackrescue_add_module\((\w+)\)", re.M)


def module_files(name):
    """The files a module consists of (docs/contributing.md, "Adding a module"); its main may
    have at most MODULE_MAIN_LINES code lines."""
    return [f"modules/{name}.cpp", f"src/ops/{name}.hpp", f"src/ops/{name}.cpp", f"tests/unit/ops/{name}_test.cpp",
            f"docs/modules/{name}.md"]


def registered_tests(build_dir, ctest):
    """The test names CTest knows in the configured build tree. Asking ctest itself (`ctest -N`)
    instead of reading tests/integration/CMakeLists.txt is robust to however a test is
    registered there (loops, helper functions, other files)."""
    out = subprocess.run([ctest, "-N", "--test-dir", build_dir], check=True, capture_output=True, text=True).stdout
    return set(re.findall(r"^\s*Test\s+#\d+: (\S+)\s*$", out, re.M))


def check_module_completeness(args):
    with open(os.path.join(args.root, "modules/CMakeLists.txt")) as f:
        modules = MODULE_LINE.findall(f.read())
    problems = [] if modules else ["modules/CMakeLists.txt lists no module (stackrescue_add_module(<name>))"]
    tests = registered_tests(args.build_dir, args.ctest)
    for name in modules:
        for path in module_files(name):
            if not os.path.isfile(os.path.join(args.root, path)):
                problems.append(f"module {name}: {path} is missing")
        if f"integration.{name}" not in tests:
            problems.append(f"module {name}: no CTest test integration.{name} (its playbook test, "
                            f"tests/integration/CMakeLists.txt)")
        main = os.path.join(args.root, f"modules/{name}.cpp")
        lines = code_lines(main) if os.path.isfile(main) else 0
        if lines > MODULE_MAIN_LINES:
            problems.append(f"module {name}: modules/{name}.cpp has {lines} code lines, more than "
                            f"{MODULE_MAIN_LINES}: move what decides or computes into src/ops/{name}.cpp, rules "
                            f"across options into the spec")
    return problems


# A module main reads at a glance: its spec as data and a run() that reads top to bottom.
MODULE_MAIN_LINES = 100


def code_lines(path):
    """Lines that are neither blank, nor a // comment, nor inside a raw string R"(...)" (the
    module's description is prose for the docs, not code to read at a glance)."""
    count = 0
    in_prose = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if in_prose:
                in_prose = ')"' not in stripped
                continue
            if 'R"(' in stripped and ')"' not in stripped.split('R"(', 1)[1]:
                in_prose = True
                count += 1  # the line that opens the description is code
                continue
            if stripped and not stripped.startswith("//"):
                count += 1
    return count


# --- layering ----------------------------------------------------------------------------

# Who may include whom, by top folder: src/<folder>/ and modules/. A folder may always
# include itself. Everything else is an upward or sideways include. (docs/contributing.md)
ALLOWED = {
    "common": set(),
    "portable": set(),
    "ansible": {"common"},
    "http": {"common"},
    "openstack": {"http", "common"},
    "console": {"http", "common"},
    "diagnose": {"common"},
    "ops": {"openstack", "console", "diagnose", "common"},
    "module_support": {"ansible", "openstack", "console", "common"},
    "modules": {"ops", "module_support", "ansible", "common"},
}
# The transport stays below openstack and console; Poco stays inside its adapters.
HTTP_USERS = {"http", "openstack", "console"}
POCO_FILES = re.compile(r"^src/http/poco_[\w.]+$")

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def layer_of(path):
    parts = path.split("/")
    if parts[0] == "modules":
        return "modules"
    if parts[0] == "src" and len(parts) > 2:
        return parts[1]
    return None


def check_layering(args):
    problems = []
    for path in tree_files(args.root):
        layer = layer_of(path)
        if layer is None or not path.endswith((".cpp", ".hpp", ".h", ".cc")):
            continue
        if layer not in ALLOWED:
            problems.append(f"{path}: src/{layer}/ is not in the layer table of tests/structure/check.py "
                            f"(ALLOWED) nor in docs/contributing.md: add it to both")
            continue
        for kind, target in INCLUDE.findall(text_of(args.root, path) or ""):
            top = target.split("/")[0]
            if kind == "<":
                if top == "Poco" and not POCO_FILES.match(path):
                    problems.append(f"{path}: includes <{target}>: only src/http/poco_* may include Poco")
                continue
            if "/" not in target or top not in ALLOWED or top == layer:
                continue  # a header of the same folder ("option.hpp") or a third-party one
            if top == "http" and layer not in HTTP_USERS:
                problems.append(f'{path}: includes "{target}": only openstack and console use http/ '
                                f"(wrap what is needed there: openstack::Unreachable, console::Channel)")
            elif top not in ALLOWED[layer]:
                problems.append(f'{path}: includes "{target}": {layer} may include only '
                                f"{', '.join(sorted(ALLOWED[layer])) or 'nothing of ours'} (an upward or sideways "
                                f"include)")
    return problems


# --- file_size ---------------------------------------------------------------------------

MAX_LINES = 600
# Not written by hand, or data rather than code:
SIZE_EXCLUDED = (
    "third_party/",          # vendored code (Poco)
    "docs/modules/",         # generated by tools/render-module-docs from the specs
    "tests/fixtures/",       # captured API answers and console byte streams
    "tests/fuzz/corpus/",    # fuzz seed inputs
)


def check_file_size(args):
    problems = []
    for path in tree_files(args.root):
        if under(path, *SIZE_EXCLUDED):
            continue
        text = text_of(args.root, path)
        if text is None:
            continue
        lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        if lines > MAX_LINES:
            problems.append(f"{path}: {lines} lines (at most {MAX_LINES}): split it by what its parts do")
    return problems


# --- no_path_hacks -----------------------------------------------------------------------

# Spelled in pieces so that this file does not match itself.
PATH_HACKS = re.compile(r"\bsys\.path\s*(\.\s*(insert|append|extend)\s*\(|\+=|=(?!=)|\[[^\]]*\]\s*=(?!=))|"
                        r"\bSource" r"FileLoader\b")


def check_no_path_hacks(args):
    problems = []
    for path in tree_files(args.root):
        # Code only: prose (Markdown, the rule in docs/contributing.md) may name the hacks.
        if under(path, "third_party/") or path.endswith(".md"):
            continue
        text = text_of(args.root, path)
        if text is None:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if PATH_HACKS.search(line):
                problems.append(f"{path}:{number}: {line.strip()}: import from a package on the path "
                                f"(tests/support/python) instead of editing sys.path or loading files by path")
    return problems


CHECKS = {
    "module_completeness": check_module_completeness,
    "layering": check_layering,
    "file_size": check_file_size,
    "no_path_hacks": check_no_path_hacks,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    parser.add_argument("--build-dir", help="the configured build tree (module_completeness)")
    parser.add_argument("--ctest", default="ctest")
    args = parser.parse_args()
    if args.check == "module_completeness" and not args.build_dir:
        parser.error("module_completeness needs --build-dir")
    problems = CHECKS[args.check](args)
    for problem in problems:
        print(problem)
    print(f"structure.{args.check}: {'FAILED, ' + str(len(problems)) + ' problem(s)' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
