"""node:util's Python side: the system's error numbers, named as Python's errno module names
them (the names Node's libuv gives the same numbers)."""

from __future__ import annotations

import errno
import functools
import os
from typing import Any, Callable


@functools.cache
def system_errors() -> list[list[Any]]:
    """[-errno, name, message] for each error number the system knows; the message as
    strerror words it, with a lower-case first letter, as Node's are."""
    entries = []
    for code, name in sorted(errno.errorcode.items()):
        message = os.strerror(code)
        entries.append([-code, name, message[:1].lower() + message[1:]])
    return entries


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"systemErrors": system_errors}
