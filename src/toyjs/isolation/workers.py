"""Workers: each a `Runtime` of its own on its own thread, with its own isolate and event loop.

`Workers` belongs to one runtime. It starts that runtime's workers (a `WorkerThread` each) and,
when the runtime is itself a worker, holds the link to its parent (`WorkerParent`). Messages
cross as `Message` objects (serialized in one isolate, deserialized in the other), handed to
the receiving runtime's event loop with ``call_soon_threadsafe``: delivery is a macrotask there.

A worker lives until it calls ``close()``, its parent calls ``terminate()``, or it fails; its
parent's event loop stays alive meanwhile (as in Deno). Closing a runtime terminates and joins
its workers, theirs first.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from toyjs.engine import Message
from toyjs.errors import HostError, JSError, TerminatedError
from toyjs.host.loop import UnhandledRejection
from toyjs.host.modules import path_of
from toyjs.isolation.permissions import Permissions

if TYPE_CHECKING:
    from toyjs.runtime import Runtime

MAX_LIVE_WORKERS = 64  # in one tree of runtimes: each worker is a thread and an isolate


class WorkerBudget:
    """How many workers a tree of runtimes may have alive at once."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._live = 0
        self._lock = threading.Lock()

    def take(self) -> None:
        with self._lock:
            if self._live >= self.limit:
                raise HostError(f"too many workers: at most {self.limit} may run at once", js_name="Error")
            self._live += 1

    def give_back(self) -> None:
        with self._lock:
            self._live -= 1


@dataclass
class WorkerParent:
    """What a worker's runtime knows of the runtime that started it."""

    name: str
    post: Callable[[Message], None]  # thread-safe: queues the message on the parent's loop
    budget: WorkerBudget = field(repr=False)


class Workers:
    """The workers of one runtime, and (for a worker) its link to its parent."""

    def __init__(self, runtime: Runtime, parent: WorkerParent | None = None) -> None:
        self.runtime = runtime
        self.parent = parent
        self._budget = parent.budget if parent is not None else WorkerBudget(MAX_LIVE_WORKERS)
        self._live: dict[int, WorkerThread] = {}
        self._threads: list[WorkerThread] = []  # every one started and not yet joined
        self._ids = itertools.count(1)
        if parent is not None:
            runtime.loop.hold()  # a worker waits for messages until it closes

    # --- ops (on this runtime's thread)
    def base_url(self) -> str:
        """What a relative Worker specifier is resolved against: the main module."""
        return self.runtime.main_url or Path.cwd().as_uri() + "/"

    def start(self, url: str, name: str, permissions: Any) -> int:
        grants = self.runtime.permissions.narrow(permissions)
        self._budget.take()
        worker_id = next(self._ids)
        worker = WorkerThread(self, worker_id, url, name, grants)
        self._live[worker_id] = worker
        self._threads = [thread for thread in self._threads if thread.alive]
        self._threads.append(worker)
        self.runtime.loop.hold()
        worker.start()
        return worker_id

    def post(self, message: Message, worker_id: Any) -> None:
        worker = self._live.get(int(worker_id))
        if worker is not None:
            worker.post(message)

    def terminate(self, worker_id: Any) -> None:
        worker = self._live.pop(int(worker_id), None)
        if worker is not None:
            worker.terminate()
            self.runtime.loop.release()

    def post_to_parent(self, message: Message, _key: Any = None) -> None:
        assert self.parent is not None
        self.parent.post(message)

    def close_self(self) -> None:
        """``close()`` in a worker: its loop ends after the running macrotask."""
        self.runtime.loop.release()
        self.runtime.loop.end()

    # --- from the workers' threads, through this runtime's loop
    def message_from(self, worker_id: int, message: Message) -> None:
        if worker_id in self._live:
            self.runtime.loop.task(self.runtime.core.workerMessage, worker_id, message)

    def ended(self, worker_id: int, failure: dict[str, Any] | None) -> None:
        if self._live.pop(worker_id, None) is None:
            return  # terminated: already let go
        self.runtime.loop.release()
        if failure is None:
            self.runtime.loop.task(self.runtime.core.workerExited, worker_id)
        else:
            self.runtime.loop.task(self.runtime.core.workerFailed, worker_id, failure)

    # --- lifetime
    def terminate_all(self) -> None:
        for worker_id in list(self._live):
            self.terminate(worker_id)

    def close(self) -> None:
        """Terminate every worker and wait for their threads (each closes its own first)."""
        self.terminate_all()
        for thread in self._threads:
            thread.join()
        self._threads.clear()


class WorkerThread:
    """One worker, seen from its parent: the thread, and the way to reach its event loop."""

    def __init__(self, owner: Workers, worker_id: int, url: str, name: str, permissions: Permissions) -> None:
        self.url = url
        self._owner = owner
        self._id = worker_id
        parent_loop = owner.runtime.loop
        self._link = WorkerParent(
            name=name,
            post=lambda message: parent_loop.call_soon_threadsafe(owner.message_from, worker_id, message),
            budget=owner._budget,
        )
        self._permissions = permissions
        self._heap_limit = owner.runtime.heap_limit
        self._lock = threading.Lock()
        self._runtime: Runtime | None = None  # once it is up, on the worker's thread
        self._pending: list[Message] = []  # posted before that
        self._terminated = False
        self._thread = threading.Thread(target=self._main, name=f"toyjs worker {worker_id} {name}".strip(), daemon=True)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def join(self) -> None:
        self._thread.join()

    def post(self, message: Message) -> None:
        with self._lock:
            runtime = self._runtime
            if runtime is None:
                self._pending.append(message)
                return
        runtime.loop.call_soon_threadsafe(self._deliver, runtime, message)

    def terminate(self) -> None:
        with self._lock:
            self._terminated = True
            runtime = self._runtime
        if runtime is not None:
            runtime.loop.stop_threadsafe(TerminatedError("the worker was terminated"))

    @staticmethod
    def _deliver(runtime: Runtime, message: Message) -> None:
        if runtime.main_url is None:
            # Posted before the worker's main module started (which happens in the first step
            # of its run): deliver after that, as HTML enables the port once the script ran.
            runtime.loop.call_soon_threadsafe(WorkerThread._deliver, runtime, message)
            return
        runtime.loop.task(runtime.core.parentMessage, message)

    def _main(self) -> None:
        from toyjs.runtime import Runtime, new_event_loop  # the runtime module builds Workers

        failure: dict[str, Any] | None = None
        aio = new_event_loop()
        runtime: Runtime | None = None
        try:
            runtime = Runtime(heap_limit=self._heap_limit, permissions=self._permissions, parent=self._link)
            runtime.loop.attach(aio)
            with self._lock:
                if self._terminated:
                    return
                self._runtime = runtime
                pending, self._pending = self._pending, []
            for message in pending:
                runtime.loop.call_soon_threadsafe(self._deliver, runtime, message)
            aio.run_until_complete(runtime.run_async(path_of(self.url)))
        except Exception as error:
            if not self._terminated:
                failure = describe_failure(error)
        finally:
            if runtime is not None:
                runtime.close()  # terminates and joins its own workers first
            aio.close()
            self._link.budget.give_back()
            if not self._terminated:
                self._owner.runtime.loop.call_soon_threadsafe(self._owner.ended, self._id, failure)


def describe_failure(error: BaseException) -> dict[str, Any]:
    """What the parent learns of the error that ended a worker: an ErrorEvent's fields and,
    should no listener handle it, the error to throw in the parent."""
    if isinstance(error, JSError):
        prefix = "Uncaught (in promise) " if isinstance(error, UnhandledRejection) else "Uncaught "
        text = f"{error.name}: {error.message}" if error.name else error.message
        return {
            "message": prefix + text,
            "filename": error.filename or "",
            "lineno": error.line or 0,
            "colno": error.column or 0,
            "thrown": {"name": error.name or "Error", "message": error.message, "stack": error.stack},
        }
    return {
        "message": f"Uncaught Error: {error}",
        "filename": "",
        "lineno": 0,
        "colno": 0,
        "thrown": {"name": "Error", "message": str(error), "stack": f"Error: {error}"},
    }
