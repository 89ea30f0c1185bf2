"""The Python side of node:zlib: an engine per stream or one-shot call (deflate.py on Python's
zlib, brotli.py on the Brotli library) and crc32.

JS validates the options and creates an engine with ``zlibCreate``; it gets the engine's
methods. ``process(data, flush)`` takes the bytes once and gives the whole output back once
(JS cuts it into chunkSize pieces); ``processAsync`` does the same on a worker thread and
returns a promise settled in a later macrotask. A stream's writes wait for one another, so an
engine is never used by two threads at once.
"""

from __future__ import annotations

import asyncio
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


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def create(mode: int, options: dict[str, Any]) -> dict[str, Callable[..., Any]]:
        engine = new_engine(mode, options)

        def process_async(data: bytes, flush: int) -> Any:
            return runtime.loop.start(asyncio.to_thread(engine.process, data, flush))

        methods: dict[str, Callable[..., Any]] = {
            "process": engine.process,
            "processAsync": process_async,
            "reset": engine.reset,
        }
        if isinstance(engine, Deflater):
            methods["params"] = engine.params
        return methods

    return {
        "zlibCreate": create,
        "zlibCrc32": lambda data, value: zlib.crc32(data, value),
    }
