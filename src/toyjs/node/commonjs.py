"""CommonJS modules as ES modules see them: ``import x from "./lib.cjs"`` gives module.exports as
the default export and the names `cjs_exports` finds in the source as named exports (Node's
rule). The module loader asks this for every CommonJS file an ES module imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from toyjs.engine import SyntheticModule
from toyjs.errors import HostError
from toyjs.node.cjs_exports import export_names

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

    def _names(self, path: str, source: str, depth: int) -> list[str]:
        def reexported(specifier: str) -> list[str]:
            if depth >= MAX_REEXPORT_DEPTH:
                return []
            try:
                found = self._runtime.loader.resolve_require(specifier, path)
            except HostError:
                return []
            if found is None or Path(found).suffix not in ("", ".js", ".cjs"):
                return []
            return self._names(found, self._runtime.loader.source_of(found), depth + 1)

        return export_names(source, reexported)

    def _cjs_loader(self) -> Any:
        return self._runtime.core.requireBuiltin("internal/cjs_loader")
