"""node:url against node: its documented API, then legacy parse/format/resolve on generated
URLs. Node warns (DEP0170) of some URLs the legacy parser reads leniently; toyjs has no
warnings yet, so node runs with --no-deprecation."""

import pytest


@pytest.mark.parametrize("name", ["url.mjs", "url_generated.mjs"])
def test_same_output_as_node(toyjs, node, programs, name):
    folder = programs / "node"
    ours = toyjs("run", "--allow-read", folder / name, cwd=folder)
    theirs = node("--no-deprecation", folder / name, cwd=folder)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)
