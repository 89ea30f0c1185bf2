"""node:assert's Python side: the source lines of a failed ``assert.ok()`` call, which its
generated message quotes, read only when the program may read the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote, urlparse

from toyjs.engine import undefined
from toyjs.host.permissions import PermissionDenied

# A call spread over more lines than this is not quoted.
MOST_LINES = 40


def _path_of(location: str) -> Path | None:
    if location.startswith("file://"):
        return Path(unquote(urlparse(location).path))
    return Path(location) if location.startswith("/") else None


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def source_lines(location: str, line: int) -> Any:
        """Lines ``line`` (1-based) onwards of the file, or undefined when the program may not
        read it or it cannot be read."""
        path = _path_of(location)
        if path is None or line < 1:
            return undefined
        try:
            runtime.permissions.check("read", str(path))
            with path.open(encoding="utf-8", errors="replace") as file:
                lines = file.read().split("\n")
        except (PermissionDenied, OSError):
            return undefined
        return lines[line - 1 : line - 1 + MOST_LINES] or undefined

    return {"assertSourceLines": source_lines}
