"""The exceptions toyjs raises. Every one is a `toyjs.Error`."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

JS_ERROR_FIELDS = ("name", "message", "stack", "filename", "line", "column", "value", "excerpt")


@dataclasses.dataclass(frozen=True)
class SourceExcerpt:
    """Where a JS exception is shown in its source, from V8's message: the throw, a
    SyntaxError's offending token, or for an error that surfaced through a promise the place
    it was created. When that place is inside the runtime's own built-ins, it is the program's
    innermost call into them.

    ``line`` counts from 1; ``start_column`` and ``end_column`` count UTF-16 code units from 0
    on ``source_line`` (the end is exclusive), as V8 does.
    """

    resource: str
    line: int
    source_line: str
    start_column: int
    end_column: int

    def render(self) -> str:
        """``resource:line``, the line, and carets under the marked columns, as Node prints
        them above an uncaught error (no caret line when the columns are not on the line)."""
        head = f"{self.resource}:{self.line}\n{self.source_line}"
        units = self.source_line.encode("utf-16-le")
        start, end = self.start_column, self.end_column
        if not 0 <= start <= end <= len(units) // 2:
            return head
        # One mark per UTF-16 unit, as node's; tabs stay tabs so the carets line up under the
        # text however wide a terminal shows them.
        padding = "".join("\t" if units[2 * i : 2 * i + 2] == b"\t\0" else " " for i in range(start))
        marked = "^" * (end - start)
        return f"{head}\n{padding}{marked}"


class Error(Exception):
    """Base class of every toyjs error."""


class JSError(Error):
    """A JavaScript exception that reached Python (V8's TryCatch).

    ``str(error)`` is the JS stack text. ``value`` is the thrown value converted to Python
    (``throw 42`` gives ``42``; a thrown Error object stays a live ``JSObject``). When the JS
    exception started as a Python exception inside an exposed function, that exception is
    ``__cause__``. ``excerpt`` is where V8 places the exception in a program's source
    (`SourceExcerpt`), when it does.
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
        excerpt: SourceExcerpt | None = None,
    ) -> None:
        super().__init__(text)
        self.name = name
        self.message = message
        self.stack = stack
        self.filename = filename
        self.line = line
        self.column = column
        self.value = value
        self.excerpt = excerpt

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
