"""The REPL on a terminal (a pseudo-terminal), against node's REPL where node defines the output.

Each step sends keys and reads until the REPL shows what it should (a prompt, a text), with a
time limit only as a guard against a hang: nothing waits for a fixed time.
"""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import sys
import time

import pytest

from toyjs.cli.repl.history import History

PROMPT = b"\x1b[1G\x1b[0J> \x1b[3G"  # how node (and we) draw an empty prompt
CONTINUATION = b"\x1b[1G\x1b[0J... \x1b[5G"
EDITOR_LINE = b"\x1b[1G\x1b[0J\x1b[1G"  # .editor's lines have no prompt
GUARD = 10  # seconds: only a hang reaches it
TOYJS = [sys.executable, "-m", "toyjs", "repl"]
NODE = [shutil.which("node") or "node"]
KEPT_VARIABLES = ("PATH", "HOME", "LANG", "TMPDIR", "VIRTUAL_ENV", "PYTHONPATH", "XDG_CACHE_HOME")
CURSOR_MOTION = re.compile(rb"\x1b\[[0-9;]*[A-LN-Za-ln-z]")  # every control sequence but colours (m)


class Terminal:
    """A command on a pseudo-terminal, driven key by key."""

    def __init__(self, argv: list[str], env: dict[str, str] | None = None) -> None:
        # Only what the programs need: the colour decision of both REPLs reads many variables
        # (NO_COLOR, FORCE_COLOR, CI and CI services' names, TMUX, COLORTERM, ...), so a
        # terminal session of a user is what they see, whatever the test's own environment is.
        environment = {k: v for k, v in os.environ.items() if k in KEPT_VARIABLES or k.startswith("LC_")}
        environment.update({"TERM": "xterm-256color", "NODE_REPL_HISTORY": "", "TOYJS_REPL_HISTORY": ""})
        environment.update(env or {})
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(argv[0], argv, environment)
        self.output = b""
        self.read_until(PROMPT)

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def read_until(self, expected: bytes) -> bytes:
        """What comes out up to and including ``expected``."""
        deadline = time.monotonic() + GUARD
        while expected not in self.output:
            assert time.monotonic() < deadline, f"waited for {expected!r}, got ...{self.output[-600:]!r}"
            if select.select([self.fd], [], [], 0.1)[0]:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the other side closed
                    chunk = b""
                assert chunk, f"ended before {expected!r}: ...{self.output[-600:]!r}"
                self.output += chunk
        end = self.output.index(expected) + len(expected)
        taken, self.output = self.output[:end], self.output[end:]
        return taken

    def line(self, text: str, until: bytes = PROMPT) -> str:
        """Type a line and Enter: what it shows after the line's echo, up to the next prompt,
        with cursor motion left out (colours kept) and line ends as "\\n"."""
        self.send(text.encode() + b"\r")
        shown = normal(self.read_until(until)[: -len(until)])
        echo = text + "\n"
        assert shown.startswith(echo), (shown, echo)
        return shown[len(echo) :]

    def until_prompt(self) -> str:
        """What comes out before the next prompt, as `line` shows it."""
        return normal(self.read_until(PROMPT)[: -len(PROMPT)])

    def exit_code(self) -> int:
        while True:  # (drain: a full terminal would block the child)
            try:
                if not os.read(self.fd, 4096):
                    break
            except OSError:
                break
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])

    def close(self) -> None:
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


def normal(output: bytes) -> str:
    return CURSOR_MOTION.sub(b"", output).replace(b"\r", b"").decode()


@pytest.fixture
def terminals():
    opened: list[Terminal] = []

    def open_terminal(argv: list[str], **env: str) -> Terminal:
        opened.append(Terminal(argv, env))
        return opened[-1]

    yield open_terminal
    for terminal in opened:
        terminal.close()


SAME_AS_NODE = [
    "1 + 1",
    "{ a: 1, b: 'x' }",
    "undefined",
    '"text"',
    "[1, 'a', null, undefined, true, Symbol('s'), () => 1, /re/g, 10n, { 'a-b': 1 }]",
    "let o = { list: [1, 2], nested: { deep: { deeper: {} } } }",
    "o",
    "_",
    "_ = 3",
    "5",
    "_",
    "await Promise.resolve(5)",
    "const z = await new Promise((resolve) => setTimeout(() => resolve(7), 10))",
    "z",
    "z + 1",
    "class Point { constructor() { this.x = 1 } }",
    "new Point()",
    "new Map([[1, { a: 'x' }]])",
    "[new Date(0), new Number(3), new String('s'), [ , 2], Object.create(null)]",
    "({ get g() { return 1 }, 'quoted key': [Point], [Symbol('k')]: new Set([1n]) })",
    "Array.from({ length: 30 }, (_, i) => i * 11)",
    "console.log({ logged: true }, 'as it is')",
    ".help",
    ".foo",
]


@pytest.mark.parametrize("colours", [True, False], ids=["colours", "NO_COLOR"])
def test_results_as_nodes_repl_shows_them(terminals, colours):
    env = {} if colours else {"NO_COLOR": "1"}
    ours, node = terminals(TOYJS, **env), terminals(NODE, **env)
    for text in SAME_AS_NODE:
        assert ours.line(text) == node.line(text), text
    assert ("\x1b[33m" in ours.line("42")) == colours


def test_multi_line_input_continues_with_nodes_prompt(terminals):
    ours, node = terminals(TOYJS), terminals(NODE)
    for terminal in (ours, node):
        assert terminal.line("function add(a, b) {", until=CONTINUATION) == ""
        assert terminal.line("return a + b", until=CONTINUATION) == ""
    assert ours.line("}") == node.line("}")
    assert ours.line("add(2, 3)") == node.line("add(2, 3)") == "\x1b[33m5\x1b[39m\n"


def test_the_last_error_is_underscore_error(terminals):
    repl = terminals(TOYJS, NO_COLOR="1")
    repl.send(b"throw new Error('kept')\r")
    repl.read_until(b"Uncaught Error: kept")
    repl.read_until(PROMPT)
    assert repl.line("_error.message") == "'kept'\n"
    assert repl.line("_error = 1") == "Expression assignment to _error now disabled.\n1\n"


def test_up_arrow_recalls_lines_and_history_outlives_the_session(terminals, tmp_path):
    history = tmp_path / "history"
    first = terminals(TOYJS, TOYJS_REPL_HISTORY=str(history), NO_COLOR="1")
    assert first.line("6 * 7") == "42\n"
    first.line("6 * 7")
    assert first.line("'second'") == "'second'\n"
    first.send(b"\x1b[A")
    assert first.read_until(b"> 'second'")
    first.send(b"\x1b[A\r")
    assert first.until_prompt().endswith("42\n")
    first.send(b".exit\r")
    assert first.exit_code() == 0
    assert history.read_text() == ".exit\n6 * 7\n'second'\n6 * 7\n"  # newest first, no repeats in a row

    second = terminals(TOYJS, TOYJS_REPL_HISTORY=str(history), NO_COLOR="1")
    second.send(b"\x1b[A\x1b[A")
    second.read_until(b"> 6 * 7")
    second.send(b"\r")
    assert second.until_prompt().endswith("42\n")


def test_history_is_bounded_and_skips_repeats(tmp_path):
    history = History(tmp_path / "deep" / "history", limit=3)
    for line in ("a", "b", "b", "", "c", "d"):
        history.add(line)
    assert history.entries == ["b", "c", "d"]
    assert History(tmp_path / "deep" / "history").entries == ["b", "c", "d"]
    assert (tmp_path / "deep" / "history").stat().st_mode & 0o777 == 0o600


def test_an_empty_history_variable_keeps_no_file(terminals, tmp_path):
    repl = terminals(TOYJS, TOYJS_REPL_HISTORY="", XDG_DATA_HOME=str(tmp_path), HOME=str(tmp_path))
    repl.line("1")
    repl.send(b"\x1b[A")
    repl.read_until(b"> 1")
    assert not any(tmp_path.rglob("repl_history"))


def test_tab_completes_globals_properties_and_commands(terminals):
    repl = terminals(TOYJS, NO_COLOR="1")
    repl.send(b"Mat\t")
    repl.read_until(b"> Math")
    repl.send(b".P\t")
    repl.read_until(b"> Math.PI")
    assert repl.line("") == "3.141592653589793\n"
    repl.line("const account = { balance: 10 }")
    repl.send(b"account.bal\t")
    repl.read_until(b"> account.balance")
    assert repl.line("") == "10\n"
    repl.send(b"account.toStr\t")  # up the prototype chain
    repl.read_until(b"> account.toString")
    repl.send(b"\x03")
    repl.read_until(PROMPT)
    repl.send(b".ed\t")
    repl.read_until(b"> .editor")
    repl.send(b"\x03")
    repl.read_until(PROMPT)


def test_tab_lists_candidates_and_runs_no_calls(terminals):
    repl = terminals(TOYJS, NO_COLOR="1")
    repl.line("let calls = 0; function make() { calls++; return { x: 1 } }")
    repl.send(b"make().\t\t\x03")
    assert repl.read_until(PROMPT) == b"make().\r\r\n" + PROMPT  # no candidates listed
    assert repl.line("calls") == "0\n"
    repl.line("const pair = { first: 1, fixed: 2 }")
    repl.send(b"pair.f\t")  # as far as both go
    repl.read_until(b"> pair.fi")
    repl.send(b"\t")  # then the list, and the line again
    assert normal(repl.read_until(b"> pair.fi")) == "\npair.first  pair.fixed\n> pair.fi"


def test_save_load_and_editor_mode(terminals, tmp_path):
    saved = tmp_path / "session.js"
    repl = terminals(TOYJS, NO_COLOR="1")
    repl.line("let total = 40")
    repl.line("total += 2")
    assert repl.line(f".save {saved}") == f"Session saved to: {saved}\n"
    assert saved.read_text() == "let total = 40\ntotal += 2\n"
    assert repl.line(f".save {tmp_path}/missing/x.js") == f"Failed to save: {tmp_path}/missing/x.js\n"

    other = terminals(TOYJS, NO_COLOR="1")
    assert other.line(f".load {saved}") == "let total = 40\ntotal += 2\n\n42\n"
    assert other.line(".load nowhere.js") == "Failed to load: nowhere.js\n"
    other.send(b".editor\r")
    other.read_until(b"// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\r\n" + EDITOR_LINE)
    other.send(b"const half = total / 2\rhalf + 1\r\x04")
    assert other.until_prompt() == "const half = total / 2\nhalf + 1\n\n22\n"
    other.send(b".editor\r")
    other.read_until(b"cancel)\r\n" + EDITOR_LINE)
    other.send(b"half = 0\r\x03")
    other.read_until(PROMPT)
    assert other.line("half") == "21\n"


def test_output_of_a_timer_goes_above_the_prompt_and_the_line_is_drawn_again(terminals, tmp_path):
    flag = tmp_path / "go"
    repl = terminals(TOYJS, NO_COLOR="1")
    repl.line("const fs = await import('node:fs')")
    repl.line(f"const t = setInterval(() => {{ if (fs.existsSync({str(flag)!r})) {{ clearInterval(t); console.log('tick') }} }}, 5); 0")
    repl.send(b"1 + ")
    repl.read_until(b"1 + ")
    flag.touch()
    assert repl.read_until(b"tick\r\n") .endswith(b"\x1b[1G\x1b[0Jtick\r\n")
    repl.read_until(b"\x1b[1G\x1b[0J> 1 + \x1b[7G")  # the prompt again, with the typing
    assert repl.line("1") == "2\n"


def test_ctrl_c_as_in_nodes(terminals):
    """Ctrl-C stops running code, drops a partial line (or a statement of several lines), and
    on an empty prompt says how to exit: a second one there exits."""
    repl = terminals(TOYJS, NO_COLOR="1")
    repl.send(b"console.log('spinning'); while (true) {}\r")
    repl.read_until(b"spinning\r\n")
    repl.send(b"\x03")
    assert repl.read_until(PROMPT) == b"Uncaught Error: Script execution was interrupted by `SIGINT`\r\n" + PROMPT
    assert repl.line("6 * 7") == "42\n"
    repl.send(b"abc\x03")
    assert repl.read_until(PROMPT) == b"abc\r\r\n" + PROMPT
    repl.send(b"function f() {\r")
    repl.read_until(CONTINUATION)
    repl.send(b"\x03")
    assert repl.read_until(PROMPT) == b"\r\r\n" + PROMPT
    repl.send(b"\x03")
    assert repl.read_until(PROMPT) == b"\r\r\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\r\n" + PROMPT
    assert repl.line("1 + 1") == "2\n"
    repl.send(b"\x03")
    repl.read_until(b"type .exit)\r\n" + PROMPT)
    repl.send(b"\x03")
    assert repl.exit_code() == 0


def test_ctrl_d_leaves(terminals):
    repl = terminals(TOYJS)
    repl.send(b"\x04")
    assert repl.exit_code() == 0
