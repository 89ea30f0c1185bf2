"""The typed Python face of the native core: Isolate, Context and the JS value handles.

V8's concepts map one to one: an `Isolate` owns a heap (with an optional limit) and runs
on one thread at a time; a `Context` owns a global object; `JSObject`, `JSFunction` and
`JSPromise` are handles (V8 Globals) that keep a JS value alive until Python drops them.
The engine knows no event loop, files or network: the host layer builds those on it.
"""

from __future__ import annotations

import atexit
import dataclasses
import weakref
from typing import Any, Callable, Protocol

from toyjs import _core
from toyjs.errors import ClosedError, Error, HeapLimitError, HostError, JSError, TerminatedError

_core.set_error_types(
    {
        "JSError": JSError,
        "TerminatedError": TerminatedError,
        "HeapLimitError": HeapLimitError,
        "ClosedError": ClosedError,
        "HostError": HostError,
    }
)

JSObject = _core.JSObject
JSFunction = _core.JSFunction
JSPromise = _core.JSPromise
JSModule = _core.JSModule
Message = _core.Message
Snapshot = _core.Snapshot
undefined = _core.undefined
V8_VERSION: str = _core.v8_version
# Where the build found this V8 (and, when it fell back to an older one, why).
V8_SOURCE: str = _core.v8_source

# V8 cannot start a context in much less; smaller limits are refused up front.
MIN_HEAP_LIMIT = 16 * 2**20

_open_isolates: weakref.WeakSet[Isolate] = weakref.WeakSet()


def set_v8_flags(flags: str) -> None:
    """Set V8's own flags (``"--trace-gc --max-semi-space-size=8"``), as ``node --v8-options``
    lists them, for the whole process. Best before the first isolate is made: some flags
    are read only when an isolate is created or when V8 starts."""
    _core.set_v8_flags(flags)


def create_snapshot(scripts: list[tuple[str, str]], driver: str) -> Snapshot:
    """A startup snapshot: runs ``scripts`` (name, source) in a fresh isolate, calls the
    function ``driver`` evaluates to with their completion values, and snapshots the context.
    Isolates made with it start every context from that state; the first context's
    `Context.snapshot_data` is the driver's result; they share the blob rather than copy it.
    Raises `RuntimeError` if a script throws."""
    return _core.create_snapshot(scripts, driver)


@dataclasses.dataclass(frozen=True)
class SyntheticModule:
    """A module whose exports the host provides, as a `ModuleLoader.load` result: a built-in,
    or a CommonJS module imported by an ES module. ``evaluate`` (a JS function of the
    context) is called once, when the module is evaluated; each name of ``export_names`` is
    then bound to the property of that name of the object it returned. It gets a function
    ``setExport(name, value)`` that changes a binding later."""

    export_names: tuple[str, ...]
    evaluate: JSFunction


class ModuleLoader(Protocol):
    """What a context needs to import ES modules; the runtime's file loader is one.

    ``resolve`` turns a specifier, as written in ``import``, into the URL that identifies the
    module (each URL is evaluated once per context); ``load`` returns the JS source for a URL
    the context has not seen yet, or a `SyntheticModule`. ``attributes`` holds import assertions
    (``{"type": "json"}``). An optional ``import_meta(url, meta)`` may add to ``import.meta``
    beyond the ``url`` the engine sets.
    """

    def resolve(self, specifier: str, referrer: str, attributes: dict[str, str]) -> str: ...

    def load(self, url: str, attributes: dict[str, str]) -> str | SyntheticModule: ...


class Isolate:
    """A V8 isolate: its own heap and garbage collector, used by one thread at a time.

    ``heap_limit`` (bytes) caps the JS heap and, separately, the memory of ArrayBuffers;
    running out raises `HeapLimitError` and the isolate stays usable. ``None`` keeps V8's
    default heap limit and no ArrayBuffer cap. ``snapshot`` (from `create_snapshot`) is what
    every context of the isolate starts from.
    """

    def __init__(self, heap_limit: int | None = None, *, snapshot: Snapshot | None = None) -> None:
        if heap_limit is not None:
            if not isinstance(heap_limit, int) or isinstance(heap_limit, bool):
                raise TypeError(f"heap_limit must be an int (bytes) or None, not {type(heap_limit).__name__}")
            if heap_limit < MIN_HEAP_LIMIT:
                raise ValueError(f"heap_limit must be at least {MIN_HEAP_LIMIT} bytes (16 MiB), got {heap_limit}")
        self.heap_limit = heap_limit
        self._native = _core.Isolate(heap_limit or 0, snapshot)
        _open_isolates.add(self)

    def new_context(self) -> Context:
        """A new context with its own global object and built-ins."""
        return Context(self, self._native.new_context())

    def terminate(self) -> None:
        """Stop the JS running in this isolate now; safe from any thread.

        The interrupted call raises `TerminatedError`; the isolate stays usable.
        """
        self._native.terminate()

    def hold_stop(self, held: bool) -> None:
        """While held, the running call and every call that starts are terminated at once
        (until ``hold_stop(False)``); safe from any thread. For stopping a runtime from another
        thread: a plain `terminate` that lands between two of its calls stops neither."""
        self._native.hold_stop(held)

    def set_deadline(self, seconds: float | None) -> None:
        """Terminate any JS still running ``seconds`` from now (``None`` clears it).

        Unlike ``timeout=``, which bounds one call, this spans every call until cleared; the
        isolate's own watchdog thread enforces it, so it needs no GIL (a getter spinning while
        Python reads it is stopped too). Ended calls raise `TerminatedError`.
        """
        self._native.set_deadline(0.0 if seconds is None else _seconds(seconds))

    def close(self) -> None:
        """Dispose of the isolate, its contexts and handles. Idempotent."""
        self._native.close()

    @property
    def closed(self) -> bool:
        """Whether `close` was called."""
        return self._native.closed

    @property
    def in_call(self) -> bool:
        """Whether the calling thread is inside a call into this isolate's JS: in a Python
        function that JS called."""
        return self._native.in_call

    @property
    def call_timeout(self) -> float | None:
        """The time limit, in seconds, of every call from Python into JS that gives none of
        its own (``None``, the default: no limit). Handles obey it too: reading an attribute
        or ``str()`` of a handle whose JS never returns raises `TerminatedError` (a `Sandbox`
        sets it to its timeout)."""
        seconds = self._native.call_timeout
        return seconds or None

    @call_timeout.setter
    def call_timeout(self, seconds: float | None) -> None:
        self._native.call_timeout = _seconds(seconds)

    @property
    def auto_microtasks(self) -> bool:
        """Run a microtask checkpoint after each top-level call from Python (default True).

        An event loop turns this off and calls `run_microtasks` after each task itself.
        """
        return self._native.auto_microtasks

    @auto_microtasks.setter
    def auto_microtasks(self, value: bool) -> None:
        self._native.auto_microtasks = bool(value)

    def collect_garbage(self) -> None:
        """A full garbage collection, as V8 runs one under memory pressure (slow: for when
        what the isolate holds must be measured, not for routine use)."""
        self._native.collect_garbage()

    def run_microtasks(self) -> None:
        """Run the microtask queue (promise reactions, queueMicrotask) until it is empty."""
        self._native.run_microtasks()

    def pump_message_loop(self) -> bool:
        """Run tasks V8's platform posted for this isolate (async WebAssembly compiles,
        Atomics.waitAsync), then the microtasks. Returns whether any task ran."""
        return self._native.pump_message_loop()

    def heap_statistics(self) -> dict[str, int]:
        """V8's heap figures in bytes, plus ``array_buffer_bytes`` charged to the budget and
        ``code_range_size``, the address space V8 reserved for the isolate's machine code."""
        return self._native.heap_statistics()

    def __enter__(self) -> Isolate:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        limit = "default" if self.heap_limit is None else f"{self.heap_limit >> 20} MiB"
        return f"<toyjs.Isolate {state}, heap limit {limit}>"


class Context:
    """A V8 context: its own global object; several can share one isolate."""

    def __init__(self, isolate: Isolate, native: Any) -> None:
        self.isolate = isolate
        self._native = native
        self._module_loader: ModuleLoader | None = None

    def eval(
        self, source: str, filename: str = "<eval>", *, timeout: float | None = None, as_handle: bool = False
    ) -> Any:
        """Run a classic script and return its completion value, converted to Python.

        ``filename`` appears in stacks and errors; ``timeout`` (seconds) stops the script
        with `TerminatedError`. A JS exception raises `JSError`. ``as_handle=True`` returns the
        value unconverted, as a `JSObject` handle (even for a primitive), to pass back to JS.
        """
        if not isinstance(filename, str):
            raise TypeError(f"filename must be a str, not {type(filename).__name__}")
        return self._native.eval(source, filename, _seconds(timeout), bool(as_handle))

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Make a Python callable a global JS function. JS arguments arrive converted;
        the return value is converted back; a Python exception becomes a JS Error."""
        self._native.expose(name, function)

    @property
    def globals(self) -> JSObject:
        """The global object as a live mapping: ``ctx.globals["x"] = 1``, ``"x" in ...``."""
        return self._native.global_object()

    @property
    def module_loader(self) -> ModuleLoader | None:
        """What resolves and loads the modules this context imports (`ModuleLoader`); None,
        the default, refuses every import."""
        return self._module_loader

    @module_loader.setter
    def module_loader(self, loader: ModuleLoader | None) -> None:
        self._native.set_module_loader(loader)
        self._module_loader = loader

    def compile_module(self, source: str, url: str) -> JSModule:
        """Compile an ES module under ``url`` (its identity and ``import.meta.url``).

        Imports are resolved through `module_loader` when the module is evaluated.
        """
        if not isinstance(url, str):
            raise TypeError(f"url must be a str, not {type(url).__name__}")
        return self._native.compile_module(source, url)

    def import_module(self, specifier: str, referrer: str = "") -> JSPromise:
        """``import(specifier)`` from Python: a promise for the module namespace."""
        return self._native.import_module(specifier, referrer)

    def text_functions(self) -> JSObject:
        """UTF-8, Latin-1 and base64 conversions in the native core (V8's own encoders for
        UTF-8), for node:buffer, TextEncoder/TextDecoder and atob/btoa: a JS object of
        ``utf8Length(text)``, ``writeUtf8``/``writeLatin1(bytes, text, offset, limit)`` (bytes
        or characters written), ``encodeUtf8Into(bytes, text)`` (``{read, written}``),
        ``decodeUtf8``/``decodeLatin1(bytes, start, end)`` (the string, or null past V8's
        longest) and ``base64Encode``/``base64Decode(text)`` (btoa: null for a character past U+00FF;
        atob: 1 for a character that is not a digit, 2 for a digit count no encoding gives)."""
        return self._native.text_functions()

    def http_head_function(self) -> JSFunction:
        """node:http's request-head parser in the native core: ``parseRequestHead(bytes, start,
        end, maxHeaderSize)`` gives the fields of a well-formed request head, or null for the
        JS parser to read (see _core/http_head.h)."""
        return self._native.http_head_function()

    def url_functions(self, library: str) -> JSObject:
        """WHATWG URL parsing by Ada's C API, loaded from ``library`` on first use: a JS object
        of ``parse(input, base, offsets)`` (the href, or null) and ``update(href, component,
        value, offsets)`` (the href after a setter), both writing the href's components'
        offsets to ``offsets`` (a Uint32Array of 8, see url.h)."""
        return self._native.url_functions(library)

    def clock_function(self, origin: float) -> JSFunction:
        """A JS function ``now()``: milliseconds since ``origin`` (a `time.monotonic` reading),
        read in the native core."""
        return self._native.clock_function(origin)

    def microtask_function(self) -> JSFunction:
        """A JS function that runs the microtask queue when called (for event loops in JS)."""
        return self._native.microtask_function()

    def rejections_function(self) -> JSFunction:
        """A JS function ``hasUnhandledRejections()``: whether a promise was rejected with no
        handler since the last `take_unhandled_rejections` (asked without calling Python)."""
        return self._native.rejections_function()

    def proxy_check_function(self) -> JSFunction:
        """A JS function ``isProxy(value)``: whether ``value`` is a Proxy (JS cannot tell)."""
        return self._native.proxy_check_function()

    def detach_function(self) -> JSFunction:
        """A JS function ``detach(arrayBuffer)`` that detaches the buffer (V8's Detach)."""
        return self._native.detach_function()

    def untransferable_functions(self) -> JSObject:
        """JS functions ``{mark(arrayBuffer), marked(value)}``: transfer lists naming a marked
        buffer copy it instead of detaching it (for memory other objects share)."""
        return self._native.untransferable_functions()

    def clone_function(self) -> JSFunction:
        """A JS function ``clone(value, transferList, platform)``: V8's serializer round trip,
        as structuredClone needs, platform objects cloned as the ``platform`` table says
        (_core/clone.h); uncloneable values throw an Error named DataCloneError."""
        return self._native.clone_function()

    def function_compiler(self) -> JSFunction:
        """A JS function ``compileFunction(source, filename, parameterNames)``: ``source``
        compiled as the body of a function with those parameters, its lines and columns as in
        ``source``, ``filename`` naming it in stacks (a CommonJS module's wrapper)."""
        return self._native.function_compiler()

    def sockets(self) -> Any:
        """The context's native TCP sockets (``toyjs._core.Sockets``, made on first use):
        sockets the host opened are handed over with ``adopt(fd, "listener" | "connecting",
        connect_errno)``; JS drives them through ``functions()`` (poll, write, end, close,
        setReading, ref, noDelay, keepAlive, wake); ``fileno()`` is readable when poll has
        events; ``refed()`` counts the open ones that keep the loop alive."""
        return self._native.sockets()

    def vm_functions(self) -> JSObject:
        """node:vm's native side, a JS object of functions: ``createContext(object)``,
        ``isContext(value)``, ``run(object, code, filename, lineOffset, columnOffset,
        timeoutMs, displayErrors)``, ``check(code, filename, lineOffset, columnOffset,
        displayErrors)`` and ``compileFunction(code, filename, lineOffset, columnOffset,
        params, object, extensions)`` (``object``: a contextified object, or undefined for
        the calling context)."""
        return self._native.vm_functions()

    def v8_binding_function(self) -> JSFunction:
        """A JS function ``v8Binding()`` returning what node:v8 builds on: classes over V8's
        ValueSerializer and ValueDeserializer whose delegates call back into JS, and the
        heap's statistics (see _core/v8_binding.h)."""
        return self._native.v8_binding_function()

    def async_context_function(self) -> JSFunction | None:
        """A JS function ``asyncContext([value])`` over V8's continuation-preserved embedder
        data (which promise continuations carry): returns the current value, and sets it to
        ``value`` when one is given. None where V8 lacks it (before V8 12)."""
        return self._native.async_context_function()

    def message_function(self, sink: Callable[[Message, Any], None]) -> JSFunction:
        """A JS function ``post(value, transferList, key)`` for messages to another isolate:
        it serializes ``value`` (moving the listed ArrayBuffers) and calls ``sink(message,
        key)``. Passing the `Message` to a JS function of any context deserializes it there,
        once; the sink may hand it to another thread first."""
        return self._native.message_function(sink)

    def snapshot_data(self) -> JSObject | None:
        """What the isolate's startup snapshot kept for its first context (the driver's
        result in `create_snapshot`); ``None`` after the first call."""
        return self._native.snapshot_data()

    def take_unhandled_rejections(self) -> list[JSPromise]:
        """Promises rejected with no handler attached since the last call."""
        return self._native.take_unhandled_rejections()

    def close(self) -> None:
        """Release the context; its handles raise `ClosedError` from now on. Idempotent."""
        self._native.close()

    @property
    def closed(self) -> bool:
        """Whether the context (or its isolate) was closed."""
        return self._native.closed

    def __enter__(self) -> Context:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<toyjs.Context {'closed' if self.closed else 'open'}>"


def _seconds(timeout: float | None) -> float:
    if timeout is None:
        return 0.0
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a number of seconds or None, not {type(timeout).__name__}")
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    return float(timeout)


@atexit.register
def _close_open_isolates() -> None:
    # Dispose while the interpreter is whole, rather than in finalizers at teardown.
    for isolate in list(_open_isolates):
        try:
            isolate.close()
        except Error:
            pass


__all__ = [
    "Context",
    "Isolate",
    "JSFunction",
    "JSModule",
    "JSObject",
    "JSPromise",
    "ModuleLoader",
    "SyntheticModule",
    "V8_VERSION",
    "undefined",
]
