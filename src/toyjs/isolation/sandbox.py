"""Sandbox: a runtime for one tenant's code, with every limit on by one argument.

`Sandbox` is the protocol and the entry point: ``Sandbox(process=False)`` makes an
`InProcessSandbox` (the tenant in an isolate of this process), ``Sandbox(process=True)`` a
`ProcessSandbox` (the tenant in a child process). Both are `Sandbox` instances with the same
methods, signatures and errors; only what crosses differs (plain data, picklable functions).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import Any, ClassVar

from toyjs.host.grants import Permissions
from toyjs.isolation.process_sandbox import SandboxProcess
from toyjs.isolation.tenant_runtime import TenantRuntime

DEFAULT_HEAP_LIMIT = 64 * 2**20
DEFAULT_TIMEOUT = 5.0
DEFAULT_FILENAME = "<sandbox>"


class Sandbox:
    """``Sandbox(heap_limit=64 MiB, timeout=5 s, permissions=None, process=False)``: tenant
    code in its own isolate, denied all I/O unless ``permissions`` grant it. ``eval``,
    ``call`` and ``run_module`` (and their ``*_async`` twins) each run until the work they
    started is done or the timeout ends it (`TerminatedError`); running out of heap raises
    `HeapLimitError`; either way what the call left scheduled is dropped and the sandbox stays
    usable.

    ``process=True`` runs the tenant in a child process: what cannot be contained in-process
    ends the child and raises `SandboxCrashed` here, and the next call gets a fresh child.
    """

    process: ClassVar[bool]

    def __new__(
        cls,
        *,
        heap_limit: int | None = DEFAULT_HEAP_LIMIT,
        timeout: float | None = DEFAULT_TIMEOUT,
        permissions: Permissions | None = None,
        process: bool = False,
    ) -> Sandbox:
        if cls is Sandbox:
            cls = ProcessSandbox if process else InProcessSandbox
        return super().__new__(cls)

    def __init__(
        self,
        *,
        heap_limit: int | None = DEFAULT_HEAP_LIMIT,
        timeout: float | None = DEFAULT_TIMEOUT,
        permissions: Permissions | None = None,
        process: bool = False,
    ) -> None:
        # (``process`` chose the class, in __new__.)
        self.heap_limit = heap_limit
        self.timeout = timeout
        self.permissions = permissions if permissions is not None else Permissions.deny_all()

    # --- the API, which each kind implements (a plain base class rather than an abstract
    # one: type checkers refuse to call an abstract class, and `Sandbox(...)` is the way in)
    def eval(self, code: str, filename: str = DEFAULT_FILENAME) -> Any:
        """Evaluate a script; a returned promise is awaited."""
        raise NotImplementedError

    def call(self, name: str, *args: Any) -> Any:
        """Call the global function ``name``; a returned promise is awaited."""
        raise NotImplementedError

    def run_module(self, path: str | os.PathLike[str]) -> int:
        """Run an ES module as a program; returns its exit code."""
        raise NotImplementedError

    async def eval_async(self, code: str, filename: str = DEFAULT_FILENAME) -> Any:
        """`eval` on the caller's asyncio loop."""
        raise NotImplementedError

    async def call_async(self, name: str, *args: Any) -> Any:
        """`call` on the caller's asyncio loop."""
        raise NotImplementedError

    async def run_module_async(self, path: str | os.PathLike[str]) -> int:
        """`run_module` on the caller's asyncio loop."""
        raise NotImplementedError

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Give the tenant a Python function (yours to gate: it is not permission-checked)."""
        raise NotImplementedError

    # --- lifetime
    @property
    def closed(self) -> bool:
        """Whether `close` was called."""
        raise NotImplementedError

    def close(self) -> None:
        """End the sandbox and free what it holds. Idempotent."""
        raise NotImplementedError

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = " process=True" if self.process else ""
        timeout = "none" if self.timeout is None else f"{self.timeout:g}s"
        return f"<toyjs.Sandbox{mode} timeout={timeout} {'closed' if self.closed else 'open'}>"


class InProcessSandbox(Sandbox):
    """`Sandbox(process=False)`: the tenant in an isolate of this process."""

    process = False

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._tenant = TenantRuntime(heap_limit=self.heap_limit, timeout=self.timeout, permissions=self.permissions)

    def eval(self, code: str, filename: str = DEFAULT_FILENAME) -> Any:
        return self._tenant.eval(code, filename)

    def call(self, name: str, *args: Any) -> Any:
        return self._tenant.call(name, *args)

    def run_module(self, path: str | os.PathLike[str]) -> int:
        return self._tenant.run_module(path)

    async def eval_async(self, code: str, filename: str = DEFAULT_FILENAME) -> Any:
        return await self._tenant.eval_async(code, filename)

    async def call_async(self, name: str, *args: Any) -> Any:
        return await self._tenant.call_async(name, *args)

    async def run_module_async(self, path: str | os.PathLike[str]) -> int:
        return await self._tenant.run_module_async(path)

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Give the tenant a Python function (yours to gate: it is not permission-checked)."""
        self._tenant.expose(name, function)

    @property
    def closed(self) -> bool:
        return self._tenant.closed

    def close(self) -> None:
        self._tenant.close()


class ProcessSandbox(Sandbox):
    """`Sandbox(process=True)`: the tenant in a child process (see `SandboxProcess`), started
    with the sandbox. Results cross as plain data; an exception raised in the child is raised
    here and the child lives on; the async twins run the blocking call in a thread, so the
    caller's event loop keeps going."""

    process = True

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._child = SandboxProcess(heap_limit=self.heap_limit, timeout=self.timeout, permissions=self.permissions)

    def eval(self, code: str, filename: str = DEFAULT_FILENAME) -> Any:
        return self._child.call("eval", code, filename)

    def call(self, name: str, *args: Any) -> Any:
        return self._child.call("call", name, *args)

    def run_module(self, path: str | os.PathLike[str]) -> int:
        return self._child.call("run_module", os.fspath(path))

    async def eval_async(self, code: str, filename: str = DEFAULT_FILENAME) -> Any:
        return await asyncio.to_thread(self.eval, code, filename)

    async def call_async(self, name: str, *args: Any) -> Any:
        return await asyncio.to_thread(self.call, name, *args)

    async def run_module_async(self, path: str | os.PathLike[str]) -> int:
        return await asyncio.to_thread(self.run_module, path)

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Give the tenant a Python function; it runs in the child, which gets it pickled, so
        it must be importable by name (a module-level function): anything else is a
        `TypeError` here and now."""
        self._child.expose(name, function)

    @property
    def closed(self) -> bool:
        return self._child.closed

    def close(self) -> None:
        self._child.close()
