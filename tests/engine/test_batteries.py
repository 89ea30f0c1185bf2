"""What V8 brings by itself: Intl with ICU (the system's, or the ICU 78 shipped with V8 13.6), and WebAssembly."""

import time

import toyjs

# (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
ADD_WASM = bytes.fromhex(
    "0061736d0100000001070160027f7f017f030201000707010361646400000a09010700200020016a0b"
)


def test_intl_number_and_date_formatting(ctx):
    assert ctx.eval("new Intl.NumberFormat('de-DE').format(1234.5)") == "1.234,5"
    assert ctx.eval("(1234567.891).toLocaleString('en-US')") == "1,234,567.891"
    assert ctx.eval("new Date(Date.UTC(2020, 0, 2)).toLocaleDateString('en-GB', {timeZone: 'UTC'})") == "02/01/2020"
    assert ctx.eval("['b', 'a', 'C'].sort(new Intl.Collator('en').compare)") == ["a", "b", "C"]
    assert ctx.eval("[...new Intl.Segmenter('en', {granularity: 'word'}).segment('hi there')].length") == 3


def test_webassembly_synchronous(ctx):
    ctx.globals["bytes"] = ADD_WASM
    assert ctx.eval("new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.add(2, 40)") == 42


def test_webassembly_instantiate_settles_by_pumping(isolate, ctx):
    ctx.globals["bytes"] = ADD_WASM
    promise = ctx.eval("WebAssembly.instantiate(bytes).then(({instance}) => instance.exports.add(20, 3))")
    deadline = time.monotonic() + 10
    while promise.state == "pending" and time.monotonic() < deadline:
        isolate.pump_message_loop()
        time.sleep(0.001)
    assert promise.result() == 23


def test_language_level(ctx):
    assert ctx.eval("class A { static #n = 1; static get n() { return A.#n } }; A.n") == 1
    assert ctx.eval("[1, 2, 3].at(-1)") == 3
    assert ctx.eval("Object.hasOwn({a: 1}, 'a')") is True
    assert toyjs.V8_VERSION.split(".")[0].isdigit()
