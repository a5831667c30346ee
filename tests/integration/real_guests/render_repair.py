#!/usr/bin/python3
"""render_repair.py TASK_FILE TASK_NAME [VAR=JSON_VALUE...]: prints the script of one task of
playbooks-examples/repair/tasks, rendered exactly as Ansible renders it (the library's
vars/shell.yml; tests/repair_library/scripts_test.py's task_script), to be run unchanged in
a rescue system. VAR values are JSON (strings quoted), e.g. repair_device='"/dev/vda1"'."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "repair_library"))
from scripts_test import task_script  # noqa: E402

variables = {"repair_command_timeout": 300, "repair_server_id": "qemu"}
for arg in sys.argv[3:]:
    name, value = arg.split("=", 1)
    variables[name] = json.loads(value)
sys.stdout.write(task_script(sys.argv[1], sys.argv[2], **variables))
