"""Isolates and contexts: separation, closing, lifetimes."""

import gc

import pytest

import toyjs


def test_eval_returns_completion_value(ctx):
    assert ctx.eval("1 + 1") == 2
    assert ctx.eval("var x = 5; x * 2") == 10


def test_globals_do_not_leak_between_contexts(isolate):
    first, second = isolate.new_context(), isolate.new_context()
    first.eval("globalThis.secret = 1; var alsoSecret = 2")
    assert second.eval("typeof secret") == "undefined"
    assert second.eval("typeof alsoSecret") == "undefined"
    assert "secret" not in second.globals
    first.eval("Array.prototype.evil = 1")
    assert second.eval("[].evil") is toyjs.undefined


def test_handles_cross_contexts_of_one_isolate(isolate):
    first, second = isolate.new_context(), isolate.new_context()
    point = first.eval("({x: 1, y: 2, get sum() { return this.x + this.y }})")
    assert type(point) is dict
    counter = first.eval("(() => { let n = 0; return () => ++n })()")
    second.globals["counter"] = counter
    assert second.eval("counter() + counter()") == 3
    assert counter() == 3


def test_handles_from_another_isolate_are_refused():
    with toyjs.Isolate() as one, toyjs.Isolate() as two:
        foreign = one.new_context().eval("({a: new Map()})")["a"]
        ctx = two.new_context()
        with pytest.raises(ValueError, match="another isolate"):
            ctx.globals["m"] = foreign
        with pytest.raises(ValueError, match="another isolate"):
            ctx.eval("(x) => x")(foreign)
        assert ctx.eval("1") == 1


def test_globals_mapping_view(ctx):
    ctx.globals["config"] = {"debug": True}
    assert ctx.eval("config.debug") is True
    assert "config" in ctx.globals
    assert ctx.globals["config"] == {"debug": True}
    del ctx.globals["config"]
    assert "config" not in ctx.globals
    with pytest.raises(KeyError):
        ctx.globals["config"]
    assert ctx.globals.get("missing", 7) == 7
    ctx.eval("var exported = 3")
    assert "exported" in ctx.globals.keys()


def test_closed_context_raises_closed_error(isolate):
    ctx = isolate.new_context()
    obj = ctx.eval("new Map([[1, 2]])")
    fn = ctx.eval("() => 1")
    ctx.close()
    assert ctx.closed
    with pytest.raises(toyjs.ClosedError):
        ctx.eval("1")
    with pytest.raises(toyjs.ClosedError):
        obj[1]
    with pytest.raises(toyjs.ClosedError):
        fn()
    assert "closed" in repr(obj)
    ctx.close()  # idempotent
    assert isolate.new_context().eval("2") == 2


def test_closed_isolate_raises_closed_error():
    iso = toyjs.Isolate()
    ctx = iso.new_context()
    fn = ctx.eval("() => 1")
    iso.close()
    assert iso.closed and ctx.closed
    for action in (lambda: ctx.eval("1"), fn, iso.new_context, lambda: ctx.globals):
        with pytest.raises(toyjs.ClosedError):
            action()
    iso.close()
    del fn
    gc.collect()


def test_context_managers_close():
    with toyjs.Isolate() as iso:
        with iso.new_context() as ctx:
            assert ctx.eval("1") == 1
        assert ctx.closed
    assert iso.closed


def test_dropped_handles_release_their_values(ctx):
    ctx.eval("globalThis.registry = new FinalizationRegistry(() => { globalThis.collected++ }); collected = 0")
    for _ in range(50):
        obj = ctx.eval("(() => { const o = {}; registry.register(o, 1); return new Set([o]) })()")
        del obj
    gc.collect()
    ctx.eval("for (let i = 0; i < 20; i++) new Array(100000)")
    ctx.isolate.heap_statistics()
    for _ in range(20):
        ctx.eval("gc_pressure = new Array(1e6).fill(0); 0")
        if ctx.eval("collected") > 0:
            break
    assert ctx.eval("collected") > 0


def test_many_isolates_and_contexts():
    isolates = [toyjs.Isolate() for _ in range(5)]
    contexts = [iso.new_context() for iso in isolates for _ in range(4)]
    for i, c in enumerate(contexts):
        c.globals["n"] = i
    assert [c.eval("n") for c in contexts] == list(range(20))
    for iso in isolates:
        iso.close()


def test_reprs(isolate, ctx):
    assert "open" in repr(isolate) and "toyjs.Isolate" in repr(isolate)
    assert repr(ctx) == "<toyjs.Context open>"
    assert repr(ctx.eval("new Map()")) == "<toyjs.JSObject Map>"
    assert repr(ctx.eval("function add() {}; add")) == "<toyjs.JSFunction add>"
    assert repr(ctx.eval("Promise.resolve()")) == "<toyjs.JSPromise fulfilled>"


def test_bad_arguments_are_clear(isolate, ctx):
    with pytest.raises(TypeError, match="filename must be a str, not int"):
        ctx.eval("1", filename=3)
    with pytest.raises(TypeError, match="source must be a str, not bytes"):
        ctx.eval(b"1")
    with pytest.raises(TypeError, match="needs a Python callable"):
        ctx.expose("x", 3)
    with pytest.raises(ValueError, match="timeout must be positive"):
        ctx.eval("1", timeout=0)
    with pytest.raises(ValueError, match="heap_limit"):
        toyjs.Isolate(heap_limit=1000)
    with pytest.raises(TypeError, match="heap_limit"):
        toyjs.Isolate(heap_limit="64M")


def test_python_functions_get_every_argument_however_many(ctx):
    # Up to 8 arguments are converted into a fixed buffer, more into a vector: both ways.
    ctx.expose("collect", lambda *args: list(args))
    assert ctx.eval("[collect(), collect(1), collect(1, 2, 3, 4, 5, 6, 7, 8), collect(...Array(20).keys())]") == [
        [], [1], [1, 2, 3, 4, 5, 6, 7, 8], list(range(20))
    ]
    with pytest.raises(toyjs.JSError, match="getter ran"):
        ctx.eval("collect(...Array(12).fill(0), { get bad() { throw new Error('getter ran') } })")
