"""A QEMU guest's serial port served on a unix socket (-chardev socket,server=on): the
connection, retried while QEMU is still creating the socket. Used by the image check
(tests/cloud/lib/serial_login.py) and the plain-QEMU tools of tests/integration/real_guests."""
import socket
import time


def connect(sock_path, tries=100, pause=0.1):
    """A connected socket to SOCK_PATH; RuntimeError when QEMU never created it."""
    for _ in range(tries):
        s = socket.socket(socket.AF_UNIX)
        try:
            s.connect(sock_path)
            return s
        except OSError:
            s.close()
            time.sleep(pause)
    raise RuntimeError("no serial socket " + sock_path)
