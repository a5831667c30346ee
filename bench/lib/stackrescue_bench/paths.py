"""Where things are: the repository, the bench directory, the tools every mode runs."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BENCH = os.path.join(ROOT, "bench")

OPENSTACK = "/usr/bin/openstack"
PYTHON = "/usr/bin/python3"
ANSIBLE = "/usr/bin/ansible"
ANSIBLE_PLAYBOOK = "/usr/bin/ansible-playbook"
GNU_TIME = "/usr/bin/time"


def bench_file(name):
    """A file of bench/ that runs as a process of its own (a peer) or is compiled (a module)."""
    return os.path.join(BENCH, name)


def testing_command(module, *args):
    """A command of the test helpers (stackrescue_testing.cloud, .real_guest) as a process of
    its own: bench/run puts the package on PYTHONPATH, which the children inherit."""
    return [PYTHON, "-m", "stackrescue_testing." + module] + list(args)
