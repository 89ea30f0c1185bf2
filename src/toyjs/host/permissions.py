"""The permission check every host op that reaches outside the program goes through.

The host only defines the interface; the policies (what is granted) live in
`toyjs.isolation.permissions`. Loading the program's own modules is never checked.
"""

from __future__ import annotations

from typing import Protocol

from toyjs.errors import HostError

FLAGS = {"net": "--allow-net", "read": "--allow-read", "write": "--allow-write", "env": "--allow-env"}


class PermissionDenied(HostError):
    """JS sees an Error named NotCapable (as in Deno) saying what was denied and how to grant
    it: the command's flag (``from_flags``), or else the `Permissions` field."""

    def __init__(self, kind: str, target: str | None, *, from_flags: bool = False) -> None:
        what = f'{kind} access to "{target}"' if target is not None else f"{kind} access"
        grant = f"run again with {FLAGS[kind]}" if from_flags else f"grant it with Permissions({kind}=...)"
        super().__init__(f"Requires {what}, {grant}", js_name="NotCapable", code="ERR_ACCESS_DENIED")
        self.kind = kind
        self.target = target


class PermissionPolicy(Protocol):
    def check(self, kind: str, target: str | None) -> None:
        """Return if ``kind`` access ("net", "read", "write", "env") to ``target`` is granted
        (``None``: to everything of that kind, e.g. listing the environment); raise
        `PermissionDenied` otherwise."""
