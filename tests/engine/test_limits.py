"""Timeouts, termination, recursion and heap limits: the host survives and the isolate stays usable."""

import subprocess
import sys
import textwrap
import threading
import time

import pytest
from conftest import run_python

import toyjs


def test_timeout_terminates_and_isolate_stays_usable(ctx):
    started = time.monotonic()
    with pytest.raises(toyjs.TerminatedError, match="timed out"):
        ctx.eval("while (true) {}", timeout=0.2)
    assert time.monotonic() - started < 5
    assert ctx.eval("1 + 1") == 2


def test_timeout_cannot_be_swallowed_by_js(ctx):
    with pytest.raises(toyjs.TerminatedError):
        ctx.eval("for (;;) { try { while (true) {} } catch (e) {} finally { continue } }", timeout=0.2)
    assert ctx.eval("'alive'") == "alive"


def test_timeout_covers_microtasks(ctx):
    with pytest.raises(toyjs.TerminatedError):
        ctx.eval("Promise.resolve().then(() => { while (true) {} }); 1", timeout=0.2)
    assert ctx.eval("2") == 2


def test_timeout_does_not_fire_for_quick_calls(ctx):
    for _ in range(100):
        assert ctx.eval("1", timeout=0.05) == 1
    time.sleep(0.1)
    assert ctx.eval("2") == 2


def test_terminate_from_another_thread(isolate, ctx):
    timer = threading.Timer(0.2, isolate.terminate)
    timer.start()
    with pytest.raises(toyjs.TerminatedError, match="terminated"):
        ctx.eval("while (true) {}")
    timer.join()
    assert ctx.eval("3") == 3


def test_terminate_while_idle_does_not_affect_the_next_call(isolate, ctx):
    isolate.terminate()
    assert ctx.eval("4") == 4


def test_terminate_reaches_through_python_callbacks(isolate, ctx):
    ctx.expose("nested", lambda: ctx.eval("while (true) {}"))
    threading.Timer(0.2, isolate.terminate).start()
    with pytest.raises(toyjs.TerminatedError):
        ctx.eval("nested(); 'not reached'")
    assert ctx.eval("5") == 5


def test_deep_recursion_is_a_range_error(ctx):
    with pytest.raises(toyjs.JSError) as info:
        ctx.eval("function down(n) { return down(n + 1) + 1 } down(0)")
    assert info.value.name == "RangeError"


def test_deep_recursion_on_another_thread(isolate, ctx):
    outcome = []

    def work():
        try:
            ctx.eval("function down(n) { return down(n + 1) + 1 } down(0)")
        except toyjs.JSError as error:
            outcome.append(error.name)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["RangeError"]


def test_heap_limit_raises_and_isolate_recovers():
    with toyjs.Isolate(heap_limit=32 * 2**20) as iso:
        ctx = iso.new_context()
        with pytest.raises(toyjs.HeapLimitError) as info:
            ctx.eval("(() => { const grow = []; while (true) grow.push({n: grow.length}) })()")
        assert isinstance(info.value, MemoryError)
        assert ctx.eval("[1, 2, 3].length") == 3
        assert iso.heap_statistics()["heap_size_limit"] > 0


def test_a_deadline_set_on_a_closed_isolate_starts_no_watchdog():
    # The watchdog thread it started outlived the isolate: the interpreter aborted at exit.
    assert run_python("""
        isolate = toyjs.Isolate()
        isolate.close()
        isolate.set_deadline(5.0)
        print("exits cleanly")
    """) == ["exits cleanly"]


def test_heap_statistics_report_the_code_range():
    with toyjs.Isolate(heap_limit=32 * 2**20) as iso:
        statistics = iso.heap_statistics()
    # libnode's V8 (no pointer-compression cage) reserves a code range per isolate, as large
    # as its heap limit (at most 512 MiB on V8 13.6, 128 MiB on 10.2); a process sandbox
    # sizes its child's address space by it.
    assert statistics["code_range_size"] == statistics["heap_size_limit"] == 32 * 2**20


def test_array_buffers_count_against_the_limit():
    with toyjs.Isolate(heap_limit=32 * 2**20) as iso:
        ctx = iso.new_context()
        with pytest.raises(toyjs.HeapLimitError):
            ctx.eval("(() => { const kept = []; while (true) kept.push(new ArrayBuffer(1 << 20)) })()")
        assert ctx.eval("new ArrayBuffer(1024).byteLength") == 1024
        with pytest.raises(MemoryError, match="ArrayBuffer budget"):
            ctx.globals["big"] = bytes(64 * 2**20)


# Each runs in a fresh interpreter: if V8 aborted, only the child would die.
EXHAUSTION = {
    "objects": "const a = []; while (true) a.push({x: a.length, y: [a.length]})",
    "strings": "const parts = []; while (true) parts.push('x'.repeat(4096) + parts.length)",
    "arrays": "const rows = []; while (true) rows.push(new Array(1000).fill(rows.length))",
    "array_buffers": "const bufs = []; while (true) bufs.push(new Uint8Array(8 << 20))",
    "one_huge_buffer": "new ArrayBuffer(2 ** 32)",
    "huge_builtin_allocation": "JSON.parse('[' + '1,'.repeat(4e7) + '1]')",
    "string_growth": "let s = 'abc'; while (true) s += s + Math.random()",
}


@pytest.mark.parametrize("name", sorted(EXHAUSTION))
def test_host_survives_heap_exhaustion(name):
    program = textwrap.dedent(
        f"""
        import toyjs
        ctx = toyjs.Isolate(heap_limit=64 * 2**20).new_context()
        try:
            ctx.eval({EXHAUSTION[name]!r})
        except (toyjs.HeapLimitError, toyjs.JSError) as error:
            print(type(error).__name__)
        print(ctx.eval("'still ' + 'alive'"))
        """
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert lines[-2:] == ["still", "alive"]
    assert lines[0] in ("HeapLimitError", "JSError")
