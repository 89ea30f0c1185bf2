"""What a program may reach: Deno's model, deny by default.

Each kind is ``True`` (everything), ``False`` (nothing) or a list of what is granted: hosts
(``"example.com"``, ``"127.0.0.1:8080"``) for net, paths (a directory grants what is below it)
for read and write, variable names for env.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from toyjs.host.permissions import PermissionDenied

Grant = bool | Sequence[str]


def _grant(value: bool | Iterable[str] | None) -> Grant:
    if value is None or value is False:
        return False
    if value is True:
        return True
    if isinstance(value, str):
        raise TypeError("a grant is True, False or a list of strings, not a single str")
    return tuple(value)


@dataclass(frozen=True)
class Permissions:
    """Grants for a runtime: ``Permissions(net=["api.example.com"], env=["HOME"])``."""

    net: Grant = False
    read: Grant = False
    write: Grant = False
    env: Grant = False

    def __post_init__(self) -> None:
        for kind in ("net", "read", "write", "env"):
            object.__setattr__(self, kind, _grant(getattr(self, kind)))

    @classmethod
    def allow_all(cls) -> Permissions:
        return cls(net=True, read=True, write=True, env=True)

    @classmethod
    def deny_all(cls) -> Permissions:
        return cls()

    def check(self, kind: str, target: str | None) -> None:
        granted = getattr(self, kind)
        if granted is True:
            return
        if granted and target is not None and any(self._matches(kind, entry, target) for entry in granted):
            return
        raise PermissionDenied(kind, target)

    @staticmethod
    def _matches(kind: str, entry: str, target: str) -> bool:
        if kind == "net":
            entry_host, entry_port = split_host_port(entry)
            target_host, target_port = split_host_port(target)
            return entry_host == target_host and entry_port in ("", target_port)
        if kind in ("read", "write"):
            granted = Path(entry).resolve()
            wanted = Path(target).resolve()
            return wanted == granted or granted in wanted.parents
        return entry == target


def split_host_port(text: str) -> tuple[str, str]:
    """("host", "port") of "host", "host:port", "[v6]" or "[v6]:port"; the port may be ""."""
    if text.startswith("["):
        close = text.find("]")
        host, rest = text[: close + 1], text[close + 1 :]
        return host.lower(), rest[1:] if rest.startswith(":") else ""
    host, _, port = text.partition(":")
    return host.lower(), port
