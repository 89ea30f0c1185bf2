"""`process` as Node's EventEmitter: 'exit', 'beforeExit' (which may start more work),
'uncaughtException', 'unhandledRejection', 'warning' and emitWarning, compared with node."""

import re


def without_pids(text):
    return re.sub(r"\(node:\d+\)", "(node:PID)", text)


def test_process_events_as_node(toyjs, node, programs):
    program = programs / "node" / "process_events.js"
    ours, theirs = toyjs("run", program), node(program)
    assert theirs.code == 3
    assert (ours.code, ours.stdout, without_pids(ours.stderr)) == (theirs.code, theirs.stdout, without_pids(theirs.stderr))


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
    program = tmp_path / "globals.js"
    program.write_text(
        "console.log(global === globalThis, typeof Buffer, Buffer.from('hi').toString('hex'));\n"
        "console.log(Object.getOwnPropertyDescriptor(globalThis, 'Buffer').get !== undefined, Buffer.from('héllo'));\n"
        "Buffer = 5; console.log(Buffer);\n"
    )
    ours, theirs = toyjs("run", program), node(program)
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout) == (0, theirs.stdout)
