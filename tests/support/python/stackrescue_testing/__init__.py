"""stackrescue_testing: the Python helpers of StackRescue's tests (and of bench/), one
importable package. CTest puts its parent directory, tests/support/python, on PYTHONPATH for
every test that runs Python (tests/CMakeLists.txt, stackrescue_python_tests); by hand:

    PYTHONPATH=tests/support/python /usr/bin/python3 -m stackrescue_testing.cloud ping

Modules:
  cloud       servers and images of the test cloud over the raw API (one keystoneauth session)
  volumes     volume-backed servers (Cinder)
  snapshot    the snapshots server_rescue's `snapshot: true` makes (Glance)
  real_guest  a real guest of the libvirt host (zone qemu) through one rescue cycle
  broken_guest  a real-distribution guest broken by a script of real_guests/break (bench/run --repair)
  faults      the fault proxy (tests/faults/faultproxy.py) from the test side, module runs
  tls         a throw-away CA and an nginx TLS front for the local cloud
  fleet       the fleet playbook's runs and checks (tests/integration/drivers)
  paths       where the repository's files are

cloud, volumes, snapshot and real_guest are also command-line programs:
`/usr/bin/python3 -m stackrescue_testing.<module> ...` (see each module's docstring).
Use Debian's /usr/bin/python3 (it has openstacksdk/keystoneauth).
"""
