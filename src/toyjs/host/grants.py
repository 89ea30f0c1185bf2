"""What a program may reach: Deno's model, deny by default.

Each kind is ``True`` (everything), ``False`` (nothing) or a list of what is granted: hosts
(``"example.com"``, ``"127.0.0.1:8080"``) for net, paths (a directory grants what is below it)
for read and write, variable names for env, programs for run.

A run entry is a program's name (``"git"``, found on the host's PATH when checked) or its path;
it grants the program it resolves to, whichever way a program names it (``"git"`` also grants
``"/usr/bin/git"``), as Deno's ``--allow-run=git`` does. The check is asked with the path the
child would run (see node/child_process/ops.py), so another PATH cannot pass off another
program under a granted name. Granting run gives the children what the host process has: they
are not confined by these grants (as in Deno).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toyjs.errors import HostError
from toyjs.host.permissions import PermissionDenied

Grant = bool | Sequence[str]
KINDS = ("net", "read", "write", "env", "run")


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
    run: Grant = False
    # Made from the command's --allow-* flags: a denial then names the flag, not the field.
    from_flags: bool = False

    def __post_init__(self) -> None:
        for kind in KINDS:
            object.__setattr__(self, kind, _grant(getattr(self, kind)))

    @classmethod
    def allow_all(cls) -> Permissions:
        return cls(net=True, read=True, write=True, env=True, run=True)

    @classmethod
    def deny_all(cls) -> Permissions:
        return cls()

    def narrow(self, request: Any) -> Permissions:
        """The grants for a worker that asks for ``request``, as Deno's ``deno.permissions``
        option spells it: ``"inherit"``, ``"none"``, or per kind ``"inherit"``, ``True``,
        ``False`` or a list (a kind left out gets nothing). Asking for more than these
        grants raises NotCapable."""
        if request == "inherit":
            return self
        if request == "none":
            return Permissions(from_flags=self.from_flags)
        if not isinstance(request, dict):
            raise HostError('permissions must be "inherit", "none" or an object', js_name="TypeError")
        grants: dict[str, Grant] = {}
        for kind in KINDS:
            wanted = request.get(kind, False)
            if wanted == "inherit":
                grants[kind] = getattr(self, kind)
            elif isinstance(wanted, bool) or (isinstance(wanted, list) and all(isinstance(e, str) for e in wanted)):
                if not self._covers(kind, wanted):
                    raise HostError("Can't escalate parent thread permissions", js_name="NotCapable", code="ERR_ACCESS_DENIED")
                grants[kind] = wanted
            else:
                raise HostError(f'permissions.{kind} must be "inherit", a boolean or a list of strings', js_name="TypeError")
        return Permissions(**grants, from_flags=self.from_flags)

    def check(self, kind: str, target: str | None) -> None:
        granted = getattr(self, kind)
        if granted is True:
            return
        if granted and target is not None and any(self._matches(kind, entry, target) for entry in granted):
            return
        raise PermissionDenied(kind, target, from_flags=self.from_flags)

    def _covers(self, kind: str, wanted: bool | list[str]) -> bool:
        """Whether these grants include ``wanted`` (a grant of ``kind``)."""
        held = getattr(self, kind)
        if wanted is False or held is True:
            return True
        if wanted is True or held is False:
            return False
        return all(any(self._matches(kind, mine, entry) for mine in held) for entry in wanted)

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
        if kind == "run":
            return entry == target or program_path(entry) == program_path(target)
        return entry == target


def program_path(program: str) -> str | None:
    """Where a program named ``program`` (a name on the host's PATH, or a path) is, with its
    links resolved; None when there is none."""
    found = program if "/" in program else shutil.which(program)
    if found is None or not os.access(found, os.X_OK):
        return None
    return str(Path(found).resolve())


def split_host_port(text: str) -> tuple[str, str]:
    """("host", "port") of "host", "host:port", "[v6]" or "[v6]:port"; the port may be ""."""
    if text.startswith("["):
        close = text.find("]")
        host, rest = text[: close + 1], text[close + 1 :]
        return host.lower(), rest[1:] if rest.startswith(":") else ""
    host, _, port = text.partition(":")
    return host.lower(), port
