"""Colours for a result, as node's REPL shows them (util.inspect's styles): numbers, bigints
and booleans yellow, strings and symbols green, undefined grey, null bold, functions, classes,
getters and references cyan, regular expressions red, dates magenta.

The runtime's inspect lays text out without colours (as node lays it out: widths never count
colour codes), so the finished text is coloured here, token by token. Property keys stay
plain; a number is coloured only where a value starts (not in `Uint8Array(3)` or in a stack
frame's `file.js:1:2`).
"""

from __future__ import annotations

import re

YELLOW, GREEN, GREY, BOLD, CYAN, RED, MAGENTA = "33", "32", "90", "1", "36", "31", "35"
OFF = {BOLD: "22"}  # the rest end with 39 (default foreground)

BEFORE_VALUE = r"(?:^|(?<=[\s\[{,]))"
AFTER_VALUE = r"(?=$|[\s,\]})])"
TOKENS = re.compile(
    "|".join(
        [
            r"(?P<key>(?:(?<=[{,\s])|^)[A-Za-z_$][\w$]*(?=:(?!:)))",
            r"(?P<string>'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`(?:[^`\\]|\\.)*`)",
            r"(?P<symbol>Symbol\((?:[^()\n]|\([^()\n]*\))*\))",
            r"(?P<special>\[(?:(?:Async)?(?:Generator)?Function\b[^\]\n]*|class\b[^\]\n]*|Getter(?:/Setter)?|Setter"
            r"|Circular \*\d+|Object|Array)\]|<(?:ref \*\d+|pending|rejected)>)",
            BEFORE_VALUE + r"(?P<date>\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z|Invalid Date)" + AFTER_VALUE,
            BEFORE_VALUE + r"(?P<regexp>/(?:[^/\\\n]|\\.)+/[dgimsuvy]*)" + AFTER_VALUE,
            BEFORE_VALUE + r"(?P<number>-?(?:\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?|NaN|Infinity)|true|false)" + AFTER_VALUE,
            BEFORE_VALUE + r"(?P<null>null)" + AFTER_VALUE,
            BEFORE_VALUE + r"(?P<undefined>undefined)" + AFTER_VALUE,
        ]
    )
)
STYLES = {
    "string": GREEN, "symbol": GREEN, "special": CYAN, "date": MAGENTA, "regexp": RED, "number": YELLOW,
    "null": BOLD, "undefined": GREY,
}


def _styled(match: re.Match[str]) -> str:
    kind = match.lastgroup
    text = match.group(0)
    if kind is None or kind not in STYLES:
        return text
    code = STYLES[kind]
    return f"\x1b[{code}m{text}\x1b[{OFF.get(code, '39')}m"


def colour(text: str) -> str:
    return TOKENS.sub(_styled, text)
