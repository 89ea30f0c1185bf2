"""Workers: programs that print what the same program prints on Deno, and the promises the
host keeps when workers misbehave."""

import threading
import time

import pytest

import toyjs
from conftest import run_python

WORKERS = "workers"
READ_ALL = toyjs.Permissions(read=True)  # worker scripts need read access (see DENO_PROGRAMS)

# (program, flags for both): a worker's script lies outside the program's static module
# graph, so loading it needs read access, in Deno as in toyjs.
DENO_PROGRAMS = [
    ("messages.js", [], []),
    ("errors.js", [], []),
    ("nested.js", [], []),
    ("permissions.js", ["--allow-net=127.0.0.1:2"], ["--allow-net=127.0.0.1:2", "--unstable-worker-options"]),
]


@pytest.mark.parametrize(("name", "ours", "theirs"), DENO_PROGRAMS)
def test_same_output_as_deno(toyjs, deno, programs, name, ours, theirs):
    folder = programs / WORKERS
    expected = deno("--allow-read", *theirs, folder / name, cwd=folder)
    assert expected.code == 0, expected.stderr
    got = toyjs("run", "--allow-read", *ours, folder / name, cwd=folder)
    assert (got.code, got.stdout, got.stderr) == (0, expected.stdout, "")


def write(folder, files):
    for name, source in files.items():
        (folder / name).write_text(source)
    return folder / "main.js"


def test_an_unhandled_worker_error_ends_the_program_with_it(toyjs, tmp_path):
    main = write(tmp_path, {
        "main.js": 'new Worker(new URL("./w.js", import.meta.url), { type: "module" });\n',
        "w.js": 'function fail() { throw new TypeError("boom in worker"); }\nsetTimeout(fail, 1);\n',
    })
    outcome = toyjs("run", "--allow-read", main, timeout=30)
    assert outcome.code == 1
    assert outcome.stderr.startswith("TypeError: boom in worker\n    at fail (")
    assert "w.js:1:" in outcome.stderr


def test_a_missing_worker_file_is_an_error_event(toyjs, tmp_path):
    main = write(tmp_path, {
        "main.js": 'const w = new Worker(new URL("./nowhere.js", import.meta.url), { type: "module" });\n'
        'w.onerror = (e) => { console.log(e.message.includes("nowhere.js")); e.preventDefault(); };\n',
    })
    outcome = toyjs("run", "--allow-read", main, timeout=30)
    assert (outcome.code, outcome.stdout) == (0, "true\n"), outcome.stderr


def test_terminate_stops_a_worker_in_an_infinite_loop(toyjs, tmp_path):
    main = write(tmp_path, {
        "main.js": 'const w = new Worker(new URL("./spin.js", import.meta.url), { type: "module" });\n'
        'w.onmessage = () => { w.terminate(); console.log("terminated"); };\n',
        "spin.js": 'postMessage("spinning");\nfor (;;) {}\n',
    })
    outcome = toyjs("run", "--allow-read", main, timeout=30)
    assert (outcome.code, outcome.stdout) == (0, "terminated\n"), outcome.stderr


def test_process_exit_in_the_main_program_ends_its_workers(toyjs, tmp_path):
    main = write(tmp_path, {
        "main.js": 'new Worker(new URL("./spin.js", import.meta.url), { type: "module" });\n'
        'setTimeout(() => process.exit(3), 50);\n',
        "spin.js": "for (;;) {}\n",
    })
    assert toyjs("run", "--allow-read", main, timeout=30).code == 3


def worker_threads():
    return [thread for thread in threading.enumerate() if thread.name.startswith("toyjs worker")]


def test_closing_the_runtime_terminates_and_joins_its_workers(tmp_path):
    (tmp_path / "spin.js").write_text("for (;;) {}\n")
    with toyjs.Runtime(permissions=READ_ALL) as runtime:
        runtime.eval(f'globalThis.w = new Worker({(tmp_path / "spin.js").as_uri()!r}, {{ type: "module" }}); 1')
        deadline = time.monotonic() + 10
        while not worker_threads() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(worker_threads()) == 1
    assert worker_threads() == []


@pytest.mark.parametrize("source", ["for (;;) {}\n", "export {};\nfor (;;) {}\n"], ids=["commonjs", "module"])
def test_a_worker_stopped_at_any_point_of_its_start_ends(tmp_path, source):
    # The stop may land between two of the worker's calls into JS (detecting the file's
    # format, then running it): it must still stop the endless loop that follows.
    (tmp_path / "spin.js").write_text(source)
    lines = run_python(f"""
        source = "new Worker({(tmp_path / 'spin.js').as_uri()!r}, {{ type: 'module' }}); 1"
        for attempt in range(150):
            with toyjs.Runtime(permissions=toyjs.Permissions(read=True)) as runtime:
                runtime.eval(source)
                time.sleep(attempt % 40 * 0.0001)
        print(sum(thread.name.startswith("toyjs worker") for thread in threading.enumerate()))
        """)
    assert lines == ["0"]


def test_a_sandbox_time_limit_covers_its_workers(tmp_path):
    (tmp_path / "spin.js").write_text("postMessage(1);\nfor (;;) {}\n")
    source = (
        f'await new Promise((resolve) => {{ const w = new Worker({(tmp_path / "spin.js").as_uri()!r}, {{ type: "module" }});'
        " w.onmessage = resolve; });\n"
    )
    (tmp_path / "main.js").write_text(source)
    with toyjs.Sandbox(timeout=1.0, permissions=READ_ALL) as sandbox:
        with pytest.raises(toyjs.TerminatedError, match="time limit"):
            sandbox.run_module(tmp_path / "main.js")
        assert sandbox.eval("6 * 7") == 42
        deadline = time.monotonic() + 10
        while worker_threads() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert worker_threads() == []


def test_a_worker_gets_its_parents_heap_limit(tmp_path):
    (tmp_path / "hog.js").write_text("const keep = []; for (;;) keep.push(new Array(1e5).fill(1));\n")
    (tmp_path / "main.js").write_text(
        f'const w = new Worker({(tmp_path / "hog.js").as_uri()!r}, {{ type: "module" }});\n'
        'w.onerror = (e) => { console.log("worker failed:", e.message); e.preventDefault(); };\n'
    )
    with toyjs.Runtime(heap_limit=32 * 2**20, permissions=READ_ALL) as runtime:
        lines = []
        runtime.expose("report", lines.append)
        runtime.eval('console.log = (...parts) => report(parts.join(" ")); 1')
        assert runtime.run(tmp_path / "main.js") == 0
    assert len(lines) == 1 and lines[0].startswith("worker failed:") and "heap" in lines[0].lower()


def test_too_many_workers_is_an_error_not_a_thread_storm(tmp_path):
    (tmp_path / "idle.js").write_text("")
    with toyjs.Runtime(permissions=READ_ALL) as runtime:
        message = runtime.eval(
            "let error; const all = [];"
            f" try {{ for (let i = 0; i < 100; i++) all.push(new Worker({(tmp_path / 'idle.js').as_uri()!r}, {{ type: 'module' }})); }}"
            " catch (e) { error = e.message; } for (const w of all) w.terminate(); `${all.length}: ${error}`"
        )
    assert message == "64: too many workers: at most 64 may run at once"
    assert worker_threads() == []


def test_messages_beyond_the_parents_budget_end_the_program_with_an_error(toyjs, tmp_path):
    # 100 MiB of transferred buffers, posted while the parent is busy, for a 32 MiB parent:
    # delivering them once aborted the host (a C++ exception through V8's frames).
    main = write(tmp_path, {
        "main.js": 'const w = new Worker(new URL("./w.js", import.meta.url), { type: "module" });\n'
                   "let got = 0;\n"
                   "w.onmessage = () => { if (++got === 100) w.terminate() };\n"
                   "const until = Date.now() + 500; while (Date.now() < until) {}\n",
        "w.js": "for (let i = 0; i < 100; i++) { const b = new ArrayBuffer(1 << 20); postMessage(b, [b]) }\n",
    })
    result = toyjs("run", "--allow-read", "--heap-limit", "32", main, cwd=tmp_path)
    assert result.code == 1, result.stderr
    assert "ran out of memory (heap limit 32 MiB)" in result.stderr
