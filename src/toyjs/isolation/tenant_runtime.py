"""TenantRuntime: a `Runtime` for one tenant's code, with every limit on by one argument.

It denies all I/O unless granted, caps its heap, and bounds each call with a timeout that
covers everything the call causes: the code, its microtasks, the timers it schedules and the
host callbacks they make. A call that runs out of time or memory raises `TerminatedError` /
`HeapLimitError`; what it left scheduled is dropped and the runtime stays usable.

The in-process `Sandbox` is one of these; a process sandbox's child runs one too.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from toyjs.engine import JSPromise
from toyjs.errors import Error, HeapLimitError
from toyjs.host.loop import ProcessExit, promise_future
from toyjs.host.grants import Permissions
from toyjs.runtime import Runtime, run_with_time_limit

T = TypeVar("T")


class TenantRuntime:
    """``eval``, ``call`` and ``run_module`` (and their ``*_async`` twins) each run until the
    work they started is done or ``timeout`` ends it."""

    def __init__(self, *, heap_limit: int | None, timeout: float | None, permissions: Permissions) -> None:
        self.timeout = timeout
        self._heap_limit = heap_limit
        self._permissions = permissions
        self._exposed: dict[str, Callable[..., Any]] = {}
        self._retired: list[Runtime] = []  # replaced while their loop ran: closed after it
        self.runtime = self._new_runtime()

    def _new_runtime(self) -> Runtime:
        runtime = Runtime(heap_limit=self._heap_limit, permissions=self._permissions)
        # The tenant's code that the host runs through a handle (str() of a returned Proxy,
        # a getter) obeys the same limit as the tenant's own calls.
        runtime.isolate.call_timeout = self.timeout
        for name, function in self._exposed.items():
            runtime.expose(name, function)
        return runtime

    # --- blocking API
    def eval(self, code: str, filename: str) -> Any:
        return self._blocking(self.eval_async(code, filename))

    def call(self, name: str, *args: Any) -> Any:
        return self._blocking(self.call_async(name, *args))

    def run_module(self, path: str | os.PathLike[str]) -> int:
        return self._blocking(self.run_module_async(os.fspath(path)))

    # --- async API
    async def eval_async(self, code: str, filename: str) -> Any:
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
        self.runtime.expose(name, function)
        self._exposed[name] = function

    # --- lifetime
    @property
    def closed(self) -> bool:
        return self.runtime.isolate.closed

    def close(self) -> None:
        self._close_retired()
        self.runtime.close()

    # --- internals
    async def _bounded(self, start: Callable[[], Any]) -> Any:
        """Run ``start`` as a macrotask, then the loop until idle, within the timeout; a
        returned promise is awaited."""

        async def work() -> Any:
            loop = self.runtime.loop
            loop.attach(asyncio.get_running_loop())
            try:
                value = loop.macrotask(self.runtime._finish_macrotask, start, True)
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
        if self.timeout is not None:
            message = f"the sandbox call ran past its time limit of {self.timeout:g} s"
            work = run_with_time_limit(self.runtime, work, self.timeout, message)
        try:
            result = await work
        except Error:
            # A call stopped by its time limit (or failing otherwise) may also have left the
            # tenant over its heap limit: the next call must not pay for it.
            self._discard_if_over_limit()
            raise
        if self._discard_if_over_limit():
            raise HeapLimitError(
                "the call left the sandbox holding more than its heap limit: its state was discarded"
            )
        return result

    def _discard_if_over_limit(self) -> bool:
        """V8 lends a script that runs out of heap room to unwind in, and a tenant that keeps
        what it made there (a global string flattened past the limit) would keep it, call after
        call, until the process runs out of memory. A sandbox over its limit after a call, even
        after a full collection, starts afresh: same limits, the same exposed functions, none
        of the tenant's state."""
        isolate = self.runtime.isolate
        if self._heap_limit is None or isolate.heap_statistics()["used_heap_size"] <= self._heap_limit:
            return False
        isolate.collect_garbage()
        if isolate.heap_statistics()["used_heap_size"] <= self._heap_limit:
            return False
        isolate.close()  # its memory goes now; its loop may be the one running this call
        self._retired.append(self.runtime)
        self.runtime = self._new_runtime()
        return True

    def _close_retired(self) -> None:
        while self._retired:
            self._retired.pop().close()

    def _blocking(self, work: Coroutine[Any, Any, T]) -> T:
        # The runtime's own loop: closing the runtime then also releases what its calls
        # opened there (fetch's HTTP session).
        try:
            return self.runtime._block_on(work)
        finally:
            self._close_retired()
