"""child_process.fork's child: another toyjs process (``python -m toyjs run``), with no more
permissions than its parent has.

Forking needs run access to "toyjs" (``--allow-run`` or ``--allow-run=toyjs``): what starts
is this runtime again, confined to the parent's grants, which are handed on as the command's
--allow-* flags. ``execArgv`` may hold other toyjs options (``--heap-limit 64``) and
--allow-* flags of its own, which must ask for no more than the parent has (NotCapable
"Can't escalate" otherwise); without any, the child gets the parent's.

The flags say the same to the child as the grants say to the parent: read and write paths are
made absolute (the child may run in another folder), and run entries become the programs'
paths (the child's PATH may differ); a run entry naming no program, or an entry the flag
syntax cannot carry (one with a comma), is left out, which only narrows the child's grants.
An embedder's own permission policy (not a `Permissions`) cannot be handed on: its children
get nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from toyjs.cli.flags import split_permission_flags
from toyjs.host.grants import KINDS, Permissions, program_path

PROGRAM = "toyjs"  # what the run permission names for fork
# Variables that change what the child's Python runs: setting them otherwise than the host
# has them needs run access to every program (like the dynamic loader's LD_*).
INTERPRETER_VARIABLES = ("PYTHON",)


def fork_command(permissions: Any, exec_argv: list[str], module: str, args: list[str]) -> list[str]:
    """The child's command line."""
    requested, options = split_permission_flags(exec_argv)
    granted = permissions if isinstance(permissions, Permissions) else Permissions()
    if requested is not None:
        granted = granted.narrow({kind: _as_request(getattr(requested, kind)) for kind in KINDS})
    return [sys.executable, "-m", PROGRAM, "run", *permission_flags(granted), *options, module, *args]


def _as_request(grant: Any) -> bool | list[str]:
    return grant if isinstance(grant, bool) else list(grant)


def permission_flags(permissions: Permissions) -> list[str]:
    """The --allow-* flags that grant what ``permissions`` grant (or less, see above)."""
    flags = []
    for kind in KINDS:
        grant = getattr(permissions, kind)
        if grant is True:
            flags.append(f"--allow-{kind}")
            continue
        entries = [entry for entry in (_portable(kind, item) for item in grant or ()) if entry and "," not in entry]
        if entries:
            flags.append(f"--allow-{kind}={','.join(entries)}")
    return flags


def _portable(kind: str, entry: str) -> str | None:
    """``entry`` as it means the same in the child."""
    if kind in ("read", "write"):
        return str(Path(entry).resolve())
    if kind == "run":
        return program_path(entry)
    return entry
