"""Programs whose output must equal node's, byte for byte."""

import shutil
import textwrap

import pytest
from conftest import error_head


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


ENDING_PROGRAMS = {
    # A promise one timer rejects, which another timer of the same batch would handle.
    "rejection_in_a_batch.mjs": """\
        setTimeout(() => { console.log("A"); globalThis.p = Promise.reject(new Error("in A")); }, 0);
        setTimeout(() => { console.log("B"); p.catch(() => {}); }, 0);
    """,
    # An error a microtask of one timer throws, with another timer due.
    "microtask_error_in_a_batch.mjs": """\
        setTimeout(() => { console.log("A"); queueMicrotask(() => { throw new Error("in A"); }); }, 0);
        setTimeout(() => console.log("B"), 0);
    """,
    # A timer that comes due while the task that left a rejection unhandled still runs.
    "rejection_then_a_due_timer.mjs": """\
        setTimeout(() => {
          setTimeout(() => console.log("B"), 1);
          Promise.reject(new Error("in A"));
          const start = Date.now();
          while (Date.now() - start < 30) {}
        }, 0);
    """,
    # The main module's rejection, handled too late by a timer.
    "rejection_handled_by_a_timer.mjs": """\
        const p = Promise.reject(new Error("main"));
        setTimeout(() => { console.log("timer"); p.catch(() => {}); }, 0);
        const start = Date.now();
        while (Date.now() - start < 30) {}
    """,
}


@pytest.mark.parametrize("name", ENDING_PROGRAMS)
def test_an_unhandled_error_ends_the_program_before_any_other_task(toyjs, node, tmp_path, name):
    """Node looks for unhandled rejections (and stops for a microtask's error) after each task,
    timers due together included: nothing else runs, however the timers fall."""
    program = tmp_path / name
    program.write_text(textwrap.dedent(ENDING_PROGRAMS[name]))
    ours, theirs = toyjs("run", program), node(program)
    assert theirs.code == 1 and "B" not in theirs.stdout and "timer" not in theirs.stdout
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout)
    assert error_head(ours.stderr) == error_head(theirs.stderr)
