"""`process` as Node's EventEmitter: 'exit', 'beforeExit' (which may start more work),
'uncaughtException', 'unhandledRejection', 'warning' and emitWarning, compared with node."""

from conftest import NODE_PID


def test_process_events_as_node(toyjs, node, programs):
    program = programs / "node" / "process_events.js"
    ours, theirs = toyjs("run", program), node(program)
    assert theirs.code == 3
    assert (ours.code, ours.stdout, NODE_PID.sub("(node:PID)", ours.stderr)) == (
        theirs.code, theirs.stdout, NODE_PID.sub("(node:PID)", theirs.stderr)
    )


def test_an_exit_listener_may_change_the_exit_code(toyjs, tmp_path):
    program = tmp_path / "exit.js"
    program.write_text("process.on('exit', (code) => { console.log('exiting', code); process.exitCode = 4; });\n")
    result = toyjs("run", program)
    assert (result.code, result.stdout) == (4, "exiting 0\n")


def test_process_exit_inside_a_beforeexit_listener_ends_the_program(toyjs, tmp_path):
    program = tmp_path / "before.js"
    program.write_text("process.on('beforeExit', () => { console.log('once'); process.exit(5); });\n")
    result = toyjs("run", program)
    assert (result.code, result.stdout) == (5, "once\n")


def test_buffer_and_global_are_globals_as_in_node(toyjs, node, tmp_path):
    # ...and the enumerable globals are node's, in node's order.
    program = tmp_path / "globals.js"
    program.write_text(
        "console.log(global === globalThis, typeof Buffer, Buffer.from('hi').toString('hex'));\n"
        "console.log(Object.getOwnPropertyDescriptor(globalThis, 'Buffer').get !== undefined, Buffer.from('héllo'));\n"
        "Buffer = 5; console.log(Buffer);\n"
        # (navigator, which node 20 lacks, is last in Node 21 and later: compared without it here)
        "console.log(Object.keys(globalThis).filter((key) => key !== 'navigator').join());\n"
        "for (const name of ['process', 'Buffer', 'console', 'URL', 'TextEncoder', 'global'])\n"
        "  console.log(name, Object.getOwnPropertyDescriptor(globalThis, name)?.enumerable);\n"
    )
    ours, theirs = toyjs("run", program), node(program)
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout) == (0, theirs.stdout)
    last = toyjs("eval", "console.log(Object.keys(globalThis).at(-1))")
    assert last.stdout.startswith("navigator\n")


def test_process_fields_packages_read(toyjs, tmp_path):
    program = tmp_path / "fields.js"
    program.write_text(
        "console.log(process.release.name, Array.isArray(process.execArgv), typeof process.umask(), process.ppid > 0);\n"
        "console.log(Object.keys(process.memoryUsage()).join(), typeof process.memoryUsage.rss(), process.uptime() < 60);\n"
        "console.log(process.getBuiltinModule('node:path') === require('path'), process.getBuiltinModule('nope'));\n"
        "process.chdir('sub'); console.log(process.cwd().endsWith('/sub'), require('path').resolve('x').endsWith('/sub/x'));\n"
        "try { process.chdir('/no/such/folder'); } catch (error) { console.log(error.code); }\n"
    )
    (tmp_path / "sub").mkdir()
    result = toyjs("run", "--allow-read", program, cwd=tmp_path)
    assert (result.code, result.stdout) == (0, (
        "node true number true\n"
        "rss,heapTotal,heapUsed,external,arrayBuffers number true\n"
        "true undefined\n"
        "true true\n"
        "ENOENT\n"
    )), result.stderr


def test_chdir_is_the_runtimes_own(tmp_path):
    import os

    import toyjs

    before = os.getcwd()
    with toyjs.Runtime(permissions=toyjs.Permissions(read=True)) as rt:
        assert rt.eval(f"process.chdir({str(tmp_path)!r}); process.cwd()") == str(tmp_path)
    assert os.getcwd() == before
