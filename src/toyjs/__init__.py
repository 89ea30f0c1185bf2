"""toyjs: a JavaScript runtime for Python, built on V8.

`Runtime` runs programs as Node or Deno would (ES modules, event loop, console, timers).
Beneath it, the engine: `Isolate` (own heap, one thread at a time), `Context` (own globals),
handles on JS values (`JSObject`, `JSFunction`, `JSPromise`, `JSModule`) and the errors JS can
raise into Python.
"""

__version__ = "0.1.0"

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
from toyjs.host.loop import UnhandledRejection
from toyjs.host.permissions import PermissionDenied
from toyjs.isolation.permissions import Permissions
from toyjs.isolation.process_sandbox import SandboxCrashed
from toyjs.isolation.sandbox import Sandbox
from toyjs.runtime import Runtime, UnsettledTopLevelAwait

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
    "PermissionDenied",
    "Permissions",
    "Runtime",
    "Sandbox",
    "SandboxCrashed",
    "TerminatedError",
    "UnhandledRejection",
    "UnsettledTopLevelAwait",
    "V8_VERSION",
    "undefined",
]
