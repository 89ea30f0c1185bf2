"""node:tls and node:https against node: an https server with a self-signed certificate
(tests/programs/node/fixtures) asked with it as `ca`, with rejectUnauthorized: false and with
neither (node's self-signed error), a tls echo server with ALPN and the peer's certificate,
and a refused connection."""

from conftest import assert_same_as_node


def test_same_output_as_node(toyjs, node, programs):
    folder = programs / "node"
    ours = toyjs("run", "--allow-read", "--allow-net", folder / "https_basic.mjs", cwd=folder)
    theirs = node(folder / "https_basic.mjs", cwd=folder)
    assert_same_as_node(ours, theirs)


def test_connecting_needs_net_permission(toyjs, programs):
    folder = programs / "node"
    ours = toyjs("run", "--allow-read", folder / "https_basic.mjs", cwd=folder)
    assert ours.code != 0
    assert "net" in ours.stderr
