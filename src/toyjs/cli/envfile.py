"""``--env-file=FILE``: environment variables from a file, in the format Node reads.

Each line is ``KEY=VALUE`` (``export KEY=VALUE`` too); blanks around the key and an unquoted
value go; an unquoted value ends at ``#`` (a comment, as are lines starting with one); a value
in double quotes, single quotes or backquotes keeps what is inside, over several lines if it
spans them, and double quotes turn ``\\n`` into a line break. Lines without ``=`` are skipped.

The command reads the file (it is the user's, not the program's: no permission is needed, as
in Node) and adds its variables to the environment the program starts with, without replacing
any already set (Node's rule). Reading them from the program is environment access like any
other: it needs ``--allow-env``.
"""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping
from pathlib import Path

_EXPORT = re.compile(r"^export\s+")
QUOTES = "\"'`"


def parse(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        index += 1
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        key = _EXPORT.sub("", key.strip()).strip()
        value = value.strip()
        if value and value[0] in QUOTES:
            quote = value[0]
            # a quoted value may go on over the lines after it, up to its closing quote
            rest = value[1:]
            following = index
            while quote not in rest and following < len(lines):
                rest += "\n" + lines[following]
                following += 1
            if quote in rest:
                value = rest[: rest.index(quote)]
                index = following
                if quote == '"':
                    value = value.replace("\\n", "\n")
            else:
                value = value.split("#", 1)[0].strip()  # no closing quote: an unquoted value
        else:
            value = value.split("#", 1)[0].strip()
        if key:
            values[key] = value
    return values


def load(path: str, environment: MutableMapping[str, str] = os.environ) -> None:
    """Add the file's variables to ``environment``, keeping those already there. Raises
    OSError when the file cannot be read."""
    for key, value in parse(Path(path).read_text(encoding="utf-8")).items():
        environment.setdefault(key, value)
