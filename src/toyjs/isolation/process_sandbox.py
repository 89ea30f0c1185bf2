"""The sandbox in a child process: what the engine cannot contain in-process (a V8 fatal error,
a segfault, one allocation too large for the heap limit's headroom) ends the child, not the host.

The child runs an in-process `Sandbox` under an address-space limit; calls and results cross a
pipe as pickled plain data (the converted values: numbers, strings, lists, dicts, bytes...).
A child that dies raises `SandboxCrashed`; the next call takes a fresh one. Children are
started ahead of need (`WarmChildren`): one that has imported toyjs waits in the background,
so replacing a dead child, or starting a sandbox, costs a sandbox's creation, not a process's.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from toyjs.engine import undefined
from toyjs.errors import Error, HeapLimitError, JSError, TerminatedError
from toyjs.isolation.permissions import Permissions

# Address space for the child: V8 reserves much more than it commits, so this is generous;
# it is a backstop for what the heap limit cannot stop, not the limit itself.
ADDRESS_SPACE = 2 * 2**30
START_TIMEOUT = 60.0
ERRORS = {"TerminatedError": TerminatedError, "HeapLimitError": HeapLimitError, "Error": Error}


class SandboxCrashed(Error):
    """The sandbox's child process died; the next call starts a fresh one."""


def _child(connection: Connection) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    from toyjs.isolation.sandbox import Sandbox

    connection.send(("warm", None))
    try:
        options, exposed = connection.recv()
    except EOFError:
        return
    sandbox = Sandbox(**options)
    for name, function in exposed:
        sandbox.expose(name, function)
    connection.send(("ready", None))
    while True:
        try:
            method, args = connection.recv()
        except EOFError:
            return
        try:
            connection.send(("ok", _plain(getattr(sandbox, method)(*args))))
        except JSError as error:
            fields = {key: getattr(error, key) for key in ("name", "message", "stack", "filename", "line", "column")}
            fields["value"] = _plain_or_none(error.value)
            connection.send(("js", (str(error), fields)))
        except Error as error:
            connection.send(("error", (type(error).__name__, str(error))))


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if value is undefined:
        return None
    raise Error(f"a {type(value).__name__} cannot leave the sandbox process: only plain data crosses")


def _plain_or_none(value: Any) -> Any:
    try:
        return _plain(value)
    except Error:
        return None


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
    process = context.Process(target=_child, args=(child,), daemon=True)
    process.start()
    child.close()
    if not parent.poll(START_TIMEOUT):
        process.kill()
        raise SandboxCrashed("the sandbox process did not start")
    parent.recv()
    return process, parent


WARM_CHILDREN = WarmChildren()


class ProcessSandbox:
    """`Sandbox(..., process=True)`: the same calls, answered by a child process."""

    def __init__(self, *, heap_limit: int | None, timeout: float | None, permissions: Permissions | None) -> None:
        self.timeout = timeout
        self._options = {"heap_limit": heap_limit, "timeout": timeout, "permissions": permissions}
        self._exposed: list[tuple[str, Callable[..., Any]]] = []
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None

    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Expose ``function`` in the child, where it runs (it must pickle: a module-level
        function). A fresh child gets every function exposed so far."""
        self._exposed.append((name, function))
        if self._process is not None:
            self.call_method("expose", name, function)

    def call_method(self, method: str, *args: Any) -> Any:
        connection = self._ensure_child()
        connection.send((method, args))
        # The child enforces the time limit itself; this is the backstop for a child that hangs.
        grace = None if self.timeout is None else self.timeout + 3.0
        if not connection.poll(grace):
            self._kill()
            raise TerminatedError("the sandbox process stopped answering and was killed")
        try:
            kind, payload = connection.recv()
        except (EOFError, OSError):
            raise self._crashed() from None
        if kind == "ok":
            return payload
        if kind == "js":
            text, fields = payload
            raise JSError(text, **fields)
        name, message = payload
        raise ERRORS.get(name, Error)(message)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._process is not None:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._kill()
        self._process = None
        self._connection = None

    def _ensure_child(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._connection is not None:
            return self._connection
        process, connection = WARM_CHILDREN.take()
        try:
            connection.send((self._options, self._exposed))
            if not connection.poll(START_TIMEOUT):
                raise EOFError
            connection.recv()
        except (EOFError, OSError):
            process.kill()
            raise SandboxCrashed("the sandbox process did not start") from None
        self._process, self._connection = process, connection
        return connection

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
