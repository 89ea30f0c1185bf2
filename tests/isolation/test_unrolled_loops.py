"""Loops that Turboshaft (V8 12.9+) unrolls are stopped like any other: by a timeout, by
terminate() from another thread and by the heap limit, each leaving the isolate usable.

Unrolled without the stack check that termination relies on, `while (true) { new
Array(1000).fill(1) }` could be stopped by nothing, and a variant that keeps what it makes took
the host down with "Fatal JavaScript out of memory". Each engine-level case runs in a fresh
interpreter, so that an abort would fail the test rather than end the test run."""

import pytest

import toyjs
from conftest import eval_stopped_by_timeout, run_python

SPINNING = {
    "fill": "while (true) { new Array(1000).fill(1) }",
    "counted fill": "for (let i = 0; ; i++) { new Array(1000).fill(i) }",
    "map": "for (;;) { [1, 2, 3, 4].map((x) => x + 1) }",
}
GROWING = "const kept = []; while (true) { kept.push(new Array(1000).fill(1)) }"


@pytest.mark.parametrize("loop", sorted(SPINNING))
def test_a_timeout_stops_the_loop(loop):
    assert eval_stopped_by_timeout(SPINNING[loop], 0.3) == ["stopped", "42"]


@pytest.mark.parametrize("loop", sorted(SPINNING))
def test_terminate_from_another_thread_stops_the_loop(loop):
    assert run_python(
        f"""
        isolate = toyjs.Isolate()
        ctx = isolate.new_context()
        threading.Timer(0.3, isolate.terminate).start()
        try:
            ctx.eval({SPINNING[loop]!r})
        except toyjs.TerminatedError:
            print("stopped")
        print(ctx.eval("6 * 7"))
        """
    ) == ["stopped", "42"]


def test_the_heap_limit_stops_the_loop():
    assert run_python(
        f"""
        ctx = toyjs.Isolate(heap_limit=64 * 2**20).new_context()
        try:
            ctx.eval({GROWING!r})
        except toyjs.HeapLimitError:
            print("stopped")
        print(ctx.eval("6 * 7"))
        """
    ) == ["stopped", "42"]


@pytest.mark.parametrize("process", [False, True], ids=["in-process", "child process"])
def test_a_sandbox_stops_the_loop_by_time_and_by_heap(process):
    with toyjs.Sandbox(process=process, timeout=0.5, heap_limit=64 * 2**20) as box:
        with pytest.raises(toyjs.TerminatedError, match="time limit"):
            box.eval(SPINNING["fill"])
        assert box.eval("6 * 7") == 42
        with pytest.raises(toyjs.HeapLimitError):
            box.eval(GROWING)
        assert box.eval("6 * 7") == 42
