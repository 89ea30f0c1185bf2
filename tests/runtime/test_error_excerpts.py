"""An error that ends a program is shown as node shows it: the file and line, that line, carets
under what V8 marks (the throw, a SyntaxError's token, where a rejected Error was created), a
blank line, then the error's stack. Compared with node byte for byte up to the first stack
frame (the runtimes' internal frames differ); node's closing "Node.js v20..." line is not
printed by toyjs."""

import pickle

import pytest
from conftest import error_head

import toyjs
from toyjs.errors import SourceExcerpt


@pytest.fixture
def errors(programs):
    return programs / "errors"


@pytest.mark.parametrize(
    "name",
    [
        "throw_in_function.js",
        "throw_at_top_level.mjs",
        "throw_in_timer.js",
        "unhandled_rejection.js",
        "syntax_error.js",
        "syntax_error_token.mjs",
        "imports_broken.mjs",
        "imports_missing_export.mjs",
        "requires_broken.js",
    ],
)
def test_an_uncaught_error_is_shown_at_its_line_as_node_shows_it(toyjs, node, errors, name):
    program = errors / name
    ours = toyjs("run", "--allow-read", program, cwd=errors)
    theirs = node(program, cwd=errors)
    assert ours.code == theirs.code == 1
    assert error_head(ours.stderr) == error_head(theirs.stderr)
    assert ours.stderr.count("\n    at ") >= 1  # the stack follows


def test_the_excerpt_of_a_throw_in_a_function_and_its_stack(toyjs, errors):
    program = errors / "throw_in_function.js"
    result = toyjs("run", program, cwd=errors)
    assert result.stderr.startswith(
        f"{program}:4\n"
        "    throw new Error(`too big: ${value}`);\n"
        "    ^\n"
        "\n"
        "Error: too big: 2\n"
        f"    at check ({program}:4:11)\n"
    )


def test_a_syntax_error_marks_the_whole_token(toyjs, errors):
    program = errors / "syntax_error_token.mjs"
    result = toyjs("run", program, cwd=errors)
    assert result.stderr.startswith(
        f"{program.as_uri()}:2\nconst total = 1 + return;\n                  ^^^^^^\n\n"
        "SyntaxError: Unexpected token 'return'\n"
    )


def test_a_tab_indented_line_keeps_its_tabs_under_the_caret(toyjs, errors):
    result = toyjs("run", errors / "throw_in_timer.js", cwd=errors)
    caret = "\t" + " " * len("const port = config.") + "^"
    assert f"\n\tconst port = config.port;\n{caret}\n\nTypeError: " in result.stderr


def test_a_thrown_value_that_is_not_an_error(toyjs, node, errors):
    """node puts a blank line first and the value under the carets, then a hint about a flag
    toyjs does not have (left out)."""
    program = errors / "throw_value.js"
    ours = toyjs("run", program, cwd=errors)
    theirs = node(program, cwd=errors)
    expected = f"\n{program}:2\nthrow answer;\n^\n42\n"
    assert ours.code == theirs.code == 1
    assert ours.stderr == expected
    assert theirs.stderr.startswith(expected + "(Use `node --trace-uncaught ...`")


def test_a_promise_rejected_with_a_value_that_is_not_an_error(toyjs, node, errors):
    """node reports it in its own words from one of its internal lines; toyjs has no line of
    the program to show and prints the words alone, with node's code."""
    program = errors / "unhandled_rejection_value.js"
    ours = toyjs("run", program, cwd=errors)
    theirs = node(program, cwd=errors)
    words = (
        "UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
        "without a catch block, or by rejecting a promise which was not handled with .catch(). "
        'The promise rejected with the reason "42".'
    )
    assert ours.code == theirs.code == 1
    assert ours.stderr == words + " {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n"
    assert f"\n\n{words}\n" in theirs.stderr and "code: 'ERR_UNHANDLED_REJECTION'" in theirs.stderr


def test_an_error_a_builtin_throws_is_shown_at_the_programs_call(toyjs, node, errors):
    """node shows the line of its own JS that threw (node:internal/errors); toyjs shows the
    program's line that called the built-in, with the same error under it."""
    program = errors / "builtin_rejects_argument.js"
    ours = toyjs("run", program, cwd=errors)
    theirs = node(program, cwd=errors)
    error = 'RangeError [ERR_OUT_OF_RANGE]: The value of "size" is out of range.'
    assert ours.code == theirs.code == 1
    assert ours.stderr.startswith(
        f"{program}:3\nconst buffer = Buffer.alloc(size);\n                      ^\n\n{error}"
    )
    assert f"\n\n{error}" in theirs.stderr


def test_an_error_thrown_in_typescript_is_shown_at_its_own_line(toyjs, errors):
    """Types are erased in place, so the line and column are the file's (node 22+ prints this;
    node 20 cannot run .ts)."""
    program = errors / "throw_in_typescript.ts"
    result = toyjs("run", program, cwd=errors)
    assert result.code == 1
    assert result.stderr.startswith(
        f"{program.as_uri()}:3\n"
        "  throw new Error(`bad point ${point.x}`);\n"
        "  ^\n"
        "\n"
        "Error: bad point 1\n"
        f"    at reject ({program.as_uri()}:3:9)\n"
    )


@pytest.mark.parametrize(
    "code",
    ['const n = 1;\nthrow new Error("from eval " + n)', "let x = 1 +* 2", "  missing(1)"],
)
def test_eval_shows_its_errors_as_node_e_does(toyjs, node, code):
    ours = toyjs("eval", code)
    theirs = node("-e", code)
    assert ours.code == theirs.code == 1
    assert error_head(ours.stderr) == error_head(theirs.stderr)
    assert error_head(ours.stderr).startswith("[eval]:")


def test_the_repl_form_stays_one_line(toyjs):
    """The REPL's errors keep node REPL's `Uncaught` form (no excerpt)."""
    result = toyjs("repl", stdin='throw new Error("in the repl")\n')
    assert "Uncaught Error: in the repl" in result.stdout + result.stderr
    assert "[eval]" not in result.stdout + result.stderr


def test_a_js_error_carries_its_excerpt_for_python(ctx):
    with pytest.raises(toyjs.JSError) as raised:
        ctx.eval('let n = 1;\n\tthrow new Error("n is " + n);', filename="app.js")
    excerpt = raised.value.excerpt
    assert excerpt == SourceExcerpt("app.js", 2, '\tthrow new Error("n is " + n);', 1, 2)
    assert excerpt.render() == 'app.js:2\n\tthrow new Error("n is " + n);\n\t^'
    assert str(raised.value) == "Error: n is 1\n    at app.js:2:8"  # unchanged: the stack

    with pytest.raises(toyjs.JSError) as raised:
        ctx.eval("const total = sum values;", filename="syntax.js")
    assert raised.value.excerpt.render() == "syntax.js:1\nconst total = sum values;\n                  ^^^^^^"

    with pytest.raises(toyjs.JSError) as raised:
        ctx.eval("throw 7", filename="value.js")
    assert pickle.loads(pickle.dumps(raised.value)).excerpt == raised.value.excerpt


def test_an_excerpt_whose_columns_are_not_on_its_line_has_no_carets():
    assert SourceExcerpt("a.js", 3, "short", 2, 40).render() == "a.js:3\nshort"
