"""The Python side of node:zlib: an engine per stream or one-shot call (deflate.py on Python's
zlib, brotli.py on the Brotli library) and crc32.

JS validates the options and creates an engine with ``zlibCreate``; it gets the engine's
methods. ``process(data, flush)`` takes the bytes once and gives the whole output back once
(JS cuts it into chunkSize pieces); ``processAsync`` does the same on a worker thread and
returns a promise settled in a later macrotask. ``close()`` frees the engine when a one-shot
call or a stream is done with it, as Node frees its handle: left to V8's garbage collector, a
Brotli encoder's tables (megabytes each, unseen by V8) would pile up in a loop of calls.
"""

from __future__ import annotations

import asyncio
import threading
import zlib
from typing import Any, Callable

from toyjs.engine import undefined

from .brotli import BrotliDecoder, BrotliEncoder
from .deflate import DEFLATE, DEFLATERAW, GZIP, Deflater, Inflater

BROTLI_DECODE, BROTLI_ENCODE = 8, 9

Engine = Deflater | Inflater | BrotliEncoder | BrotliDecoder


def new_engine(mode: int, options: dict[str, Any]) -> Engine:
    """The engine of Node's mode number, from options JS has checked and completed."""
    dictionary = options.get("dictionary")
    if dictionary is undefined:
        dictionary = None
    if mode in (DEFLATE, GZIP, DEFLATERAW):
        return Deflater(mode, options["level"], options["windowBits"], options["memLevel"], options["strategy"], dictionary)
    if mode == BROTLI_ENCODE:
        return BrotliEncoder({int(key): value for key, value in options["params"].items()})
    if mode == BROTLI_DECODE:
        return BrotliDecoder()
    return Inflater(mode, options["windowBits"], dictionary)


class Handle:
    """One engine as JS holds it: one call at a time (a stream's writes on a worker thread,
    reset() and params() on the JS thread), and closed at most once.

    A close that comes while a worker thread is inside the engine is carried out by that
    thread when it comes out: freeing a Brotli state under a running call would crash.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = engine
        self._lock = threading.Lock()  # held while the engine works
        self._closing = False

    def process(self, data: bytes, flush: int) -> bytes:
        return self._use(lambda engine: engine.process(data, flush), b"")

    def reset(self) -> None:
        self._use(lambda engine: engine.reset(), None)

    def params(self, level: int, strategy: int) -> bytes:
        return self._use(lambda engine: engine.params(level, strategy), b"")

    def close(self) -> None:
        self._closing = True
        if self._lock.acquire(blocking=False):
            try:
                if self._engine is not None:
                    self._engine.close()
                    self._engine = None
            finally:
                self._lock.release()

    def _use(self, work: Callable[[Any], Any], closed: Any) -> Any:
        with self._lock:
            result = closed if self._engine is None else work(self._engine)
        # A close() that found the lock taken left the engine to us (it set _closing first).
        if self._closing:
            self.close()
        return result


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def create(mode: int, options: dict[str, Any]) -> dict[str, Callable[..., Any]]:
        engine = new_engine(mode, options)
        handle = Handle(engine)

        def process_async(data: bytes, flush: int) -> Any:
            return runtime.loop.start(asyncio.to_thread(handle.process, data, flush))

        methods: dict[str, Callable[..., Any]] = {
            "process": handle.process,
            "processAsync": process_async,
            "reset": handle.reset,
            "close": handle.close,
        }
        if isinstance(engine, Deflater):
            methods["params"] = handle.params
        return methods

    return {
        "zlibCreate": create,
        "zlibCrc32": lambda data, value: zlib.crc32(data, value),
    }
