"""The `toyjs` command: exit codes, error reports, arguments, the REPL."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

import toyjs


def write(tmp_path, name, source):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source))
    return path


@pytest.mark.parametrize("name", ["app.mjs", "app.js"])
def test_uncaught_error_exits_1_with_js_stack(toyjs, tmp_path, name):
    app = write(tmp_path, name, """\
        console.log("before");
        function fail() {
          throw new TypeError("bad thing");
        }
        fail();
        """)
    result = toyjs("run", app)
    assert result.code == 1
    assert result.stdout == "before\n"
    # an ES module is named by its URL, a CommonJS one (app.js here) by its path, as in Node;
    # the carets mark the throw, or for a module's failure where the error was created
    where = app.as_uri() if name == "app.mjs" else str(app)
    caret = "        ^" if name == "app.mjs" else "  ^"
    excerpt = f'{where}:3\n  throw new TypeError("bad thing");\n{caret}\n\n'
    assert result.stderr.startswith(excerpt + "TypeError: bad thing\n")
    assert f"at fail ({where}:3:9)" in result.stderr
    assert "Traceback" not in result.stderr


def test_uncaught_error_in_a_timer(toyjs, tmp_path):
    app = write(tmp_path, "app.js", "setTimeout(() => { throw new RangeError('late') }, 1);\nsetTimeout(() => console.log('never'), 50);\n")
    result = toyjs("run", app)
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr.startswith(
        f"{app}:1\nsetTimeout(() => {{ throw new RangeError('late') }}, 1);\n                   ^\n\nRangeError: late\n"
    )


def test_thrown_non_errors(toyjs, tmp_path):
    app = write(tmp_path, "app.js", "throw 42;\n")
    result = toyjs("run", app)
    assert result.code == 1
    assert result.stderr == f"\n{app}:1\nthrow 42;\n^\n42\n"


def test_unhandled_rejection_exits_1(toyjs, tmp_path):
    app = write(tmp_path, "app.js", """\
        Promise.reject(new Error("nobody listens"));
        setTimeout(() => console.log("never printed"), 20);
        """)
    result = toyjs("run", app)
    assert result.code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        f'{app}:1\nPromise.reject(new Error("nobody listens"));\n               ^\n\nError: nobody listens\n'
    )


def test_rejection_handled_before_microtasks_drain_is_fine(toyjs, tmp_path):
    app = write(tmp_path, "app.js", """\
        const p = Promise.reject(new Error("handled later in the same turn"));
        Promise.resolve().then(() => p.catch((e) => console.log("caught:", e.message)));
        """)
    result = toyjs("run", app)
    assert (result.code, result.stdout, result.stderr) == (0, "caught: handled later in the same turn\n", "")


def test_rejection_of_awaited_top_level_promise(toyjs, tmp_path):
    app = write(tmp_path, "app.js", "await new Promise((_, reject) => setTimeout(() => reject(new Error('tla failed')), 1));\n")
    result = toyjs("run", app)
    assert result.code == 1
    assert "Error: tla failed" in result.stderr


def test_process_exit_code_and_exit(toyjs, tmp_path):
    assert toyjs("run", write(tmp_path, "a.js", "process.exitCode = 4;\n")).code == 4
    result = toyjs("run", write(tmp_path, "b.js", "console.log('x'); process.exit(7); console.log('not reached');\n"))
    assert (result.code, result.stdout) == (7, "x\n")
    result = toyjs("run", write(tmp_path, "c.js", "setTimeout(() => process.exit(3), 1); setInterval(() => {}, 1000);\n"))
    assert result.code == 3


def test_argv_and_process_basics(toyjs, tmp_path):
    app = write(tmp_path, "app.js", """\
        console.log(JSON.stringify(process.argv.slice(2)), process.argv[1].endsWith("app.js"));
        console.log(process.platform, typeof process.env.PATH, process.cwd() === process.env.PWD_CHECK);
        process.env.TOYJS_SET = 1; delete process.env.PATH;
        console.log(process.env.TOYJS_SET, typeof process.env.TOYJS_SET, "PATH" in process.env, Object.keys(process.env).includes("TOYJS_SET"));
        """)
    result = toyjs("run", "--allow-env", "--allow-read", app, "one", "--two", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0] == '["one","--two"] true'
    assert lines[1].startswith("linux string")
    assert lines[2] == "1 string false true"  # a program sets and deletes variables, as in Node


def test_unsettled_top_level_await_exits_13(toyjs, tmp_path):
    result = toyjs("run", write(tmp_path, "app.js", "await new Promise(() => {});\nconsole.log('never');\n"))
    assert result.code == 13
    assert "unsettled top-level await" in result.stderr


def test_missing_module_names_file_and_specifier(toyjs, tmp_path):
    app = write(tmp_path, "app.js", "import './nowhere.js';\n")
    result = toyjs("run", app)
    assert result.code == 1
    assert "nowhere.js" in result.stderr and str(tmp_path) in result.stderr


def test_missing_export_names_the_export(toyjs, tmp_path):
    write(tmp_path, "lib.js", "export const a = 1;\n")
    result = toyjs("run", write(tmp_path, "app.js", "import { b } from './lib.js';\n"))
    assert result.code == 1
    assert "SyntaxError" in result.stderr and "'b'" in result.stderr and "lib.js" in result.stderr


def test_syntax_error_names_file_and_line(toyjs, tmp_path):
    write(tmp_path, "broken.js", "export const ok = 1;\nexport const = 2;\n")
    result = toyjs("run", write(tmp_path, "app.js", "import './broken.js';\n"))
    assert result.code == 1
    assert "SyntaxError" in result.stderr
    assert f"{(tmp_path / 'broken.js').as_uri()}:2" in result.stderr


def test_missing_main_file(toyjs, tmp_path):
    result = toyjs("run", tmp_path / "absent.js")
    assert result.code == 1
    assert "absent.js" in result.stderr and "Traceback" not in result.stderr


def test_version_and_help(toyjs):
    version = toyjs("--version")
    assert version.code == 0 and version.stdout.startswith(f"toyjs {toyjs_version()}")
    help_text = toyjs("--help")
    assert help_text.code == 0 and "run" in help_text.stdout and "eval" in help_text.stdout


def toyjs_version():
    return toyjs.__version__


def test_the_version_names_the_v8_that_runs(toyjs):
    engine = toyjs_package_v8()
    assert int(engine.split(".")[0]) in (10, 11, 13)
    assert f"(V8 {engine})" in toyjs("--version").stdout
    assert toyjs("eval", "process.versions.v8").stdout.strip() == engine


def toyjs_package_v8():
    return toyjs.V8_VERSION


def test_eval_exit_code_and_errors(toyjs):
    assert toyjs("eval", "process.exitCode = 2; 1").code == 2
    result = toyjs("eval", "null.x")
    assert result.code == 1 and result.stderr.startswith("[eval]:1\nnull.x\n     ^\n\nTypeError: ")


def test_heap_limit_option(toyjs, tmp_path):
    app = write(tmp_path, "app.js", "const hog = []; while (true) hog.push({ n: hog.length });\n")
    result = toyjs("run", "--heap-limit", "32", app)
    assert result.code == 1
    assert "out of memory" in result.stderr


def test_v8_flags_reach_v8_and_a_cleared_timer_lets_go_of_its_callback(toyjs, node, tmp_path):
    # --expose-gc reaches V8 only through --v8-flags; with it, what a cleared long timer's
    # callback held is collectable at once (it used to wait in the timers' queue until the
    # timer would have been due), in node too.
    app = write(tmp_path, "app.js", """\
        let ref;
        setTimeout(() => {}, 60000).unref(); // first in the queue of 60 s timers: it stays
        (() => {
          const held = { big: new Array(1000).fill(1) };
          ref = new WeakRef(held);
          clearTimeout(setTimeout(() => held, 60000));
        })();
        setTimeout(() => {
          gc();
          console.log(typeof gc, ref.deref() === undefined);
        }, 1);
        """)
    result = toyjs("run", "--v8-flags=--expose-gc", app)
    assert (result.code, result.stdout) == (0, "function true\n"), result.stderr
    assert node("--expose-gc", app).stdout == result.stdout
    assert "gc is not defined" in toyjs("run", app).stderr


def test_repl_multiline_results_and_exit(toyjs):
    session = "let x = 20\nx + 22\nfunction add(a, b) {\n  return a + b;\n}\nadd(x, 1)\n'text'\nthrow new Error('oops')\nx\n.exit\nx\n"
    result = toyjs("repl", stdin=session)
    assert result.code == 0
    # each result follows the prompt that read its input; "... " prompts continue a statement;
    # the error goes to stderr, so its prompt and the next are adjacent ("> > 20")
    results = [chunk for chunk in result.stdout.split("\n> ")[1:] if chunk]
    assert [chunk.replace("... ", "").strip() for chunk in results][:6] == [
        "undefined", "42", "undefined", "21", "'text'", "> 20",
    ]
    assert "Uncaught Error: oops" in result.stderr
    assert result.stdout.count("20\n") == 1  # nothing ran after .exit


def test_repl_ends_on_ctrl_d(toyjs):
    result = toyjs("repl", stdin="1 + 1\n")
    assert result.code == 0 and "2\n" in result.stdout


def test_python_dash_m_is_the_same_command(toyjs, tmp_path):
    result = toyjs("run", write(tmp_path, "app.js", "print('via print', 1 + 1)\n"))
    assert result.stdout == "via print 2\n"


def test_timeout_option_stops_busy_and_idle_programs(toyjs, tmp_path):
    for source in ("while (true) {}\n", "setInterval(() => {}, 10);\n"):
        result = toyjs("run", "--timeout", "0.3", write(tmp_path, "app.js", source))
        assert result.code == 1
        assert "time limit of 0.3 s" in result.stderr


def test_a_reader_that_goes_away_ends_nothing_but_the_output(tmp_path):
    # `toyjs run app.js | head -1`, as node does it: the program runs to its end and exits 0.
    app = write(tmp_path, "app.js", """\
        for (let i = 0; i < 20000; i++) console.log("line", i);
        console.error("finished");
    """)
    child = subprocess.Popen([sys.executable, "-m", "toyjs", "run", str(app)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout.readline() == b"line 0\n"
    child.stdout.close()
    stderr = child.stderr.read()
    assert (child.wait(timeout=60), stderr) == (0, b"finished\n")


def test_the_command_exits_with_the_programs_code_and_all_its_output(tmp_path):
    app = write(tmp_path, "app.js", """\
        process.stdout.write("no newline at the end");
        process.exitCode = 3;
    """)
    done = subprocess.run([sys.executable, "-m", "toyjs", "run", str(app)], capture_output=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (3, b"no newline at the end", b"")


def test_option_values_before_permission_flags(toyjs, tmp_path):
    app = write(tmp_path, "app.js", "console.log(typeof process.env.PATH)\n")
    result = toyjs("run", "--timeout", "5", "--allow-env", app, "--timeout", "7")
    assert (result.code, result.stdout, result.stderr) == (0, "string\n", "")


def test_run_help_lists_the_permission_flags(toyjs):
    result = toyjs("run", "--help")
    assert result.code == 0
    for flag in ("--allow-net", "--allow-read", "--allow-write", "--allow-env", "--allow-all", "--timeout"):
        assert flag in result.stdout


@pytest.mark.parametrize("code", ["while (true) {}", "setInterval(() => {}, 10)"])
def test_eval_obeys_its_timeout(toyjs, code):
    result = toyjs("eval", "--timeout", "0.3", code, timeout=30)
    assert result.code == 1
    assert "time limit of 0.3 s" in result.stderr


def test_the_repl_stops_a_line_past_its_timeout_and_goes_on(toyjs):
    result = toyjs("repl", "--timeout", "0.3", stdin="while (true) {}\n6 * 7\n", timeout=30)
    assert result.code == 0
    assert "timed out" in result.stderr and "42\n" in result.stdout


def test_an_error_thrown_in_a_microtask_is_an_uncaught_exception(toyjs, tmp_path):
    app = write(tmp_path, "app.mjs", """\
        queueMicrotask(() => { throw new Error("from a microtask"); });
    """)
    result = toyjs("run", app)
    assert result.code == 1 and result.stdout == ""
    assert result.stderr.startswith(
        f'{app.as_uri()}:1\nqueueMicrotask(() => {{ throw new Error("from a microtask"); }});\n'
        "                             ^\n\nError: from a microtask\n    at file://"
    )


def test_an_error_in_a_timer_at_the_repl_is_reported_and_timers_go_on(tmp_path):
    # Once a Python traceback ("Task exception was never retrieved"), and later timers stalled.
    child = subprocess.Popen(
        [sys.executable, "-m", "toyjs", "repl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    child.stdin.write("setTimeout(() => { throw new Error('boom') }, 10); setTimeout(() => console.log('after'), 150); 1\n")
    child.stdin.flush()
    time.sleep(1)  # the input stays open: the timers run while the REPL waits
    out, err = child.communicate("", timeout=30)
    assert "Uncaught Error: boom" in err and "Traceback" not in err and "Task exception" not in err
    assert "after\n" in out


@pytest.mark.parametrize("arguments", [["run", "spin.js"], ["run", "idle.js"], ["eval", "for (;;) {}"]])
def test_ctrl_c_ends_the_command_with_130(tmp_path, arguments):
    write(tmp_path, "spin.js", "console.log('started'); for (;;) {}\n")
    write(tmp_path, "idle.js", "console.log('started'); setInterval(() => {}, 1000);\n")
    child = subprocess.Popen([sys.executable, "-m", "toyjs", *arguments], cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if arguments[0] == "run":
        assert child.stdout.readline() == "started\n"
    else:
        time.sleep(1)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)
    assert (child.returncode, err) == (130, "")
