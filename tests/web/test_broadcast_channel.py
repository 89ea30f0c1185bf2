"""BroadcastChannel: as node 20 has it (the global and node:worker_threads' one), across
threads; and between a Web Worker and its parent."""

from pathlib import Path

import pytest

PROGRAMS = Path(__file__).parent / "programs"


def test_same_as_node(same_as_node):
    same_as_node(PROGRAMS / "broadcast_channel.mjs", "--allow-read")


def test_web_worker_and_parent(toyjs, tmp_path):
    (tmp_path / "worker.mjs").write_text(
        "const channel = new BroadcastChannel('room');\n"
        "channel.onmessage = (event) => { channel.postMessage(['pong', event.data]); channel.close(); close(); };\n"
        "postMessage('listening');\n"
    )
    (tmp_path / "main.mjs").write_text(
        "const channel = new BroadcastChannel('room');\n"
        "const worker = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });\n"
        "worker.onmessage = () => channel.postMessage({ ping: [1, 2n] });\n"
        "channel.onmessage = (event) => { console.log(event.data); channel.close(); };\n"
    )
    done = toyjs("run", "--allow-read", tmp_path / "main.mjs")
    assert (done.code, done.stderr) == (0, "")
    assert done.stdout == "[ 'pong', { ping: [ 1, 2n ] } ]\n"


@pytest.mark.parametrize("unref", [False, True])
def test_an_open_channel_keeps_the_program_alive_unless_unrefd(same_as_node, tmp_path, unref):
    # The timer alone would not keep the program alive.
    program = tmp_path / "alive.mjs"
    program.write_text(
        "const c = new BroadcastChannel('x');\n"
        + ("c.unref();\n" if unref else "")
        + "setTimeout(() => { console.log('still here'); c.close(); }, 20).unref();\n"
    )
    done = same_as_node(program)
    assert done.stdout == ("" if unref else "still here\n")
