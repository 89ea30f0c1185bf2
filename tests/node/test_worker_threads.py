"""node:worker_threads against node: workerData and messages both ways, ArrayBuffer transfer, a
MessageChannel between two workers, an uncaught error ('error', then 'exit' 1),
process.exit(3) in a worker, terminate(), eval workers, CommonJS and ES module worker files,
receiveMessageOnPort, errors in Worker's arguments, and an unref'd worker letting the
program end."""

from conftest import assert_same_as_node


def test_same_output_as_node(toyjs, node, programs):
    folder = programs / "node" / "worker_threads"
    ours = toyjs("run", "--allow-read", folder / "main.mjs", cwd=folder)
    theirs = node(folder / "main.mjs", cwd=folder)
    assert_same_as_node(ours, theirs)


def test_worker_file_needs_read_permission(toyjs, programs, tmp_path):
    """The worker's file loads by the module loader's rules: a file outside the program's static
    graph needs read permission, which the worker inherits from its parent."""
    folder = programs / "node" / "worker_threads"
    main = tmp_path / "main.cjs"
    main.write_text(
        "const { Worker } = require('node:worker_threads');\n"
        f"const worker = new Worker({str(folder / 'thrower.cjs')!r});\n"
        "worker.on('error', (error) => console.log('error:', error.name));\n"
        "worker.on('exit', (code) => console.log('exit:', code));\n"
    )
    denied = toyjs("run", main, cwd=tmp_path)
    assert denied.stdout == "error: NotCapable\nexit: 1\n"
    allowed = toyjs("run", "--allow-read", main, cwd=tmp_path)
    assert allowed.stdout == "error: RangeError\nexit: 1\n"
