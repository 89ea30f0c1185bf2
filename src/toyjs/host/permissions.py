"""The permission check every host op that reaches outside the program goes through.

The host defines the interface; `toyjs.host.grants` is the policy runtimes are given
(Deno's model), and embedders may pass their own. The module loader checks read access for what lies outside the
program's static module graph (see `toyjs.host.modules`).
"""

from __future__ import annotations

from typing import Protocol

from toyjs.errors import HostError

FLAGS = {"net": "--allow-net", "read": "--allow-read", "write": "--allow-write", "env": "--allow-env", "run": "--allow-run"}
WORKING_DIRECTORY = "<CWD>"  # how a denial names the working directory, which it must not reveal


class PermissionDenied(HostError):
    """JS sees an Error named NotCapable (as in Deno) saying what was denied and how to grant
    it: the command's flag (``from_flags``), or else the `Permissions` field."""

    def __init__(self, kind: str, target: str | None, *, from_flags: bool = False) -> None:
        what = f'{kind} access to "{target}"' if target is not None else f"{kind} access"
        grant = f"run again with {FLAGS[kind]}" if from_flags else f"grant it with Permissions({kind}=...)"
        super().__init__(f"Requires {what}, {grant}", js_name="NotCapable", code="ERR_ACCESS_DENIED")
        self.kind = kind
        self.target = target
        self.from_flags = from_flags


class PermissionPolicy(Protocol):
    def check(self, kind: str, target: str | None) -> None:
        """Return if ``kind`` access ("net", "read", "write", "env", "run") to ``target`` is granted
        (``None``: to everything of that kind, e.g. listing the environment); raise
        `PermissionDenied` otherwise."""


def check_hiding_target(policy: PermissionPolicy, kind: str, target: str, shown_as: str) -> None:
    """``policy.check(kind, target)``, but a denial names ``shown_as``: for a target that is
    itself what the program may not learn (the working directory, as Deno's ``<CWD>``)."""
    try:
        policy.check(kind, target)
    except PermissionDenied as denial:
        raise PermissionDenied(kind, shown_as, from_flags=denial.from_flags) from None
