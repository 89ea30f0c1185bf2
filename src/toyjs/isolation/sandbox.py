"""Sandbox: a runtime for one tenant's code, with every limit on by one argument.

A sandbox denies all I/O unless granted, caps its heap, and bounds each call with a timeout
that covers everything the call causes: the code, its microtasks, the timers it schedules and
the host callbacks they make. A call that runs out of time or memory raises
`TerminatedError` / `HeapLimitError`; what it left scheduled is dropped and the sandbox stays
usable.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from toyjs.engine import JSPromise
from toyjs.errors import Error
from toyjs.host.loop import ProcessExit, promise_future
from toyjs.isolation.permissions import Permissions
from toyjs.isolation.process_sandbox import ProcessSandbox
from toyjs.runtime import Runtime, run_with_time_limit

T = TypeVar("T")

DEFAULT_HEAP_LIMIT = 64 * 2**20
DEFAULT_TIMEOUT = 5.0


class Sandbox:
    """``Sandbox(heap_limit=64 MiB, timeout=5 s, permissions=None, process=False)``: tenant
    code in its own isolate. ``eval``, ``call`` and ``run_module`` (and their ``*_async``
    twins) each run until the work they started is done or the timeout ends it.

    ``process=True`` runs the tenant in a child process instead (see `ProcessSandbox`): what
    cannot be contained in-process ends the child, and raises `SandboxCrashed` here.
    """

    def __new__(cls, *, process: bool = False, **options: Any) -> Any:
        if process:
            return ProcessSandboxFacade(**options)
        return super().__new__(cls)

    def __init__(
        self,
        *,
        heap_limit: int | None = DEFAULT_HEAP_LIMIT,
        timeout: float | None = DEFAULT_TIMEOUT,
        permissions: Permissions | None = None,
        process: bool = False,
    ) -> None:
        self.timeout = timeout
        self.runtime = Runtime(heap_limit=heap_limit, permissions=permissions or Permissions.deny_all())
        # The tenant's code that the host runs through a handle (str() of a returned Proxy,
        # a getter) obeys the same limit as the sandbox's own calls.
        self.runtime.isolate.call_timeout = timeout

    # --- blocking API
    def eval(self, code: str, filename: str = "<sandbox>") -> Any:
        return self._blocking(self.eval_async(code, filename))

    def call(self, name: str, *args: Any) -> Any:
        return self._blocking(self.call_async(name, *args))

    def run_module(self, path: str | os.PathLike[str]) -> int:
        return self._blocking(self.run_module_async(os.fspath(path)))

    # --- async API
    async def eval_async(self, code: str, filename: str = "<sandbox>") -> Any:
        return await self._bounded(lambda: self.runtime.context.eval(code, filename))

    async def call_async(self, name: str, *args: Any) -> Any:
        def invoke() -> Any:
            function = self.runtime.context.globals.get(name)
            if function is None or not callable(function):
                raise Error(f"the sandbox has no global function named {name!r}")
            return function(*args)

        return await self._bounded(invoke)

    async def run_module_async(self, path: str | os.PathLike[str]) -> int:
        return await self._limited(self.runtime.run_async(path))

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Give the tenant a Python function (yours to gate: it is not permission-checked)."""
        self.runtime.expose(name, function)

    # --- lifetime
    def close(self) -> None:
        self.runtime.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<toyjs.Sandbox timeout={self.timeout}s {'closed' if self.runtime.isolate.closed else 'open'}>"

    # --- internals
    async def _bounded(self, start: Callable[[], Any]) -> Any:
        """Run ``start`` as a macrotask, then the loop until idle, within the timeout; a
        returned promise is awaited."""

        async def work() -> Any:
            loop = self.runtime.loop
            loop.attach(asyncio.get_running_loop())
            try:
                value = loop.macrotask(self.runtime.finish_macrotask, start, True)
                loop.raise_fatal()
                settled = promise_future(value) if isinstance(value, JSPromise) else None
                await loop.run()
            except ProcessExit as exit:
                # A BaseException, meant to end a program: here only the call ends, as an error
                # the embedder's `except toyjs.Error` sees (and what the call left is dropped).
                raise Error(f"the sandboxed code called process.exit({exit.code})") from None
            if settled is not None:
                if not settled.done():
                    settled.cancel()
                    raise Error("the promise can never settle: nothing is left to run in the sandbox")
                return settled.result()
            return value

        return await self._limited(work())

    async def _limited(self, work: Awaitable[T]) -> T:
        if self.timeout is None:
            return await work
        message = f"the sandbox call ran past its time limit of {self.timeout:g} s"
        return await run_with_time_limit(self.runtime, work, self.timeout, message)

    def _blocking(self, work: Coroutine[Any, Any, T]) -> T:
        # The runtime's own loop: closing the runtime then also releases what its calls
        # opened there (fetch's HTTP session).
        return self.runtime.block_on(work)


class ProcessSandboxFacade:
    """The Sandbox API over a `ProcessSandbox`; the async twins run the blocking call in a
    thread so the caller's event loop keeps going."""

    def __init__(
        self,
        *,
        heap_limit: int | None = DEFAULT_HEAP_LIMIT,
        timeout: float | None = DEFAULT_TIMEOUT,
        permissions: Permissions | None = None,
    ) -> None:
        self.timeout = timeout
        self._child = ProcessSandbox(heap_limit=heap_limit, timeout=timeout, permissions=permissions)

    def eval(self, code: str, filename: str = "<sandbox>") -> Any:
        return self._child.call_method("eval", code, filename)

    def call(self, name: str, *args: Any) -> Any:
        return self._child.call_method("call", name, *args)

    def run_module(self, path: str | os.PathLike[str]) -> int:
        return self._child.call_method("run_module", os.fspath(path))

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Give the tenant a Python function; it runs in the child, so it must pickle (a
        module-level function)."""
        self._child.expose(name, function)

    async def eval_async(self, code: str, filename: str = "<sandbox>") -> Any:
        return await asyncio.to_thread(self.eval, code, filename)

    async def call_async(self, name: str, *args: Any) -> Any:
        return await asyncio.to_thread(self.call, name, *args)

    async def run_module_async(self, path: str | os.PathLike[str]) -> int:
        return await asyncio.to_thread(self.run_module, path)

    def close(self) -> None:
        self._child.close()

    def __enter__(self) -> ProcessSandboxFacade:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<toyjs.Sandbox process=True timeout={self.timeout}s>"
