"""The exceptions toyjs raises. Every one is a `toyjs.Error`."""

from __future__ import annotations

import functools
from typing import Any

JS_ERROR_FIELDS = ("name", "message", "stack", "filename", "line", "column", "value")


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

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its keyword-only fields, which BaseException's own pickling drops; the
        # thrown value must pickle too (a live JSObject does not).
        fields = {key: getattr(self, key) for key in JS_ERROR_FIELDS}
        return functools.partial(type(self), *self.args, **fields), ()


class TerminatedError(Error, TimeoutError):
    """JS execution was stopped: a ``timeout`` ran out or ``Isolate.terminate()`` was called."""


class HeapLimitError(Error, MemoryError):
    """The isolate ran out of its heap limit (or its ArrayBuffer budget)."""


class ClosedError(Error):
    """The isolate, context or handle was used after it was closed."""


class HostError(Error):
    """Raised by Python code that JS calls, to throw a JS error of a given kind.

    JS sees ``new <js_name>(message)`` (``TypeError``, ``RangeError``, ``SyntaxError`` or
    ``Error``; any other name becomes an ``Error`` with that ``name``), with ``code`` set when
    given, and no Python type name in the message.
    """

    def __init__(self, message: str, *, js_name: str = "Error", code: str | None = None) -> None:
        super().__init__(message)
        self.js_name = js_name
        self.code = code
