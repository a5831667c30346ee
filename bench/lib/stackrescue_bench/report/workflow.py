"""The default report (docs/performance.md without the sections of --fleet and --real-host):
the head, sections 1 to 4 (one module each), and what is not measured."""
from stackrescue_bench.report import ansible_floor, head, module_steps, verify_step, whole_workflow
from stackrescue_bench.report.figures import Figures

SECTIONS = [head.summary, verify_step.section, whole_workflow.section, ansible_floor.section,
            module_steps.section]


def report(b, argv, started):
    f = Figures(b)
    out = head.title(b, f, argv, started)
    for section in SECTIONS:
        out.extend(section(b, f))
    out.extend(not_measured(b, f))
    return "\n".join(out) + "\n"


def not_measured(b, f):
    """What this report does not measure."""
    out = []
    w = out.append
    oc_failed = f.oc_failed
    w("## Not measured here")
    w("")
    if oc_failed:
        w("* openstack.cloud doing real work: Debian 12's openstack.cloud (1.x) refuses openstacksdk 0.101 before any "
          "request; rows marked ¹ are the cost of that failure, a lower bound for a working install.")
    elif not b.has_oc:
        w("* openstack.cloud: not installed on this machine.")
    w("* openstack.cloud in the workflow: it has no rescue action at all, so there is no openstack.cloud playbook "
      "to compare `rescue.yml` with.")
    w("* TLS: the local cloud is plain HTTP on 127.0.0.1; a real cloud adds a TLS handshake per connection for "
      "every tool (the Python tools open several connections per command).")
    w("* A real hypervisor, in the sections above: the fake virt driver's rescue is a no-op, so Nova's "
      "transitions there are only the control-plane floor. `bench/run --real-host` measures real guests "
      "(busybox, Debian 12, the EL layout: boot, rescue, unrescue; section 6).")
    w("")
    return out
