"""How the command reports what ended a program: on stderr, the way Node does, never as a
Python traceback.

A program's uncaught error is shown as Node shows it: where it was thrown (the file and line,
that line, carets under the spot), a blank line, then the error's stack. The REPL keeps Node
REPL's one-line form (`describe`): ``Uncaught Error: ...``.
"""

from __future__ import annotations

import sys

from toyjs.errors import Error, JSError
from toyjs.host.loop import UnhandledRejection, uncaught_prefix
from toyjs.host.typescript import TypeScriptError
from toyjs.runtime import UnsettledTopLevelAwait

EXIT_UNSETTLED_TOP_LEVEL_AWAIT = 13  # Node's code for it

# Node's words for a promise rejected with something that is not an Error.
UNHANDLED_REJECTION = (
    "UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
    "without a catch block, or by rejecting a promise which was not handled with .catch(). "
    'The promise rejected with the reason "{reason}".'
)
UNHANDLED_REJECTION_CODE = " {\n  code: 'ERR_UNHANDLED_REJECTION'\n}"
# How the SyntaxErrors of linking ES modules begin (V8's, and ours for a CommonJS module's
# missing export). Node puts their excerpt right above the error, with no blank line between.
LINK_ERRORS = ("The requested module '", "Named export '")


def describe(error: BaseException) -> str:
    """The REPL's text for an error: ``Uncaught`` and the stack, as node's REPL prints it."""
    return _typescript_excerpt(error) + _uncaught(error)


def describe_ending(error: BaseException) -> str:
    """The text for an error that ended a program, as node prints it."""
    typescript = _typescript_excerpt(error)
    if typescript:
        return typescript + _typescript_error(error)
    if isinstance(error, JSError):
        return _excerpted(error)
    return _uncaught(error)


def _typescript_excerpt(error: BaseException) -> str:
    """For TypeScript that does not erase, the file, line and construct, above the error (as
    Node shows them)."""
    cause = _typescript_cause(error)
    return cause.excerpt() + "\n" if cause is not None else ""


def _typescript_cause(error: BaseException) -> TypeScriptError | None:
    cause = error if isinstance(error, TypeScriptError) else error.__cause__
    return cause if isinstance(cause, TypeScriptError) else None


def _typescript_error(error: BaseException) -> str:
    """The SyntaxError with its code, as node names it, and the stack's frames when it reached
    JS (an imported module's)."""
    cause = _typescript_cause(error)
    heading = f"SyntaxError [{cause.code}]: {cause}" if cause is not None else str(error)
    frames = error.stack.partition("\n")[2] if isinstance(error, JSError) else ""
    return f"{heading}\n{frames}" if frames else heading


def _excerpted(error: JSError) -> str:
    """The excerpt, a blank line and the stack for an Error (no blank line for an ES module's
    linking error, as in node); for any other value thrown, node puts a blank line first and
    the value right under the carets. A promise rejected with a value that is not an Error is
    reported in node's words, with no excerpt."""
    thrown_error = error.name is not None
    if isinstance(error, UnhandledRejection) and not thrown_error:
        return UNHANDLED_REJECTION.format(reason=error.message) + UNHANDLED_REJECTION_CODE
    excerpt = error.excerpt.render() + "\n" if error.excerpt is not None else ""
    if not thrown_error:
        return f"\n{excerpt}{error.message}"
    if not excerpt:
        return error.stack
    linking = error.name == "SyntaxError" and error.message.startswith(LINK_ERRORS)
    return excerpt + ("" if linking else "\n") + error.stack


def _uncaught(error: BaseException) -> str:
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
    print(describe_ending(error), file=sys.stderr, flush=True)
    return exit_code(error)
