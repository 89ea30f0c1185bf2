"""A program's environment variables: the host's, with what the program set or deleted laid
over them. The host's own environment never changes (the host may run other programs); the
program's children get its view, as Node passes ``process.env`` to them."""

from __future__ import annotations

import os


class Environment:
    def __init__(self) -> None:
        self._changes: dict[str, str | None] = {}  # a value set, or None for deleted

    def get(self, name: str) -> str | None:
        return self._changes[name] if name in self._changes else os.environ.get(name)

    def names(self) -> list[str]:
        """The variables that are set, the host's first, in their order."""
        names = dict.fromkeys(os.environ)
        names.update(dict.fromkeys(self._changes))
        return [name for name in names if self.get(name) is not None]

    def set(self, name: str, value: str) -> None:
        self._changes[name] = value

    def delete(self, name: str) -> None:
        self._changes[name] = None

    def as_dict(self) -> dict[str, str]:
        """The whole view, for a child process."""
        return {name: value for name in self.names() if (value := self.get(name)) is not None}
