"""Where the repository's files are, from this package's place in it
(tests/support/python/stackrescue_testing)."""
import os

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
TESTS = os.path.join(REPO, "tests")
EXAMPLES = os.path.join(REPO, "playbooks-examples")
FAULTS = os.path.join(TESTS, "faults")
TOOLS = os.path.join(REPO, "tools")
