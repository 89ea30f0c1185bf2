"""The runtime's event loop, run on a thread of its own for as long as the REPL lasts, while
the REPL's thread reads input and waits for the calls it makes; Ctrl-C (a signal handled on
the REPL's thread) stops the call it waits for."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from concurrent.futures import CancelledError, Future, wait
from typing import Any, Awaitable, Callable

from toyjs.cli.report import describe
from toyjs.errors import Error, TerminatedError
from toyjs.host.loop import ProcessExit
from toyjs.runtime import Runtime

STOP_RETRY = 0.05  # seconds between two attempts to stop a call


class LoopThread:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._ready: Future[asyncio.AbstractEventLoop] = Future()
        self._stop: asyncio.Event | None = None
        self._background: asyncio.Task[None] | None = None
        self._current: asyncio.Task[Any] | None = None  # the call the REPL waits for
        self.interrupted = False  # Ctrl-C came for the call being waited for
        self._thread = threading.Thread(target=self._main, name="toyjs-repl-loop", daemon=True)

    def __enter__(self) -> LoopThread:
        self._thread.start()
        self._aio = self._ready.result()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._stop is not None:
            self._aio.call_soon_threadsafe(self._stop.set)
        self.runtime.isolate.terminate()  # a timer's callback that would never return
        self._thread.join()

    def call(self, function: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        """Await ``function(*args)`` (which calls into JS) on the loop's thread and return its
        value; after `interrupt()`, KeyboardInterrupt if it was stopped."""
        outcome = asyncio.run_coroutine_threadsafe(self._task(function, *args), self._aio)
        while not outcome.done():
            wait([outcome], timeout=STOP_RETRY)
            if self.interrupted and not outcome.done():
                self.interrupt()  # again: a terminate between two of its calls stops neither
        try:
            return outcome.result()
        except (TerminatedError, CancelledError):
            if self.interrupted:
                raise KeyboardInterrupt from None
            raise

    def interrupt(self) -> None:
        """Stop the call being waited for: the JS that runs, or its wait for an awaited
        promise. Safe in a signal handler: it only asks the loop's thread."""
        self.interrupted = True
        self.runtime.isolate.terminate()
        self._aio.call_soon_threadsafe(self._cancel_current)

    def _cancel_current(self) -> None:
        """(On the loop's thread, so never while JS runs.)"""
        if self._current is not None and not self._current.done():
            self._current.cancel()

    async def _task(self, function: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        self._current = asyncio.current_task()
        try:
            return await function(*args)
        finally:
            self._keep_running()

    def _main(self) -> None:
        self.runtime._block_on(self._serve())

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        self.runtime.loop.attach(asyncio.get_running_loop())
        self._ready.set_result(asyncio.get_running_loop())
        await self._stop.wait()
        if self._background is not None:
            self._background.cancel()

    def _keep_running(self) -> None:
        if self._background is None or self._background.done():
            self._background = asyncio.get_running_loop().create_task(self._run_in_background())

    async def _run_in_background(self) -> None:
        """The event loop between prompts: an uncaught error there is reported, as node's REPL
        does, and the loop goes on; process.exit() ends the REPL's process."""
        while True:
            try:
                await self.runtime.loop.run()
                return  # nothing is left to run
            except ProcessExit as exit:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(exit.code)
            except Error as error:
                print(describe(error), file=sys.stderr, flush=True)
