"""node:worker_threads against node: workerData and messages both ways, ArrayBuffer transfer, a
MessageChannel between two workers, an uncaught error ('error', then 'exit' 1),
process.exit(3) in a worker, terminate(), eval workers, CommonJS and ES module worker files,
receiveMessageOnPort, errors in Worker's arguments, and an unref'd worker letting the
program end."""



def test_same_output_as_node(same_as_node, programs):
    same_as_node(programs / "node" / "worker_threads" / "main.mjs", "--allow-read")


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


def test_untransferable_buffers_are_reported_and_copied(toyjs, tmp_path):
    """As Node 24 reports them (node 20 has no isMarkedAsUntransferable): Buffer's pool is
    marked by the runtime, a buffer the program marks is too, and a transfer list naming a
    marked buffer copies it (node 20's behaviour) instead of detaching it."""
    main = tmp_path / "main.mjs"
    main.write_text(
        "import { isMarkedAsUntransferable, markAsUntransferable } from 'node:worker_threads';\n"
        "const own = new ArrayBuffer(4);\n"
        "markAsUntransferable(own);\n"
        "const copy = structuredClone(own, { transfer: [own] });\n"
        "console.log(isMarkedAsUntransferable(Buffer.from('abc').buffer), isMarkedAsUntransferable(own),\n"
        "  isMarkedAsUntransferable(new ArrayBuffer(1)), isMarkedAsUntransferable(7), own.byteLength, copy.byteLength);\n"
    )
    assert toyjs("run", main, cwd=tmp_path).stdout == "true true false false 4 4\n"
