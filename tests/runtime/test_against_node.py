"""Programs whose output must equal node's, byte for byte."""

import shutil

import pytest


@pytest.mark.parametrize("name", ["ordering.mjs", "timer_queues.mjs", "inspect.mjs", "inspect_layout.mjs", "library.mjs"])
def test_same_output_as_node(toyjs, node, programs, name):
    ours = toyjs("run", programs / name, cwd=programs)
    theirs = node(programs / name, cwd=programs)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def test_module_graph_as_node(toyjs, node, programs, tmp_path, import_attributes):
    graph = programs / "modules"
    if import_attributes != "with":  # an engine older than import attributes: the same graph
        graph = shutil.copytree(graph, tmp_path / "modules")
        main = graph / "main.mjs"
        main.write_text(main.read_text().replace('with { type: "json" }', f'{import_attributes} {{ type: "json" }}'))
    # main.mjs also import()s its own files, outside its static graph: that needs read access
    ours = toyjs("run", "--allow-read", graph / "main.mjs", cwd=graph.parent)
    theirs = node(programs / "modules" / "main.mjs", cwd=programs)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


# The first three import() only modules of their static graph, which needs no permission;
# err.mjs imports files outside it, which needs read access.
@pytest.mark.parametrize(
    ("name", "flags"), [("self.mjs", []), ("graph.mjs", []), ("tla.mjs", []), ("err.mjs", ["--allow-read"])]
)
def test_dynamic_import_of_modules_being_evaluated_as_node(toyjs, node, programs, name, flags):
    # import() links and evaluates in a later job, as the spec says: evaluating a module of the
    # running graph again, from inside it, once aborted V8.
    folder = programs / "dynamic_import"
    ours = toyjs("run", *flags, folder / name, cwd=folder)
    theirs = node(folder / name, cwd=folder)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


@pytest.mark.parametrize(
    "code",
    [
        "[1, 2, 3].map((x) => x * 2)",
        "({ a: new Map([[1, { b: [1, 2] }]]) })",
        "'plain string'",
        "undefined",
        "Promise.resolve(5)",
        "setTimeout(() => console.log('after'), 1); 'before'",
    ],
)
def test_eval_prints_like_node_p(toyjs, node, code):
    ours = toyjs("eval", code)
    theirs = node("-p", code)
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout)
