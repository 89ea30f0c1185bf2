"""node:zlib's Brotli engines on the Brotli library, through brotlicffi's C binding.

The binding's low-level functions are used directly (not its Compressor class) so that every
encoder parameter Node takes can be set (BrotliEncoderSetParameter with Node's numbers, which
are Brotli's), a failed decode names Brotli's own error as Node's code does, and input is read
in place rather than copied.
"""

from __future__ import annotations

from typing import Any

from brotlicffi._brotlicffi import ffi, lib

from toyjs.errors import HostError

from .deflate import unexpected_end

# Node's BROTLI_OPERATION_FINISH (operations are Brotli's own numbers, passed through).
FINISH = 2
# BrotliDecoderResult (a fourth, "needs more output", means: go round again).
DECODER_ERROR, DECODER_SUCCESS, DECODER_NEEDS_MORE_INPUT = range(3)
OUTPUT_CHUNK = 64 * 1024


class BrotliError(HostError):
    """A failed step: Node's message, and its code (the errno JS finds from it)."""


class _Stream:
    """Pointers into one call's input, and output buffers as Brotli asks for them."""

    def __init__(self, data: bytes) -> None:
        self._keep = ffi.from_buffer(data)
        self.available_in = ffi.new("size_t *", len(data))
        self.next_in = ffi.new("const uint8_t **", ffi.cast("const uint8_t *", self._keep))
        self._size = max(OUTPUT_CHUNK, len(data) + (len(data) >> 2) + 1024)
        self.chunks: list[bytes] = []

    def output(self) -> tuple[Any, Any, Any]:
        """A fresh output buffer: (buffer, available_out, next_out)."""
        buffer = ffi.new("uint8_t[]", self._size)
        return buffer, ffi.new("size_t *", self._size), ffi.new("uint8_t **", buffer)

    def keep(self, buffer: Any, available_out: Any) -> None:
        produced = self._size - available_out[0]
        if produced:
            self.chunks.append(ffi.buffer(buffer, produced)[:])


class BrotliEncoder:
    def __init__(self, params: dict[int, int]) -> None:
        self._params = params
        self.reset()

    def reset(self) -> None:
        state = lib.BrotliEncoderCreateInstance(ffi.NULL, ffi.NULL, ffi.NULL)
        if state == ffi.NULL:
            raise BrotliError("Initialization failed", code="ERR_ZLIB_INITIALIZATION_FAILED")
        self._state = ffi.gc(state, lib.BrotliEncoderDestroyInstance)
        for key, value in self._params.items():
            if not lib.BrotliEncoderSetParameter(self._state, key, value):
                raise BrotliError("Initialization failed", code="ERR_ZLIB_INITIALIZATION_FAILED")

    def close(self) -> None:
        """Frees the encoder's state (its window and hash tables) now."""
        ffi.release(self._state)

    def process(self, data: bytes, operation: int) -> bytes:
        stream = _Stream(data)
        while True:
            buffer, available_out, next_out = stream.output()
            ok = lib.BrotliEncoderCompressStream(
                self._state, operation, stream.available_in, stream.next_in, available_out, next_out, ffi.NULL
            )
            if not ok:
                raise BrotliError("Compression failed", code="ERR_BROTLI_COMPRESSION_FAILED")
            stream.keep(buffer, available_out)
            more = stream.available_in[0] > 0 or lib.BrotliEncoderHasMoreOutput(self._state)
            if operation == FINISH:
                more = more or not lib.BrotliEncoderIsFinished(self._state)
            if not more:
                return b"".join(stream.chunks)


class BrotliDecoder:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        state = lib.BrotliDecoderCreateInstance(ffi.NULL, ffi.NULL, ffi.NULL)
        if state == ffi.NULL:
            raise BrotliError("Initialization failed", code="ERR_ZLIB_INITIALIZATION_FAILED")
        self._state = ffi.gc(state, lib.BrotliDecoderDestroyInstance)
        self._finished = False
        self.unused_input = 0  # bytes given after the compressed data's end

    @property
    def finished(self) -> bool:
        """Whether the compressed data's end has been reached."""
        return self._finished

    def close(self) -> None:
        """Frees the decoder's state (its window) now."""
        ffi.release(self._state)

    def process(self, data: bytes, operation: int) -> bytes:
        stream = _Stream(data)
        while not self._finished:  # until it needs more input (more output: go round)
            buffer, available_out, next_out = stream.output()
            result = lib.BrotliDecoderDecompressStream(
                self._state, stream.available_in, stream.next_in, available_out, next_out, ffi.NULL
            )
            stream.keep(buffer, available_out)
            if result == DECODER_ERROR:
                name = ffi.string(lib.BrotliDecoderErrorString(lib.BrotliDecoderGetErrorCode(self._state))).decode()
                raise BrotliError("Decompression failed", code=f"ERR_{name}")
            if result == DECODER_SUCCESS:
                self._finished = True  # what follows the end is ignored (and counted)
                self.unused_input += stream.available_in[0]
            elif result == DECODER_NEEDS_MORE_INPUT:
                break
        if operation == FINISH and not self._finished:
            raise unexpected_end()
        return b"".join(stream.chunks)
