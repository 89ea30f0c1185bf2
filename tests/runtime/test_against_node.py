"""Programs whose output must equal node's, byte for byte."""

import pytest


@pytest.mark.parametrize("name", ["ordering.mjs", "inspect.mjs", "library.mjs", "modules/main.mjs"])
def test_same_output_as_node(toyjs, node, programs, name):
    ours = toyjs("run", programs / name, cwd=programs)
    theirs = node(programs / name, cwd=programs)
    assert theirs.code == 0, theirs.stderr
    assert ours.stderr == theirs.stderr
    assert ours.stdout == theirs.stdout
    assert ours.code == theirs.code
