# shellcheck shell=bash
# The read-only Neutron stand-in of tests/cloud/local-cloud (sourced, not
# run): lib/neutron_stub.py on 127.0.0.1:9696 (no config, no database).

add_api neutron-stub http://127.0.0.1:9696/

start_neutron_stub() {
  service_running neutron-stub ||
    start_service neutron-stub /usr/bin/python3 "$HERE/lib/neutron_stub.py" 9696
}
