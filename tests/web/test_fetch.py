"""fetch against real local servers: output must equal node's (node 20 has fetch too)."""


def test_fetch_as_node(toyjs, node, programs, http_server):
    ours = toyjs("run", "--allow-net=127.0.0.1", programs / "fetch.mjs", http_server)
    theirs = node(programs / "fetch.mjs", http_server)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)
