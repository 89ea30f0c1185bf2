"""toyjs: a JavaScript runtime for Python, built on V8.

The engine layer: `Isolate` (own heap, one thread at a time), `Context` (own globals),
handles on JS values (`JSObject`, `JSFunction`, `JSPromise`, `JSModule`) and the errors
JS can raise into Python.
"""

from toyjs.engine import (
    V8_VERSION,
    Context,
    Isolate,
    JSFunction,
    JSModule,
    JSObject,
    JSPromise,
    ModuleLoader,
    undefined,
)
from toyjs.errors import ClosedError, Error, HeapLimitError, HostError, JSError, TerminatedError

__all__ = [
    "ClosedError",
    "Context",
    "Error",
    "HeapLimitError",
    "HostError",
    "Isolate",
    "JSError",
    "JSFunction",
    "JSModule",
    "JSObject",
    "JSPromise",
    "ModuleLoader",
    "TerminatedError",
    "V8_VERSION",
    "undefined",
]
