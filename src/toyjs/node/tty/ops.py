"""The Python side of node:tty: whether a file descriptor is a terminal."""

from __future__ import annotations

import os
from typing import Any, Callable


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    # Asking reveals nothing beyond what the process's own descriptors are, so it needs no
    # permission (as in Node and Deno); a closed or unknown descriptor is simply not a terminal.
    return {"ttyIsatty": os.isatty}
