"""CommonJS and its interop with ES modules, compared with node byte for byte; and the
permission rule for require(): literal requires of the program's own modules are its static
graph (free, as static imports are); anything else needs read access."""

import textwrap

import pytest


def test_commonjs_program_as_node(toyjs, node, programs):
    folder = programs / "commonjs"
    ours = toyjs("run", "--allow-read", folder / "main.js", cwd=folder)
    theirs = node(folder / "main.js", cwd=folder)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def write_program(tmp_path, files):
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return tmp_path


def test_literal_requires_are_the_programs_own_graph(toyjs, tmp_path):
    app = write_program(tmp_path, {
        "app/main.js": """\
            const { greet } = require("./greet");
            const settings = require("./settings.json");
            console.log(greet(settings.name));
            const name = "../secret/" + "key.js";
            try { require(name); } catch (error) { console.log(error.name); }
        """,
        "app/greet.js": "exports.greet = (who) => `hello ${require('./punctuation').mark(who)}`;\n",
        "app/punctuation.js": "exports.mark = (text) => text + '!';\n",
        "app/settings.json": '{"name": "world"}\n',
        "secret/key.js": "module.exports = 'hunter2';\n",
    })
    result = toyjs("run", app / "app/main.js")
    assert (result.code, result.stdout) == (0, "hello world!\nNotCapable\n"), result.stderr
    granted = toyjs("run", "--allow-read", app / "app/main.js")
    assert granted.stdout == "hello world!\n"  # the secret module loads, and throws nothing


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("console.log(typeof require, typeof module);\n", "function object\n"),
        ("import { isBuiltin } from 'node:module';\nconsole.log(typeof require);\n", "undefined\n"),
        ("const x = await Promise.resolve(5);\nconsole.log(x, typeof require);\n", "5 undefined\n"),
    ],
    ids=["commonjs", "import-syntax", "top-level-await"],
)
def test_a_js_file_without_package_type_runs_by_its_syntax(toyjs, tmp_path, source, expected):
    # Node 24's detection: ES module syntax (import/export, import.meta, top-level await)
    # makes a typeless .js file an ES module; anything else is CommonJS.
    main = tmp_path / "main.js"
    main.write_text(source)
    result = toyjs("run", main)
    assert (result.code, result.stdout) == (0, expected), result.stderr


def test_package_type_decides_for_js_files(toyjs, tmp_path):
    app = write_program(tmp_path, {
        "package.json": '{"type": "module"}\n',
        "main.js": "import { value } from './dep.cjs';\nconsole.log(value, typeof require);\n",
        "dep.cjs": "exports.value = 'from cjs';\n",
    })
    result = toyjs("run", app / "main.js")
    assert (result.code, result.stdout) == (0, "from cjs undefined\n"), result.stderr


def test_require_of_an_es_module_with_top_level_await_fails_as_in_node_24(toyjs, tmp_path):
    app = write_program(tmp_path, {
        "main.cjs": "try { require('./tla.mjs'); } catch (error) { console.log(error.code); }\n",
        "tla.mjs": "await null;\nexport const late = 1;\n",
    })
    result = toyjs("run", app / "main.cjs")
    assert result.stdout == "ERR_REQUIRE_ASYNC_MODULE\n", result.stderr


def test_errors_keep_the_files_own_lines(toyjs, tmp_path):
    main = tmp_path / "main.js"
    main.write_text("#!/usr/bin/env node\nconst a = 1;\nnull.boom;\n")
    result = toyjs("run", main)
    assert result.code == 1
    assert f"at Object.<anonymous> ({main}:3:6)" in result.stderr


def test_timeouts_are_nodes_objects(toyjs, node, tmp_path):
    program = tmp_path / "timeouts.js"
    program.write_text(textwrap.dedent("""\
        const idle = setTimeout(() => console.log("never"), 100000);
        console.log(typeof idle, idle.hasRef(), idle.unref() === idle, idle.hasRef(), typeof +idle);
        let ticks = 0;
        const interval = setInterval(() => { console.log("tick"); if (++ticks === 2) clearInterval(interval); }, 5);
        const later = setTimeout(() => console.log("refreshed, then fired"), 30);
        setTimeout(() => later.refresh(), 20);
        const byNumber = setTimeout(() => console.log("cleared by number"), 1);
        clearTimeout(+byNumber);
        setTimeout(() => console.log("closed"), 1).close();
    """))
    ours, theirs = toyjs("run", program), node(program)
    assert theirs.code == 0
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def test_python_requires_a_package_and_imports_a_module(tmp_path):
    import toyjs

    folder = write_program(tmp_path, {
        "node_modules/counter/package.json": '{"name": "counter", "main": "lib.js"}\n',
        "node_modules/counter/lib.js": """\
            class Counter { constructor() { this.n = 0; } add(k) { this.n += k; return this; } }
            module.exports = { Counter, make: () => new Counter() };
        """,
        "shapes.mjs": "export const square = (x) => x * x;\n",
    })
    with toyjs.Runtime(permissions=toyjs.Permissions(read=[str(folder)])) as rt:
        counter = rt.require("counter", base=folder)
        assert counter.make().add(2).add(3).n == 5  # methods keep their `this`
        assert rt.import_module("./shapes.mjs", base=folder)["square"](7) == 49
        assert rt.require("node:path").join("a", "b") == "a/b"
    with toyjs.Runtime() as rt, pytest.raises(toyjs.JSError, match="NotCapable"):
        rt.require("counter", base=folder)


def test_a_missing_named_export_of_commonjs_is_explained_as_node_does(toyjs, node, tmp_path):
    app = write_program(tmp_path, {
        "math.cjs": "module.exports = { add: (a, b) => a + b, sub: (a, b) => a - b };\n",
        "main.mjs": 'import x from "./math.cjs";\nimport { add, sub as minus } from "./math.cjs";\nconsole.log(add);\n',
    })
    ours, theirs = toyjs("run", app / "main.mjs"), node(app / "main.mjs")
    message = theirs.stderr[theirs.stderr.index("SyntaxError: "):theirs.stderr.index("\n    at ")]
    assert message.startswith("SyntaxError: Named export 'add' not found.")
    assert ours.code == theirs.code == 1
    excerpt = theirs.stderr[: theirs.stderr.index("SyntaxError: ")]  # the import, with carets
    assert ours.stderr.startswith(f"{excerpt}{message}\n    at {(app / 'main.mjs').as_uri()}:2:10")


def test_a_missing_named_export_found_by_import_is_explained_as_node_does(toyjs, node, tmp_path):
    app = write_program(tmp_path, {
        "math.cjs": "exports.add = (a, b) => a + b;\n",
        "uses.mjs": 'import { add, sub } from "./math.cjs";\n',
        "main.mjs": """\
            for (let attempt = 0; attempt < 2; attempt++) {
              try { await import("./uses.mjs"); } catch (error) { console.log(error.name, error.message); }
            }
        """,
    })
    ours, theirs = toyjs("run", "--allow-read", app / "main.mjs"), node(app / "main.mjs")
    assert "Named export 'sub' not found" in theirs.stdout
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout)
