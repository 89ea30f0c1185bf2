"""What V8 13.6 brings that V8 10.2 (the fallback engine) lacks: syntax no runtime can supply,
and library features the engine now has natively, so the runtime must not shadow them."""

import pytest

import toyjs
from conftest import V8_MAJOR

needs_v8_13 = pytest.mark.skipif(V8_MAJOR < 13, reason=f"the fallback engine, V8 {toyjs.V8_VERSION}, lacks it")


@needs_v8_13
def test_regexp_v_flag(ctx):
    assert ctx.eval(r"[/[\p{L}--[a-z]]/v.test('A'), /[\p{L}--[a-z]]/v.test('a'), /[[a-z]&&[aeiou]]/v.flags]") == [
        True,
        False,
        "v",
    ]


@needs_v8_13
def test_using_disposes_at_the_end_of_the_block_in_reverse_order(ctx):
    result = ctx.eval(
        """
        const log = [];
        const resource = (name) => ({ [Symbol.dispose]() { log.push('dispose ' + name) } });
        {
          using a = resource('a');
          using b = resource('b');
          log.push('body');
        }
        log
        """
    )
    assert result == ["body", "dispose b", "dispose a"]


@needs_v8_13
def test_import_with_type_json(ctx):
    class Loader:
        def resolve(self, specifier, referrer, attributes):
            return "mem:/data.json"

        def load(self, url, attributes):
            assert dict(attributes) == {"type": "json"}
            return 'export default {"k": [1, 2]};'

    ctx.module_loader = Loader()
    module = ctx.compile_module(
        "import data from './data.json' with { type: 'json' }; export const k = data.k;", "mem:/main.js"
    )
    module.evaluate()
    assert module.namespace["k"] == [1, 2]


@needs_v8_13
def test_float16_array_rounds_to_half_precision(ctx):
    assert ctx.eval("[...new Float16Array([1.5, 65504, 70000, 0.1])]") == [1.5, 65504, float("inf"), 0.0999755859375]
    assert ctx.eval("Math.f16round(1.337)") == 1.3369140625


@needs_v8_13
def test_newer_library_functions(ctx):
    assert ctx.eval("RegExp.escape('a.b*c')") == "\\x61\\.b\\*c"
    assert ctx.eval("[Error.isError(new TypeError()), Error.isError({ name: 'Error' })]") == [True, False]
    assert ctx.eval("Promise.try(() => 7)").result() == 7


@needs_v8_13
@pytest.mark.parametrize(
    "expression",
    ["Iterator.prototype.map", "Iterator.from", "Set.prototype.union", "Set.prototype.isDisjointFrom",
     "Array.fromAsync", "Promise.withResolvers", "Object.groupBy", "ArrayBuffer.prototype.transfer",
     "Promise.try", "Float16Array", "RegExp.escape", "Error.isError"],
)
def test_a_runtime_keeps_the_engines_own_built_ins(expression):
    # The runtime supplies the first ones only where the engine lacks them: here they are V8's.
    # The last ones V8 adds only as a context is made from the runtime's snapshot.
    with toyjs.Runtime() as rt:
        assert rt.eval(f"Function.prototype.toString.call({expression})").endswith("{ [native code] }")


@needs_v8_13
def test_iterator_helpers(ctx):
    result = ctx.eval(
        "function* naturals() { for (let n = 1; ; n++) yield n }"
        "naturals().filter((n) => n % 2).map((n) => n * n).drop(1).take(3).toArray()"
    )
    assert result == [9, 25, 49]
