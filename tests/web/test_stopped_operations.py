"""Async operations (a fetch, a WebSocket's connect or receive) still running when JS stops:
a terminated worker, a program past its time limit, process.exit, an aborted fetch. What they
bring is dropped quietly: nothing is printed on stderr (no "Task exception was never
retrieved", no "coroutine ... was never awaited"), and the program ends."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from websocket_servers import serving  # noqa: E402

# A worker that starts `operation`, tells its parent, which terminates it at once.
PARENT = """\
const worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  console.log("worker:", event.data);
  worker.terminate();
  console.log("terminated");
};
"""


@pytest.fixture(scope="module")
def websocket_base():
    with serving() as port:
        yield f"ws://127.0.0.1:{port}"


def run_terminated_worker(toyjs, tmp_path, operation: str):
    (tmp_path / "main.mjs").write_text(PARENT, encoding="utf-8")
    (tmp_path / "worker.mjs").write_text(operation, encoding="utf-8")
    return toyjs("run", "--allow-read", "--allow-net=127.0.0.1", tmp_path / "main.mjs")


def test_a_worker_terminated_during_a_slow_fetch(toyjs, tmp_path, http_server):
    done = run_terminated_worker(toyjs, tmp_path, f"""
        fetch("{http_server}/hang").then(() => postMessage("answered"));
        postMessage("fetching");
    """)
    assert (done.code, done.stdout, done.stderr) == (0, "worker: fetching\nterminated\n", "")


def test_a_worker_terminated_while_reading_a_response_body(toyjs, tmp_path, http_server):
    done = run_terminated_worker(toyjs, tmp_path, f"""
        const response = await fetch("{http_server}/slow");
        response.text().then(() => postMessage("read"));
        postMessage(response.status);
    """)
    assert (done.code, done.stdout, done.stderr) == (0, "worker: 200\nterminated\n", "")


def test_a_worker_terminated_with_an_open_websocket(toyjs, tmp_path, websocket_base):
    done = run_terminated_worker(toyjs, tmp_path, f"""
        const socket = new WebSocket("{websocket_base}/echo");
        socket.onopen = () => postMessage("open");
    """)
    assert (done.code, done.stdout, done.stderr) == (0, "worker: open\nterminated\n", "")


def test_a_worker_terminated_while_its_websocket_connects(toyjs, tmp_path, websocket_base):
    done = run_terminated_worker(toyjs, tmp_path, f"""
        new WebSocket("{websocket_base}/echo");
        postMessage("connecting");
    """)
    assert (done.code, done.stdout, done.stderr) == (0, "worker: connecting\nterminated\n", "")


def test_process_exit_while_a_websocket_connects_and_a_fetch_runs(toyjs, tmp_path, http_server, websocket_base):
    program = tmp_path / "exit.mjs"
    program.write_text(f"""
        new WebSocket("{websocket_base}/echo").onerror = () => {{}};
        fetch("{http_server}/hang");
        process.exit(3);
    """)
    done = toyjs("run", "--allow-net=127.0.0.1", program)
    assert (done.code, done.stdout, done.stderr) == (3, "", "")


def test_a_fetch_aborted_as_soon_as_it_started_lets_the_program_end(toyjs, tmp_path, http_server):
    # (its operation was cancelled before it began, which once left the loop waiting for it)
    program = tmp_path / "abort.mjs"
    program.write_text(f"""
        const controller = new AbortController();
        const request = fetch("{http_server}/hang", {{ signal: controller.signal }});
        controller.abort();
        request.catch((error) => console.log("rejected", error.name));
    """)
    done = toyjs("run", "--allow-net=127.0.0.1", program)
    assert (done.code, done.stdout, done.stderr) == (0, "rejected AbortError\n", "")


def test_a_program_stopped_at_its_time_limit_during_a_fetch(toyjs, tmp_path, http_server):
    program = tmp_path / "limit.mjs"
    program.write_text(f"""
        fetch("{http_server}/hang").then(() => console.log("answered"));
        console.log("fetching");
    """)
    done = toyjs("run", "--allow-net=127.0.0.1", "--timeout", "0.2", program)
    assert (done.code, done.stdout, done.stderr) == (1, "fetching\n", "error: the program ran past its time limit of 0.2 s\n")
