"""node:net against node (a server and its clients on 127.0.0.1 in one program: echo,
half-open sockets, refused connections, a port in use, timeouts, backpressure both ways,
close, ref/unref, isIP), and the permissions listening and connecting need."""

import pytest


def test_same_output_as_node(same_as_node, programs):
    same_as_node(programs / "node" / "net_basic.mjs", "--allow-net")


def test_small_reads_kept_whole_as_node(same_as_node, programs):
    # (thousands of reads held until the end, a transfer of one, and Buffer's pool transferred)
    same_as_node(programs / "node" / "net_small_reads.mjs", "--allow-net")


def test_listen_and_connect_need_allow_net(toyjs, programs):
    folder = programs / "node"
    ours = toyjs("run", folder / "net_denied.mjs", cwd=folder)
    denied = "NotCapable ERR_ACCESS_DENIED Requires net access to"
    assert ours.code == 0, ours.stderr
    assert ours.stdout.splitlines() == [
        f'{denied} "127.0.0.1:0", run again with --allow-net',
        f'{denied} "0.0.0.0:8123", run again with --allow-net',
        f'{denied} "127.0.0.1:9", run again with --allow-net',
        f'{denied} "[::1]:9", run again with --allow-net',
    ]


@pytest.mark.parametrize(
    ("grant", "expected"),
    [("--allow-net=127.0.0.1", ["allowed", "NotCapable", "allowed", "NotCapable"]),
     ("--allow-net=127.0.0.1:9", ["NotCapable", "NotCapable", "allowed", "NotCapable"])],
)
def test_grants_name_host_and_port(toyjs, programs, grant, expected):
    folder = programs / "node"
    ours = toyjs("run", grant, folder / "net_denied.mjs", cwd=folder)
    assert [line.split()[0] for line in ours.stdout.splitlines()] == expected
    assert ours.code == 0, ours.stderr


def test_listen_on_a_name_is_checked_with_its_port(toyjs, programs):
    folder = programs / "node"
    ours = toyjs("run", folder / "net_denied_async.mjs", cwd=folder)
    assert ours.code == 1
    assert 'Requires net access to "localhost:0"' in ours.stderr


def test_a_server_left_open_closes_when_its_program_ends(tmp_path):
    # An unref'd server does not keep the program alive; once it has ended, nothing listens.
    import contextlib
    import io
    import socket

    import toyjs

    program = tmp_path / "left_open.mjs"
    program.write_text(
        'import net from "node:net";\n'
        'const server = net.createServer(() => {}).listen(0, "127.0.0.1", () => {\n'
        "  console.log(server.address().port);\n"
        "  server.unref();\n"
        "});\n"
    )
    out = io.StringIO()
    with toyjs.Runtime(permissions=toyjs.Permissions(net=True)) as runtime:
        with contextlib.redirect_stdout(out):
            assert runtime.run(program) == 0
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", int(out.getvalue())), timeout=5).close()
