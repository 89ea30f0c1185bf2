"""The REPL: read a line (more while the input is incomplete), evaluate it, print the value as
console.log would. Timers and other work keep running while it waits for input.

Two threads: this one reads lines and waits for each evaluation; the runtime's event loop
runs on a thread of its own. Ctrl-C therefore always lands on the reading thread, where
Python raises KeyboardInterrupt whatever it is doing: while it reads, the partial line is
dropped (and on an empty prompt, a second Ctrl-C exits, as in node's REPL); while it waits,
the JS that runs is stopped.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
from concurrent.futures import Future
from types import FrameType
from typing import Any

import toyjs
from toyjs.cli.report import describe
from toyjs.errors import Error, JSError, TerminatedError
from toyjs.host.loop import ProcessExit
from toyjs.runtime import Runtime

try:
    import readline
except ImportError:  # no line editing where Python was built without it
    readline = None  # type: ignore[assignment]

# V8's messages for input that more lines could complete.
INCOMPLETE = (
    "Unexpected end of input",
    "Unterminated template literal",
    "missing ) after argument list",
    "Unterminated regular expression",
)
EXIT_HINT = "(To exit, press Ctrl+C again or Ctrl+D or type .exit)"
INTERRUPTED = "Uncaught Error: Script execution was interrupted by `SIGINT`"


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, with the text that was on the line when it came."""

    def __init__(self, partial_line: str) -> None:
        super().__init__()
        self.partial_line = partial_line


def _on_sigint(_signal: int, _frame: FrameType | None) -> None:
    raise Interrupted(readline.get_line_buffer() if readline is not None else "")


def _incomplete(error: JSError) -> bool:
    return error.name == "SyntaxError" and any(error.message.startswith(text) for text in INCOMPLETE)


def repl(runtime: Runtime) -> int:
    previous = signal.signal(signal.SIGINT, _on_sigint)
    try:
        with _LoopThread(runtime) as loop:
            return _read_eval_print(runtime, loop)
    finally:
        signal.signal(signal.SIGINT, previous)


def _read_eval_print(runtime: Runtime, loop: _LoopThread) -> int:
    print(f"Welcome to toyjs {toyjs.__version__} (V8 {toyjs.V8_VERSION}).")
    print('Type ".exit" or press Ctrl-D to leave.')
    source = ""
    warned = False  # Ctrl-C on an empty prompt said how to exit: the next one exits
    while True:
        try:
            line = input("... " if source else "> ")
        except EOFError:
            print()
            return 0
        except Interrupted as interrupt:
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
        if not source and line.strip() == ".exit":
            return 0
        source += line + "\n"
        try:
            value = loop.call(runtime._evaluate_for_repl, source)
        except ProcessExit as exit:
            return exit.code
        except JSError as error:
            if _incomplete(error):
                continue
            print(describe(error), file=sys.stderr)
        except Error as error:
            print(describe(error), file=sys.stderr)
        except KeyboardInterrupt:
            print(INTERRUPTED, file=sys.stderr)
        else:
            print(runtime.core.inspect(value))
        source = ""


class _LoopThread:
    """The runtime's event loop, run on a thread of its own for as long as the REPL lasts."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._ready: Future[asyncio.AbstractEventLoop] = Future()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._main, name="toyjs-repl-loop", daemon=True)

    def __enter__(self) -> _LoopThread:
        self._thread.start()
        self._aio = self._ready.result()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._stop is not None:
            self._aio.call_soon_threadsafe(self._stop.set)
        self.runtime.isolate.terminate()  # a timer's callback that would never return
        self._thread.join()

    def call(self, function: Any, *args: Any) -> Any:
        """Run ``function(*args)`` (which calls into JS) as a macrotask on the loop's thread
        and return its value; Ctrl-C meanwhile stops the JS and raises KeyboardInterrupt."""
        outcome = asyncio.run_coroutine_threadsafe(self._macrotask(function, *args), self._aio)
        try:
            return outcome.result()
        except KeyboardInterrupt:
            self.runtime.isolate.terminate()
            try:
                return outcome.result()  # it may have ended before it could be stopped
            except TerminatedError:
                raise KeyboardInterrupt from None

    async def _macrotask(self, function: Any, *args: Any) -> Any:
        loop = self.runtime.loop
        value = loop.macrotask(function, *args)
        try:
            loop.raise_fatal()
        finally:
            self._keep_running()
        return value

    def _main(self) -> None:
        self.runtime._block_on(self._serve())

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        self.runtime.loop.attach(asyncio.get_running_loop())
        self._background: asyncio.Task[None] | None = None
        self._ready.set_result(asyncio.get_running_loop())
        await self._stop.wait()
        if self._background is not None:
            self._background.cancel()

    def _keep_running(self) -> None:
        if self._background is None or self._background.done():
            self._background = asyncio.get_running_loop().create_task(self._run_in_background())

    async def _run_in_background(self) -> None:
        """The event loop between prompts: an uncaught error there is reported, as node's REPL
        does, and the loop goes on; process.exit() ends the REPL's process."""
        while True:
            try:
                await self.runtime.loop.run()
                return  # nothing is left to run
            except ProcessExit as exit:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(exit.code)
            except Error as error:
                print(describe(error), file=sys.stderr, flush=True)
