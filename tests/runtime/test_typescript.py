"""TypeScript files run by type erasure, as Node 24 runs them.

The programs are in tests/programs/typescript; each ``NAME.out`` beside one is what Node 24
printed for it (``node NAME`` in its folder, exit code 0): node on the test machines is older
and strips no types, so its output is kept. Programs print no paths, so the files hold.
"""

import subprocess
import sys
import textwrap

import pytest

from toyjs.host.typescript import strip_types

TYPESCRIPT = "typescript"


@pytest.mark.parametrize(
    "program",
    ["erasable.ts", "unsupported.mjs", "stack.ts", "commonjs_package/main.ts"],
)
def test_output_is_node_24s(toyjs, programs, program):
    path = programs / TYPESCRIPT / program
    result = toyjs("run", "--allow-read", path.name, cwd=path.parent)
    expected = path.with_name(path.name + ".out").read_text()
    assert (result.code, result.stderr, result.stdout) == (0, "", expected)


def test_every_line_and_column_stays_where_it_was():
    source = textwrap.dedent("""\
        function pick<T extends object, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }
        const value: Array<{ deep: string }> = [];
        class A<T> implements B<T> { private readonly x?: number = 1; }
        type Multi = {
          a: 1;
        };
        const arrow = (a: number):
          Promise<void> => a as any;
        export { pick };
        """)
    erased = strip_types(source, "file:///x.ts")
    assert erased.split("\n") == [
        "function pick                                     (o   , k   )       { return o[k]; }",
        "const value                          = [];",
        "class A                    {                  x          = 1; }",
        ";             ",  # (a statement of its own: what follows must not join the class)
        "       ",
        "  ",
        "const arrow = (a          ",
        "              ) => a       ;",  # no line break may come before =>
        "export { pick };",
        "",
    ]


def test_a_non_ascii_type_keeps_the_columns_of_what_follows():
    source = 'let s: "é😀" = "x"; console.log(s);\n'
    erased = strip_types(source, "file:///x.ts")
    # V8 counts columns in UTF-16 units: the emoji is two, its blank is two spaces
    assert erased.index("=") == len('let s: "é') + 2 + 2
    assert erased.strip().startswith("let s") and erased.endswith('"x"; console.log(s);\n')


def test_an_unsupported_construct_is_reported_with_its_file_and_line(toyjs, tmp_path):
    (tmp_path / "main.ts").write_text("import './colors.ts';\n")
    (tmp_path / "colors.ts").write_text("const first: number = 1;\nenum Color { Red }\nconsole.log(first);\n")
    result = toyjs("run", tmp_path / "main.ts")
    assert result.code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{(tmp_path / 'colors.ts').as_uri()}:2\n"
        "enum Color { Red }\n"
        "^^^^^^^^^^^^^^^^^^\n\n"
        "SyntaxError [ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX]: TypeScript enum is not supported in strip-only mode\n"
    )


def test_a_parameter_property_in_the_main_commonjs_file(toyjs, tmp_path):
    main = tmp_path / "main.cts"
    main.write_text("class P {\n  constructor(public x: number) {}\n}\n")
    result = toyjs("run", main)
    assert result.code == 1
    assert result.stderr.startswith(f"{main.as_uri()}:2\n  constructor(public x: number) {{}}\n              ^^^^^^^^^^^^^^^^\n\n")
    assert result.stderr.endswith(
        "\n\nSyntaxError [ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX]: "
        "TypeScript parameter property is not supported in strip-only mode\n"
    )


def test_no_types_are_stripped_under_node_modules(toyjs, tmp_path):
    package = tmp_path / "node_modules" / "typed"
    package.mkdir(parents=True)
    (package / "package.json").write_text('{ "name": "typed", "main": "index.ts" }')
    (package / "index.ts").write_text("export const a: number = 1;\n")
    (tmp_path / "main.mjs").write_text(
        "try { await import('typed'); } catch (e) { console.log(e.code, e.message.replace(process.cwd(), '.')); }\n"
    )
    result = toyjs("run", "--allow-read", "main.mjs", cwd=tmp_path)
    assert result.stdout == (
        "ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING Stripping types is currently unsupported for files"
        ' under node_modules, for "./node_modules/typed/index.ts"\n'
    )


def test_a_program_without_typescript_does_not_load_the_parser(tmp_path):
    (tmp_path / "app.js").write_text("console.log('plain');\n")
    (tmp_path / "app.ts").write_text("console.log('typed' as string);\n")
    program = textwrap.dedent(f"""\
        import sys
        from toyjs.cli.main import main
        main(["run", {str(tmp_path / "app.js")!r}])
        print("tree_sitter" in sys.modules)
        main(["run", {str(tmp_path / "app.ts")!r}])
        print("tree_sitter" in sys.modules)
        """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.stdout == "plain\nFalse\ntyped\nTrue\n", done.stderr


def test_bytes_that_are_not_utf8_are_replaced_as_node_does(toyjs, node, tmp_path):
    for name in ("app.js", "app.ts"):
        (tmp_path / name).write_bytes(b'let a = "\xff\xfe";\nconsole.log(a.length, a.charCodeAt(0));\n')
    theirs = node("app.js", cwd=tmp_path)
    for name in ("app.js", "app.ts"):
        ours = toyjs(name, cwd=tmp_path)
        assert (ours.code, ours.stdout, ours.stderr) == (0, theirs.stdout, "")


def test_a_deeply_nested_file_is_erased_in_one_pass():
    """The walk keeps each node's parent itself: tree-sitter's own lookup of a parent walks
    down from the root, which made 50,000 nested parentheses take minutes."""
    depth = 50_000
    source = "const x: number = " + "(" * depth + "1 as number" + ")" * depth + ";\n"
    erased = strip_types(source, "file:///deep.ts")
    assert erased == "const x         = " + "(" * depth + "1          " + ")" * depth + ";\n"
