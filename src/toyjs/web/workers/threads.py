"""Workers: each a `Runtime` of its own on its own thread, with its own isolate and event loop.

`Workers` belongs to one runtime. It starts that runtime's workers (a `WorkerThread` each) and,
when the runtime is itself a worker, holds the link to its parent (`WorkerParent`). Messages
cross as `Message` objects (serialized in one isolate, deserialized in the other) through the
receiving runtime's `Mailbox`, which wakes that runtime's event loop once per batch; each
message is still dispatched as a task of its own there.

Two kinds of worker share this machinery: the Web `Worker` (a module worker, as in Deno)
lives until it calls ``close()``, its parent calls ``terminate()``, or it fails; node:worker_threads'
`Worker` (described by a `NodeWorkerSpec`) runs its file as a main program and ends, as a program
does, when nothing keeps its event loop alive, reporting its exit code. Either way its parent's
event loop stays alive meanwhile (unless a node worker is unref'd). Closing a runtime terminates
and joins its workers, theirs first.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from toyjs.engine import Message
from toyjs.errors import HostError, JSError, TerminatedError
from toyjs.host.loop import new_event_loop, uncaught_prefix
from toyjs.host.modules import StaticGraph, path_of
from toyjs.host.permissions import WORKING_DIRECTORY, check_hiding_target
from toyjs.host.grants import Permissions
from toyjs.web.workers.broadcast import BroadcastHub
from toyjs.web.workers.ports import PortHub

if TYPE_CHECKING:
    from toyjs.host.loop import EventLoop
    from toyjs.runtime import Runtime

MAX_LIVE_WORKERS = 64  # in one tree of runtimes: each worker is a thread and an isolate
TERMINATED_EXIT_CODE = 1  # what node reports for a worker stopped by terminate()
_thread_ids = itertools.count(1)  # node's threadId: unique in the process (the main thread's is 0)


def next_thread_id() -> int:
    return next(_thread_ids)  # atomic under the GIL


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


class Mailbox:
    """Messages for one runtime from other threads, delivered in batches: the first message
    after a drain schedules one drain on the receiver's loop, later ones ride along. This
    spares a thread wake-up per message, the cost that dominates small messages."""

    def __init__(self, deliver: Callable[[list[Any]], None]) -> None:
        self._deliver = deliver
        self._lock = threading.Lock()
        self._items: list[Any] = []
        self._loop: EventLoop | None = None  # None until open: items wait
        self._scheduled = False

    def open(self, loop: EventLoop) -> None:
        with self._lock:
            self._loop = loop
            wake = self._claim_wake_up()
        if wake:
            loop.call_soon_threadsafe(self._drain)

    def put(self, item: Any) -> None:
        with self._lock:
            self._items.append(item)
            loop = self._loop if self._claim_wake_up() else None
        if loop is not None:
            loop.call_soon_threadsafe(self._drain)

    def _claim_wake_up(self) -> bool:
        """(Lock held.) Whether this caller schedules the next drain: items wait, the loop is
        known, and no drain is scheduled yet."""
        if self._scheduled or self._loop is None or not self._items:
            return False
        self._scheduled = True
        return True

    def _drain(self) -> None:
        with self._lock:
            items, self._items = self._items, []
            self._scheduled = False
        self._deliver(items)


@dataclass
class NodeWorkerSpec:
    """What node:worker_threads' `Worker` asks of a worker beyond a Web one (its options)."""

    thread_id: int
    setup: dict[str, Any]  # handed to the worker's JS as it starts: workerData, env, limits...
    argv: list[str]
    source: str | None = None  # eval: true: CommonJS code run in place of a file
    heap_limit: int | None = None  # resourceLimits.maxOldGenerationSizeMb, in bytes


@dataclass
class WorkerParent:
    """What a worker's runtime knows of the runtime that started it."""

    name: str
    post: Callable[[str, Any], None]  # thread-safe: (kind, payload) into the parent's mailbox
    budget: WorkerBudget = field(repr=False)
    ports: PortHub = field(repr=False)
    broadcasts: BroadcastHub = field(repr=False)
    # The worker's own module graph is loaded with the parent's read permission (as in Deno);
    # the parent's static graph, a copy taken when the worker starts, loads freely.
    permissions: Permissions = field(repr=False)
    static_graph: StaticGraph = field(repr=False)
    node: NodeWorkerSpec | None = field(default=None, repr=False)  # a worker_threads Worker's


class Workers:
    """The workers of one runtime, and (for a worker) its link to its parent."""

    def __init__(self, runtime: Runtime, parent: WorkerParent | None = None) -> None:
        self.runtime = runtime
        self.parent = parent
        self.budget = parent.budget if parent is not None else WorkerBudget(MAX_LIVE_WORKERS)
        self.ports = parent.ports if parent is not None else PortHub()
        self.broadcasts = parent.broadcasts if parent is not None else BroadcastHub()
        self._live: dict[int, WorkerThread] = {}
        self._threads: list[WorkerThread] = []  # every one started and not yet joined
        self._ids = itertools.count(1)
        self.inbox = Mailbox(self._messages_from_workers)
        self.inbox.open(runtime.loop)
        # News of this runtime's worker_threads MessagePorts (the ids of those with some).
        self.port_inbox = Mailbox(self._port_news)
        self.port_inbox.open(runtime.loop)
        # Messages for this runtime's BroadcastChannels: (channel id, message) each.
        self.broadcast_inbox = Mailbox(self._broadcast_messages)
        self.broadcast_inbox.open(runtime.loop)
        if parent is not None and parent.node is None:
            runtime.loop.hold()  # a Web worker waits for messages until it closes

    # --- ops (on this runtime's thread)
    def base_url(self) -> str:
        """What a relative Worker specifier is resolved against: the main module, or for code
        run by eval the working directory, which the program must then be allowed to read."""
        if self.runtime.main_url is not None:
            return self.runtime.main_url
        cwd = Path.cwd()
        check_hiding_target(self.runtime.permissions, "read", str(cwd), WORKING_DIRECTORY)
        return cwd.as_uri() + "/"

    def start(self, url: str, name: str, permissions: Any, node: NodeWorkerSpec | None = None) -> int:
        grants = self.runtime.permissions.narrow(permissions)
        self.budget.take()
        worker_id = next(self._ids)
        worker = WorkerThread(self, worker_id, url, name, grants, node)
        self._live[worker_id] = worker
        self._threads = [thread for thread in self._threads if thread.alive]
        self._threads.append(worker)
        self.runtime.loop.hold()
        worker.start()
        return worker_id

    def post(self, message: Any, worker_id: Any) -> None:
        worker = self._live.get(int(worker_id))
        if worker is not None:
            worker.post(message)

    def terminate(self, worker_id: Any) -> None:
        worker = self._live.get(int(worker_id))
        if worker is None or worker.terminated:
            return
        worker.terminate()
        if worker.reports_exit:
            return  # its thread's end is reported (node's 'exit'), and lets go of the loop then
        del self._live[worker.id]
        self._let_go(worker)

    def set_ref(self, worker_id: Any, ref: bool) -> None:
        """A node worker's ref()/unref(): whether it keeps this runtime's loop alive."""
        worker = self._live.get(int(worker_id))
        if worker is None or worker.holds_loop == ref:
            return
        worker.holds_loop = ref
        if ref:
            self.runtime.loop.hold()
        else:
            self.runtime.loop.release()

    def _let_go(self, worker: WorkerThread) -> None:
        if worker.holds_loop:
            worker.holds_loop = False
            self.runtime.loop.release()

    def post_to_parent(self, message: Any, _key: Any = None) -> None:
        assert self.parent is not None
        self.parent.post("message", message)

    def close_self(self) -> None:
        """``close()`` in a worker: its loop ends after the running macrotask."""
        self.runtime.loop.release()
        self.runtime.loop.end()

    # --- from the workers' threads, through this runtime's loop
    def _messages_from_workers(self, batch: list[tuple[int, str, Any]]) -> None:
        """(worker id, "message" or "online", payload) items from the workers."""
        batch = [item for item in batch if item[0] in self._live]
        if batch:
            self.runtime.loop.dispatch(self.runtime.core.workerMessages, batch)

    def _port_news(self, port_ids: list[int]) -> None:
        """Ports of this runtime's were posted to or closed: [id, messages, closed] each."""
        news = []
        for port_id in dict.fromkeys(port_ids):
            messages, closed = self.ports.take(port_id)
            if messages or closed:
                news.append([port_id, messages, closed])
        if news:
            self.runtime.loop.dispatch(self.runtime.core.portNews, news)

    def _broadcast_messages(self, batch: list[tuple[int, Message]]) -> None:
        self.runtime.loop.dispatch(self.runtime.core.broadcastMessages, batch)

    def ended(self, worker_id: int, failure: dict[str, Any] | None, exit_code: int) -> None:
        worker = self._live.pop(worker_id, None)
        if worker is None:
            return  # terminated: already let go
        self._let_go(worker)
        if failure is None:
            self.runtime.loop.task(self.runtime.core.workerExited, worker_id, exit_code)
        else:
            self.runtime.loop.task(self.runtime.core.workerFailed, worker_id, failure)

    # --- lifetime
    def terminate_all(self) -> None:
        for worker_id in list(self._live):
            self.terminate(worker_id)

    def close(self) -> None:
        """Terminate every worker and wait for their threads (each closes its own first)."""
        self.broadcasts.forget(self.broadcast_inbox)
        self.terminate_all()
        for thread in self._threads:
            thread.join()
        self._threads.clear()


class WorkerThread:
    """One worker, seen from its parent: the thread, and the mailbox of its event loop."""

    def __init__(
        self, owner: Workers, worker_id: int, url: str, name: str, permissions: Permissions, node: NodeWorkerSpec | None
    ) -> None:
        self.url = url
        self.id = worker_id
        self.holds_loop = True  # Workers.start holds the parent's loop for it
        self.reports_exit = node is not None  # node's 'exit' event, after terminate() too
        self.terminated = False
        self._owner = owner
        self._node = node
        self._link = WorkerParent(
            name=name,
            post=lambda kind, payload: owner.inbox.put((worker_id, kind, payload)),
            budget=owner.budget,
            ports=owner.ports,
            broadcasts=owner.broadcasts,
            node=node,
            permissions=owner.runtime.permissions,
            static_graph=owner.runtime.loader.static_graph.copy(),
        )
        self._permissions = permissions
        self._heap_limit = node.heap_limit if node is not None and node.heap_limit else owner.runtime.heap_limit
        self._runtime_class = type(owner.runtime)
        self._lock = threading.Lock()
        self._runtime: Runtime | None = None  # once it is up, on the worker's thread
        self._inbox = Mailbox(self._messages_from_parent)
        self._thread = threading.Thread(target=self._main, name=f"toyjs worker {worker_id} {name}".strip(), daemon=True)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def join(self) -> None:
        self._thread.join()

    def post(self, message: Any) -> None:
        self._inbox.put(message)

    def terminate(self) -> None:
        with self._lock:
            self.terminated = True
            runtime = self._runtime
        if runtime is not None:
            runtime.loop.stop_threadsafe(TerminatedError("the worker was terminated"))

    # --- on the worker's thread
    def _messages_from_parent(self, batch: list[Message]) -> None:
        runtime = self._runtime
        if runtime is not None:
            runtime.loop.dispatch(runtime.core.parentMessages, batch)

    def _main(self) -> None:
        failure: dict[str, Any] | None = None
        exit_code = 0
        aio = new_event_loop()
        runtime: Runtime | None = None
        try:
            # A runtime of the parent's own class (the runtime layer sits above this one).
            runtime = self._runtime_class(heap_limit=self._heap_limit, permissions=self._permissions, parent=self._link)
            runtime.loop.attach(aio)
            with self._lock:
                if self.terminated:
                    return
                self._runtime = runtime
            exit_code = aio.run_until_complete(self._run(runtime))
        except Exception as error:
            if not self.terminated:
                failure = describe_failure(error, self.url)
        finally:
            if runtime is not None:
                runtime.close()  # terminates and joins its own workers first
            aio.close()
            self._link.budget.give_back()
            if self.terminated and self.reports_exit:
                exit_code, failure = TERMINATED_EXIT_CODE if self._runtime is not None else 0, None
            if not self.terminated or self.reports_exit:
                # After any message this worker posted: a drain of the parent's mailbox that
                # holds them was scheduled earlier on the same loop.
                self._owner.runtime.loop.call_soon_threadsafe(self._owner.ended, self.id, failure, exit_code)

    async def _run(self, runtime: Runtime) -> int:
        node = self._node
        if node is None:
            main = asyncio.ensure_future(runtime.run_async(path_of(self.url)))
        else:
            self._link.post("online", None)
            # The worker side of node:worker_threads (parentPort, workerData) before the program.
            runtime.loop.macrotask(runtime.core.requireBuiltin, "worker_threads")
            runtime.loop.raise_fatal()
            start = None if node.source is None else functools.partial(runtime.core.runWorkerEval, node.source)
            main = asyncio.ensure_future(runtime.run_async(path_of(self.url), node.argv, start=start))
        # The task's first step starts the main module; messages are delivered after that,
        # as HTML enables a worker's port once its script ran.
        await asyncio.sleep(0)
        self._inbox.open(runtime.loop)
        return await main


def describe_failure(error: BaseException, url: str) -> dict[str, Any]:
    """What the parent learns of the error that ended the worker at ``url``: an ErrorEvent's
    fields and, should no listener handle it, the error to throw in the parent."""
    if isinstance(error, JSError):
        text = f"{error.name}: {error.message}" if error.name else error.message
        return {
            "message": uncaught_prefix(error) + text,
            "filename": error.filename or "",
            "lineno": error.line or 0,
            "colno": error.column or 0,
            "thrown": {"name": error.name or "Error", "message": error.message, "stack": error.stack},
        }
    # The host's own error before any JS ran (the worker's module was denied or not found).
    name = error.js_name if isinstance(error, HostError) else "Error"
    return {
        "message": f"Uncaught {name}: {error}",
        "filename": url,
        "lineno": 0,
        "colno": 0,
        "thrown": {"name": name, "message": str(error), "stack": f"{name}: {error}\n    at {url}"},
    }
