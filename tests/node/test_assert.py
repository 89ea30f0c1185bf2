"""node:assert and node:assert/strict against node: every assertion passing and failing, with
the failures' messages (diffs included), codes, operators and generatedMessage byte for byte."""

import pytest
from conftest import assert_same_as_node



@pytest.mark.parametrize("name", ["assert.mjs", "assert_ok.cjs", "assert_ok.mjs"])
def test_assert_as_node(toyjs, node, programs, name):
    program = programs / "node" / name
    # assert.ok() quotes its call from the source file, which the program must be allowed to read
    assert_same_as_node(toyjs("run", "--allow-read", program, cwd=program.parent), node(program, cwd=program.parent))


def test_ok_without_read_access_shows_the_value(toyjs, programs):
    # Node's own message when it cannot read the source: the value, `== true`.
    ours = toyjs("run", programs / "node" / "assert_ok.mjs")
    assert ours.stdout == '"0 == true" true\n"\'\' == true" true\n"undefined == true" true\n"given" false\n'


def test_call_tracker_is_not_implemented(toyjs, tmp_path):
    program = tmp_path / "tracker.mjs"
    program.write_text(
        'import assert from "node:assert";\n'
        "try { new assert.CallTracker(); } catch (error) { console.log(error.code, error.message); }\n"
    )
    assert toyjs("run", program).stdout == "ERR_NOT_IMPLEMENTED assert.CallTracker is not implemented in toyjs yet\n"


def test_uncaught_assertion_error(toyjs, tmp_path):
    program = tmp_path / "fails.mjs"
    program.write_text('import assert from "node:assert";\nassert.strictEqual(1, 2);\n')
    result = toyjs("run", program)
    assert result.code == 1
    assert "AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n" in result.stderr
    assert "fails.mjs:2:" in result.stderr  # the stack starts at the call that failed


def test_survives_replaced_builtins(toyjs, tmp_path):
    program = tmp_path / "tampered.mjs"
    program.write_text(
        'import assert from "node:assert";\n'
        "const one = new Set([1]);\nconst two = new Set(['2']);\n"
        "Array.prototype.push = () => { throw new Error('push'); };\n"
        "Array.prototype[Symbol.iterator] = function* () { throw new Error('iterator'); };\n"
        "String.prototype.split = () => { throw new Error('split'); };\n"
        "try { assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }); } catch (error) { console.log(error.message); }\n"
        "try { assert.deepEqual(one, two); } catch (error) { console.log(error.operator); }\n"
    )
    result = toyjs("run", program)
    assert result.stdout == (
        "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: [\n      1,\n"
        "+     2\n-     3\n    ]\n  }\ndeepEqual\n"
    ), result.stderr
