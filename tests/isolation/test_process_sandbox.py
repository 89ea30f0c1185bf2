"""Sandbox(process=True): the tenant in a child process; a crash there is an error here."""

import os
import threading
import time

import pytest

import toyjs


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


def test_what_in_process_cannot_contain_ends_only_the_child(box):
    started = time.monotonic()
    with pytest.raises(toyjs.Error):
        box.eval("new Array(2e8).fill(1)")
    assert time.monotonic() - started < 30
    assert box.eval("'a fresh child'") == "a fresh child"


def test_a_child_that_dies_mid_call_raises_sandbox_crashed():
    with toyjs.Sandbox(process=True, timeout=30) as sandbox:
        assert sandbox.eval("1") == 1
        pid = sandbox._child._process.pid
        threading.Timer(0.5, os.kill, (pid, 9)).start()
        with pytest.raises(toyjs.SandboxCrashed, match="SIGKILL"):
            sandbox.eval("while (true) {}")
        assert sandbox.eval("2") == 2
