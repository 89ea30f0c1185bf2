"""The Python side of TextDecoder: every encoding of the WHATWG Encoding Standard."""

from __future__ import annotations

import codecs
import functools
import json
from pathlib import Path
from typing import Any, Callable

from toyjs.errors import HostError

from . import decoders
from .decoders import InvalidData

# The Encoding Standard's encodings and their labels: encodings.json, the standard's own data
# (encoding.spec.whatwg.org/encodings.json; WHATWG, CC BY 4.0).
ENCODINGS_JSON = Path(__file__).with_name("encodings.json")
# Encodings Python's codecs decode as the standard does; the others are decoders.py's.
PYTHON_CODECS = {"utf-8": "utf-8", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be"}
BOM_SNIFFED = set(PYTHON_CODECS)


@functools.cache
def _labels() -> dict[str, str]:
    """label -> the encoding's name in lower case (as TextDecoder's `encoding` shows it)."""
    labels = {}
    for section in json.loads(ENCODINGS_JSON.read_text(encoding="utf-8")):
        for encoding in section["encodings"]:
            for label in encoding["labels"]:
                labels[label] = encoding["name"].lower()
    return labels


def resolve(label: str) -> str | None:
    """The name of the encoding a label stands for, or None when TextDecoder does not take it
    (an unknown label, or one of the "replacement" encoding's)."""
    name = _labels().get(label.strip("\t\n\f\r ").lower())
    return None if name == "replacement" else name


class _PythonCodec:
    """A Python incremental decoder in decoders.py's shape."""

    def __init__(self, name: str, fatal: bool) -> None:
        self.decoder = codecs.getincrementaldecoder(PYTHON_CODECS[name])("strict" if fatal else "replace")
        self.utf8 = name == "utf-8"

    def decode(self, data: bytes, final: bool, fatal: bool) -> str:
        try:
            text = self.decoder.decode(data, final=final)
            pending = self.decoder.getstate()[0]
            if pending and self.utf8 and not _utf8_prefix(pending):
                # Python waits for more of a sequence the standard already knows is bad
                # (a UTF-16 surrogate's, as 0xED 0xA0): its errors are due now.
                self.decoder.reset()
                text += self.decoder.decode(pending, final=True)
        except UnicodeDecodeError as error:
            raise InvalidData from error
        return text


# The range of the byte after a UTF-8 lead byte where it is not 0x80..0xBF.
UTF8_SECOND_BYTE = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF), 0xF4: (0x80, 0x8F)}


def _utf8_prefix(pending: bytes) -> bool:
    """Whether bytes Python holds back could still begin a UTF-8 sequence, by the standard."""
    if len(pending) < 2:
        return True
    low, high = UTF8_SECOND_BYTE.get(pending[0], (0x80, 0xBF))
    return low <= pending[1] <= high


def _new_decoder(name: str, fatal: bool) -> _PythonCodec | decoders.Decoder:
    return _PythonCodec(name, fatal) if name in PYTHON_CODECS else decoders.legacy_decoder(name)


def text_decoder(name: str, fatal: bool, ignore_bom: bool) -> Callable[[bytes, bool], str]:
    """A stateful decode(bytes, stream) function for one TextDecoder."""
    state: dict[str, Any] = {"decoder": _new_decoder(name, fatal), "bom_seen": False}

    def decode(data: bytes, stream: bool) -> str:
        try:
            text = state["decoder"].decode(data, not stream, fatal)
        except InvalidData as error:
            state["decoder"] = _new_decoder(name, fatal)
            state["bom_seen"] = False
            raise HostError(
                f"The encoded data was not valid for encoding {name}",
                js_name="TypeError",
                code="ERR_ENCODING_INVALID_ENCODED_DATA",
            ) from error
        if not state["bom_seen"] and text:
            state["bom_seen"] = True
            if not ignore_bom and name in BOM_SNIFFED and text[0] == "\ufeff":
                text = text[1:]
        if not stream:
            state["decoder"] = _new_decoder(name, fatal)
            state["bom_seen"] = False
        return text

    return decode


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"resolveEncoding": resolve, "textDecoder": text_decoder}
