"""node:zlib's deflate and inflate engines on Python's zlib module.

A Deflater writes the zlib and gzip wrappers itself around a raw deflate stream, with the
same bytes zlib writes (header fields, checksum trailer): that way ``params()`` can change the
level and strategy in the middle of a stream, which Python's compressobj cannot do, by going on
in a new raw compressor primed with the window (the last input) as its dictionary.

An Inflater lets zlib read the wrappers, and goes on past the end of a gzip member as Node
does: another member follows unless the next byte is a zero (padding, ignored to the end).
"""

from __future__ import annotations

import re
import struct
import zlib

from toyjs.errors import HostError

# Node's mode numbers (zlib.constants.DEFLATE...).
DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP = range(1, 8)
Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FINISH = 0, 2, 4  # (the other flushes go to zlib as they are)
Z_HUFFMAN_ONLY = 2
DEFAULT_LEVEL = 6
# zlib's own numbers for its failures, as Node names them in `code`.
ERROR_CODES = {2: "Z_NEED_DICT", -2: "Z_STREAM_ERROR", -3: "Z_DATA_ERROR", -4: "Z_MEM_ERROR", -5: "Z_BUF_ERROR"}
GZIP_HEADER_START = b"\x1f\x8b\x08\x00\x00\x00\x00\x00"  # magic, deflate, no flags, mtime 0
OS_UNIX = 3
_PYTHON_ERROR = re.compile(r"Error (-?\d+) while (\w+)[^:]*(?:: (.*))?")


class ZlibError(HostError):
    """A zlib failure: JS gets Node's error (message, ``errno``, ``code``) from it."""

    def __init__(self, message: str, errno: int) -> None:
        super().__init__(message, code=ERROR_CODES.get(errno, "Z_DATA_ERROR"))


def unexpected_end() -> ZlibError:
    return ZlibError("unexpected end of file", -5)


def from_python(error: zlib.error) -> ZlibError:
    """zlib's own message out of Python's "Error -3 while decompressing data: <message>"."""
    found = _PYTHON_ERROR.match(str(error))
    if found is None:
        return ZlibError(str(error), -3)
    errno, doing, message = int(found.group(1)), found.group(2), found.group(3)
    if errno == 2:
        return ZlibError("Missing dictionary", 2)
    if doing == "setting":  # the dictionary given is not the one the data was made with
        return ZlibError("Bad dictionary", 2)
    return ZlibError(message or "invalid input data", errno)


class Deflater:
    """Compresses in one of the DEFLATE, GZIP and DEFLATERAW modes."""

    def __init__(self, mode: int, level: int, window_bits: int, mem_level: int, strategy: int, dictionary: bytes | None) -> None:
        self._mode = mode
        self._window_bits = 9 if window_bits == 8 else window_bits  # zlib's smallest window
        self._mem_level = mem_level
        self._initial = (level, strategy, dictionary)
        self.reset()

    def reset(self) -> None:
        level, strategy, dictionary = self._initial
        self._level, self._strategy = level, strategy
        self._dictionary = dictionary
        self._window = dictionary or b""
        self._compressor = self._new_compressor(dictionary)
        self._checksum = 0 if self._mode == GZIP else 1
        self._size = 0
        self._started = False
        self._finished = False

    def _new_compressor(self, dictionary: bytes | None) -> zlib._Compress:
        args = (self._level, zlib.DEFLATED, -self._window_bits, self._mem_level, self._strategy)
        return zlib.compressobj(*args, zdict=dictionary) if dictionary else zlib.compressobj(*args)

    def process(self, data: bytes, flush: int) -> bytes:
        if self._finished:
            return b""
        out = []
        if not self._started:
            self._started = True
            out.append(self._header())
        if data:
            self._account(data)
            out.append(self._compressor.compress(data))
        if flush == Z_FINISH:
            out.append(self._compressor.flush(Z_FINISH))
            out.append(self._trailer())
            self._finished = True
        elif flush != Z_NO_FLUSH:
            out.append(self._compressor.flush(flush))
        return b"".join(out)

    def close(self) -> None:
        """Frees the compressor's state (its window and tables) now."""
        self._compressor = None
        self._window = b""
        self._finished = True

    def params(self, level: int, strategy: int) -> bytes:
        """Ends the block so far (a sync flush) and goes on at the new level and strategy."""
        if (level, strategy) == (self._level, self._strategy) or self._finished:
            return b""
        out = self.process(b"", Z_SYNC_FLUSH)
        self._level, self._strategy = level, strategy
        self._compressor = self._new_compressor(self._window or None)
        return out

    def _account(self, data: bytes) -> None:
        """The checksum, size and window (the last input, for params) take in ``data``."""
        if self._mode == GZIP:
            self._checksum = zlib.crc32(data, self._checksum)
        elif self._mode == DEFLATE:
            self._checksum = zlib.adler32(data, self._checksum)
        self._size += len(data)
        window = 1 << self._window_bits
        self._window = data[-window:] if len(data) >= window else (self._window + data)[-window:]

    def _effective_level(self) -> int:
        return DEFAULT_LEVEL if self._level == -1 else self._level

    def _header(self) -> bytes:
        level = self._effective_level()
        if self._mode == GZIP:
            # XFL: 2 for the best compression, 4 for the fastest, as zlib sets it.
            fastest = self._strategy >= Z_HUFFMAN_ONLY or level < 2
            extra_flags = 2 if level == 9 else 4 if fastest else 0
            return GZIP_HEADER_START + bytes((extra_flags, OS_UNIX))
        if self._mode == DEFLATE:
            method = 8 | ((self._window_bits - 8) << 4)
            if self._strategy >= Z_HUFFMAN_ONLY or level < 2:
                level_flags = 0
            else:
                level_flags = 1 if level < 6 else 2 if level == 6 else 3
            header = (method << 8) | (level_flags << 6) | (0x20 if self._dictionary else 0)
            header += 31 - header % 31
            dictionary_id = struct.pack(">I", zlib.adler32(self._dictionary)) if self._dictionary else b""
            return struct.pack(">H", header) + dictionary_id
        return b""

    def _trailer(self) -> bytes:
        if self._mode == GZIP:
            return struct.pack("<II", self._checksum, self._size & 0xFFFFFFFF)
        if self._mode == DEFLATE:
            return struct.pack(">I", self._checksum)
        return b""


class Inflater:
    """Decompresses in one of the INFLATE, GUNZIP, INFLATERAW and UNZIP modes."""

    def __init__(self, mode: int, window_bits: int, dictionary: bytes | None) -> None:
        self._mode = mode
        self._window_bits = window_bits
        self._dictionary = dictionary
        self.reset()

    def reset(self) -> None:
        self._decompressor = self._new_decompressor(self._first_member_bits())
        self._done = False  # past the end of the data: the rest is ignored
        self._is_gzip: bool | None = None  # (known from the first byte)

    def close(self) -> None:
        """Frees the decompressor's state (its window) now."""
        self._decompressor = None
        self._done = True

    def _first_member_bits(self) -> int:
        bits = self._window_bits
        return {INFLATE: bits, GUNZIP: bits + 16, INFLATERAW: -bits, UNZIP: bits + 32}[self._mode]

    def _new_decompressor(self, wbits: int) -> zlib._Decompress:
        try:
            if self._dictionary:
                return zlib.decompressobj(wbits, zdict=self._dictionary)
            return zlib.decompressobj(wbits)
        except ValueError as error:  # a window size zlib refuses
            raise ZlibError("Init error", -2) from error

    def _gzip_members_follow(self) -> bool:
        """Whether data after the end may be another gzip member (gunzip, or unzip of gzip)."""
        return self._mode == GUNZIP or (self._mode == UNZIP and bool(self._is_gzip))

    def process(self, data: bytes, flush: int) -> bytes:
        out = []
        if self._is_gzip is None and data:
            self._is_gzip = data[:1] == b"\x1f"
        while data and not self._done:
            if self._decompressor.eof:  # a member ended: what follows it?
                if not self._gzip_members_follow() or data[:1] == b"\x00":
                    self._done = True
                    break
                self._decompressor = self._new_decompressor(self._window_bits + 16)
            try:
                out.append(self._decompressor.decompress(data))
            except zlib.error as error:
                raise from_python(error) from None
            data = self._decompressor.unused_data
        if flush == Z_FINISH and not self._done and not self._decompressor.eof:
            raise unexpected_end()
        return b"".join(out)
