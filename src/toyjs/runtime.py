"""Runtime: an isolate, its main context, the event loop, the module loader and the web APIs,
assembled so that a program runs as it would under Node or Deno."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import threading
from collections.abc import Awaitable, Coroutine, Iterator, Sequence
from concurrent import futures
from pathlib import Path
from typing import Any, Callable, TypeVar

from toyjs.engine import Context, Isolate, JSFunction, JSObject, JSPromise
from toyjs.errors import Error, TerminatedError
from toyjs.host.environment import Environment
from toyjs.host.grants import Permissions
from toyjs.host.loop import EventLoop, ProcessExit, new_event_loop, promise_future
from toyjs.host.modules import FileModuleLoader, ModuleNotFound
from toyjs.host.snapshot import runtime_snapshot
from toyjs.node import NodeBuiltins
from toyjs.node import snapshot_scripts as node_snapshot_scripts
from toyjs.node.commonjs import CommonJSModules
from toyjs.web import AREAS, area_ops, area_scripts
from toyjs.web.workers.threads import WorkerParent, Workers


T = TypeVar("T")
SIGNAL_CHECK_SECONDS = 0.05  # a blocking call's spells of waiting for the driver thread


class UnsettledTopLevelAwait(Error):
    """The main module's top-level await can never finish: nothing is left to run."""


class Runtime:
    """Runs JS programs from Python: ``toyjs.Runtime().run("app.js")``.

    ``heap_limit`` (bytes) caps the isolate's heap; ``argv`` becomes ``process.argv[2:]``
    (unless `run` is given arguments of its own);
    ``permissions`` says what the program may reach (network, files, environment): nothing by
    default, as in Deno; the main module's static graph loads regardless (see
    `toyjs.host.modules`). Functions you `expose` are yours to gate, and so is a ``loader``
    of your own (the default one checks ``permissions``). ``parent`` is set by a Worker for
    the runtime it starts.
    Blocking methods (`run`, `eval`, `import_module`, `finish`) drive a private asyncio loop
    (uvloop when installed), also when called inside a running asyncio loop (an asyncio
    application, a Jupyter cell: the private loop then runs on a thread of the runtime's own
    while the caller waits); their ``*_async`` twins run on the caller's loop.

    Values come back converted as the README's Python section says; a function read off a
    handle, or copied out of an object or array, keeps that object as its ``this``.
    """

    def __init__(
        self,
        *,
        heap_limit: int | None = None,
        argv: Sequence[str] = (),
        loader: FileModuleLoader | None = None,
        permissions: Permissions | None = None,
        parent: WorkerParent | None = None,
    ) -> None:
        self.permissions = permissions if permissions is not None else Permissions.deny_all()
        self.environment = Environment()
        self.heap_limit = heap_limit
        self.isolate = Isolate(heap_limit=heap_limit, snapshot=runtime_snapshot(_snapshot_scripts()))
        self.context: Context = self.isolate.new_context()
        self.loop = EventLoop(self.context)
        self.loader = loader or FileModuleLoader(self.permissions, parent.static_graph if parent is not None else None)
        self.builtins = NodeBuiltins(self)
        self.loader.builtins = self.builtins
        self.loader.commonjs = CommonJSModules(self)
        self.context.module_loader = self.loader
        # What linking the main module's static graph is checked against: nothing for a
        # program's own (as in Deno), the parent's permissions for a worker's (as Deno too).
        self._static_graph_permissions = parent.permissions if parent is not None else None
        self.argv = ["toyjs", *argv]
        # (descriptor, serialization) of the IPC channel to the parent that forked this
        # process, when the CLI found one (node/child_process/channel.py).
        self.parent_channel: tuple[int, str] | None = None
        self.main_url: str | None = None
        self.workers = Workers(self, parent)
        self._aio: asyncio.AbstractEventLoop | None = None
        self._blocking_lock = threading.Lock()
        self._loop_thread: int | None = None  # the thread running the private loop, when one is
        self._driver: threading.Thread | None = None  # see _block_on
        self._async_loops: dict[asyncio.AbstractEventLoop, int] = {}  # *_async calls running on each
        self._closers: list[Callable[[], Awaitable[None]]] = []
        self._install()

    def _install(self) -> None:
        ops: dict[str, Any] = {  # functions, and objects of them
            "now": self.context.clock_function(self.loop.origin),
            "setTimer": self.loop.set_timer,
            "holdLoop": self.loop.hold,
            "releaseLoop": self.loop.release,
            "uncaught": self.loop.uncaught,
            "taskEnded": self.loop.task_ended,
            "runMicrotasks": self.context.microtask_function(),
            "hasUnhandledRejections": self.context.rejections_function(),
            "isProxy": self.context.proxy_check_function(),
            "text": self.context.text_functions(),
            "parseRequestHead": self.context.http_head_function(),
            "detachArrayBuffer": self.context.detach_function(),
            "structuredClone": self.context.clone_function(),
            "untransferable": self.context.untransferable_functions(),
            "compileFunction": self.context.function_compiler(),
            "vm": self.context.vm_functions(),
            "v8Binding": self.context.v8_binding_function(),
        }
        async_context = self.context.async_context_function()
        if async_context is not None:
            ops["asyncContext"] = async_context
        for area in AREAS:
            ops.update(area_ops(area, self))
        ops.update(self.builtins.ops())
        core = self.context.snapshot_data()
        assert core is not None, "the runtime snapshot keeps host/core.js's object"
        self.core: JSObject = core
        self.core.start(ops)
        self.loop.core = self.core
        self.loop.on_uncaught = self._report_uncaught
        self._process_ticks = self.core.processTicks

    # --- running programs
    def run(
        self,
        path: str | os.PathLike[str],
        args: Sequence[str] = (),
        *,
        timeout: float | None = None,
        then: JSFunction | None = None,
    ) -> int:
        """Run a program (an ES module file) until its event loop is empty; returns the exit
        code (``process.exitCode`` or the code given to ``process.exit``).

        An uncaught exception or unhandled rejection raises `JSError`; past ``timeout``
        seconds the program is stopped with `TerminatedError`. ``then`` (an ES module's
        only) is called with the main module's namespace once it evaluated (`toyjs serve`
        starts its server so); what it throws fails the program as the module's own error.
        """
        return self._block_on(self.run_async(path, args, timeout=timeout, then=then))

    async def run_async(
        self,
        path: str | os.PathLike[str],
        args: Sequence[str] = (),
        *,
        timeout: float | None = None,
        start: Callable[[], Any] | None = None,
        then: JSFunction | None = None,
    ) -> int:
        """`run` on the caller's asyncio loop. ``start``: a function (calling into JS) that
        starts the program in place of loading the file at ``path`` (a worker_threads Worker's
        eval code). ``then``: as `run`'s."""
        with self._async_call():
            try:
                main = self._run_main(Path(path).absolute(), args, start, then)
                if timeout is None:
                    return await main
                return await run_with_time_limit(self, main, timeout, time_limit_message(timeout))
            finally:
                await self._release_resources()

    async def _run_main(
        self, main_path: Path, args: Sequence[str], start: Callable[[], Any] | None, then: JSFunction | None
    ) -> int:
        self.core.process["argv"] = [self.argv[0], str(main_path), *(args or self.argv[1:])]
        self.loop.attach(asyncio.get_running_loop())
        try:
            if self.parent_channel is not None:
                self.loop.macrotask(self._connect_parent_channel)
            if start is not None:
                self.loop.macrotask(self._finish_macrotask, start)
                main = None  # a CommonJS program: done when its loop is
            else:
                main = self.loop.macrotask(self._start_main, main_path, then)
            await self._run_until_idle()
            if main is not None and main.state == "pending":
                raise UnsettledTopLevelAwait(f"Warning: Detected unsettled top-level await in {self.main_url}")
        except ProcessExit as exit:
            return self._exiting(exit.code)
        return self._exiting(self._exit_code())

    def _connect_parent_channel(self) -> None:
        """process.send() and the 'message' events, before the program runs, as Node's."""
        self.core.requireBuiltin("child_process")  # (whose ops carry the channel)
        connect = self.core.requireBuiltin("internal/child_process/ipc")["connectToParent"]
        connect(*self.parent_channel)  # type: ignore[misc]

    async def _run_until_idle(self) -> None:
        """The event loop until nothing is left, then process 'beforeExit' (whose listeners
        may start more work, as in Node), until they start none."""
        while True:
            await self.loop.run()
            self.loop.macrotask(self._report_to_process, "beforeExit", self._exit_code())
            self.loop.raise_fatal()
            if not self.loop.alive():
                return

    def _exiting(self, code: int) -> int:
        """Process 'exit' listeners run (they may change process.exitCode, or call
        process.exit, which ends them); the code the program ends with."""
        self.core.process["exitCode"] = code
        try:
            self._report_to_process("exit", code)
        except ProcessExit as exit:
            return exit.code
        return self._exit_code()

    def _report_uncaught(self, kind: str, value: Any, promise: Any) -> bool:
        # Node's listeners get (error, origin) and (reason, promise). A rejection no
        # 'unhandledRejection' listener took is an uncaught exception (node's default mode,
        # "throw"): 'uncaughtException' listeners get it with that origin.
        if kind == "unhandledRejection":
            return self._report_to_process(kind, value, promise) or self._report_to_process(
                "uncaughtException", value, "unhandledRejection")
        return self._report_to_process(kind, value, kind)

    def _report_to_process(self, event: str, *args: Any) -> bool:
        taken = bool(self.core.processEvent(event, *args))
        self._process_ticks()
        return taken

    def _start_main(self, main_path: Path, then: JSFunction | None = None) -> JSPromise | None:
        main_path, is_commonjs = self._find_main(main_path)
        if is_commonjs and then is not None:
            raise Error(f"{main_path} is a CommonJS module: it has no default export to serve")
        if is_commonjs:
            self.main_url = main_path.as_uri()
            self.core.requireBuiltin("internal/cjs_loader").runMain(str(main_path))
            self._process_ticks()
            return None
        self.main_url = self._link_static_graph(main_path)
        main = self.context.import_module(self.main_url)
        if then is not None:
            main = main.then(then)
        main.then(_ignore, lambda _reason: self._main_rejected(main))
        self._process_ticks()
        return main

    def _main_rejected(self, main: JSPromise) -> None:
        """The main module failed (a throw at its top level, a rejected top-level await): an
        uncaught exception from now, as in node (process 'uncaughtException' may take it, or it
        ends the program while timers and servers are still open), not once the loop is idle."""
        self.loop.hold()  # (the loop waits for the report, even with nothing else to do)

        def report() -> None:
            self.loop.release()
            self.loop.main_failed(main)

        self.loop.asyncio_loop().call_soon(report)

    def _find_main(self, main_path: Path) -> tuple[Path, bool]:
        """The main file, found as require() finds one (``app`` may name ``app.js``), and
        whether it runs as CommonJS (by the rules ``import`` follows); it is the program's
        own, so it is read without permission, as an ES main module is."""
        with self.loader.linking_static_graph(self._static_graph_permissions):
            found = self.loader.resolve_require(str(main_path), None)
            if found is None:
                raise ModuleNotFound(f"Cannot find module '{main_path}'")
            path = Path(found)
            kind = self.loader.format_of(path)
            if kind in ("commonjs", "ambiguous"):
                self.loader.static_graph.urls.add(path.as_uri())
                source = self.loader.source_of(str(path))
        if kind == "ambiguous":
            return path, not self.loader.commonjs.is_module_syntax(source, str(path))  # type: ignore[union-attr]
        return path, kind == "commonjs"

    def _link_static_graph(self, main_path: Path) -> str:
        """Resolve, load and link the main module and everything it imports statically,
        before any of it runs: that is the program's static graph, which the loader then lets
        the program load again without permission. Returns the main module's URL."""
        with self.loader.linking_static_graph(self._static_graph_permissions):
            url = self.loader.resolve(main_path.as_uri(), "", {})
            source = self.loader.load(url, {})
            assert isinstance(source, str), "an ES main module is a file of JS (_find_main)"
            self.context.compile_module(source, url).link()
        return url

    def eval(self, code: str, filename: str = "<eval>", *, timeout: float | None = None) -> Any:
        """Evaluate a classic script and return its completion value, converted to Python
        (see the README's Python section for what converts to what); a returned promise is
        awaited while the event loop runs.

        A JS exception raises `JSError`. Past ``timeout`` seconds (the script, its microtasks
        and the timers it waits for, together) the evaluation is stopped with
        `TerminatedError`; what it left scheduled is dropped and the runtime stays usable.
        Callable from inside a running asyncio loop too (blocking it meanwhile);
        `eval_async` awaits instead.
        """
        return self._block_on(self.eval_async(code, filename, timeout=timeout))

    async def eval_async(self, code: str, filename: str = "<eval>", *, timeout: float | None = None) -> Any:
        """`eval` on the caller's asyncio loop: the runtime's timers and I/O run on it while
        this awaits."""
        work = self._eval_promise_async(self._evaluate, code, filename)
        if timeout is None:
            return await work
        return await run_with_time_limit(self, work, timeout, time_limit_message(timeout, "the evaluation"))

    async def _eval_promise_async(self, start: Callable[..., Any], *args: Any) -> Any:
        """Run ``start(*args)`` (which calls into JS) as a macrotask; a promise it returns is
        awaited while the event loop runs."""
        with self._async_call():
            self.loop.attach(asyncio.get_running_loop())
            value = self.loop.macrotask(start, *args)
            self.loop.raise_fatal()
            if not isinstance(value, JSPromise):
                return value
            settled = promise_future(value)
            await self.loop.run(until=settled)
            if not settled.done():
                settled.cancel()
                raise Error("the promise can never settle: nothing is left to run in the event loop")
            return settled.result()

    def _finish_macrotask(self, start: Callable[[], Any], awaited: bool = False) -> Any:
        """Call ``start`` (which calls into JS), then the nextTick queue and microtasks.
        ``awaited``: the caller awaits a promise ``start`` returns, so its rejection is
        handled (raised by the caller), not reported as an unhandled rejection."""
        value = start()
        if awaited and isinstance(value, JSPromise):
            value.then(_ignore, _ignore)
        self._process_ticks()
        return value

    def _evaluate(self, code: str, filename: str, as_handle: bool = False) -> Any:
        # A converted result is awaited by eval; a handle is shown as it is (the REPL, eval -p).
        return self._finish_macrotask(lambda: self.context.eval(code, filename, as_handle=as_handle), not as_handle)

    def _eval_handle(self, code: str, filename: str = "<eval>") -> JSObject:
        """Evaluate a classic script as a macrotask; its value comes back unconverted."""
        self.loop.attach(self._private_loop())
        value = self.loop.macrotask(self._evaluate, code, filename, True)
        self.loop.raise_fatal()
        return value

    def finish(self) -> int:
        """Run the event loop until nothing keeps it alive (the timers and I/O that earlier
        calls started); returns the exit code."""
        return self._block_on(self.finish_async())

    async def finish_async(self) -> int:
        """`finish` on the caller's asyncio loop."""
        with self._async_call():
            self.loop.attach(asyncio.get_running_loop())
            try:
                await self.loop.run()
            except ProcessExit as exit:
                return exit.code
            return self._exit_code()

    # --- npm packages and modules from Python
    def require(self, specifier: str, *, base: str | os.PathLike[str] | None = None) -> Any:
        """``require(specifier)`` as a CommonJS module in folder ``base`` (the working
        directory by default) would run it: a package from ``node_modules``, a file, or a
        built-in. Returns ``module.exports`` as a live handle (a package's functions keep
        their ``this``); reading the package needs read permission, as any program's would."""
        folder = Path(base if base is not None else os.getcwd()).absolute()
        loader = self.core.requireBuiltin("internal/cjs_loader")
        require = loader.createRequire(str(folder / "<toyjs>"))
        exports = require.call_handle(None, specifier)
        self._process_ticks()
        return exports

    def import_module(self, specifier: str, *, base: str | os.PathLike[str] | None = None) -> Any:
        """``import(specifier)`` from folder ``base`` (the working directory by default): the
        module's namespace, once it and its graph evaluated (the event loop runs meanwhile)."""
        return self._block_on(self.import_module_async(specifier, base=base))

    async def import_module_async(self, specifier: str, *, base: str | os.PathLike[str] | None = None) -> Any:
        """`import_module` on the caller's asyncio loop."""
        folder = Path(base if base is not None else os.getcwd()).absolute()
        referrer = (folder / "<toyjs>").as_uri()
        return await self._eval_promise_async(lambda: self.context.import_module(specifier, referrer))

    def _evaluate_for_repl(self, code: str) -> JSObject:
        return self._evaluate(code, "REPL", True)

    def _exit_code(self) -> int:
        code = self.core.exitCode()
        return int(code) if isinstance(code, (int, float)) else 0

    @contextlib.contextmanager
    def _async_call(self) -> Iterator[None]:
        """An ``*_async`` call runs on the running asyncio loop: a blocking call made on that
        loop's thread meanwhile would wait for it forever (see `_block_on`)."""
        aio = asyncio.get_running_loop()
        self._async_loops[aio] = self._async_loops.get(aio, 0) + 1
        try:
            yield
        finally:
            self._async_loops[aio] -= 1
            if not self._async_loops[aio]:
                del self._async_loops[aio]

    # --- Python functions for JS
    def expose(self, name: str, function: Callable[..., Any]) -> None:
        """Make a Python callable a global JS function; ``async def`` functions return promises
        whose operation keeps the event loop alive until it finishes."""
        if asyncio.iscoroutinefunction(function):
            start = self.loop.start

            def call_async(*args: Any) -> JSPromise:
                return start(function(*args))

            self.context.expose(name, call_async)
        else:
            self.context.expose(name, function)

    # --- lifetime
    def add_closer(self, closer: Callable[[], Awaitable[None]]) -> None:
        """Register an async clean-up (an HTTP session, say) to run when the loop goes idle
        at the end of a program and when the runtime closes."""
        self._closers.append(closer)

    async def _release_resources(self) -> None:
        """What a program leaves open when it ends: its workers are terminated, the
        operations it started and did not see end are cancelled, the closers run."""
        self.workers.terminate_all()
        await self.loop.cancel_operations()
        for closer in self._closers:
            await closer()

    def close(self) -> None:
        """End the runtime: what programs left open is released, workers end, the isolate is
        disposed of (handles on its values raise `ClosedError` from then on). Idempotent."""
        if self._aio is not None and not self.isolate.closed and not self._inside_a_call():
            self._block_on(self._release_resources())
        self.workers.close()
        self.isolate.close()
        self._stop_driver()
        if self._aio is not None and not self._aio.is_running():
            self._aio.close()
            self._aio = None

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<toyjs.Runtime {'closed' if self.isolate.closed else 'open'}>"

    def _private_loop(self) -> asyncio.AbstractEventLoop:
        if self._aio is None:
            self._aio = new_event_loop()
        return self._aio

    def _block_on(self, work: Coroutine[Any, Any, T]) -> T:
        """Run ``work`` to completion on the runtime's private asyncio loop (uvloop when
        installed) and return its result: what every blocking method does.

        One call at a time: another thread's waits for it. A thread whose own asyncio loop is
        running (an asyncio application, a Jupyter cell) cannot run a second one: from the
        first such call on, the private loop runs on a driver thread of the runtime's own,
        and each blocking call waits for its work there (blocking the caller's loop, as any
        blocking call does). V8 lets one thread at a time use the isolate; the isolate's lock
        hands it over. A call that would wait for itself is an error: from a Python function
        JS called (the isolate is in use on this thread), from the private loop's own thread,
        or while an ``*_async`` call runs on this thread's loop.
        """
        if self._inside_a_call():
            work.close()
            raise Error(
                "a blocking Runtime method was called from inside another one on the same thread "
                "(from a function JS called): use the *_async method, or return and call it afterwards"
            )
        callers_loop = _running_asyncio_loop()
        if callers_loop in self._async_loops:
            work.close()
            raise Error(
                "a blocking Runtime method was called while an *_async call of the same runtime is "
                "running on this thread's asyncio loop: await the *_async method instead"
            )
        with self._blocking_lock:
            if self._driver is None and callers_loop is None:
                return self._run_private_loop(work)
            return self._wait_for_driver(work)

    def _inside_a_call(self) -> bool:
        """Whether this thread is inside a call of this runtime: in a Python function JS
        called, or running the private loop."""
        return self._loop_thread == threading.get_ident() or self.isolate.in_call

    def _run_private_loop(self, work: Coroutine[Any, Any, T]) -> T:
        aio = self._private_loop()
        task = aio.create_task(work)
        self._loop_thread = threading.get_ident()
        try:
            return aio.run_until_complete(task)
        except BaseException:
            # Ctrl-C (or another BaseException) unwound the loop with the work still
            # pending: cancel it, so that it does not wake up inside the next call.
            if not task.done():
                task.cancel()
                with contextlib.suppress(BaseException):
                    aio.run_until_complete(task)
            raise
        finally:
            self._loop_thread = None

    def _wait_for_driver(self, work: Coroutine[Any, Any, T]) -> T:
        aio = self._driver_loop()
        outcome: futures.Future[T] = futures.Future()
        started: list[asyncio.Task[T]] = []

        def start() -> None:
            task = aio.create_task(work)
            task.add_done_callback(functools.partial(_settle, outcome))
            started.append(task)

        def stop() -> None:  # (after start, if that was scheduled: the loop keeps their order)
            if started:
                started[0].cancel()
            else:
                work.close()
                outcome.cancel()

        try:
            aio.call_soon_threadsafe(start)
            # Waited for in short spells: a SIGINT the kernel hands to another thread (the
            # driver, which may be the one that raised it) leaves this one asleep in the wait,
            # and only a return to Python here runs the handler that raises KeyboardInterrupt.
            while not futures.wait([outcome], timeout=SIGNAL_CHECK_SECONDS).done:
                pass
            return outcome.result()
        except BaseException:
            if not outcome.done():
                # Ctrl-C (a Jupyter kernel's interrupt) reached this thread as it waited: the
                # work stops where it is (JS that runs is terminated, an await is cancelled)
                # before this thread goes on, so none of it runs inside the next call.
                self.isolate.hold_stop(True)
                try:
                    aio.call_soon_threadsafe(stop)
                    futures.wait([outcome])
                finally:
                    self.isolate.hold_stop(False)
            raise

    def _driver_loop(self) -> asyncio.AbstractEventLoop:
        """The private loop, running on the driver thread (started on first use, and kept for
        the runtime's lifetime: V8 keeps some state for each thread that used an isolate)."""
        aio = self._private_loop()
        if self._driver is None:
            self._driver = threading.Thread(target=self._drive, args=(aio,), name="toyjs-runtime", daemon=True)
            self._driver.start()
            self._loop_thread = self._driver.ident
        return aio

    def _drive(self, aio: asyncio.AbstractEventLoop) -> None:
        # asyncio lets a task's KeyboardInterrupt or SystemExit (sys.exit() in a function JS
        # called) unwind the loop; here it is the task's outcome, raised by the waiting caller.
        while self._driver is not None:
            with contextlib.suppress(KeyboardInterrupt, SystemExit):
                aio.run_forever()

    def _stop_driver(self) -> None:
        driver, self._driver = self._driver, None
        if driver is None or self._aio is None:
            return
        self._aio.call_soon_threadsafe(self._aio.stop)
        if driver is not threading.current_thread():
            driver.join()
            self._loop_thread = None


def _settle(outcome: futures.Future[T], task: asyncio.Task[T]) -> None:
    """``outcome`` (waited for on another thread) settles as ``task`` did."""
    if task.cancelled():
        outcome.cancel()
    elif task.exception() is not None:
        outcome.set_exception(task.exception())
    else:
        outcome.set_result(task.result())


def _running_asyncio_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


@functools.cache
def _snapshot_scripts() -> tuple[tuple[str, str], ...]:
    """What the runtime snapshot runs after the host's own JS: the web APIs, then the Node
    layer's loader of built-ins."""
    scripts: list[tuple[str, str]] = []
    for area in AREAS:
        scripts.extend(area_scripts(area))
    return (*scripts, *node_snapshot_scripts())


def time_limit_message(seconds: float, what: str = "the program") -> str:
    return f"{what} ran past its time limit of {seconds:g} s"


async def run_with_time_limit(runtime: Runtime, work: Awaitable[T], seconds: float, message: str) -> T:
    """Await ``work`` (which runs JS in ``runtime``) for at most ``seconds``.

    Two clocks, because JS may spend the time in two ways: running (the isolate's own
    watchdog thread terminates it, with no need for the GIL) or idle between macrotasks (an
    asyncio timer ends the event loop). Either way `TerminatedError` is raised with
    ``message``; then (or on any error) the timers, ticks, workers and open ports the work
    left behind are dropped.
    """
    loop = runtime.loop
    error = TerminatedError(message)
    try:
        runtime.isolate.set_deadline(seconds)
    except ValueError:  # not a time limit: the work never starts
        close = getattr(work, "close", None)
        if close is not None:
            close()
        raise
    idle_limit = asyncio.get_running_loop().call_later(seconds, loop.stop_threadsafe, error)
    try:
        return await work
    except Error as failure:
        runtime.isolate.set_deadline(None)  # before calling into JS again, below
        loop.clear_stop()
        runtime.core.dropScheduled()
        runtime.workers.terminate_all()
        loop.drop_holds()
        if isinstance(failure, TerminatedError) and failure is not error:
            raise TerminatedError(message) from None
        raise
    finally:
        idle_limit.cancel()
        runtime.isolate.set_deadline(None)
        loop.clear_stop()


def _ignore(_value: Any) -> None:
    return None
