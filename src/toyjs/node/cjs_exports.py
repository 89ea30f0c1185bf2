"""The names an ES module may import from a CommonJS module, found in its source without
running it, by the rules Node documents for its CommonJS export detection: assignments to
``exports.name`` / ``module.exports.name`` (also with a string key in brackets),
``Object.defineProperty(exports, "name", ...)``, an object literal assigned to
``module.exports`` (its identifiers, ``key:`` entries and string keys), and re-exports:
``module.exports = require("./other")`` and ``...require("./other")`` inside that literal,
whose names are found in turn. Comments and string contents are skipped first so that code
quoted in them does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable

IDENTIFIER = r"[A-Za-z_$][\w$]*"
_STRIPPED = re.compile(
    r"""//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`""", re.DOTALL
)
_ASSIGNED = re.compile(rf"""\b(?:module\s*\.\s*)?exports\s*(?:\.\s*({IDENTIFIER})|\[\s*(["'])(.+?)\2\s*\])\s*=[^=]""")
_DEFINED = re.compile(
    rf"""\bObject\s*\.\s*defineProperty\s*\(\s*(?:module\s*\.\s*)?exports\s*,\s*(["'])(.+?)\1\s*,\s*\{{[^}}]*?\b(?:value|get)\b"""
)
_LITERAL = re.compile(r"""\bmodule\s*\.\s*exports\s*=\s*\{""")
_REEXPORT = re.compile(r"""\bmodule\s*\.\s*exports\s*=\s*require\s*\(\s*(["'])(.+?)\1\s*\)""")
_SPREAD = re.compile(r"""\.\.\.\s*require\s*\(\s*(["'])(.+?)\1\s*\)\s*""")
_KEY = re.compile(rf"""({IDENTIFIER})|(["'])(.*?)\2""")
_VALUE = re.compile(rf"""\s*:\s*({IDENTIFIER})?""")


def export_names(source: str, reexported: Callable[[str], list[str]]) -> list[str]:
    """Named exports of a CommonJS module's ``source``; ``reexported(specifier)`` gives those
    of a module it re-exports (an empty list when that cannot be found)."""
    masked = _mask_strings_and_comments(source)
    names: dict[str, None] = {}
    for match in _ASSIGNED.finditer(masked):
        names.setdefault(match.group(1) or _original(source, match, 3), None)
    for match in _DEFINED.finditer(masked):
        names.setdefault(_original(source, match, 2), None)
    for match in _LITERAL.finditer(masked):
        for name in _literal_names(source, masked, match.end(), reexported):
            names.setdefault(name, None)
    for match in _REEXPORT.finditer(masked):
        for name in reexported(_original(source, match, 2)):
            names.setdefault(name, None)
    names.pop("default", None)
    return list(names)


def _mask_strings_and_comments(source: str) -> str:
    """``source`` with comments blanked and string contents replaced by ``x`` (same length,
    so positions match): quotes stay, so string keys are still seen as strings."""

    def blank(match: re.Match[str]) -> str:
        text = match.group(0)
        if text[0] in "'\"`":
            return text[0] + "x" * (len(text) - 2) + text[-1]
        return " " * len(text)

    return _STRIPPED.sub(blank, source)


def _original(source: str, match: re.Match[str], group: int) -> str:
    return source[match.start(group) : match.end(group)]


def _literal_names(source: str, masked: str, position: int, reexported: Callable[[str], list[str]]) -> list[str]:
    """Names of the object literal assigned to module.exports, read entry by entry from
    ``position`` (after its ``{``) as Node's detection reads them: shorthand ``a``, ``a: b``
    and ``"a": b`` entries, and ``...require("x")``. At the first entry of another shape
    the reading stops; an entry whose value is an identifier followed by more (``a: b.c``),
    or a key followed by a second word (``get g() {}``), still counts before it stops."""
    names: list[str] = []
    while True:
        position = _skip_space(masked, position)
        spread = _SPREAD.match(masked, position)
        if spread:
            names.extend(reexported(source[spread.start(2) : spread.end(2)]))
            position = spread.end()
        else:
            key = _KEY.match(masked, position)
            if key is None:
                return names
            name = key.group(1) or source[key.start(3) : key.end(3)]
            position = _skip_space(masked, key.end())
            value = _VALUE.match(masked, position)
            if value is not None:
                if value.group(1) is None:
                    return names  # a value that is not an identifier
                names.append(name)
                position = _skip_space(masked, value.end())
            elif position < len(masked) and masked[position] in ",}" and key.group(1):
                names.append(name)  # shorthand
            else:
                if key.group(1) and position > key.end() and position < len(masked) and masked[position] != "(":
                    names.append(name)
                return names
        if position >= len(masked) or masked[position] != ",":
            return names
        position += 1


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position
