"""Threads: the GIL is released while JS runs; one thread at a time per isolate."""

import threading
import time

import toyjs

BUSY = "(() => { const end = Date.now() + 400; let n = 0; while (Date.now() < end) n++; return n })()"


def _timed_run(ctx, spans):
    start = time.monotonic()
    ctx.eval(BUSY)
    spans.append((start, time.monotonic()))


def test_two_isolates_run_in_parallel():
    isolates = [toyjs.Isolate() for _ in range(2)]
    contexts = [iso.new_context() for iso in isolates]
    spans = []
    threads = [threading.Thread(target=_timed_run, args=(c, spans)) for c in contexts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    (a_start, a_end), (b_start, b_end) = spans
    overlap = min(a_end, b_end) - max(a_start, b_start)
    assert overlap > 0.2, f"the two runs overlapped only {overlap:.3f}s"
    for iso in isolates:
        iso.close()


def test_python_threads_run_while_js_runs(ctx):
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.01)

    thread = threading.Thread(target=ticker)
    thread.start()
    ctx.eval(BUSY)
    stop.set()
    thread.join()
    assert len(ticks) >= 10


def test_one_isolate_from_many_threads_one_at_a_time(ctx):
    ctx.eval("globalThis.active = 0; globalThis.maxActive = 0; globalThis.total = 0")
    enter = ctx.eval(
        "() => { active++; maxActive = Math.max(maxActive, active);"
        " const end = Date.now() + 20; while (Date.now() < end) {} total++; active-- }"
    )
    threads = [threading.Thread(target=lambda: [enter() for _ in range(5)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ctx.eval("[total, maxActive]") == [20, 1]


def test_reentrant_calls_from_python_callbacks(ctx):
    ctx.expose("py_double", lambda x: ctx.eval(f"twice({x})"))
    ctx.eval("function twice(x) { return x < 100 ? py_double(x * 2) : x }")
    assert ctx.eval("twice(1)") == 128


def test_callbacks_from_another_thread_use_the_right_context(isolate):
    ctx = isolate.new_context()
    ctx.expose("where", lambda: threading.current_thread().name)
    result = []
    thread = threading.Thread(target=lambda: result.append(ctx.eval("where()")), name="worker-1")
    thread.start()
    thread.join()
    assert result == ["worker-1"]


def test_isolate_made_on_a_thread_that_ended(tmp_path):
    made = []
    thread = threading.Thread(target=lambda: made.append(toyjs.Isolate()))
    thread.start()
    thread.join()
    iso = made[0]
    ctx = iso.new_context()
    assert ctx.eval("[1, 2].map((x) => x * 3)") == [3, 6]
    iso.close()


def test_switching_threads_keeps_state_and_limits(isolate, ctx):
    ctx.eval("globalThis.log = []")
    push = ctx.eval("(x) => { log.push(x); return log.length }")
    assert push("main") == 1
    results = []
    thread = threading.Thread(target=lambda: results.append(push("worker")))
    thread.start()
    thread.join()
    assert results == [2]
    assert push("main again") == 3
    assert ctx.eval("log") == ["main", "worker", "main again"]
    # termination and recursion limits still work on every thread once locking is on
    errors = []

    def spin():
        try:
            ctx.eval("while (true) {}", timeout=0.2)
        except toyjs.TerminatedError:
            errors.append("terminated")
        try:
            ctx.eval("(function f() { f() })()")
        except toyjs.JSError as error:
            errors.append(error.name)

    thread = threading.Thread(target=spin)
    thread.start()
    thread.join()
    spin()
    assert errors == ["terminated", "RangeError", "terminated", "RangeError"]
