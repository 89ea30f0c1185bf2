"""Permission flags, Deno's way: ``--allow-net``, ``--allow-net=host[:port],...``, likewise
``--allow-read``, ``--allow-write``, ``--allow-env``, ``--allow-run[=program,...]``, and ``-A``/``--allow-all``.

They are taken out of the arguments before argparse sees them, because a bare
``--allow-net app.js`` must not read ``app.js`` as the flag's value; they count only before
the program's file (what follows it belongs to the program).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from toyjs.host.grants import KINDS, Permissions

COMMANDS_WITH_OPERAND = {"run", "eval", "serve"}


def split_permission_flags(
    argv: Sequence[str], valued: Collection[str] = ()
) -> tuple[Permissions | None, list[str]]:
    """(the permissions the flags grant, or None when none was given; the other arguments).
    ``valued`` names the other options that take a value (``--timeout 5``): their value is
    not the program's file."""
    grants: dict[str, bool | list[str]] = {}
    rest: list[str] = []
    command = None
    operand_seen = False
    value_next = False
    for index, token in enumerate(argv):
        if operand_seen:
            rest.extend(argv[index:])
            break
        if value_next:
            rest.append(token)
            value_next = False
            continue
        if token in valued:
            rest.append(token)
            value_next = True
            continue
        if token in ("-A", "--allow-all"):
            grants.update({kind: True for kind in KINDS})
            continue
        kind, value = _parse(token)
        if kind is not None:
            if value is None:
                grants[kind] = True
            elif grants.get(kind) is not True:
                existing = grants.get(kind) or []
                grants[kind] = [*existing, *[item for item in value.split(",") if item]]
            continue
        rest.append(token)
        if not token.startswith("-"):
            if command is None:
                command = token
            elif command in COMMANDS_WITH_OPERAND:
                operand_seen = True
    if not grants:
        return None, rest
    return Permissions(**grants), rest


def _parse(token: str) -> tuple[str | None, str | None]:
    for kind in KINDS:
        flag = f"--allow-{kind}"
        if token == flag:
            return kind, None
        if token.startswith(flag + "="):
            return kind, token[len(flag) + 1 :]
    return None, None
