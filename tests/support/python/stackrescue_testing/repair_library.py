"""The repair library's task scripts (playbooks-examples/repair/tasks) rendered exactly as
Ansible renders them: Ansible's own templar, the library's vars/shell.yml. Used by the
library's script tests (tests/repair_library) and by the tools that run a task's script in
a plain QEMU rescue system (tests/integration/real_guests)."""
import os

import yaml
from ansible.parsing.dataloader import DataLoader
from ansible.template import Templar

from stackrescue_testing.paths import EXAMPLES

LIBRARY = os.path.join(EXAMPLES, "repair")


def library_vars():
    with open(os.path.join(LIBRARY, "vars", "shell.yml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def task_script(task_file, task_name, **variables):
    """The script of the task named task_name in tasks/<task_file>, rendered with variables."""
    with open(os.path.join(LIBRARY, "tasks", task_file), encoding="utf-8") as f:
        tasks = yaml.safe_load(f)
    task = next(t for t in tasks if t.get("name") == task_name)
    script = task["stackrescue.openstack.rescue_command"]["script"]
    return Templar(loader=DataLoader(), variables={**library_vars(), **variables}).template(script)
