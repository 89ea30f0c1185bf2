"""Node's built-ins as a whole: the same list as node's, under node: and bare names, from both
module systems; one toyjs does not have yet loads and throws ERR_NOT_IMPLEMENTED when used."""

import textwrap


def test_the_list_of_built_ins_is_nodes(toyjs, node, tmp_path):
    program = tmp_path / "list.js"
    program.write_text("console.log(JSON.stringify(require('module').builtinModules));\n")
    ours, theirs = toyjs("run", program), node(program)
    assert ours.stdout == theirs.stdout and ours.code == 0


def test_a_built_in_not_there_yet_loads_and_names_itself_when_called(toyjs, tmp_path):
    program = tmp_path / "placeholder.js"
    program.write_text(textwrap.dedent("""\
        const dgram = require("node:dgram");
        const { createServer } = require("http");
        console.log(typeof dgram.createSocket, typeof createServer, require("dgram") === dgram);
        try { dgram.createSocket("udp4"); } catch (error) { console.log(error.code, error.message); }
        import("node:zlib").then((zlib) => console.log(typeof zlib.default.gzipSync));
    """))
    result = toyjs("run", program)
    assert (result.code, result.stdout) == (
        0,
        "function function true\n"
        "ERR_NOT_IMPLEMENTED dgram.createSocket is not implemented in toyjs yet\n"
        "function\n",
    ), result.stderr


def test_unknown_node_scheme_is_an_error_and_a_bare_unknown_name_a_package(toyjs, tmp_path):
    program = tmp_path / "unknown.mjs"
    program.write_text(textwrap.dedent("""\
        for (const name of ["node:nope", "nope"]) {
          try { await import(name); } catch (error) { console.log(error.code); }
        }
    """))
    result = toyjs("run", "--allow-read", program)
    assert result.stdout == "ERR_UNKNOWN_BUILTIN_MODULE\nERR_MODULE_NOT_FOUND\n", result.stderr


def test_module_wrapper_and_get_builtin_module_as_node(toyjs, node, tmp_path):
    program = tmp_path / "module_api.js"
    program.write_text(
        "const Module = require('module');\n"
        "console.log(JSON.stringify(Module.wrapper), Module.wrap('body'), Array.isArray(Module.globalPaths));\n"
        "console.log(process.getBuiltinModule('node:nope'), process.getBuiltinModule('path') === require('node:path'));\n"
        "console.log(Module === Module.Module, typeof Module.createRequire, Module.isBuiltin('node:fs'));\n"
    )
    ours, theirs = toyjs("run", program), node(program)
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout) == (0, theirs.stdout)


def test_built_in_named_imports_follow_sync_builtin_esm_exports(same_as_node, programs):
    same_as_node(programs / "node" / "builtin_esm_sync.mjs")
