"""node:path against node: the documented API of both flavours, then every function on
generated paths (separators, dots, drives, UNC and device roots, reserved names)."""

import pytest


@pytest.mark.parametrize("name", ["path.mjs", "path_generated.mjs"])
def test_same_output_as_node(toyjs, node, programs, name):
    folder = programs / "node"
    # resolve() reads the working directory, which needs read access in toyjs
    ours = toyjs("run", "--allow-read", folder / name, cwd=folder)
    theirs = node(folder / name, cwd=folder)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def test_resolve_needs_the_working_directory(toyjs, tmp_path):
    program = tmp_path / "resolve.mjs"
    program.write_text(
        'import path from "node:path";\n'
        'console.log(path.resolve("/a", "b"), path.join("x", "y"));\n'
        'try { path.resolve("relative"); } catch (error) { console.log(error.name); }\n'
    )
    denied = toyjs("run", program)
    assert denied.stdout == "/a/b x/y\nNotCapable\n"
    allowed = toyjs("run", "--allow-read", program, cwd=tmp_path)
    assert allowed.stdout == "/a/b x/y\n"


def test_matches_glob_is_not_there_yet(toyjs, tmp_path):
    program = tmp_path / "glob.mjs"
    program.write_text(
        'import { matchesGlob } from "node:path";\n'
        'try { matchesGlob("a", "*"); } catch (error) { console.log(error.code); }\n'
    )
    assert toyjs("run", program).stdout == "ERR_NOT_IMPLEMENTED\n"
