"""The Python side of CompressionStream and DecompressionStream: zlib's streaming objects for
the Compression Standard's deflate formats, node:zlib's Brotli engines for "brotli".

Each codec is a dict of functions JS calls: ``push(bytes)`` and ``finish()`` return the output
so far; a decompressor's ``check()`` then throws a TypeError if input went past the end of the
compressed data (the output before it is still the stream's, as the standard says).
"""

from __future__ import annotations

import zlib
from typing import Any, Callable

from toyjs.errors import HostError

PROCESS = 0  # BROTLI_OPERATION_PROCESS; the engines are imported on first use (brotlicffi is slow to load)
# Compression Standard format -> zlib's wbits (window size, and which header and trailer).
_WBITS = {"deflate": zlib.MAX_WBITS, "deflate-raw": -zlib.MAX_WBITS, "gzip": zlib.MAX_WBITS | 16}

Codec = dict[str, Callable[..., Any]]


def _corrupt(message: str) -> HostError:
    return HostError(message, js_name="TypeError")


def compressor(format: str) -> Codec:
    if format == "brotli":
        from toyjs.node.zlib.brotli import FINISH, BrotliEncoder

        encoder = BrotliEncoder({})
        return {"push": lambda data: encoder.process(data, PROCESS), "finish": lambda: encoder.process(b"", FINISH)}
    engine = zlib.compressobj(wbits=_WBITS[format])
    return {"push": engine.compress, "finish": engine.flush}


def decompressor(format: str) -> Codec:
    if format == "brotli":
        return _brotli_decompressor()
    engine = zlib.decompressobj(wbits=_WBITS[format])

    def push(data: bytes) -> bytes:
        try:
            return engine.decompress(data) if not engine.eof else b""
        except zlib.error as error:
            raise _corrupt(f"Decompression failed: {error}") from error

    def finish() -> bytes:
        try:
            out = engine.flush()
        except zlib.error as error:
            raise _corrupt(f"Decompression failed: {error}") from error
        if not engine.eof:
            raise _corrupt("The compressed data ended too soon")
        return out

    def check() -> None:
        if engine.unused_data:
            raise _corrupt("Input went past the end of the compressed data")

    return {"push": push, "finish": finish, "check": check}


def _brotli_decompressor() -> Codec:
    from toyjs.node.zlib.brotli import FINISH, BrotliDecoder

    decoder = BrotliDecoder()

    def run(data: bytes, operation: int) -> bytes:
        if decoder.finished:
            decoder.unused_input += len(data)
            return b""
        try:
            return decoder.process(data, operation)
        except HostError as error:
            raise _corrupt("Decompression failed") from error

    def check() -> None:
        if decoder.unused_input:
            raise _corrupt("Input went past the end of the compressed data")

    return {"push": lambda data: run(data, PROCESS), "finish": lambda: run(b"", FINISH), "check": check}


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"streamsCompressor": compressor, "streamsDecompressor": decompressor}
