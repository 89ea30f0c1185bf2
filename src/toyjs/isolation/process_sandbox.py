"""A tenant in a child process: what the engine cannot contain in-process (a V8 fatal error, a
segfault, one allocation too large for the heap limit's headroom) ends the child, not the host.

The child (`toyjs.isolation.process_child`) runs a `TenantRuntime` under an address-space
limit; calls and results cross a pipe as pickled plain data (the converted values: numbers,
strings, lists, dicts, bytes...), and an exception raised there is raised here. A child that
dies raises `SandboxCrashed`; the next call takes a fresh one. Children are started ahead of
need (`WarmChildren`): one that has imported toyjs waits in the background, so replacing a
dead child, or starting a sandbox, costs a sandbox's creation, not a process's.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any

from toyjs.errors import ClosedError, Error, TerminatedError
from toyjs.host.grants import Permissions
from toyjs.isolation.process_child import serve

START_TIMEOUT = 60.0
# How long past its own time limit a child may take to answer before it is taken for hung.
ANSWER_GRACE = 3.0


class SandboxCrashed(Error):
    """The sandbox's child process died; the next call starts a fresh one."""


class WarmChildren:
    """Child processes started ahead of need, with toyjs imported, waiting for their options."""

    def __init__(self, spares: int = 1) -> None:
        self.spares = spares
        self._lock = threading.Lock()
        self._ready: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
        self._starting = 0

    def take(self) -> tuple[multiprocessing.process.BaseProcess, Connection]:
        """A started child (a warm one if there is one), and more started in the background."""
        with self._lock:
            child = self._ready.pop(0) if self._ready else None
        self._refill()
        return child if child is not None and child[0].is_alive() else _start_child()

    def _refill(self) -> None:
        with self._lock:
            wanted = self.spares - len(self._ready) - self._starting
            self._starting += max(wanted, 0)
        for _ in range(wanted):
            # Not a daemon: a start under way at exit is let finish (multiprocessing then ends the child).
            threading.Thread(target=self._start_one, name="toyjs warm sandbox child").start()

    def _start_one(self) -> None:
        try:
            child = _start_child()
        except SandboxCrashed:
            child = None
        with self._lock:
            self._starting -= 1
            if child is not None:
                self._ready.append(child)


def _start_child() -> tuple[multiprocessing.process.BaseProcess, Connection]:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=serve, args=(child,), daemon=True)
    process.start()
    child.close()
    if not parent.poll(START_TIMEOUT):
        process.kill()
        raise SandboxCrashed("the sandbox process did not start")
    parent.recv()
    return process, parent


WARM_CHILDREN = WarmChildren()


def pickled_for_child(name: str, function: Callable[..., Any]) -> bytes:
    """``function`` as the child will load it; a `TypeError` saying why if it cannot cross."""
    if not callable(function):
        raise TypeError(f"expose() needs a Python callable, not {type(function).__name__}")
    try:
        return bytes(ForkingPickler.dumps(function))
    except Exception as error:
        raise TypeError(
            f"{function!r} cannot be exposed as {name!r} to a sandbox process: it runs in the child, "
            f"which gets it pickled, so it must be importable by name (a function defined at the top "
            f"level of a module), not a lambda or a local function ({error})"
        ) from None


class SandboxProcess:
    """One tenant's child process, seen from the host. Calls take turns; a call answered by an
    exception raises it here (the child goes on); a child that died is replaced on the next call,
    with every function exposed so far."""

    def __init__(self, *, heap_limit: int | None, timeout: float | None, permissions: Permissions) -> None:
        self.timeout = timeout
        self._options = {"heap_limit": heap_limit, "timeout": timeout, "permissions": permissions}
        self._exposed: list[tuple[str, bytes]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        with self._lock:
            self._ensure_child()  # a configuration the child refuses is an error now

    @property
    def pid(self) -> int | None:
        """The current child's process id (``None`` until one is started)."""
        return self._process.pid if self._process is not None else None

    @property
    def closed(self) -> bool:
        return self._closed

    def call(self, method: str, *args: Any) -> Any:
        with self._lock:
            return self._call(method, args)

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        pickled = pickled_for_child(name, function)
        with self._lock:
            self._call("expose", (name, pickled))
            self._exposed.append((name, pickled))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._connection is not None:
                self._connection.close()
            if self._process is not None:
                self._process.join(timeout=5)
                if self._process.is_alive():
                    self._kill()
            self._process = None
            self._connection = None

    # --- internals (the lock held)
    def _call(self, method: str, args: tuple[Any, ...]) -> Any:
        try:
            request = ForkingPickler.dumps((method, args))
        except Exception as error:
            raise TypeError(f"the arguments cannot cross to the sandbox process: {error}") from None
        connection = self._ensure_child()
        try:
            connection.send_bytes(request)
        except OSError:  # the child died since it was last seen alive
            raise self._crashed() from None
        return self._answer(connection)

    def _ensure_child(self) -> Connection:
        if self._closed:
            raise ClosedError("the sandbox is closed")
        if self._process is not None and self._process.is_alive() and self._connection is not None:
            return self._connection
        process, connection = WARM_CHILDREN.take()
        self._process, self._connection = process, connection
        try:
            connection.send((self._options, self._exposed))
            self._answer(connection, START_TIMEOUT)
        except BaseException:
            self._kill()
            raise
        return connection

    def _answer(self, connection: Connection, wait: float | None = None) -> Any:
        """The child's answer to what was just sent: its value, or its exception raised."""
        if wait is None and self.timeout is not None:
            # The child enforces the time limit itself; this is the backstop for one that hangs.
            wait = self.timeout + ANSWER_GRACE
        try:
            message = connection.recv() if connection.poll(wait) else None
        except (EOFError, OSError):
            raise self._crashed() from None
        except BaseException:
            # Interrupted (KeyboardInterrupt) or unreadable: the child's answer could then be
            # taken for the next call's, so this child goes.
            self._kill()
            raise
        if message is None:
            self._kill()
            raise TerminatedError("the sandbox process stopped answering and was killed")
        kind, payload = message
        if kind == "raised":
            raise payload
        return payload

    def _crashed(self) -> SandboxCrashed:
        process = self._process
        if process is not None:
            process.join(timeout=5)
        code = process.exitcode if process is not None else None
        self._process = None
        self._connection = None
        if code is not None and code < 0:
            how = f"was killed by {signal.Signals(-code).name}"
        else:
            how = f"exited with code {code}"
        return SandboxCrashed(f"the sandbox process {how}; the next call starts a fresh one")

    def _kill(self) -> None:
        if self._process is not None and self._process.pid is not None:
            try:
                os.kill(self._process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._process.join(timeout=5)
        self._process = None
        self._connection = None
