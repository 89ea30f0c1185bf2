"""process.stdin, process.stdout and process.stderr against node: writes in order with
console's output, stdin read as a stream in each of Node's ways (or not read at all), through
a pipe, from a file and on a terminal."""

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest

from conftest import Outcome

TEXT = "alice\nbob\r\ncarol\rdave\n\nlast"
STDIN_MODES = ["data", "bytes", "iterate", "readable", "pause", "pipe", "untouched"]


@pytest.mark.parametrize("mode", STDIN_MODES)
def test_stdin_from_a_pipe(toyjs, node, programs, mode):
    program = programs / "node" / "stdio_stdin.mjs"
    assert toyjs("run", program, mode, stdin=TEXT) == node(program, mode, stdin=TEXT)


@pytest.mark.parametrize("mode", ["data", "iterate", "untouched"])
def test_stdin_empty(toyjs, node, programs, mode):
    program = programs / "node" / "stdio_stdin.mjs"
    assert toyjs("run", program, mode, stdin="") == node(program, mode, stdin="")


def test_stdin_of_a_megabyte(toyjs, node, programs):
    program = programs / "node" / "stdio_stdin.mjs"
    text = "".join(f"{i:07d} {'é' * (i % 50)}\n" for i in range(20000))
    assert len(text.encode()) > 1 << 20
    ours = toyjs("run", program, "bytes", stdin=text)
    assert ours == node(program, "bytes", stdin=text)
    assert ours.stdout.endswith(f"bytes {len(text.encode())} sum {sum(text.encode()) % 65521}\n")


def run_with_files(command, tmp_path, stdin_text):
    """``command`` with stdin read from a file and stdout and stderr written to files (where
    Node's writes are synchronous, as toyjs's always are)."""
    (tmp_path / "in").write_text(stdin_text)
    with open(tmp_path / "in") as stdin, open(tmp_path / "out", "w") as out, open(tmp_path / "err", "w") as err:
        code = subprocess.run(command, stdin=stdin, stdout=out, stderr=err, timeout=60, env={**os.environ, "NO_COLOR": "1"}).returncode
    return Outcome(code, (tmp_path / "out").read_text(), (tmp_path / "err").read_text())


@pytest.mark.parametrize("mode", ["data", "iterate", "pause", "untouched"])
def test_stdin_from_a_file(programs, tmp_path, mode):
    program = programs / "node" / "stdio_stdin.mjs"
    ours = run_with_files([sys.executable, "-m", "toyjs", "run", program, mode], tmp_path, TEXT)
    theirs = run_with_files(["node", program, mode], tmp_path, TEXT)
    assert ours == theirs


def test_writes_in_order_with_console(programs, tmp_path):
    program = programs / "node" / "stdio_write.mjs"
    ours = run_with_files([sys.executable, "-m", "toyjs", "run", program], tmp_path, "")
    theirs = run_with_files(["node", program], tmp_path, "")
    assert ours == theirs
    assert "log 2\nbuffer 2\nhex encoded\nbase64 encoded\nu8\n" in ours.stdout


def test_nothing_written_is_lost_on_exit(toyjs, programs, tmp_path):
    """A megabyte and more written to a pipe, then process.exit: all of it comes out (node
    loses what the pipe did not take at once; to a file it writes all, as toyjs does)."""
    program = programs / "node" / "stdio_exit.mjs"
    expected = "a" * ((1 << 20) - 1) + "\n" + "b" * 300000 + "\nend\n"
    assert toyjs("run", program) == Outcome(0, expected, "")
    assert run_with_files(["node", program], tmp_path, "").stdout == expected


def test_console_writes_through_a_replaced_write(toyjs, node, programs):
    program = programs / "node" / "stdio_patched.mjs"
    assert toyjs("run", program) == node(program)


def test_tty_streams_need_a_terminal(tmp_path):
    """(Node's libuv takes pipes for terminals too; files it refuses, as toyjs does.)"""
    program = tmp_path / "streams.mjs"
    program.write_text(
        'import { ReadStream, WriteStream } from "node:tty";\n'
        "for (const make of [() => new ReadStream(0), () => new WriteStream(1), () => new WriteStream(-1)]) {\n"
        "  try { make(); } catch (error) { console.log(error.code, error.message); }\n"
        "}\n"
    )
    ours = run_with_files([sys.executable, "-m", "toyjs", "run", program], tmp_path, "")
    assert ours == run_with_files(["node", program], tmp_path, "")
    assert ours.stdout.startswith("ERR_TTY_INIT_FAILED TTY initialization failed")


class Terminal:
    """A program on a pseudo-terminal of 100 columns and 30 rows."""

    def __init__(self, command):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
            os.execvpe(command[0], command, {**os.environ, "NO_COLOR": "1"})
        self.output = b""
        self.seen = 0  # how far read_until has looked

    def read_until(self, marker, timeout=30):
        """Output up to ``marker``, which must come after what earlier calls waited for."""
        deadline = time.monotonic() + timeout
        while marker not in self.output[self.seen :] and time.monotonic() < deadline:
            if select.select([self.fd], [], [], 0.1)[0]:
                try:
                    self.output += os.read(self.fd, 4096)
                except OSError:  # the program has ended
                    break
        found = self.output.find(marker, self.seen)
        assert found >= 0, self.output
        self.seen = found + len(marker)

    def resize(self, columns, rows):
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.kill(self.pid, signal.SIGWINCH)

    def type(self, keys, echo):
        os.write(self.fd, keys)
        self.read_until(echo)

    def finish(self, timeout=30):
        self.read_until(b"}\r\n")
        deadline = time.monotonic() + timeout
        while (status := os.waitpid(self.pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert status[0] == self.pid, "the program did not end"
        status = status[1]
        os.close(self.fd)
        start = self.output.rfind(b"RESULT ")
        return status, self.output[start : self.output.index(b"\r\n", start)]


def drive_terminal_program(command):
    terminal = Terminal(command)
    try:
        terminal.read_until(b"READY")
        terminal.resize(120, 40)
        terminal.read_until(b"RESIZED")
        terminal.type(b"abX", b"abX")
        terminal.type(b"\x7fc\r", b"> ")
        terminal.type(b"hello\r", b"hello")
        terminal.type(b"\x1b[A", b"hello")
        terminal.type(b"\r", b"> ")
        os.write(terminal.fd, b"\x04")
        return terminal.finish()
    finally:
        try:
            os.kill(terminal.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_on_a_terminal(programs):
    program = str(programs / "node" / "stdio_tty.mjs")
    ours = drive_terminal_program([sys.executable, "-m", "toyjs", "run", program])
    theirs = drive_terminal_program(["node", program])
    assert ours == theirs
    assert theirs[0] == 0 and theirs[1].startswith(b"RESULT {")



def raw_mode_and_exit(command):
    """Whether the terminal echoes before, in and after the program's raw mode; its output and
    exit status."""
    terminal = Terminal(command)
    try:
        echoes = lambda: bool(termios.tcgetattr(terminal.fd)[3] & termios.ECHO)  # noqa: E731
        terminal.read_until(b"RAW")
        in_raw_mode = echoes()
        os.write(terminal.fd, b"x")
        terminal.read_until(b"raw true\r\r\n")  # (the whole line: it may come in two reads)
        deadline = time.monotonic() + 30
        while (status := os.waitpid(terminal.pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        return in_raw_mode, echoes(), status[1] >> 8, terminal.output
    finally:
        try:
            os.kill(terminal.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_raw_mode_ends_with_the_program(programs):
    program = str(programs / "node" / "stdio_raw.mjs")
    ours = raw_mode_and_exit([sys.executable, "-m", "toyjs", "run", program])
    assert ours == raw_mode_and_exit(["node", program])
    assert ours[:3] == (False, True, 3)
