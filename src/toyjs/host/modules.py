"""The file module loader: ES modules from disk, as Node and Deno find them.

Specifiers: relative (``./``, ``../``), absolute paths, ``file://`` URLs and bare package names
looked up in ``node_modules`` (honouring package.json ``exports`` with the ``import`` and
``default`` conditions, then ``module``, then ``main``). A path is tried as is, then with
``.js`` and ``.mjs`` appended, then as a directory holding ``index.js``. Modules are keyed by the
``file://`` URL of their real path, so one imported under two spellings is evaluated once.
JSON files load as modules whose default export is the parsed data, when imported with
``with { type: "json" }`` (``assert { type: "json" }`` on V8 10.2, which parses only that).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from toyjs.errors import HostError

EXTENSIONS = ("", ".js", ".mjs")
CONDITIONS = ("import", "default")


class ModuleNotFound(HostError):
    def __init__(self, message: str) -> None:
        super().__init__(message, code="ERR_MODULE_NOT_FOUND")


def path_of(url: str) -> Path:
    """The filesystem path of a ``file://`` URL."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        raise ValueError(f"not a file URL: {url}")
    return Path(unquote(parts.path))


def url_of(path: Path) -> str:
    return Path(os.path.realpath(path)).as_uri()


def _describe(referrer: str) -> str:
    return referrer if referrer else os.getcwd()


class FileModuleLoader:
    """Resolves and loads modules from the file system (see the module docstring)."""

    def resolve(self, specifier: str, referrer: str, attributes: dict[str, str]) -> str:
        base = self._base_directory(referrer)
        if specifier.startswith("file:"):
            candidate = path_of(specifier)
        elif specifier.startswith("/"):
            candidate = Path(specifier)
        elif specifier.startswith(("./", "../")) or specifier in (".", ".."):
            candidate = base / specifier
        elif ":" in specifier.split("/")[0]:
            raise ModuleNotFound(
                f"Cannot load module '{specifier}' imported from {_describe(referrer)}:"
                f" only file: URLs, paths and packages are supported"
            )
        else:
            return url_of(self._resolve_package(specifier, base, referrer))
        found = self._resolve_file(candidate)
        if found is None:
            raise ModuleNotFound(f"Cannot find module '{candidate}' imported from {_describe(referrer)}")
        return url_of(found)

    def load(self, url: str, attributes: dict[str, str]) -> str:
        path = path_of(url)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ModuleNotFound(f"Cannot read module {url}: {error.strerror}") from error
        kind = attributes.get("type")
        if kind == "json":
            try:
                json.loads(text)
            except ValueError as error:
                raise HostError(f"{url}: invalid JSON: {error}", js_name="SyntaxError") from error
            return f"export default JSON.parse({json.dumps(text)});"
        if kind is not None:
            raise HostError(f'Module "{url}" has an unsupported import assertion type "{kind}"', js_name="TypeError")
        if path.suffix == ".json":
            raise HostError(
                f'Module "{url}" needs an import assertion of type "json"',
                js_name="TypeError",
                code="ERR_IMPORT_ASSERTION_TYPE_MISSING",
            )
        return text

    def import_meta(self, url: str, meta: Any) -> None:
        meta["resolve"] = lambda specifier: self.resolve(specifier, url, {})
        if url.startswith("file:"):
            path = path_of(url)
            meta["filename"] = str(path)
            meta["dirname"] = str(path.parent)

    @staticmethod
    def _base_directory(referrer: str) -> Path:
        if referrer.startswith("file:"):
            return path_of(referrer).parent
        return Path.cwd()

    @staticmethod
    def _resolve_file(candidate: Path) -> Path | None:
        for extension in EXTENSIONS:
            path = candidate.with_name(candidate.name + extension) if extension else candidate
            if path.is_file():
                return path
        index = candidate / "index.js"
        return index if index.is_file() else None

    def _resolve_package(self, specifier: str, base: Path, referrer: str) -> Path:
        parts = specifier.split("/")
        name_length = 2 if specifier.startswith("@") else 1
        name, subpath = "/".join(parts[:name_length]), "/".join(parts[name_length:])
        for directory in (base, *base.parents):
            package = directory / "node_modules" / name
            if package.is_dir():
                found = self._resolve_in_package(package, "./" + subpath if subpath else ".")
                if found is None:
                    raise ModuleNotFound(
                        f"Cannot find module '{specifier}' in package {package} imported from {_describe(referrer)}"
                    )
                return found
        raise ModuleNotFound(f"Cannot find package '{name}' imported from {_describe(referrer)}")

    def _resolve_in_package(self, package: Path, subpath: str) -> Path | None:
        manifest_path = package / "package.json"
        manifest: dict[str, Any] = {}
        if manifest_path.is_file():
            try:
                manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            except ValueError as error:
                raise HostError(f"{manifest_path}: invalid JSON: {error}", js_name="SyntaxError") from error
        if "exports" in manifest:
            target = _match_exports(manifest["exports"], subpath)
            if target is None:
                raise ModuleNotFound(f"Package subpath '{subpath}' is not defined by \"exports\" in {manifest_path}")
            path = (package / target).resolve()
            return path if path.is_file() else None
        if subpath == ".":
            for field in ("module", "main"):
                entry = manifest.get(field)
                if isinstance(entry, str):
                    found = self._resolve_file(package / entry)
                    if found:
                        return found
            return self._resolve_file(package / "index")
        return self._resolve_file(package / subpath)


def _match_exports(exports: Any, subpath: str) -> str | None:
    """The target of ``subpath`` in a package.json ``exports`` field (Node's algorithm, with the
    ``import`` and ``default`` conditions)."""
    if isinstance(exports, (str, list)) or (
        isinstance(exports, dict) and exports and not any(key.startswith(".") for key in exports)
    ):
        return _conditional_target(exports) if subpath == "." else None
    if not isinstance(exports, dict):
        return None
    if subpath in exports:
        return _conditional_target(exports[subpath])
    best: tuple[str, str] | None = None
    for key in exports:
        if "*" in key:
            prefix, suffix = key.split("*", 1)
            if subpath.startswith(prefix) and subpath.endswith(suffix) and len(subpath) >= len(key) - 1:
                if best is None or len(prefix) > len(best[0].split("*")[0]):
                    best = (key, subpath[len(prefix) : len(subpath) - len(suffix)])
    if best is None:
        return None
    target = _conditional_target(exports[best[0]])
    return target.replace("*", best[1]) if target else None


def _conditional_target(target: Any) -> str | None:
    if isinstance(target, str):
        return target
    if isinstance(target, list):
        for option in target:
            resolved = _conditional_target(option)
            if resolved:
                return resolved
        return None
    if isinstance(target, dict):
        for condition, value in target.items():
            if condition in CONDITIONS:
                resolved = _conditional_target(value)
                if resolved:
                    return resolved
    return None
