"""node:dns against node (lookup of names from /etc/hosts and of IP addresses, its options,
ENOTFOUND, argument errors, the promise form), and what toyjs does on its own: the net
permission a lookup needs, and resolve* not implemented.

Permissions: a lookup asks for net access to the name (as Deno's node:dns does); node:net's
connect and listen ask for ``host:port`` and their lookup of ``host`` is covered by it."""


def test_same_output_as_node(same_as_node, programs):
    same_as_node(programs / "node" / "dns_lookup.mjs", "--allow-net")


def test_lookup_needs_allow_net_for_the_name(toyjs, programs):
    folder = programs / "node"
    ours = toyjs("run", folder / "dns_denied.mjs", cwd=folder)
    assert (ours.code, ours.stderr) == (0, "")
    assert ours.stdout.splitlines() == [
        'NotCapable Requires net access to "localhost", run again with --allow-net',
        "ERR_NOT_IMPLEMENTED dns.resolve4 is not implemented in toyjs yet",
        "ERR_NOT_IMPLEMENTED dns.promises.resolveMx is not implemented in toyjs yet",
        "an IP needs no lookup: null 127.0.0.1",
    ]


def test_a_grant_of_the_name_allows_its_lookup(toyjs, programs):
    folder = programs / "node"
    ours = toyjs("run", "--allow-net=localhost", folder / "dns_denied.mjs", cwd=folder)
    assert ours.stdout.splitlines()[-1] == "looked up"


def test_connect_by_name_is_checked_with_its_port(toyjs, programs):
    folder = programs / "node"
    ours = toyjs("run", "--allow-net=localhost:1", folder / "net_connect_name.mjs", cwd=folder)
    assert ours.stdout.splitlines() == ["lookup null 127.0.0.1 4", "error ECONNREFUSED connect ECONNREFUSED 127.0.0.1:1"]
