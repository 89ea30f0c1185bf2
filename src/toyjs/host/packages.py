"""package.json as Node reads it: the ``exports`` and ``imports`` maps with their conditions,
``main``, ``type`` and ``name``; and which format a file is (CommonJS, ES module, JSON).

Conditions: an ES module import matches ``node``, ``import``, ``module-sync`` and ``default``;
``require`` matches ``node``, ``require``, ``module-sync`` and ``default`` (Node 24's sets). The
``module`` field is ignored, as Node ignores it.
"""

from __future__ import annotations

from typing import Any

IMPORT_CONDITIONS = frozenset({"node", "import", "module-sync", "default"})
REQUIRE_CONDITIONS = frozenset({"node", "require", "module-sync", "default"})


def match_exports(exports: Any, subpath: str, conditions: frozenset[str]) -> str | None:
    """The target ``subpath`` (``"."`` or ``"./x"``) maps to in an ``exports`` field, or None."""
    if isinstance(exports, (str, list)) or (
        isinstance(exports, dict) and exports and not any(key.startswith(".") for key in exports)
    ):
        return conditional_target(exports, conditions) if subpath == "." else None
    if not isinstance(exports, dict):
        return None
    return match_map(exports, subpath, conditions)


def match_map(mapping: dict[str, Any], key: str, conditions: frozenset[str]) -> str | None:
    """``key`` looked up in an exports or imports map: an exact entry, else the pattern
    (``"./x/*"``) with the longest prefix that matches, its ``*`` replaced in the target."""
    if key in mapping and "*" not in key:
        return conditional_target(mapping[key], conditions)
    best: tuple[str, str] | None = None  # (pattern, what * stands for)
    for pattern in mapping:
        star = pattern.find("*")
        if star < 0:
            continue
        prefix, suffix = pattern[:star], pattern[star + 1 :]
        if key.startswith(prefix) and key.endswith(suffix) and len(key) >= len(pattern) - 1 and key != prefix:
            if best is None or len(prefix) > best[0].find("*"):
                best = (pattern, key[len(prefix) : len(key) - len(suffix)])
    if best is None:
        return None
    target = conditional_target(mapping[best[0]], conditions)
    return target.replace("*", best[1]) if target is not None else None


def conditional_target(target: Any, conditions: frozenset[str]) -> str | None:
    """A target string, choosing among conditions (in the map's order) and fallbacks (lists)."""
    if isinstance(target, str):
        return target
    if isinstance(target, list):
        for option in target:
            resolved = conditional_target(option, conditions)
            if resolved is not None:
                return resolved
        return None
    if isinstance(target, dict):
        for condition, value in target.items():
            if condition in conditions:
                resolved = conditional_target(value, conditions)
                if resolved is not None:
                    return resolved
    return None


def format_by_extension(suffix: str) -> str | None:
    """``"commonjs"``, ``"module"`` or ``"json"`` when the extension decides it; None for
    ``.js`` and ``.ts`` (and files without one), which the package's ``type`` decides."""
    return {".cjs": "commonjs", ".cts": "commonjs", ".mjs": "module", ".mts": "module", ".json": "json"}.get(suffix)
