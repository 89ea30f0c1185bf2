"""node:http against node (a server and requests to it in one program: bodies by length and
by chunks, keep-alive reuse, HEAD, the headers API and its errors, refused connections;
malformed requests and node's parse errors; interim responses, expectations, CONNECT,
timeouts and closing connections), the `signal` option, a
toyjs server answering Python's own HTTP client, protocol upgrades, and the permission listening
needs."""

import json
import subprocess
import sys
import urllib.request

import pytest


@pytest.mark.parametrize("name", ["http_basic.mjs", "http_upgrade.mjs", "http_bad_requests.mjs", "http_exchanges.mjs",
                                  "http_request_heads.mjs", "http_client_gone.mjs",
                                  "http_keep_alive_timeout.mjs"])
def test_same_output_as_node(same_as_node, programs, name):
    same_as_node(programs / "node" / name, "--allow-net")


def test_an_abort_signal_destroys_a_request_with_node_s_abort_error(toyjs, programs):
    done = toyjs("run", "--allow-net", str(programs / "node" / "http_abort_signal.mjs"))
    assert (done.code, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [
        "AbortError ABORT_ERR The operation was aborted early",
        "closed true",
        "AbortError ABORT_ERR The operation was aborted late",
        "closed true",
        "ERR_INVALID_ARG_TYPE The \"signal\" argument must be an instance of AbortSignal. Received type string ('no')",
    ]


def test_a_kept_alive_connection_lets_its_finished_exchange_be_collected(toyjs, node, programs):
    """Node's behaviour, with V8's --expose-gc in both: an idle connection that held its last
    request kept it alive (and every scavenge copied it)."""
    program = programs / "node" / "http_request_released.mjs"
    expected = "collected while the connection is open: request, response\n"
    assert node("--expose-gc", program).stdout == expected
    done = toyjs("run", "--allow-net", "--v8-flags=--expose-gc", str(program))
    assert (done.code, done.stderr, done.stdout) == (0, "", expected)


def test_a_python_client_talks_to_a_toyjs_server(programs):
    program = programs / "node" / "http_serve.mjs"
    server = subprocess.Popen(
        [sys.executable, "-m", "toyjs", "run", "--allow-net=127.0.0.1", str(program)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        port = int(server.stdout.readline())
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(urllib.request.Request(f"{base}/a?b=1", headers={"X-Client": "urllib"})) as reply:
            assert reply.status == 200
            assert reply.headers["Content-Type"] == "application/json"
            assert json.load(reply) == {"method": "GET", "url": "/a?b=1", "agent": "urllib", "body": ""}
        posted = urllib.request.Request(f"{base}/stop", data=b"x" * 100_000, method="PUT")
        with urllib.request.urlopen(posted) as reply:
            assert json.load(reply) == {"method": "PUT", "url": "/stop", "body": "x" * 100_000}  # no X-Client
        assert server.wait(timeout=30) == 0
    finally:
        server.kill()
        server.communicate()


def test_listening_needs_allow_net(programs):
    program = programs / "node" / "http_serve.mjs"
    done = subprocess.run([sys.executable, "-m", "toyjs", "run", str(program)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert '\n\nNotCapable: Requires net access to "127.0.0.1:0", run again with --allow-net\n' in done.stderr
