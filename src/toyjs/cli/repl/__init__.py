"""The REPL, as node's: read a line (more while the input is incomplete), evaluate it, print
its value as console.log would (coloured where console.log colours, by util.inspect). Timers and
other work keep running while it waits for input (loop_thread.py).

On a terminal, lines come from our line editor (editor.py: history, Tab completion, output
written above the prompt); from a pipe, they are read as they come, the prompts printed as
plain text. Ctrl-C drops the partial line (or statement of several lines), on an empty prompt
says how to exit (a second one exits), and stops JS that runs.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Protocol

import toyjs
from toyjs.cli.repl import commands
from toyjs.cli.repl.completion import Candidates
from toyjs.cli.repl.editor import Interrupted, LineEditor
from toyjs.cli.repl.evaluation import Evaluator, incomplete
from toyjs.cli.repl.history import History, history_path
from toyjs.cli.repl.loop_thread import LoopThread
from toyjs.cli.repl.output import AbovePrompt
from toyjs.cli.report import describe
from toyjs.errors import Error, JSError
from toyjs.host.loop import ProcessExit
from toyjs.runtime import Runtime

EXIT_HINT = "(To exit, press Ctrl+C again or Ctrl+D or type .exit)"
INTERRUPTED = "Uncaught Error: Script execution was interrupted by `SIGINT`"


class LineReader(Protocol):
    def read_line(self, prompt: str, more: bool = False) -> str: ...


class PipedReader:
    """Lines from a standard input that is no terminal; the prompt is printed before each."""

    def read_line(self, prompt: str, more: bool = False) -> str:
        sys.stdout.write(prompt)
        sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.rstrip("\n")


class SigintGate:
    """SIGINT (Ctrl-C while the terminal is not in raw mode, or a signal): while the REPL waits
    for an evaluation, it stops it; one that comes between a line's end and its evaluation is
    kept and stops that evaluation before it starts. From a pipe, it is Ctrl-C on the line
    being read."""

    def __init__(self, terminal: bool) -> None:
        self.terminal = terminal
        self.loop: LoopThread | None = None  # armed: the loop whose call is waited for
        self.pending = False

    def handle(self, _signal: int, _frame: FrameType | None) -> None:
        if self.loop is not None:
            self.loop.interrupt()
        elif not self.terminal:
            raise Interrupted("")
        else:
            self.pending = True

    @contextlib.contextmanager
    def stops(self, loop: LoopThread) -> Iterator[None]:
        loop.interrupted = False
        self.loop = loop
        try:
            if self.pending:
                raise KeyboardInterrupt
            yield
        finally:
            self.loop, self.pending = None, False


def repl(runtime: Runtime) -> int:
    terminal = sys.stdin.isatty() and sys.stdout.isatty()
    gate = SigintGate(terminal)
    previous = signal.signal(signal.SIGINT, gate.handle)
    try:
        with LoopThread(runtime) as loop:
            evaluator: Evaluator = loop.call(_started, runtime)
            if not terminal:
                return Session(runtime, loop, evaluator, gate, PipedReader(), colours=False).run()
            editor = LineEditor(History(history_path()), lambda text: _complete(loop, evaluator, text))
            with _output_through(editor):
                colours = loop.call(evaluator.has_colours)
                return Session(runtime, loop, evaluator, gate, editor, colours=colours).run()
    finally:
        signal.signal(signal.SIGINT, previous)


async def _started(runtime: Runtime) -> Evaluator:
    return Evaluator(runtime)


def _complete(loop: LoopThread, evaluator: Evaluator, text: str) -> Candidates:
    found = commands.complete(text)
    if found is not None:
        return found

    async def candidates() -> Candidates:
        return evaluator.complete(text)

    try:
        return loop.call(candidates)
    except Error:
        return "", []


@contextlib.contextmanager
def _output_through(editor: LineEditor) -> Iterator[None]:
    """Output goes above the prompt; the terminal is restored at the end."""
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = AbovePrompt(editor, sys.stdout), AbovePrompt(editor, sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = streams
        editor.close()


class Session:
    def __init__(
        self, runtime: Runtime, loop: LoopThread, evaluator: Evaluator, gate: SigintGate, reader: LineReader, colours: bool
    ) -> None:
        self.runtime = runtime
        self.gate = gate
        self.loop = loop
        self.evaluator = evaluator
        self.reader = reader
        self.colours = colours
        self.history = reader.history if isinstance(reader, LineEditor) else None
        self.evaluated: list[str] = []  # the lines of each input run, for .save

    def run(self) -> int:
        print(f"Welcome to toyjs {toyjs.__version__} (V8 {toyjs.V8_VERSION}).")
        print('Type ".help" for more information.')
        source = ""
        warned = False  # Ctrl-C on an empty prompt said how to exit: the next one exits
        while True:
            try:
                line = self.reader.read_line("... " if source else "> ")
            except EOFError:
                if not isinstance(self.reader, LineEditor):
                    print()
                return 0
            except Interrupted as interrupt:
                if not isinstance(self.reader, LineEditor):
                    print()
                if source or interrupt.partial_line:
                    source, warned = "", False
                    continue
                if warned:
                    return 0
                print(EXIT_HINT)
                warned = True
                continue
            warned = False
            if self.history is not None:
                self.history.add(line)
            command = commands.parse(line)
            if command is not None and (command[0] in commands.NAMES or not source):
                try:
                    code = self.command(*command)
                except ProcessExit as exit:
                    return exit.code
                if code is not None:
                    return code
                source = ""
                continue
            if not source and not line.strip():
                continue  # an empty line shows nothing
            source += line + "\n"
            if not self.evaluate(source):
                continue
            self.evaluated.append(source)
            source = ""

    def evaluate(self, source: str) -> bool:
        """Run and print; False when the input is incomplete (more lines are read)."""
        try:
            with self.gate.stops(self.loop):
                value = self.loop.call(self.evaluator.evaluate, source)
                shown: str = self.loop.call(self.evaluator.show, value, self.colours)
        except JSError as error:
            if incomplete(error):
                return False
            print(describe(error), file=sys.stderr)
        except Error as error:
            print(describe(error), file=sys.stderr)
        except KeyboardInterrupt:
            print(INTERRUPTED, file=sys.stderr)
        else:
            print(shown)
        return True

    def command(self, name: str, argument: str) -> int | None:
        """Run a command; an exit code when it ends the REPL."""
        if name == "exit":
            return 0
        if name == "help":
            print(commands.HELP)
        elif name == "editor":
            self.editor_mode()
        elif name == "load":
            self.load(argument)
        elif name == "save":
            self.save(argument)
        elif name not in ("break", "clear"):
            print(commands.INVALID)
        return None

    def editor_mode(self) -> None:
        """Lines without a prompt until Ctrl-D (end of input), run as one; Ctrl-C drops them."""
        print(commands.EDITOR_BANNER)
        lines: list[str] = []
        while True:
            try:
                lines.append(self.reader.read_line("", more=True))
            except EOFError:
                break
            except Interrupted:
                return
        source = "".join(f"{line}\n" for line in lines)
        if source.strip():
            self.evaluate(source)
            self.evaluated.append(source)

    def load(self, name: str) -> None:
        try:
            source = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            print(f"Failed to load: {name}")
            return
        print(source)  # (as node shows it, each line as if typed)
        self.evaluate(source)
        self.evaluated.append(source)

    def save(self, name: str) -> None:
        try:
            Path(name).write_text("".join(self.evaluated), encoding="utf-8")
        except OSError:
            print(f"Failed to save: {name}")
            return
        print(f"Session saved to: {name}")
