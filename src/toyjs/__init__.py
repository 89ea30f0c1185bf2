"""toyjs: a JavaScript runtime for Python, built on V8.

`Runtime` runs programs as Node or Deno would (ES modules, event loop, console, timers).
Beneath it, the engine: `Isolate` (own heap, one thread at a time), `Context` (own globals),
handles on JS values (`JSObject`, `JSFunction`, `JSPromise`, `JSModule`) and the errors JS can
raise into Python.
"""

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from toyjs.engine import (
    V8_VERSION,
    Context,
    Isolate,
    JSFunction,
    JSModule,
    JSObject,
    JSPromise,
    ModuleLoader,
    SyntheticModule,
    undefined,
)
from toyjs.errors import ClosedError, Error, HeapLimitError, HostError, JSError, TerminatedError
from toyjs.host.loop import UnhandledRejection
from toyjs.host.permissions import PermissionDenied
from toyjs.host.grants import Permissions
from toyjs.runtime import Runtime, UnsettledTopLevelAwait

if TYPE_CHECKING:  # (loaded on first use: see __getattr__)
    from toyjs.isolation.process_sandbox import SandboxCrashed
    from toyjs.isolation.sandbox import Sandbox

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
    "SyntheticModule",
    "TerminatedError",
    "UnhandledRejection",
    "UnsettledTopLevelAwait",
    "V8_VERSION",
    "undefined",
]


def __getattr__(name: str) -> object:
    # Sandboxes load on first use: their process mode brings in multiprocessing, ~25 ms of
    # every `toyjs run` that never makes one.
    if name == "Sandbox":
        from toyjs.isolation.sandbox import Sandbox

        return Sandbox
    if name == "SandboxCrashed":
        from toyjs.isolation.process_sandbox import SandboxCrashed

        return SandboxCrashed
    raise AttributeError(f"module 'toyjs' has no attribute {name!r}")
