"""TryCatch: JS exceptions as toyjs.JSError, Python exceptions as JS Errors."""

import pytest

import toyjs


def test_error_hierarchy():
    for cls in (toyjs.JSError, toyjs.TerminatedError, toyjs.HeapLimitError, toyjs.ClosedError):
        assert issubclass(cls, toyjs.Error)
    assert issubclass(toyjs.TerminatedError, TimeoutError)
    assert issubclass(toyjs.HeapLimitError, MemoryError)


def test_js_error_fields(ctx):
    source = "function inner() {\n  throw new TypeError('bad input');\n}\ninner();"
    with pytest.raises(toyjs.JSError) as info:
        ctx.eval(source, filename="app.js")
    error = info.value
    assert error.name == "TypeError"
    assert error.message == "bad input"
    assert error.filename == "app.js"
    assert error.line == 2
    assert error.column == 3
    assert "at inner (app.js:2:9)" in error.stack
    assert "at app.js:4:1" in error.stack
    assert str(error) == error.stack
    assert isinstance(error.value, toyjs.JSObject)
    assert error.value["message"] == "bad input"


@pytest.mark.parametrize(
    "thrown, expected",
    [("42", 42), ("'text'", "text"), ("null", None), ("({code: 7})", {"code": 7}), ("[1]", [1])],
)
def test_thrown_values_are_converted(ctx, thrown, expected):
    with pytest.raises(toyjs.JSError) as info:
        ctx.eval(f"throw {thrown}")
    assert info.value.value == expected
    assert info.value.name is None


def test_syntax_errors(ctx):
    with pytest.raises(toyjs.JSError) as info:
        ctx.eval("let ok = 1;\nlet x = ;", filename="broken.js")
    error = info.value
    assert error.name == "SyntaxError"
    assert error.filename == "broken.js" and error.line == 2 and error.column == 9
    assert "broken.js:2:9" in str(error)


def test_errors_from_nested_calls_keep_their_stack(ctx):
    ctx.eval("function fail() { null.x }", filename="lib.js")
    fail = ctx.globals["fail"]
    with pytest.raises(toyjs.JSError) as info:
        fail()
    assert info.value.name == "TypeError"
    assert info.value.filename == "lib.js"
    assert "at fail (lib.js:1:24)" in info.value.stack


def test_python_exception_is_catchable_in_js(ctx):
    def explode(kind):
        raise {"value": ValueError, "key": KeyError}[kind]("details")

    ctx.expose("explode", explode)
    caught = ctx.eval("try { explode('value') } catch (e) { [e instanceof Error, e.message] }")
    assert caught == [True, "ValueError: details"]


def test_uncaught_python_exception_is_the_cause(ctx):
    original = LookupError("missing thing")

    def fail():
        raise original

    ctx.expose("fail", fail)
    with pytest.raises(toyjs.JSError) as info:
        ctx.eval("function outer() { fail() }\nouter()", filename="caller.js")
    assert info.value.__cause__ is original
    assert info.value.message == "LookupError: missing thing"
    assert "at outer (caller.js:1:20)" in info.value.stack


def test_js_error_passing_through_python_keeps_its_value(ctx):
    ctx.expose("relay", lambda fn: fn())
    result = ctx.eval(
        "class Custom extends Error {}\n"
        "try { relay(() => { throw new Custom('deep') }) } catch (e) { [e instanceof Custom, e.message] }"
    )
    assert result == [True, "deep"]


def test_unconvertible_return_value_becomes_js_type_error(ctx):
    ctx.expose("give", lambda: {1, 2})
    message = ctx.eval("try { give() } catch (e) { e.message }")
    assert "TypeError: cannot convert Python value of type 'set'" in message
    assert "return value" in message


def test_hostile_error_getters_do_not_break_reporting(ctx):
    with pytest.raises(toyjs.JSError) as info:
        ctx.eval("const e = new Error('x'); Object.defineProperty(e, 'message', {get() { throw 1 }}); throw e")
    assert info.value.name == "Error"


def test_keyboard_interrupt_in_callback_stops_js_and_propagates(ctx):
    def interrupt():
        raise KeyboardInterrupt

    ctx.expose("interrupt", interrupt)
    with pytest.raises(KeyboardInterrupt):
        ctx.eval("try { interrupt() } catch (e) {}; while (true) {}")
    assert ctx.eval("1 + 1") == 2


def test_errors_thrown_by_builtins_point_at_the_calling_script(ctx):
    with pytest.raises(toyjs.JSError) as info:
        ctx.eval("function parse(s) {\n  return JSON.parse(s);\n}\nparse('{oops');", filename="parse.js")
    assert info.value.name == "SyntaxError"
    assert (info.value.filename, info.value.line) == ("parse.js", 2)


def test_host_errors_choose_their_js_type_and_code(ctx):
    def deny():
        raise toyjs.HostError("no entry", js_name="TypeError", code="ERR_DENIED")

    def custom():
        raise toyjs.HostError("custom kind", js_name="NotFound")

    ctx.expose("deny", deny)
    ctx.expose("custom", custom)
    assert ctx.eval("try { deny() } catch (e) { [e instanceof TypeError, e.message, e.code] }") == [
        True,
        "no entry",
        "ERR_DENIED",
    ]
    assert ctx.eval("try { custom() } catch (e) { [e.name, e.message] }") == ["NotFound", "custom kind"]
