"""node:console against node: the module is the global console, and Console instances write
through any object with a write method (warnings for unknown labels are process warnings)."""

from conftest import assert_same_as_node


def test_console_as_node(toyjs, node, programs):
    program = programs / "node" / "console.mjs"
    ours = toyjs("run", program, cwd=program.parent)
    theirs = node(program, cwd=program.parent)
    assert_same_as_node(ours, theirs)


def test_console_class_is_on_the_global_console_before_the_module_loads(toyjs, tmp_path):
    program = tmp_path / "global.cjs"
    program.write_text(
        "const lines = [];\n"
        "const own = new console.Console({ write: (text) => lines.push(text) });\n"
        "own.log('%d items', 3); own.group('g'); own.warn({ a: 1 });\n"
        "console.log(JSON.stringify(lines), require('console').Console === console.Console);\n"
    )
    assert toyjs("run", program).stdout == '["3 items\\n","g\\n","  { a: 1 }\\n"] true\n'


def test_a_program_replacing_the_global_console_does_not_change_the_module(toyjs, tmp_path):
    program = tmp_path / "replaced.mjs"
    program.write_text(
        "const original = console;\n"
        "globalThis.console = { log() {} };\n"
        'const { default: exported } = await import("node:console");\n'
        "original.log(exported === original);\n"
    )
    assert toyjs("run", program).stdout == "true\n"
