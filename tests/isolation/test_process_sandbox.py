"""Sandbox(process=True): the tenant in a child process; a crash there is an error here."""

import ast
import importlib.util
import inspect
import os
import pickle
import signal
import sys
import threading
import time
import types
from pathlib import Path

import pytest
from conftest import run_python

import toyjs
from toyjs.isolation.process_child import portable
from toyjs.isolation.sandbox import InProcessSandbox, ProcessSandbox
from toyjs.web.workers.threads import MAX_LIVE_WORKERS


@pytest.fixture(scope="module")
def box():
    with toyjs.Sandbox(process=True, timeout=1) as sandbox:
        yield sandbox


def test_values_cross_as_plain_data(box, tmp_path):
    assert box.eval("1 + 1") == 2
    assert box.eval("({ a: [1, 'two', null], big: 2n ** 70n })") == {"a": [1, "two", None], "big": 2**70}
    box.eval("globalThis.add = (a, b) => a + b; undefined")
    assert box.call("add", 2, 3) == 5
    (tmp_path / "main.js").write_text("globalThis.fromModule = 'yes';\n")
    assert box.run_module(tmp_path / "main.js") == 0
    assert box.eval("fromModule") == "yes"
    with pytest.raises(toyjs.Error, match="cannot leave the sandbox process"):
        box.eval("new Map()")


def test_errors_arrive_as_toyjs_errors(box):
    with pytest.raises(toyjs.JSError) as info:
        box.eval("throw new TypeError('in the child')")
    assert (info.value.name, info.value.message) == ("TypeError", "in the child")
    with pytest.raises(toyjs.TerminatedError, match="time limit"):
        box.eval("while (true) {}")
    with pytest.raises(toyjs.HeapLimitError):
        box.eval("(() => { const a = []; while (true) a.push({}) })()")
    assert box.eval("'usable'") == "usable"


def test_a_child_that_dies_mid_call_raises_sandbox_crashed():
    with toyjs.Sandbox(process=True, timeout=30) as sandbox:
        assert sandbox.eval("1") == 1
        pid = sandbox._child.pid
        threading.Timer(0.5, os.kill, (pid, 9)).start()
        with pytest.raises(toyjs.SandboxCrashed, match="SIGKILL"):
            sandbox.eval("while (true) {}")
        assert sandbox.eval("2") == 2


def test_an_exception_in_the_child_comes_back_and_the_tenant_keeps_its_state():
    # A dict key that is not a str fails while the argument converts, in the child; that once
    # ended the child and lost the tenant's globals.
    with toyjs.Sandbox(process=True, timeout=5) as box:
        box.eval("globalThis.kept = 'state'; globalThis.keys = (o) => Object.keys(o); undefined")
        pid = box._child.pid
        with pytest.raises(TypeError) as info:
            box.call("keys", {1: 2})
        assert type(info.value) is TypeError
        assert str(info.value) == "dict key 1 (int) is not a str (in argument 1)"
        with pytest.raises(TypeError, match="^the arguments cannot cross to the sandbox process: "):
            box.call("keys", lambda: 1)
        with pytest.raises(toyjs.Error, match="^the sandbox has no global function named 'missing'$"):
            box.call("missing")
        assert box.call("keys", {"a": 1}) == ["a"]
        assert box.eval("kept") == "state"
        assert box._child.pid == pid


def test_errors_keep_their_type_across_the_process(tmp_path):
    (tmp_path / "main.js").write_text("Promise.reject(new RangeError('nobody caught it'));\n")
    with toyjs.Sandbox(process=True, timeout=5) as box:
        with pytest.raises(toyjs.UnhandledRejection) as info:
            box.run_module(tmp_path / "main.js")
    assert (info.value.name, info.value.message, info.value.value) == ("RangeError", "nobody caught it", None)


def test_an_exception_that_cannot_be_pickled_crosses_as_its_nearest_base():
    class LocalError(LookupError):
        pass

    crossed = portable(LocalError("gone"))
    assert type(crossed) is LookupError
    assert str(crossed) == f"{__name__}.{LocalError.__qualname__}: gone"
    denied = portable(toyjs.PermissionDenied("net", "example.com"))
    assert type(denied) is toyjs.HostError
    assert str(denied) == 'toyjs.host.permissions.PermissionDenied: Requires net access to "example.com", grant it with Permissions(net=...)'
    with toyjs.Isolate() as isolate:
        thrown = isolate.new_context().eval("new Map()")  # stays a live handle
        error = toyjs.JSError("Error: x", name="Error", message="x", stack="Error: x\n    at <eval>", filename="<eval>", line=1, column=2, value=thrown)
        crossed = pickle.loads(pickle.dumps(portable(error)))
    assert type(crossed) is toyjs.JSError and str(crossed) == "Error: x"
    fields = ("name", "message", "stack", "filename", "line", "column", "value")
    assert [getattr(crossed, key) for key in fields] == ["Error", "x", "Error: x\n    at <eval>", "<eval>", 1, 2, None]


def only_in_the_host():
    """Given a module that exists only in the host process, by the test below."""


def test_expose_of_what_cannot_cross_fails_at_expose(monkeypatch):
    with toyjs.Sandbox(process=True, timeout=5) as box:
        def local():
            pass

        with pytest.raises(TypeError, match=r"<lambda>.* cannot be exposed as 'f' to a sandbox process: .*not a lambda or a local function"):
            box.expose("f", lambda: 1)
        with pytest.raises(TypeError, match=r"local.* cannot be exposed as 'g' to a sandbox process"):
            box.expose("g", local)
        with pytest.raises(TypeError, match="^expose\\(\\) needs a Python callable, not int$"):
            box.expose("h", 42)
        module = types.ModuleType("only_in_host")
        monkeypatch.setitem(sys.modules, "only_in_host", module)
        monkeypatch.setattr(only_in_the_host, "__module__", "only_in_host")
        module.only_in_the_host = only_in_the_host
        with pytest.raises(TypeError, match="^the function exposed as 'k' cannot be loaded in the sandbox process: No module named 'only_in_host'$"):
            box.expose("k", only_in_the_host)
        box.expose("absolute", abs)
        assert box.eval("[typeof f, typeof g, typeof h, typeof k, absolute(-2)]") == ["undefined"] * 4 + [2]


def test_a_crash_ends_only_the_child_and_the_next_one_gets_the_exposed_functions():
    with toyjs.Sandbox(process=True, timeout=5) as box:
        box.expose("abort", os.abort)
        box.eval("globalThis.kept = 1; undefined")
        with pytest.raises(toyjs.SandboxCrashed, match="^the sandbox process was killed by SIGABRT; the next call starts a fresh one$"):
            box.eval("abort()")
        assert box.eval("[typeof kept, typeof abort]") == ["undefined", "function"]


def test_ctrl_c_is_the_hosts():
    with toyjs.Sandbox(process=True, timeout=5) as box:
        box.eval("globalThis.kept = 1; undefined")
        os.kill(box._child.pid, signal.SIGINT)
        time.sleep(0.2)
        assert box.eval("kept") == 1


def test_a_call_interrupted_in_the_host_ends_the_child_whose_answer_is_pending():
    # Its answer, read by the next call, was once taken for that call's.
    lines = run_python("""
        import os, signal
        box = toyjs.Sandbox(process=True, timeout=3)
        box.eval("globalThis.kept = 1; undefined")
        threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
        try:
            box.eval("while (true) {}")
        except KeyboardInterrupt:
            print("interrupted")
        print(box.eval("typeof kept"))
        box.close()
    """)
    assert lines == ["interrupted", "undefined"]


def test_both_kinds_are_one_protocol():
    for process, kind in ((False, InProcessSandbox), (True, ProcessSandbox)):
        box = toyjs.Sandbox(process=process, timeout=2)
        assert isinstance(box, toyjs.Sandbox) and type(box) is kind
        mode = " process=True" if process else ""
        assert repr(box) == f"<toyjs.Sandbox{mode} timeout=2s open>"
        box.close()
        assert repr(box) == f"<toyjs.Sandbox{mode} timeout=2s closed>"
    protocol = ["eval", "call", "run_module", "expose", "close", "eval_async", "call_async", "run_module_async", "__enter__", "__exit__"]
    for name in protocol:
        expected = inspect.signature(getattr(toyjs.Sandbox, name))
        assert inspect.signature(getattr(InProcessSandbox, name)) == expected, name
        assert inspect.signature(getattr(ProcessSandbox, name)) == expected, name


def test_a_closed_sandbox_of_either_kind_refuses_calls():
    # A closed process sandbox once started a new child; a closed in-process one started a
    # watchdog thread that aborted the interpreter at exit.
    lines = run_python("""
        for process in (False, True):
            box = toyjs.Sandbox(process=process)
            box.close()
            try:
                box.eval("1")
            except toyjs.ClosedError as error:
                print(error)
    """)
    assert lines == ["the isolate is closed", "the sandbox is closed"]


def imports_of(module):
    """The toyjs modules a module imports, at its top level or inside functions."""
    source = Path(importlib.util.find_spec(module).origin).read_text()
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    # (not the package itself: Python loads it before any of its modules, and it loads
    # Sandbox lazily, on first use)
    return {name for name in found if name.startswith("toyjs.")}


def test_the_sandbox_modules_import_one_way():
    # process_sandbox.py imported sandbox.py (inside the child's main function), which imported
    # process_sandbox.py.
    reachable, queue = set(), sorted(imports_of("toyjs.isolation.sandbox"))
    while queue:
        module = queue.pop()
        spec = importlib.util.find_spec(module)
        if module not in reachable and spec is not None and spec.origin.endswith(".py"):
            reachable.add(module)
            queue.extend(imports_of(module))
    assert "toyjs.isolation.sandbox" not in reachable
    assert {"toyjs.isolation.process_sandbox", "toyjs.isolation.process_child"} <= reachable
    # and importing toyjs loads neither the sandbox nor multiprocessing until used
    assert run_python("""
        import sys
        print("multiprocessing" in sys.modules, "toyjs.isolation.sandbox" in sys.modules)
    """) == ["False False"]


WORKERS_MAIN = f"""
const workers = [];
let received = 0;
await new Promise((resolve) => {{
  for (let i = 0; i < {MAX_LIVE_WORKERS}; i++) {{
    const worker = new Worker(new URL("./worker.js", import.meta.url), {{ type: "module" }});
    worker.onmessage = (event) => {{ received += event.data; if (received === {MAX_LIVE_WORKERS}) resolve(); }};
    workers.push(worker);
  }}
}});
for (const worker of workers) worker.terminate();
globalThis.received = received;
"""


def test_a_program_may_start_as_many_workers_as_documented(tmp_path):
    # Each isolate reserves a code range; under a fixed 2 GiB address space the child died of
    # V8's "Failed to reserve virtual memory for CodeRange" at 16 workers.
    assert MAX_LIVE_WORKERS == 64
    (tmp_path / "worker.js").write_text("postMessage(1);\n")
    (tmp_path / "main.js").write_text(WORKERS_MAIN)
    # (the worker's script is outside the main module's static graph: reading it is a grant)
    with toyjs.Sandbox(process=True, timeout=60, permissions=toyjs.Permissions(read=[str(tmp_path)])) as box:
        assert box.run_module(tmp_path / "main.js") == 0
        assert box.eval("received") == 64
