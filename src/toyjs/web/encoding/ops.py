"""The Python side of TextDecoder: Python's incremental codecs for the WHATWG encodings."""

from __future__ import annotations

import codecs
from typing import Any, Callable

from toyjs.errors import HostError

# WHATWG Encoding Standard labels -> (canonical name, Python codec). Single-byte encodings
# whose Python codec leaves bytes undefined get them mapped to U+0080..U+009F, as the
# standard's index does for windows-1252.
_ENCODINGS: dict[str, tuple[str, str]] = {}


def _add(name: str, codec: str, *labels: str) -> None:
    for label in (name, *labels):
        _ENCODINGS[label] = (name, codec)


_add("utf-8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf8", "x-unicode20utf8")
_add("utf-16le", "utf-16-le", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16")
_add("utf-16be", "utf-16-be", "unicodefffe")
_add("windows-1252", "cp1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
     "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
     "us-ascii", "x-cp1252")
_add("iso-8859-2", "iso8859-2", "csisolatin2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "l2", "latin2")
_add("iso-8859-5", "iso8859-5", "csisolatincyrillic", "cyrillic", "iso-ir-144", "iso88595", "iso_8859-5")
_add("iso-8859-7", "iso8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-ir-126", "iso88597")
_add("iso-8859-15", "iso8859-15", "csisolatin9", "iso8859-15", "iso885915", "iso_8859-15", "l9")
_add("windows-1250", "cp1250", "cp1250", "x-cp1250")
_add("windows-1251", "cp1251", "cp1251", "x-cp1251")
_add("koi8-r", "koi8-r", "cskoi8r", "koi", "koi8", "koi8_r")
_add("koi8-u", "koi8-u", "koi8-ru")
_add("macintosh", "mac-roman", "csmacintosh", "mac", "x-mac-roman")
_add("ibm866", "cp866", "866", "cp866", "csibm866")


def _c1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    byte = error.object[error.start]
    if 0x80 <= byte <= 0x9F:
        return chr(byte), error.start + 1
    raise error


codecs.register_error("toyjs-c1", _c1_fallback)


def resolve(label: str) -> list[str] | None:
    """[canonical name, codec] for an encoding label, or None when the label is unknown."""
    found = _ENCODINGS.get(label.strip().lower())
    return list(found) if found else None


def text_decoder(name: str, codec: str, fatal: bool, ignore_bom: bool) -> Callable[[bytes, bool], str]:
    """A stateful decode(bytes, stream) function for one TextDecoder."""
    errors = "strict" if fatal else "replace"
    if codec == "cp1252":
        errors = "toyjs-c1"  # never fails: undefined bytes are the C1 controls
    make = codecs.getincrementaldecoder(codec)
    state: dict[str, Any] = {"decoder": make(errors), "bom_seen": False}

    def decode(data: bytes, stream: bool) -> str:
        try:
            text = state["decoder"].decode(data, final=not stream)
        except UnicodeDecodeError as error:
            state["decoder"] = make(errors)
            state["bom_seen"] = False
            raise HostError(
                f"The encoded data was not valid for encoding {name}",
                js_name="TypeError",
                code="ERR_ENCODING_INVALID_ENCODED_DATA",
            ) from error
        if not state["bom_seen"] and text:
            state["bom_seen"] = True
            if not ignore_bom and name in ("utf-8", "utf-16le", "utf-16be") and text[0] == "\ufeff":
                text = text[1:]
        if not stream:
            state["decoder"] = make(errors)
            state["bom_seen"] = False
        return text

    return decode


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"resolveEncoding": resolve, "textDecoder": text_decoder}
