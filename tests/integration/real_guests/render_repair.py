#!/usr/bin/python3
"""render_repair.py TASK_FILE TASK_NAME [VAR=JSON_VALUE...]: prints the script of one task of
playbooks-examples/repair/tasks, rendered exactly as Ansible renders it (the library's
vars/shell.yml; stackrescue_testing.repair_library.task_script; PYTHONPATH=tests/support/python), to be run unchanged in
a rescue system. VAR values are JSON (strings quoted), e.g. repair_device='"/dev/vda1"'."""
import json
import sys

from stackrescue_testing.repair_library import task_script

variables = {"repair_command_timeout": 300, "repair_server_id": "qemu"}
for arg in sys.argv[3:]:
    name, value = arg.split("=", 1)
    variables[name] = json.loads(value)
sys.stdout.write(task_script(sys.argv[1], sys.argv[2], **variables))
