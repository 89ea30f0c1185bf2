"""The event loop: macrotasks for one context, driven by asyncio.

Every call into JS that the loop makes is a macrotask, and each is followed (in JS, by
``core.runTask``) by the process.nextTick queue and a microtask checkpoint, in Node's order.
Timers live in JS (``web/timers``); the loop only keeps one asyncio timer for the earliest due
one. The loop is alive while a timer is due or an async operation is in flight; it ends when
neither is left, when JS throws an uncaught error or leaves a rejection unhandled, or when JS
calls ``process.exit``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from toyjs.engine import Context, JSFunction, JSObject, JSPromise
from toyjs.errors import JSError, TerminatedError


class ProcessExit(BaseException):
    """Raised by ``process.exit(code)``: it unwinds JS (a BaseException terminates the isolate's
    running code) and ends the loop with ``code``."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class UnhandledRejection(JSError):
    """A promise was rejected and no handler was attached before the microtasks drained."""


def uncaught_prefix(error: JSError) -> str:
    """How Node and Deno label an error that ended a program (or a worker)."""
    return "Uncaught (in promise) " if isinstance(error, UnhandledRejection) else "Uncaught "


class EventLoop:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.core: JSObject | None = None  # set once host/core.js ran
        self.origin = time.monotonic()  # (the timers' clock counts from here)
        self._aio: asyncio.AbstractEventLoop | None = None
        self._timer_due: float | None = None  # ms since origin, of the earliest active timer
        self._timer_ref = False  # whether an active timer keeps the loop alive
        self._timer_handle: asyncio.TimerHandle | None = None
        self._armed_due = 0.0  # what _timer_handle was armed for
        self._in_flight = 0
        self._holds = 0  # things JS keeps open (a started MessagePort) that keep the loop alive
        self._running: set[asyncio.Task[None]] = set()  # the async operations in flight
        self._operations: dict[Any, asyncio.Task[None]] = {}  # cancellable, by key
        self._waiting: set[asyncio.Event] = set()  # one per run() awaiting a change
        self._fatal: BaseException | None = None
        self._ending = False  # an error ended the loop; no run() has gone on since
        # What the layer above does with an uncaught exception or unhandled rejection before
        # it ends the loop: (kind, thrown value, promise or None) -> whether a handler of the
        # program took it (Node's process 'uncaughtException' and 'unhandledRejection').
        self.on_uncaught: Callable[[str, Any, Any], bool] | None = None
        self._held: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []  # see dispatch()
        self._stop_reason: BaseException | None = None  # set by stop_threadsafe
        self._readers: dict[int, Callable[[], None]] = {}  # descriptor -> what runs when ready
        self._keepers: list[Callable[[], int]] = []  # what else may keep the loop alive

    # --- ops JS calls
    def now(self) -> float:
        """Milliseconds since the loop started (the timers' clock)."""
        return (time.monotonic() - self.origin) * 1000.0

    def set_timer(self, due: float, keeps_alive: bool = True) -> None:
        """JS asks to be woken at ``due`` (ms); a negative value means no active timer is left.
        ``keeps_alive`` says whether any active timer holds the loop open (unref'd ones do not)."""
        self._timer_due = None if due < 0 else due
        if self._timer_handle is not None and (self._timer_due is None or self._timer_due < self._armed_due):
            self._timer_handle.cancel()
            self._timer_handle = None
        if self._timer_handle is None:
            self._arm_timer()
        # (else the wake-up armed comes first, and waits for the rest: a timer pushed later,
        # as a keep-alive timeout is on every request, costs no new asyncio timer)
        refs = keeps_alive and due >= 0
        if refs != self._timer_ref:
            self._timer_ref = refs
            self._wake()  # whether the loop is alive may have changed

    def has_timer(self) -> bool:
        """Whether a timer is active, unref'd ones included (a worker-like host, which has no
        unref, waits for those too: tests/wpt)."""
        return self._timer_due is not None

    def hold(self) -> None:
        """Something in JS stays open (a started MessagePort): keep the loop alive."""
        self._holds += 1

    def release(self) -> None:
        self._holds = max(self._holds - 1, 0)  # 0 after drop_holds, for holds taken before it
        self._wake()

    def keep_alive_while(self, count: Callable[[], int]) -> None:
        """The loop stays alive while ``count()`` is above zero (native handles JS holds open,
        asked whenever the loop looks whether to end)."""
        self._keepers.append(count)

    def watch_descriptor(self, fd: int, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever ``fd`` is readable (it should dispatch the macrotask that
        consumes what is ready). The watch follows the loop onto another asyncio loop, and
        pauses while the loop is ending, as other events are held then."""
        self._readers[fd] = callback
        if self._aio is None:
            self.asyncio_loop()  # (which watches every descriptor, this one included)
        else:
            self._aio.add_reader(fd, self._ready, fd)

    def _watch_descriptors(self, aio: asyncio.AbstractEventLoop) -> None:
        for fd in self._readers:
            aio.add_reader(fd, self._ready, fd)  # (adding one again replaces it)

    def unwatch_descriptor(self, fd: int) -> None:
        if self._readers.pop(fd, None) is not None and self._aio is not None and not self._aio.is_closed():
            self._aio.remove_reader(fd)

    def _ready(self, fd: int) -> None:
        if self._ending:
            self._aio.remove_reader(fd)  # type: ignore[union-attr]  # watched again by _resume
            return
        self._readers[fd]()

    def drop_holds(self) -> None:
        """Stop waiting for what JS holds open (a stopped sandbox call's message ports)."""
        self._holds = 0

    # --- macrotasks
    def macrotask(self, function: Callable[..., Any], *args: Any) -> Any:
        """Call into JS as one macrotask; uncaught errors and exits become the loop's end."""
        try:
            return function(*args)
        except BaseException as error:
            # Beyond errors and exits: KeyboardInterrupt from Ctrl-C, or what a Python callback
            # or signal handler raised. Thrown from an asyncio callback it would unwind the
            # asyncio loop itself (or be logged and lost); raised by run() it reaches the caller.
            if isinstance(error, TerminatedError) and self._stop_reason is not None:
                error = self._stop_reason
            if not self._taken_by_program("uncaughtException", error, None):
                self._end_with(error)
        finally:
            self._check_rejections()
            self._wake()
        return None

    def dispatch(self, function: Callable[..., Any], *args: Any) -> None:
        """Run a macrotask an event brought (a timer, a finished operation, a message). While
        the loop is ending with an error not raised yet, it is held until that error was raised:
        nothing runs between an error that ends a program and the program's end (as in Node,
        where the process is gone); a loop that is run again afterwards runs it then."""
        if self._ending:
            self._held.append((function, args))
            return
        self.macrotask(function, *args)

    def task(self, callback: JSFunction, *args: Any) -> None:
        """Dispatch a JS callback as a macrotask followed by ticks and microtasks."""
        self.dispatch(self._run_task, callback, *args)

    def start(self, operation: Awaitable[Any], key: Any = None) -> JSPromise:
        """Run a Python awaitable as an async operation; JS gets a promise for its result.

        The operation keeps the loop alive until it finishes; one started with a ``key`` can be
        cancelled (`cancel`), after which its promise never settles. Once JS was stopped here
        (a terminated worker, a call past its time limit) or the isolate closed, the running
        operations are cancelled and what any of them still brings is dropped: nothing calls
        into a runtime that cannot run JS.
        """
        aio = self.asyncio_loop()
        promise, resolve, reject = self.core.deferred()  # type: ignore[union-attr]
        self._in_flight += 1

        async def settle() -> None:
            try:
                value = await operation
            except Exception as error:  # becomes the JS rejection, with its Python cause
                if not self._js_stopped():
                    self.dispatch(self._reject, reject, error)
            else:
                if not self._js_stopped():
                    self.task(resolve, value)

        def finished(task: asyncio.Task[None]) -> None:
            # (here, not in settle: a task cancelled before its first step never runs settle)
            self._in_flight -= 1
            self._running.discard(task)
            if key is not None and self._operations.get(key) is task:
                del self._operations[key]
            if asyncio.iscoroutine(operation):
                operation.close()  # one cancelled before it began is let go without a warning
            self._wake()

        task = aio.create_task(settle())
        task.add_done_callback(finished)
        self._running.add(task)
        if key is not None:
            self._operations[key] = task
        return promise

    def _run_task(self, callback: JSFunction, *args: Any) -> None:
        # (core's functions are looked up in the macrotask, where a stopped isolate's error is
        # handled: looked up before, it would escape from the asyncio callback or task)
        self.core.runTask(callback, *args)  # type: ignore[union-attr]

    def _reject(self, reject: JSFunction, error: Exception) -> None:
        def throw() -> None:
            raise error

        self.core.runTask(self.core.rejectWith, reject, throw)  # type: ignore[union-attr]

    def _js_stopped(self) -> bool:
        """Whether JS can no longer run here: a stop was requested, or the isolate closed."""
        return self._stop_reason is not None or self.context.isolate.closed

    def cancel(self, key: Any) -> None:
        """Cancel the operation started with ``key``, if it is still running."""
        task = self._operations.pop(key, None)
        if task is not None:
            task.cancel()

    async def cancel_operations(self) -> None:
        """Cancel the operations still running (a fetch begun just before process.exit) and
        wait until they have unwound. One left pending when its asyncio loop closes may be
        answered by the loop's thread pool (the name lookup of a connection) into the closed
        loop, which prints "Event loop is closed" on stderr."""
        here = asyncio.get_running_loop()
        for task in self._running:
            task.cancel()
        # (those on another loop, the caller's of an *_async call, unwind there)
        await asyncio.gather(*(task for task in self._running if task.get_loop() is here), return_exceptions=True)

    # --- running
    async def run(self, until: asyncio.Future[Any] | None = None) -> None:
        """Run macrotasks until nothing keeps the loop alive, or until ``until`` is done."""
        self.attach(asyncio.get_running_loop())
        if until is not None:
            until.add_done_callback(lambda _: self._wake())
        # JS that ran outside a macrotask (a context's own eval) ends as a task would: its ticks
        # and microtasks run, and what it scheduled reaches the host.
        if self.core is not None:
            self.core.processTicks()
        while True:
            self.raise_fatal()
            self._resume()
            if until is not None and until.done():
                return
            if not self.alive():
                return
            wakeup = asyncio.Event()
            self._waiting.add(wakeup)
            try:
                await wakeup.wait()
            finally:
                self._waiting.discard(wakeup)

    def attach(self, aio: asyncio.AbstractEventLoop) -> None:
        """Drive this loop from ``aio`` (a pending timer moves over with it)."""
        if aio is self._aio:
            return
        if self._aio is not None and not self._aio.is_closed():
            for fd in self._readers:
                self._aio.remove_reader(fd)
        self._aio = aio
        self._watch_descriptors(aio)
        if self._timer_handle is not None:
            self._timer_handle.cancel()
            self._timer_handle = None
        self._arm_timer()

    def stop_threadsafe(self, error: BaseException) -> None:
        """End the loop with ``error``; callable from any thread (a time limit, say)."""
        self._stop_reason = error
        self.context.isolate.hold_stop(True)  # stops JS running now, and any that starts
        aio = self._aio
        if aio is not None and not aio.is_closed():
            aio.call_soon_threadsafe(self._stop, error)

    def call_soon_threadsafe(self, callback: Callable[..., Any], *args: Any) -> None:
        """Call ``callback(*args)`` on this loop's thread, from any thread (a worker's message);
        dropped when the loop has no asyncio loop any more."""
        aio = self._aio
        if aio is None or aio.is_closed():
            return
        try:
            aio.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # closed since the check
            pass

    def end(self) -> None:
        """End the loop after the running macrotask, as ``process.exit(0)`` would, but without
        stopping the JS that runs now (a worker's ``close()``)."""
        self._end_with(ProcessExit(0))

    def uncaught(self, thrower: Callable[[], Any]) -> None:
        """JS reports an error nothing can catch (a queueMicrotask callback's): ``thrower``
        throws it; the loop ends with it once the running task is over, before any other."""
        try:
            thrower()
        except JSError as error:
            if not self._taken_by_program("uncaughtException", error, None):
                self._end_with(error)

    def main_failed(self, promise: JSPromise) -> None:
        """A main module failed (its evaluation's promise rejected): as in node, the program's
        'unhandledRejection' and 'uncaughtException' handlers may take it; else it ends the
        loop as an uncaught error (the loop waits for nothing else)."""
        if self._ending:
            return
        try:
            promise.result()
        except JSError as error:
            if not self._taken_by_program("unhandledRejection", error, promise):
                self._end_with(error)
        finally:
            self._check_rejections()
            self._wake()

    def task_ended(self) -> bool:
        """JS ran one task of a batch (one of the timers due together, say): look for unhandled
        rejections now, as Node does after each. True when the loop is ending: the rest of
        the batch must not run."""
        self._check_rejections()
        return self._fatal is not None

    def clear_stop(self) -> None:
        """Forget a stop requested for a call that has ended (the loop serves further calls),
        and the error it ended the loop with if no run() raised it yet: a time limit's timer
        may fire just after its call failed another way, and its error is that call's."""
        if self._stop_reason is not None and self._fatal is self._stop_reason:
            self._fatal = None
        self._stop_reason = None
        self.context.isolate.hold_stop(False)

    def _stop(self, error: BaseException) -> None:
        if self._stop_reason is not error:
            return  # requested for a call that has ended since
        self._end_with(error)
        for task in list(self._running):
            task.cancel()  # (what they would bring is dropped all the same)

    def raise_fatal(self) -> None:
        """Raise the error that ended the loop, if one did since the last run."""
        if self._fatal is not None:
            fatal, self._fatal = self._fatal, None
            raise fatal

    def _taken_by_program(self, kind: str, error: BaseException, promise: Any) -> bool:
        """Whether the program's own handler took an uncaught JS error (see ``on_uncaught``);
        an error its handler throws ends the loop in its place."""
        if self.on_uncaught is None or not isinstance(error, JSError) or isinstance(error, UnhandledRejection):
            return False
        try:
            return self.on_uncaught(kind, error.value, promise)
        except JSError as failure:
            self._end_with(failure)
            return True

    def alive(self) -> bool:
        """Whether anything (an active timer, an operation, an open port) keeps the loop going."""
        return (
            self._timer_ref or self._in_flight > 0 or self._holds > 0 or any(count() > 0 for count in self._keepers)
        )

    def _end_with(self, error: BaseException) -> None:
        """The loop ends with ``error`` (the first one wins): nothing an event brings runs
        until a run() goes on with no error left to raise."""
        self._fatal = self._fatal or error
        self._ending = True
        self._wake()

    def _resume(self) -> None:
        """A run() goes on after an error was raised (the REPL's loop, a Runtime called again):
        what was held back while the loop was ending runs now."""
        if not self._ending:
            return
        self._ending = False
        held, self._held = self._held, []
        aio = self.asyncio_loop()
        for function, args in held:
            aio.call_soon(self.dispatch, function, *args)
        self._watch_descriptors(aio)  # (paused while ending)
        if self._timer_handle is None:
            self._arm_timer()  # timers that came due while the loop was ending

    # --- internals
    def _arm_timer(self) -> None:
        if self._timer_due is None or self._aio is None:
            return
        delay = max(0.0, (self._timer_due - self.now()) / 1000.0)
        self._armed_due = self._timer_due
        self._timer_handle = self._aio.call_later(delay, self._fire_timers)

    def _fire_timers(self) -> None:
        self._timer_handle = None
        if self._timer_due is not None and self._timer_due > self.now():
            self._arm_timer()  # woke early (clock granularity): wait for the rest
            return
        if self._ending:
            return  # armed again when a run() goes on (_resume)
        self.macrotask(self._run_timers)
        if self._timer_handle is None:
            # runTimers was stopped before it reported the next timer (a termination skips
            # its `finally`): wake again for the one still due, which reports afresh.
            self._arm_timer()

    def _run_timers(self) -> None:
        # (looked up in the macrotask, as _run_task's)
        self.core.runTimers()  # type: ignore[union-attr]

    def _check_rejections(self) -> None:
        for promise in self.context.take_unhandled_rejections():
            if self._fatal is not None:
                return
            try:
                promise.result()
            except JSError as error:
                if self._taken_by_program("unhandledRejection", error, promise):
                    continue
                rejection = UnhandledRejection(
                    str(error),
                    name=error.name,
                    message=error.message,
                    stack=error.stack,
                    filename=error.filename,
                    line=error.line,
                    column=error.column,
                    value=error.value,
                    excerpt=error.excerpt,
                )
                rejection.__cause__ = error.__cause__
                self._end_with(rejection)

    def _wake(self) -> None:
        for wakeup in self._waiting:
            wakeup.set()

    def asyncio_loop(self) -> asyncio.AbstractEventLoop:
        """The asyncio loop this event loop runs on (the running one, from the first call)."""
        if self._aio is None:
            self._aio = asyncio.get_running_loop()
            self._watch_descriptors(self._aio)
        return self._aio


def promise_future(promise: JSPromise) -> asyncio.Future[Any]:
    """An asyncio future (on the running loop) that settles with a JS promise; a rejection
    becomes `JSError`. Reactions run whenever the isolate runs microtasks, that is, while
    its event loop runs; the future is done as soon as they ran."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def fulfilled(value: Any) -> None:
        if not future.done():
            future.set_result(value)

    def rejected(_reason: Any) -> None:
        if not future.done():
            try:
                promise.result()
            except JSError as error:
                future.set_exception(error)

    promise.then(fulfilled, rejected)
    return future


async def await_promise(promise: JSPromise) -> Any:
    """The value of a JS promise, awaited from asyncio."""
    if promise.state != "pending":
        return promise.result()
    return await promise_future(promise)


def _promise_await(self: JSPromise) -> Any:
    return await_promise(self).__await__()


JSPromise.__await__ = _promise_await  # type: ignore[attr-defined]


def new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop's loop when it is installed (it is a dependency), else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()
