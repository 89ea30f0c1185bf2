"""The exceptions toyjs raises. Every one is a `toyjs.Error`."""

from __future__ import annotations

from typing import Any


class Error(Exception):
    """Base class of every toyjs error."""


class JSError(Error):
    """A JavaScript exception that reached Python (V8's TryCatch).

    ``str(error)`` is the JS stack text. ``value`` is the thrown value converted to Python
    (``throw 42`` gives ``42``; a thrown Error object stays a live ``JSObject``). When the JS
    exception started as a Python exception inside an exposed function, that exception is
    ``__cause__``.
    """

    def __init__(
        self,
        text: str,
        *,
        name: str | None,
        message: str,
        stack: str,
        filename: str | None,
        line: int | None,
        column: int | None,
        value: Any,
    ) -> None:
        super().__init__(text)
        self.name = name
        self.message = message
        self.stack = stack
        self.filename = filename
        self.line = line
        self.column = column
        self.value = value


class TerminatedError(Error, TimeoutError):
    """JS execution was stopped: a ``timeout`` ran out or ``Isolate.terminate()`` was called."""


class HeapLimitError(Error, MemoryError):
    """The isolate ran out of its heap limit (or its ArrayBuffer budget)."""


class ClosedError(Error):
    """The isolate, context or handle was used after it was closed."""
