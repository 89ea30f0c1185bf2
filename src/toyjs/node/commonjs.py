"""CommonJS modules as ES modules see them: ``import x from "./lib.cjs"`` gives module.exports as
the default export and the names `cjs_exports` finds in the source as named exports (Node's
rule). The module loader asks this for every CommonJS file an ES module imports."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from toyjs.engine import SyntheticModule
from toyjs.errors import HostError
from toyjs.host.modules import path_of
from toyjs.node.cjs_exports import export_names

# V8's message for an import of a name a module does not export.
MISSING_EXPORT = re.compile(r"^The requested module '(.+)' does not provide an export named '(.+)'$")

MAX_REEXPORT_DEPTH = 32  # a chain of `module.exports = require(...)` longer than this stops


class CommonJSModules:
    def __init__(self, runtime: Any) -> None:
        self._runtime = runtime

    def module(self, path: str, source: str) -> SyntheticModule:
        names = self._names(path, source, 0)
        loader = self._cjs_loader()
        return SyntheticModule(("default", *names), loader.namespaceOf(path, names))

    def is_module_syntax(self, source: str, path: str) -> bool:
        """Whether a file no package ``type`` decides is an ES module (Node 24's detection)."""
        return bool(self._cjs_loader().hasModuleSyntax(source, path))

    def explained_missing_export(self, message: str, filename: str, line: int) -> str | None:
        """V8's "does not provide an export named" message (of an import at ``filename``'s
        ``line``), told as Node tells it when the module is CommonJS: the named exports are the
        ones detected in its source, and the default import always works (with the statement
        to write instead). None for any other error."""
        match = MISSING_EXPORT.match(message)
        if match is None or not filename.startswith("file:"):
            return None
        specifier, name = match.groups()
        loader = self._runtime.loader
        try:
            path = path_of(loader.resolve(specifier, filename, {}))
            if loader.format_of(path) == "module":
                return None
            importer = path_of(filename).read_text(encoding="utf-8")  # a module that loaded
        except (HostError, OSError, ValueError):
            return None
        bindings = _named_bindings(importer, line or 1, specifier)
        return (
            f"Named export '{name}' not found. The requested module '{specifier}' is a CommonJS module, "
            "which may not support all module.exports as named exports.\n"
            "CommonJS modules can always be imported via the default export, for example using:\n\n"
            f"import pkg from '{specifier}';\n"
            + (f"const {{ {bindings} }} = pkg;\n" if bindings else "")
        )

    def _names(self, path: str, source: str, depth: int) -> list[str]:
        def reexported(specifier: str) -> list[str]:
            if depth >= MAX_REEXPORT_DEPTH:
                return []
            try:
                found = self._runtime.loader.resolve_require(specifier, path)
            except HostError:
                return []
            if found is None or Path(found).suffix not in ("", ".js", ".cjs", ".ts", ".cts"):
                return []
            return self._names(found, self._runtime.loader.source_of(found), depth + 1)

        return export_names(source, reexported)

    def _cjs_loader(self) -> Any:
        return self._runtime.core.requireBuiltin("internal/cjs_loader")


def _named_bindings(source: str, line: int, specifier: str) -> str:
    """The named imports of the statement importing ``specifier`` at or after ``line``, as an
    object pattern's entries: ``{ a, b as c }`` gives ``a, b: c``."""
    offset = sum(len(text) for text in source.splitlines(keepends=True)[: line - 1])
    statement = re.compile(
        r"""import\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*(["'])""" + re.escape(specifier) + r"\2"
    ).search(source, offset)
    if statement is None:
        return ""
    entries = []
    for part in statement.group(1).split(","):
        words = part.split()
        if len(words) == 3 and words[1] == "as":
            entries.append(f"{words[0]}: {words[2]}")
        elif len(words) == 1:
            entries.append(words[0])
    return ", ".join(entries)
