"""How the command reports what ended a program: on stderr, the way Node and Deno do, never as
a Python traceback."""

from __future__ import annotations

import sys

from toyjs.errors import Error, JSError
from toyjs.host.loop import uncaught_prefix
from toyjs.host.typescript import TypeScriptError
from toyjs.runtime import UnsettledTopLevelAwait

EXIT_UNSETTLED_TOP_LEVEL_AWAIT = 13  # Node's code for it


def describe(error: BaseException) -> str:
    """The text for an error that ended a program."""
    return _where(error) + _what(error)


def _where(error: BaseException) -> str:
    """For TypeScript that does not erase, the file, line and construct, above the error (as
    Node shows them)."""
    cause = error if isinstance(error, TypeScriptError) else error.__cause__
    return cause.excerpt() + "\n" if isinstance(cause, TypeScriptError) else ""


def _what(error: BaseException) -> str:
    if isinstance(error, TypeScriptError):  # the main module itself
        return f"Uncaught SyntaxError: {error}"
    if isinstance(error, JSError):
        prefix = uncaught_prefix(error)
        stack = error.stack
        if error.name is None and stack.startswith("Uncaught "):
            stack = stack[len("Uncaught ") :]
        return prefix + stack
    if isinstance(error, Error):  # heap limit, time limit, a module that is not there...
        return f"error: {error}"
    return f"error: {type(error).__name__}: {error}"


def exit_code(error: BaseException) -> int:
    if isinstance(error, UnsettledTopLevelAwait):
        return EXIT_UNSETTLED_TOP_LEVEL_AWAIT
    return 1


def report(error: BaseException) -> int:
    """Print the error on stderr and return the exit code it calls for."""
    sys.stdout.flush()
    print(describe(error), file=sys.stderr, flush=True)
    return exit_code(error)
