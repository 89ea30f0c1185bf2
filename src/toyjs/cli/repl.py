"""The REPL: read a line (more while the input is incomplete), evaluate it, print the value as
console.log would. Timers and other work keep running while it waits for input."""

from __future__ import annotations

import asyncio
import os
import sys

import toyjs
from toyjs.cli.report import describe
from toyjs.errors import Error, JSError
from toyjs.host.loop import ProcessExit
from toyjs.runtime import Runtime

# V8's messages for input that more lines could complete.
INCOMPLETE = (
    "Unexpected end of input",
    "Unterminated template literal",
    "missing ) after argument list",
    "Unterminated regular expression",
)


def repl(runtime: Runtime) -> int:
    return runtime.block_on(_repl(runtime))


def _incomplete(error: JSError) -> bool:
    return error.name == "SyntaxError" and any(error.message.startswith(text) for text in INCOMPLETE)


async def _repl(runtime: Runtime) -> int:
    aio = asyncio.get_running_loop()
    runtime.loop.attach(aio)
    print(f"Welcome to toyjs {toyjs.__version__} (V8 {toyjs.V8_VERSION}).")
    print('Type ".exit" or press Ctrl-D to leave.')
    background: asyncio.Task[None] | None = None
    source = ""
    while True:
        try:
            line = await aio.run_in_executor(None, input, "... " if source else "> ")
        except EOFError:
            print()
            break
        except KeyboardInterrupt:
            print()
            source = ""
            continue
        if not source and line.strip() == ".exit":
            break
        source += line + "\n"
        try:
            value = runtime.loop.macrotask(runtime.evaluate_for_repl, source)
            runtime.loop.raise_fatal()
        except ProcessExit as exit:
            return exit.code
        except JSError as error:
            if _incomplete(error):
                continue
            print(describe(error), file=sys.stderr)
            source = ""
            continue
        except Error as error:
            print(describe(error), file=sys.stderr)
            source = ""
            continue
        source = ""
        print(runtime.core.inspect(value))
        if background is None or background.done():
            background = aio.create_task(_run_in_background(runtime))
    return 0


async def _run_in_background(runtime: Runtime) -> None:
    """The event loop between prompts: timers and other work keep running while the REPL
    waits. An uncaught error there is reported, as node's REPL does, and the loop goes on;
    process.exit() ends the REPL's process."""
    while True:
        try:
            await runtime.loop.run()
            return  # nothing is left to run
        except ProcessExit as exit:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(exit.code)
        except Error as error:
            print(describe(error), file=sys.stderr, flush=True)
