"""The file module loader: ES modules from disk, as Node and Deno find them.

Specifiers: relative (``./``, ``../``), absolute paths, ``file://`` URLs and bare package names
looked up in ``node_modules`` (honouring package.json ``exports`` with the ``import`` and
``default`` conditions, then ``module``, then ``main``). A path is tried as is, then with
``.js`` and ``.mjs`` appended, then as a directory holding ``index.js``. Modules are keyed by the
``file://`` URL of their real path, so one imported under two spellings is evaluated once.
JSON files load as modules whose default export is the parsed data, when imported with
``with { type: "json" }`` (``assert { type: "json" }`` on V8 10.2, which parses only that).

What may be loaded follows Deno's rule. The program's static graph (its main module and every
module V8 asks for while linking it: what static ``import`` and ``export ... from``
declarations reach, transitively, JSON modules included) loads with no permission. Anything
else (an ``import()``, the static imports of a module that ``import()`` loads, a Worker's
modules, ``import.meta.resolve``, imports in code run by ``eval``) needs read access to every
path the loader looks at to find it (the path, its ``.js``/``.mjs``/``index.js`` candidates,
``node_modules`` folders, package.json files), and to the working directory when a relative or
bare specifier is resolved against it. The check comes before the file system is touched, so a
denied path is the same NotCapable whether it exists or not, and nothing of a file that may
not be read reaches the program. A module of the static graph may be loaded again freely:
by the path it resolved to, or by the specifier that reached it from the same module.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

from toyjs.engine import SyntheticModule
from toyjs.errors import HostError
from toyjs.host.permissions import WORKING_DIRECTORY, PermissionPolicy, check_hiding_target

EXTENSIONS = ("", ".js", ".mjs")
BUILTIN_SCHEME = "node:"


class BuiltinModules(Protocol):
    """Modules built into the runtime (Node's), which the loader resolves before files."""

    def name_of(self, specifier: str) -> str | None:
        """The built-in ``specifier`` names, or None."""

    def module(self, name: str) -> SyntheticModule: ...
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


def _imported_from(referrer: str) -> str:
    return f" imported from {referrer}" if referrer else ""


def _normalized(path: Path) -> Path:
    """``path`` made absolute with ``..`` and ``.`` folded away, as URL resolution does,
    without asking the file system."""
    return Path(os.path.normpath(os.path.abspath(path)))


class StaticGraph:
    """The program's static module graph as the loader linked it: the modules' URLs, and each
    (specifier, referrer) resolution that reached one. The program's own code: loading it
    again reveals nothing, so it needs no permission."""

    def __init__(self) -> None:
        self.urls: set[str] = set()
        self.resolutions: dict[tuple[str, str], str] = {}

    def add(self, specifier: str, referrer: str, url: str) -> None:
        self.urls.add(url)
        self.resolutions[(specifier, referrer)] = url

    def resolution(self, specifier: str, referrer: str) -> str | None:
        return self.resolutions.get((specifier, referrer))

    def holds(self, path: Path) -> bool:
        """Whether ``path``, as spelled (symbolic links are not followed), is one of the
        graph's modules."""
        return _normalized(path).as_uri() in self.urls

    def copy(self) -> StaticGraph:
        twin = StaticGraph()
        twin.urls = set(self.urls)
        twin.resolutions = dict(self.resolutions)
        return twin


class FileModuleLoader:
    """Resolves and loads modules from the file system (see the module docstring).

    ``permissions``: what loading outside the static graph is checked against (``None``:
    nothing is checked, for a context used without a runtime). ``static_graph``: modules that
    are free to load from the start (a Worker gets its parent's).
    """

    def __init__(self, permissions: PermissionPolicy | None = None, static_graph: StaticGraph | None = None) -> None:
        self.static_graph = static_graph if static_graph is not None else StaticGraph()
        # Built-in modules (``node:fs``), given by the layer above: they load without permission.
        self.builtins: BuiltinModules | None = None
        self._policy = permissions  # what each look at the file system is checked against now
        self._linking = False

    @contextmanager
    def linking_static_graph(self, policy: PermissionPolicy | None) -> Iterator[None]:
        """While a main module is resolved, loaded and linked (no JS runs meanwhile): what the
        loader is asked for joins the static graph, checked against ``policy`` (``None`` for
        a program's main module, whose graph is free as in Deno; a Worker's parent's
        permissions for the worker's, as Deno checks a worker's graph)."""
        saved = self._policy
        self._policy, self._linking = policy, True
        try:
            yield
        finally:
            self._policy, self._linking = saved, False

    def resolve(self, specifier: str, referrer: str, attributes: dict[str, str]) -> str:
        if self.builtins is not None:
            name = self.builtins.name_of(specifier)
            if name is not None:
                return BUILTIN_SCHEME + name
        if self._linking:
            url = self._find(specifier, referrer)
            self.static_graph.add(specifier, referrer, url)
            return url
        known = self.static_graph.resolution(specifier, referrer)
        return known if known is not None else self._find(specifier, referrer)

    def load(self, url: str, attributes: dict[str, str]) -> str | SyntheticModule:
        if url.startswith(BUILTIN_SCHEME) and self.builtins is not None:
            return self.builtins.module(url[len(BUILTIN_SCHEME) :])
        path = path_of(url)
        self._check_read(path)
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

    def _find(self, specifier: str, referrer: str) -> str:
        if specifier.startswith("file:"):
            candidate = path_of(specifier)
        elif specifier.startswith("/"):
            candidate = Path(specifier)
        elif specifier.startswith(("./", "../")) or specifier in (".", ".."):
            candidate = self._base_directory(referrer) / specifier
        elif ":" in specifier.split("/")[0]:
            raise ModuleNotFound(
                f"Cannot load module '{specifier}'{_imported_from(referrer)}:"
                f" only file: URLs, paths and packages are supported"
            )
        else:
            return url_of(self._resolve_package(specifier, self._base_directory(referrer), referrer))
        candidate = _normalized(candidate)
        found = self._resolve_file(candidate)
        if found is None:
            raise ModuleNotFound(f"Cannot find module '{candidate}'{_imported_from(referrer)}")
        return url_of(found)

    def _check_read(self, path: Path) -> None:
        """Before the loader looks at ``path``: the program must be allowed to read it,
        unless it is a module of the static graph."""
        if self._policy is not None and not self.static_graph.holds(path):
            self._policy.check("read", str(path))

    def _is_file(self, path: Path) -> bool:
        self._check_read(path)
        return path.is_file()

    def _is_dir(self, path: Path) -> bool:
        self._check_read(path)
        return path.is_dir()

    def _base_directory(self, referrer: str) -> Path:
        """What a relative or bare specifier is resolved against: the referrer's folder, or
        for code that is no file (eval) the working directory, which is then read (a denial
        does not name it, as process.cwd() would)."""
        if referrer.startswith("file:"):
            return path_of(referrer).parent
        cwd = Path.cwd()
        if self._policy is not None:
            check_hiding_target(self._policy, "read", str(cwd), WORKING_DIRECTORY)
        return cwd

    def _resolve_file(self, candidate: Path) -> Path | None:
        for extension in EXTENSIONS:
            path = candidate.with_name(candidate.name + extension) if extension else candidate
            if self._is_file(path):
                return path
        index = candidate / "index.js"
        return index if self._is_file(index) else None

    def _resolve_package(self, specifier: str, base: Path, referrer: str) -> Path:
        parts = specifier.split("/")
        name_length = 2 if specifier.startswith("@") else 1
        name, subpath = "/".join(parts[:name_length]), "/".join(parts[name_length:])
        for directory in (base, *base.parents):
            package = _normalized(directory / "node_modules" / name)
            if self._is_dir(package):
                found = self._resolve_in_package(package, "./" + subpath if subpath else ".")
                if found is None:
                    raise ModuleNotFound(
                        f"Cannot find module '{specifier}' in package {package}{_imported_from(referrer)}"
                    )
                return found
        raise ModuleNotFound(f"Cannot find package '{name}'{_imported_from(referrer)}")

    def _resolve_in_package(self, package: Path, subpath: str) -> Path | None:
        manifest_path = package / "package.json"
        manifest: dict[str, Any] = {}
        if self._is_file(manifest_path):
            try:
                manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            except ValueError as error:
                raise HostError(f"{manifest_path}: invalid JSON: {error}", js_name="SyntaxError") from error
        if "exports" in manifest:
            target = _match_exports(manifest["exports"], subpath)
            if target is None:
                raise ModuleNotFound(f"Package subpath '{subpath}' is not defined by \"exports\" in {manifest_path}")
            path = _normalized(package / target)
            return path if self._is_file(path) else None
        if subpath == ".":
            for field in ("module", "main"):
                entry = manifest.get(field)
                if isinstance(entry, str):
                    found = self._resolve_file(_normalized(package / entry))
                    if found:
                        return found
            return self._resolve_file(package / "index")
        return self._resolve_file(_normalized(package / subpath))


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
