"""The Python side of console: writing text to the process's stdout and stderr."""

from __future__ import annotations

import sys
from typing import Any, Callable

from toyjs.engine import JSPromise


def _encode(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates print as U+FFFD, as in Node
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


# Streams whose reader has gone (`toyjs run app.js | head -1`): as in Node, what the program
# writes to them from then on is dropped, and the program runs on.
_closed_streams: set[int] = set()


def write(stream: int, data: str | bytes) -> None:
    """Text (console's) or bytes (process.stdout.write's) to stdout (1) or stderr (2), written
    through at once: whatever writes here comes out in the order it was written, and nothing
    waits in a buffer when the process ends."""
    if stream in _closed_streams:
        return
    target = sys.stdout if stream == 1 else sys.stderr
    binary = getattr(target, "buffer", None)
    try:
        if binary is None:  # a text stream put in place of the real one (tests, notebooks)
            target.write(data if isinstance(data, str) else data.decode("utf-8", "replace"))
            return
        target.flush()
        binary.write(_encode(data) if isinstance(data, str) else data)
        binary.flush()
    except BrokenPipeError:
        _closed_streams.add(stream)


def promise_state(promise: Any) -> list[Any] | None:
    """A promise's state and its value or reason; None for an object that only looks like a
    promise (its prototype is Promise.prototype, but V8 made it as something else)."""
    if not isinstance(promise, JSPromise):
        return None
    state = promise.state
    if state == "fulfilled":
        return [state, promise.result()]
    if state == "rejected":
        try:
            promise.result()
        except Exception as error:  # the JSError carries the rejection value
            return [state, getattr(error, "value", None)]
    return [state]


def is_terminal(stream: int) -> bool:
    """Whether what console writes to stdout (1) or stderr (2) reaches a terminal."""
    target = sys.stdout if stream == 1 else sys.stderr
    try:
        return bool(target.isatty())
    except (AttributeError, ValueError):  # a replacement without isatty, or a closed stream
        return False


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def color_variable(name: str) -> str | None:
        """An environment variable the colour rules read (00_terminal_colors.js). No permission
        is asked: they decide how the runtime prints (as Deno reads NO_COLOR), and reading them
        through process.env still needs the env permission."""
        return runtime.environment.get(name)

    return {"write": write, "promiseState": promise_state, "isTerminal": is_terminal, "colorVariable": color_variable}
