"""The Python side of node:buffer: turning long runs of bytes into strings, and comparing them.

Python's codecs decode a megabyte in about a millisecond, several times faster than a loop in
JS, so buffers past a few hundred bytes are decoded here (shorter ones stay in JS, where no
crossing is paid); comparing long runs is one memcmp here against a loop in JS. Each function gives exactly what Node gives: UTF-8's ill-formed sequences
become one U+FFFD per maximal subpart (Python's decoder follows the same Unicode practice),
ascii drops each byte's top bit, utf16le keeps lone surrogates and drops an odd last byte.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, Callable

_WITHOUT_TOP_BIT = bytes(range(128)) * 2

_DECODERS: dict[str, Callable[[bytes], str]] = {
    "utf8": lambda data: data.decode("utf-8", "replace"),
    "latin1": lambda data: data.decode("latin-1"),
    "ascii": lambda data: data.translate(_WITHOUT_TOP_BIT).decode("latin-1"),
    "utf16le": lambda data: data[: len(data) & ~1].decode("utf-16-le", "surrogatepass"),
    "hex": lambda data: binascii.hexlify(data).decode("ascii"),
    "base64": lambda data: base64.b64encode(data).decode("ascii"),
    "base64url": lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii"),
}


# V8's longest string, in UTF-16 code units.
MAX_JS_STRING = 2**29 - 24


def decode(data: bytes, encoding: str) -> str | None:
    """``data`` as text in one of Buffer's canonical encodings, or None when the text is
    longer than a JS string can be (JS then throws Node's ERR_STRING_TOO_LONG)."""
    text = _DECODERS[encoding](bytes(data))
    if len(text) > MAX_JS_STRING // 2 and _utf16_length(text) > MAX_JS_STRING:
        return None
    return text


def _utf16_length(text: str) -> int:
    """Code units: characters past U+FFFF take two."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def compare(first: bytes, second: bytes) -> int:
    """-1, 0 or 1 as ``first`` sorts before, with or after ``second``, byte by byte."""
    return (first > second) - (first < second)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"bufferDecode": decode, "bufferCompare": compare}
