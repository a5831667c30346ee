"""The binaries inside the collection's bin/stackrescue-modules: tools/pack-modules writes a sh
header (collection/dispatcher.sh) followed by one binary per architecture, at the offsets its
case table names. Read here as the header reads them, for the tests that look at a binary
itself (ldd, its ELF machine, its glibc symbols)."""
import re


def packed_binaries(path):
    """{arch: bytes} of the binaries in a file tools/pack-modules wrote, read as its sh
    header does (the case table's offset and length); {} for any other file."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"#!/bin/sh"):
        return {}
    table = re.findall(r"^  (\w+)\) offset=(\d+) length=(\d+) ;;$", data[:8192].decode(errors="replace"), re.M)
    return {arch: data[int(offset):int(offset) + int(length)] for arch, offset, length in table}
