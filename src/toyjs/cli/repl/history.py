"""The lines entered at the REPL, kept across sessions in a file, as node's REPL keeps them.

The file is ``$TOYJS_REPL_HISTORY`` when that is set (empty: the history lasts only the
session, as NODE_REPL_HISTORY="" does for node), else ``$XDG_DATA_HOME/toyjs/repl_history``
(``~/.local/share/toyjs/repl_history``). It holds one line an entry, the newest first, at most
``LIMIT`` of them; a line the same as the one before it is kept once.
"""

from __future__ import annotations

import os
from pathlib import Path

LIMIT = 1000  # node's historySize


def history_path(environ: os._Environ[str] | dict[str, str] = os.environ) -> Path | None:
    given = environ.get("TOYJS_REPL_HISTORY")
    if given is not None:
        return Path(given).expanduser() if given.strip() else None
    data = environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(data) / "toyjs" / "repl_history"


class History:
    """Entries oldest first (``entries[-1]`` is the latest line)."""

    def __init__(self, path: Path | None, limit: int = LIMIT) -> None:
        self.path = path
        self.limit = limit
        self.entries: list[str] = []
        if path is not None:
            try:
                newest_first = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                newest_first = []
            self.entries = [line for line in reversed(newest_first[:limit]) if line.strip()]

    def add(self, line: str) -> None:
        if not line.strip() or (self.entries and self.entries[-1] == line):
            return
        self.entries.append(line)
        del self.entries[: -self.limit]
        self._save()

    def _save(self) -> None:
        """Written after each line: the REPL may end by process.exit() at any time."""
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(descriptor, "w", encoding="utf-8") as file:
                file.write("".join(f"{line}\n" for line in reversed(self.entries)))
        except OSError:
            self.path = None  # (node warns once and goes on without saving; so do we, quietly)
