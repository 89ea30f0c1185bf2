"""Tab completion's shared pieces: what a completer gives, and how candidates are shown.

A completer gets the text before the cursor and returns ``(prefix, groups)``: ``prefix`` is
the end of that text the candidates replace (``Math.P``), ``groups`` the candidates (full
text, ``Math.PI``) in lists, one per object of a prototype chain, as node lists them.
"""

from __future__ import annotations

import os

Candidates = tuple[str, list[list[str]]]


def common_prefix(names: list[str]) -> str:
    return os.path.commonprefix(names)


def columns(groups: list[list[str]], width: int) -> str:
    """The groups in columns as wide as the longest name and two spaces, a blank line between
    groups; lines end with "\\r\\n" (the terminal is in raw mode while they are shown)."""
    cell = max(len(name) for group in groups for name in group) + 2
    per_line = max(1, width // cell)
    lines: list[str] = []
    for index, group in enumerate(groups):
        if index:
            lines.append("")
        for start in range(0, len(group), per_line):
            lines.append("".join(name.ljust(cell) for name in group[start : start + per_line]).rstrip())
    return "\r\n".join(lines)
