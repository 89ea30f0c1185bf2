"""JSObject, JSFunction and JSPromise: live proxies on JS values."""

import pytest

import toyjs


def test_function_call_and_this(ctx):
    multiply = ctx.eval("(a, b) => a * b")
    assert multiply(6, 7) == 42
    counter = ctx.eval("({n: 10, inc(by) { this.n += by; return this.n }})")
    assert type(counter) is dict  # a plain object copies; its methods stay functions
    obj = ctx.eval("new (class Counter { constructor() { this.n = 0 } inc(by = 1) { return this.n += by } })")
    assert obj.inc(5) == 5
    assert obj["inc"]() == 6
    assert obj.n == 6
    assert ctx.eval("(function () { return this.k })").call({"k": 3}) == 3


def test_a_method_copied_out_of_a_plain_object_keeps_the_object_as_this(ctx):
    cart = ctx.eval("({ n: 5, total() { return this.n * 2 }, bump() { return ++this.n } })")
    assert type(cart) is dict and cart["n"] == 5
    assert cart["total"]() == 10
    # `this` is the JS object: the dict is a copy, and changing either leaves the other as it is
    assert cart["bump"]() == 6 and cart["total"]() == 12 and cart["n"] == 5
    cart["n"] = 100
    assert cart["total"]() == 12
    nested = ctx.eval("({ inner: { k: 'in', who() { return this.k } }, k: 'out' })")
    assert nested["inner"]["who"]() == "in"
    listed = ctx.eval("[function () { return this.length }, 'x']")
    assert listed[0]() == 2  # as `array[0]()` in JS
    # an explicit this still wins; a function that is the value itself has no receiver
    assert cart["total"].call({"n": 1}) == 2
    assert ctx.eval("(function () { return this === globalThis })")() is True


def test_python_mapping_names_are_never_js_methods(ctx):
    # `get` and `keys` on a handle are the mapping's: a JS method of that name is an item
    store = ctx.eval("new (class Store { constructor() { this.a = 1 } get(key) { return 'js ' + key } })")
    assert store.get("a") == 1 and store.get("missing", "default") == "default"
    assert store["get"]("a") == "js a"
    headers = ctx.eval("new Map([['accept', 'text/plain']])")
    assert headers.get("accept") == "text/plain" and headers.get("other") is None


def test_constructors(ctx):
    Map = ctx.globals["Map"]
    m = Map.new([[1, "a"]])
    assert m[1] == "a"
    with pytest.raises(toyjs.JSError, match="is not a constructor"):
        ctx.eval("() => 1").new()


def test_proxy_item_and_attribute_access(ctx):
    obj = ctx.eval("new (class Box { constructor() { this.value = 1; this[2] = 'two' } })")
    assert obj["value"] == 1 and obj.value == 1 and obj[2] == "two"
    obj["value"] = 5
    obj.other = [1]
    assert ctx.eval("(b) => b.value + b.other[0]")(obj) == 6
    assert "other" in obj and "nope" not in obj
    del obj.other
    assert "other" not in obj
    with pytest.raises(AttributeError, match="no property 'missing'"):
        obj.missing
    with pytest.raises(KeyError):
        obj["missing"]
    assert sorted(obj.keys()) == ["2", "value"]
    assert bool(obj) is True


def test_map_and_set_proxies(ctx):
    m = ctx.eval("new Map([['a', 1], [2, 'b']])")
    assert len(m) == 2 and m["a"] == 1 and m[2] == "b" and "a" in m
    assert m.keys() == ["a", 2]
    assert list(m) == [["a", 1], [2, "b"]]
    m["c"] = 3
    del m["a"]
    assert ctx.eval("(m) => [...m.keys()].join()")(m) == "2,c"
    s = ctx.eval("new Set([1, 'x'])")
    assert len(s) == 2 and 1 in s and "y" not in s and list(s) == [1, "x"]


def test_length_and_iteration(ctx):
    arr_like = ctx.eval("({length: 3, 0: 'a'})")
    assert arr_like["length"] == 3
    gen = ctx.eval("(function* () { yield 1; yield 2 })()")
    assert list(gen) == [1, 2]
    typed = ctx.eval("new (class Bag { constructor() { this.length = 4 } })")
    assert len(typed) == 4
    with pytest.raises(TypeError, match="no length"):
        len(ctx.eval("new (class A {})"))


def test_equality_and_hash(ctx):
    a = ctx.eval("globalThis.o = new Map(); o")
    b = ctx.globals["o"]
    assert a == b and hash(a) == hash(b)
    assert a != ctx.eval("new Map()")
    assert {a: 1}[b] == 1


def test_str_is_js_string_conversion(ctx):
    assert str(ctx.eval("new Error('x')")) == "Error: x"
    assert str(ctx.eval("new Map()")) == "[object Map]"


def test_symbols_are_handles(ctx):
    sym = ctx.eval("Symbol('tag')")
    assert repr(sym) == "<toyjs.JSObject Symbol(tag)>"
    assert ctx.eval("(s) => typeof s + ':' + s.description")(sym) == "symbol:tag"
    # copies of plain objects keep string keys only, as JSON does
    assert ctx.eval("(s) => ({[s]: 1, k: 2})")(sym) == {"k": 2}


def test_promise_state_and_result(ctx):
    fulfilled = ctx.eval("Promise.resolve({a: 1})")
    assert fulfilled.state == "fulfilled" and fulfilled.result() == {"a": 1}
    rejected = ctx.eval("Promise.reject(new RangeError('no'))")
    assert rejected.state == "rejected"
    with pytest.raises(toyjs.JSError) as info:
        rejected.result()
    assert info.value.name == "RangeError" and info.value.message == "no"
    pending = ctx.eval("new Promise(() => {})")
    assert pending.state == "pending"
    with pytest.raises(RuntimeError, match="pending"):
        pending.result()


def test_async_function_settles_at_checkpoint(ctx):
    p = ctx.eval("(async () => { await null; await null; return 5 })()")
    assert p.state == "fulfilled" and p.result() == 5


def test_explicit_microtask_control(isolate, ctx):
    isolate.auto_microtasks = False
    p = ctx.eval("Promise.resolve(1).then((v) => v + 1)")
    assert p.state == "pending"
    isolate.run_microtasks()
    assert p.state == "fulfilled" and p.result() == 2


def test_promise_then_with_python_callbacks(ctx):
    seen = []
    p = ctx.eval("Promise.resolve(3)")
    p.then(seen.append)
    assert seen == [3]


def test_unhandled_rejections_are_reported(ctx):
    ctx.eval("Promise.reject(new Error('lost')); Promise.reject(1).catch(() => {})")
    lost = ctx.take_unhandled_rejections()
    assert len(lost) == 1 and lost[0].state == "rejected"
    assert ctx.take_unhandled_rejections() == []
