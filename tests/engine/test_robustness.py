"""Hostile or awkward use from Python or JS: clear errors, never a crash."""

import gc
import threading

import pytest

import toyjs


def test_exception_whose_str_fails_is_still_reported(ctx):
    class Weird(Exception):
        def __str__(self):
            raise RuntimeError("no str for you")

    def fail():
        raise Weird()

    ctx.expose("fail", fail)
    assert ctx.eval("try { fail() } catch (e) { e.message }").endswith("Weird")


def test_loader_returning_a_non_string(ctx):
    class BadLoader:
        def resolve(self, specifier, referrer, attributes):
            return 42

        def load(self, url, attributes):
            return ""

    ctx.module_loader = BadLoader()
    with pytest.raises(toyjs.JSError, match="resolve\\(\\) must return a str, not int"):
        ctx.compile_module("import './x.js';", "mem:/main.js").evaluate()


def test_loader_load_returning_bytes(ctx):
    class BytesLoader:
        def resolve(self, specifier, referrer, attributes):
            return "mem:/x.js"

        def load(self, url, attributes):
            return b"export default 1"

    ctx.module_loader = BytesLoader()
    with pytest.raises(toyjs.JSError, match="load\\(\\) must return a str or a SyntheticModule, not bytes"):
        ctx.import_module("./x.js").result()


def test_closing_from_inside_a_call_is_refused(isolate, ctx):
    def close_context():
        ctx.close()

    def close_isolate():
        isolate.close()

    ctx.expose("closeContext", close_context)
    ctx.expose("closeIsolate", close_isolate)
    assert "cannot close a context" in ctx.eval("try { closeContext() } catch (e) { e.message }")
    assert "cannot close an isolate" in ctx.eval("try { closeIsolate() } catch (e) { e.message }")
    assert ctx.eval("'still open'") == "still open"


def test_deep_mutual_recursion_between_js_and_python(ctx):
    ctx.expose("down", lambda n: ctx.eval(f"step({n})"))
    ctx.eval("function step(n) { return n <= 0 ? 'bottom' : down(n - 1) }")
    assert ctx.eval("step(50)") == "bottom"
    with pytest.raises((toyjs.JSError, RecursionError)):
        ctx.eval("step(100000)")
    assert ctx.eval("step(3)") == "bottom"


def test_handles_dropped_on_other_threads_while_js_runs(isolate, ctx):
    ctx.eval("globalThis.made = []")
    stop = threading.Event()

    def churn():
        while not stop.is_set():
            handles = [ctx.eval("new Map([[1, 2]])") for _ in range(20)]
            del handles
            gc.collect()

    thread = threading.Thread(target=churn)
    thread.start()
    try:
        for _ in range(50):
            ctx.eval("for (let i = 0; i < 2000; i++) made.push({i}); made.length = 0")
    finally:
        stop.set()
        thread.join()
    assert ctx.eval("1 + 1") == 2


def test_close_isolate_while_another_thread_runs_js():
    iso = toyjs.Isolate()
    ctx = iso.new_context()
    outcome = []

    def spin():
        try:
            ctx.eval("while (true) {}")
        except toyjs.Error as error:
            outcome.append(type(error).__name__)

    thread = threading.Thread(target=spin)
    thread.start()
    threading.Event().wait(0.2)
    iso.close()
    thread.join(timeout=10)
    assert outcome == ["TerminatedError"]
    with pytest.raises(toyjs.ClosedError):
        ctx.eval("1")


def test_handles_outliving_their_isolate_are_harmless():
    iso = toyjs.Isolate()
    ctx = iso.new_context()
    kept = [ctx.eval("new Set([1])"), ctx.eval("() => 1"), ctx.globals]
    iso.close()
    for handle in kept:
        assert "closed" in repr(handle)
        with pytest.raises(toyjs.ClosedError):
            str(handle)
    del kept, ctx, iso
    gc.collect()


def test_dropping_everything_without_closing():
    for _ in range(20):
        iso = toyjs.Isolate()
        ctx = iso.new_context()
        fn = ctx.eval("(x) => x")
        ctx.expose("cb", lambda: fn)
        del iso, ctx
        gc.collect()
        assert fn(3) == 3
        del fn
        gc.collect()


def test_syntax_error_in_an_imported_module_is_a_js_error(ctx):
    # regression: V8 aborted ("Check failed: has_pending_exception()") when the resolve
    # callback's compile error had been caught by the caller's TryCatch
    class Loader:
        def resolve(self, specifier, referrer, attributes):
            return "mem:/broken.js"

        def load(self, url, attributes):
            return "export const = 1;"

    ctx.module_loader = Loader()
    with pytest.raises(toyjs.JSError) as info:
        ctx.compile_module("import './broken.js';", "mem:/main.js").evaluate()
    assert info.value.name == "SyntaxError" and info.value.filename == "mem:/broken.js"
    failed = ctx.import_module("./other.js", "mem:/x.js")
    assert failed.state == "rejected"


def test_getter_throwing_while_arguments_convert(ctx):
    ctx.expose("take", lambda value: value)
    result = ctx.eval("try { take({ get bad() { throw new Error('getter') } }) } catch (e) { e.message }")
    assert result == "getter"
