"""Failures no code catches, as node treats them: a main module that fails (a throw at its top
level, a rejected top-level await) is an uncaught exception at once (process 'uncaughtException'
may take it; without a handler it ends the program even while a timer or a server would keep it
running), and a rejection no 'unhandledRejection' listener takes goes to 'uncaughtException'
listeners."""

import pytest


def test_a_rejected_top_level_await_goes_to_uncaught_exception_handlers(same_as_node, tmp_path):
    program = tmp_path / "caught.mjs"
    program.write_text(
        'process.on("uncaughtException", (error, origin) => console.log("caught", error.message, origin));\n'
        'setTimeout(() => console.log("the program went on"), 50);\n'
        'await Promise.reject(new Error("early"));\n'
    )
    same_as_node(program)


@pytest.mark.parametrize("keeper", [
    "setInterval(() => {}, 1000);",
    'require("node:http").createServer(() => {}).listen(0, "127.0.0.1");',
])
def test_an_unhandled_failure_ends_the_program_while_handles_are_open(toyjs, tmp_path, keeper):
    program = tmp_path / "failed.mjs"
    keeper = keeper.replace('require("node:http")', "(await import('node:http')).default")
    program.write_text(f'{keeper}\nawait new Promise((_, reject) => setTimeout(() => reject(new Error("late")), 20));\n')
    result = toyjs("run", "--allow-net", program, timeout=20)
    assert result.code == 1
    assert "reject(new Error(\"late\")), 20));\n" in result.stderr
    assert "\n\nError: late\n    at " in result.stderr


def test_a_rejection_no_one_handles_goes_to_uncaught_exception_listeners(same_as_node, tmp_path):
    program = tmp_path / "loose.mjs"
    program.write_text(
        'process.on("uncaughtException", (error, origin) => console.log("caught", error.message, origin));\n'
        'Promise.reject(new Error("loose"));\n'
        'setTimeout(() => console.log("the program went on"), 20);\n'
    )
    same_as_node(program)
