"""node:readline and readline/promises against node, fed the same stdin: line splitting (any
line ending, a last line without one, empty and large inputs), questions and prompts, async
iteration, the terminal functions and keypress decoding."""

import pytest

MIXED = "alice\nbob\r\ncarol\rdave\n\nlast"


@pytest.mark.parametrize(
    "stdin",
    [MIXED, "", "\n", "no newline", "trailing\n", "crlf\r\n\r\n", "é ü 😀\nx"],
    ids=["mixed", "empty", "one-empty-line", "no-newline", "trailing", "crlf", "unicode"],
)
def test_lines(toyjs, node, programs, stdin):
    program = programs / "node" / "readline_lines.mjs"
    assert toyjs("run", program, stdin=stdin) == node(program, stdin=stdin)


def test_a_large_input(toyjs, node, programs):
    program = programs / "node" / "readline_lines.mjs"
    stdin = "".join(f"line {i} {'x' * (i % 80)}\r\n" for i in range(25000)) + "the end"
    assert len(stdin) > 1 << 20
    ours = toyjs("run", program, "summary", stdin=stdin)
    assert ours == node(program, "summary", stdin=stdin)
    assert 'close 25001 ' in ours.stdout


@pytest.mark.parametrize("stdin", [MIXED, "only\n", ""], ids=["several", "one", "empty"])
def test_questions(toyjs, node, programs, stdin):
    program = programs / "node" / "readline_question.mjs"
    assert toyjs("run", program, stdin=stdin) == node(program, stdin=stdin)


@pytest.mark.parametrize("stdin", [MIXED, "answer"], ids=["several", "one"])
def test_async_iteration_and_promises(toyjs, node, programs, stdin):
    program = programs / "node" / "readline_async.mjs"
    assert toyjs("run", program, stdin=stdin) == node(program, stdin=stdin)


def test_terminal_functions_and_keypresses(toyjs, node, programs):
    program = programs / "node" / "readline_cursor.mjs"
    assert toyjs("run", program) == node(program)
