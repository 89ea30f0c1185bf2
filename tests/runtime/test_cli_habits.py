"""Node's command-line habits: `toyjs FILE`, programs on standard input, --env-file, --watch."""

import os
import queue
import subprocess
import sys
import textwrap
import threading

import pytest


def write(folder, name, source):
    path = folder / name
    path.write_text(textwrap.dedent(source))
    return path


ARGV_PROGRAM = "console.log(process.argv.slice(2), typeof require, __filename, require('./lib.js'));\n"


def test_a_file_as_first_argument_runs_as_node_runs_it(toyjs, node, tmp_path):
    write(tmp_path, "app.js", ARGV_PROGRAM.replace("__filename", "require('path').basename(__filename)"))
    write(tmp_path, "lib.js", "module.exports = 'lib';\n")
    ours = toyjs("app.js", "--port", "1", cwd=tmp_path)
    theirs = node("app.js", "--port", "1", cwd=tmp_path)
    assert (ours.code, ours.stdout, ours.stderr) == (0, theirs.stdout, "")
    # permission flags and options still come before the file
    granted = toyjs("--allow-read", "--timeout", "30", "app.js", "x", cwd=tmp_path)
    assert granted.stdout == "[ 'x' ] function app.js lib\n"


def test_a_typescript_file_as_first_argument(toyjs, tmp_path):
    write(tmp_path, "app.ts", "const n: number = 2;\nconsole.log(n satisfies number);\n")
    assert toyjs("app.ts", cwd=tmp_path).stdout == "2\n"


def test_a_missing_file_as_first_argument(toyjs, tmp_path):
    result = toyjs("missing.js", cwd=tmp_path)
    assert result.code == 1
    assert f"Cannot find module '{tmp_path / 'missing.js'}'" in result.stderr


@pytest.mark.parametrize("arguments", [["-"], ["run", "-"], []], ids=["dash", "run-dash", "piped"])
def test_a_program_on_standard_input_is_a_commonjs_script(toyjs, node, tmp_path, arguments):
    write(tmp_path, "lib.js", "module.exports = 'lib';\n")
    extra = ["a", "b"] if arguments else []
    ours = toyjs(*arguments, *extra, cwd=tmp_path, stdin=ARGV_PROGRAM)
    theirs = node(*(arguments[-1:] or []), *extra, cwd=tmp_path, stdin=ARGV_PROGRAM)
    assert (ours.code, ours.stdout, ours.stderr) == (0, theirs.stdout, "")
    assert "function [stdin] lib" in ours.stdout


def test_standard_input_with_module_syntax_is_an_es_module(toyjs, tmp_path):
    write(tmp_path, "dep.mjs", "export const answer = 42;\n")
    program = "import { answer } from './dep.mjs';\nconsole.log(answer, typeof require, import.meta.url.endsWith('/[stdin]'));\n"
    result = toyjs("-", cwd=tmp_path, stdin=program)
    assert (result.code, result.stdout, result.stderr) == (0, "42 undefined true\n", "")


def test_an_error_in_a_program_on_standard_input(toyjs, tmp_path):
    result = toyjs(cwd=tmp_path, stdin="\nthrow new RangeError('from stdin');\n")
    assert result.code == 1
    assert result.stderr.startswith(
        "[stdin]:2\nthrow new RangeError('from stdin');\n^\n\n"
        "RangeError: from stdin\n    at Object.<anonymous> ([stdin]:2:7)"
    )


ENV_FILE = """\
# a comment
PLAIN=value
SPACED = spaced value
export EXPORTED=yes
INLINE=abc # a comment
DOUBLE="two\\nlines # kept"
SINGLE='raw \\n kept'
BACKQUOTED=`with "quotes" 'inside'`
MULTI="line1
line2"
EMPTY=
HASH=a#b
EQUALS=a=b
  INDENTED=ind
NO_EQUALS
KEPT=from the file
"""
ENV_NAMES = "PLAIN SPACED EXPORTED INLINE DOUBLE SINGLE BACKQUOTED MULTI EMPTY HASH EQUALS INDENTED NO_EQUALS KEPT".split()


def test_env_file_values_reach_process_env_as_node_24_reads_them(tmp_path):
    write(tmp_path, "app.env", ENV_FILE)
    write(tmp_path, "env.js", f"for (const k of {ENV_NAMES!r}) console.log(k, JSON.stringify(process.env[k]));\n")
    done = subprocess.run(
        [sys.executable, "-m", "toyjs", "run", "--allow-env", "--env-file=app.env", "env.js"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, env={**os.environ, "KEPT": "from the environment"},
    )
    # what Node 24 printed for the same file and program
    assert done.stdout == textwrap.dedent("""\
        PLAIN "value"
        SPACED "spaced value"
        EXPORTED "yes"
        INLINE "abc"
        DOUBLE "two\\nlines # kept"
        SINGLE "raw \\\\n kept"
        BACKQUOTED "with \\"quotes\\" 'inside'"
        MULTI "line1\\nline2"
        EMPTY ""
        HASH "a"
        EQUALS "a=b"
        INDENTED "ind"
        NO_EQUALS undefined
        KEPT "from the environment"
        """), done.stderr


def test_env_file_needs_no_read_permission_but_env_access_does(toyjs, tmp_path):
    write(tmp_path, "app.env", "GREETING=hello\n")
    write(tmp_path, "env.js", "console.log(process.env.GREETING);\n")
    assert toyjs("run", "--allow-env=GREETING", "--env-file", "app.env", "env.js", cwd=tmp_path).stdout == "hello\n"
    denied = toyjs("--env-file=app.env", "env.js", cwd=tmp_path)
    assert denied.code == 1
    assert 'Requires env access to "GREETING", run again with --allow-env' in denied.stderr


def test_a_missing_env_file_ends_the_command_as_node_does(toyjs, tmp_path):
    write(tmp_path, "env.js", "console.log('never');\n")
    result = toyjs("--env-file=missing.env", "env.js", cwd=tmp_path)
    assert (result.code, result.stdout, result.stderr) == (9, "", "toyjs: missing.env: not found\n")


def test_run_help_lists_every_flag_of_run(toyjs):
    result = toyjs("run", "--help")
    assert result.code == 0
    for flag in (
        "--allow-net", "--allow-read", "--allow-write", "--allow-env", "--allow-run", "--allow-all",
        "--timeout", "--heap-limit", "--v8-flags", "--env-file", "--watch",
    ):
        assert flag in result.stdout


class Lines:
    """A child's stdout, line by line, read on a thread (waits are bounded, never timed)."""

    def __init__(self, stream):
        self._queue = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            self._queue.put(line.rstrip("\n"))

    def until(self, last):
        taken = []
        while not taken or taken[-1] != last:
            taken.append(self._queue.get(timeout=60))
        return taken


def test_watch_runs_again_when_a_loaded_file_changes(tmp_path):
    write(tmp_path, "app.mjs", "import { version } from './dep.mjs';\nconsole.log('run', version);\n")
    dep = write(tmp_path, "dep.mjs", "export const version = 1;\n")
    watcher = subprocess.Popen(
        [sys.executable, "-m", "toyjs", "run", "--watch", "app.mjs"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = Lines(watcher.stdout)
        waiting = "Completed running 'app.mjs'. Waiting for file changes before restarting..."
        assert lines.until(waiting) == ["run 1", waiting]
        dep.write_text("export const version = 2;\n")
        assert lines.until(waiting) == [
            f"Change detected in '{dep}'", "Restarting 'app.mjs'", "run 2", waiting,
        ]
        write(tmp_path, "app.mjs", "throw new Error('broken');\n")
        failed = "Failed running 'app.mjs'. Waiting for file changes before restarting..."
        assert lines.until(failed) == [f"Change detected in '{tmp_path / 'app.mjs'}'", "Restarting 'app.mjs'", failed]
    finally:
        watcher.terminate()
        watcher.wait(timeout=60)
    assert "throw new Error('broken');\n      ^\n\nError: broken\n" in watcher.stderr.read()


def test_flags_after_the_file_are_the_programs(toyjs, tmp_path):
    write(tmp_path, "app.js", "console.log(process.argv.slice(2));\n")
    result = toyjs("app.js", "--watch", "--env-file=x", cwd=tmp_path)
    assert (result.code, result.stdout) == (0, "[ '--watch', '--env-file=x' ]\n")


def test_watch_needs_a_file(toyjs, tmp_path):
    result = toyjs("run", "--watch", "-", cwd=tmp_path, stdin="console.log(1)")
    assert (result.code, result.stdout) == (9, "")
    assert "--watch needs a file" in result.stderr
