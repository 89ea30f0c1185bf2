"""The file module loader: modules from disk, found as Node finds them.

``import`` specifiers: URLs relative to the importing module (``./``, ``../``), absolute paths
and ``file://`` URLs, taken as written (no extension or index file is guessed, as in Node);
``#name`` through the package's ``imports``; bare package names looked up in ``node_modules``
(package.json ``exports`` with the ``import`` conditions, else ``main``). ``require()`` follows
Node's CommonJS algorithm (resolve_require). Modules are keyed by the ``file://`` URL of their
real path (plus a query or fragment the specifier had), so one imported under two spellings of
its path is evaluated once.
JSON files load as modules whose default export is the parsed data, when imported with
``with { type: "json" }`` (``assert { type: "json" }`` on V8 10.2, which parses only that).

What may be loaded follows Deno's rule. The program's static graph (its main module and every
module V8 asks for while linking it: what static ``import`` and ``export ... from``
declarations reach, transitively, JSON modules included) loads with no permission. Anything
else (an ``import()``, the static imports of a module that ``import()`` loads, a Worker's
modules, ``import.meta.resolve``, imports in code run by ``eval``) needs read access to every
path the loader looks at to find it (the path, require()'s candidates, ``node_modules``
folders, package.json files), and to the working directory when a relative or
bare specifier is resolved against it. The check comes before the file system is touched, so a
denied path is the same NotCapable whether it exists or not, and nothing of a file that may
not be read reaches the program. A module of the static graph may be loaded again freely:
by the path it resolved to, or by the specifier that reached it from the same module.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urljoin, urlsplit

from toyjs.engine import SyntheticModule
from toyjs.errors import HostError
from toyjs.host import typescript
from toyjs.host.packages import IMPORT_CONDITIONS, REQUIRE_CONDITIONS, format_by_extension, match_exports, match_map
from toyjs.host.permissions import WORKING_DIRECTORY, PermissionDenied, PermissionPolicy, check_hiding_target

# What require() tries after the path as given, in order (.node addons cannot load here).
REQUIRE_EXTENSIONS = (".js", ".json", ".node")
LITERAL_REQUIRE = re.compile(r"""\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)""")
BUILTIN_SCHEME = "node:"


class CommonJSModules(Protocol):
    """How ES modules see CommonJS ones (given by the layer above)."""

    def module(self, path: str, source: str) -> SyntheticModule:
        """A CommonJS file as an ES module."""

    def is_module_syntax(self, source: str, path: str) -> bool:
        """Whether a ``.js`` file no package ``type`` decides has ES module syntax."""

    def explained_missing_export(self, message: str, filename: str, line: int) -> str | None:
        """A link error's message told as Node tells it when the module is CommonJS, or None."""


class BuiltinModules(Protocol):
    """Modules built into the runtime (Node's), which the loader resolves before files."""

    def name_of(self, specifier: str) -> str | None:
        """The built-in ``specifier`` names, or None."""

    def module(self, name: str) -> SyntheticModule: ...


class ModuleNotFound(HostError):
    def __init__(self, message: str) -> None:
        super().__init__(message, code="ERR_MODULE_NOT_FOUND")


class UnresolvedModule(HostError):
    """A specifier resolved to ``url``, which is a folder or no file: import.meta.resolve
    still returns the URL, as in Node."""

    def __init__(self, message: str, url: str, code: str = "ERR_MODULE_NOT_FOUND") -> None:
        super().__init__(message, code=code)
        self.url = url


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
        # require("literal") calls in the graph's CommonJS modules, as (request, file): what
        # they reach joins the graph, as static imports do (see FileModuleLoader.source_of).
        self.requires: set[tuple[str, str]] = set()

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
        twin.requires = set(self.requires)
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
        # CommonJS files imported by ES modules; without it, every .js file is an ES module.
        self.commonjs: CommonJSModules | None = None
        self._policy = permissions  # what each look at the file system is checked against now
        self._linking = False
        self._manifests: dict[Path, dict[str, Any] | None] = {}
        # What relative specifiers from code that is no file resolve against (process.chdir
        # changes it for one runtime; the host's own is never changed).
        self.working_directory: Callable[[], Path] = Path.cwd
        # Told of every module file read (`toyjs run --watch` watches them).
        self.on_read: Callable[[Path], None] | None = None

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
        text = self._read(path, url)
        if typescript.is_typescript(path):
            text = _erased_types(path, text)
        kind = attributes.get("type")
        if kind == "json":
            try:
                json.loads(text)
            except ValueError as error:
                raise HostError(f"{url}: invalid JSON: {error}", js_name="SyntaxError") from error
            return f"export default JSON.parse({json.dumps(text)});"
        if kind is not None:
            raise HostError(f'Module "{url}" has an unsupported import assertion type "{kind}"', js_name="TypeError")
        if self.commonjs is not None and path.suffix != ".json":
            kind = self.format_of(path)
            if kind == "commonjs" or (kind == "ambiguous" and not self.commonjs.is_module_syntax(text, str(path))):
                self._note_requires(path, text)
                return self.commonjs.module(str(path), text)
        if path.suffix == ".json":
            raise HostError(
                f'Module "{url}" needs an import assertion of type "json"',
                js_name="TypeError",
                code="ERR_IMPORT_ASSERTION_TYPE_MISSING",
            )
        return text

    def explain_link_error(self, error: Any, filename: str, line: int) -> None:
        """Before a link error reaches the program (an import at ``filename``'s ``line``):
        a missing export of a CommonJS module is worded as Node words it."""
        if self.commonjs is None:
            return
        message = error["message"]
        explained = self.commonjs.explained_missing_export(message, filename, line) if isinstance(message, str) else None
        if explained is not None:
            error["stack"] = str(error["stack"]).replace(message, explained, 1)
            error["message"] = explained

    def import_meta(self, url: str, meta: Any) -> None:
        meta["resolve"] = lambda specifier: self._meta_resolve(specifier, url)
        if url.startswith("file:"):
            path = path_of(url)
            meta["filename"] = str(path)
            meta["dirname"] = str(path.parent)

    def _meta_resolve(self, specifier: str, referrer: str) -> str:
        try:
            return self.resolve(specifier, referrer, {})
        except UnresolvedModule as error:
            return error.url

    def _find(self, specifier: str, referrer: str) -> str:
        """Node's ES module resolution: a specifier is a URL relative to the importing module
        (no extension or index is guessed), a ``#name`` of the package's ``imports``, or a
        package: its ``exports``, else its ``main`` (as require would find it) or a file in it.
        The URL is then checked: a folder or a missing file is an error, with a hint at what
        require() would have loaded."""
        if specifier.startswith("#"):
            importer = str(path_of(referrer)) if referrer.startswith("file:") else referrer
            found = self._package_import(specifier, self._base_directory(referrer), importer, IMPORT_CONDITIONS)
            return self._checked(found.as_uri(), specifier, referrer)
        if specifier.startswith("file:"):
            return self._checked(specifier, specifier, referrer)
        if specifier.startswith("/"):
            return self._checked(urljoin("file:", specifier), specifier, referrer)
        if _is_url_like(specifier):
            return self._checked(urljoin(self._base_url(referrer), specifier), specifier, referrer)
        if ":" in specifier.split("/")[0]:
            raise ModuleNotFound(
                f"Cannot load module '{specifier}'{_imported_from(_shown(referrer))}:"
                f" only file: URLs, paths and packages are supported"
            )
        return self._checked(self._resolve_package(specifier, referrer), specifier, referrer)

    def _base_url(self, referrer: str) -> str:
        if referrer.startswith("file:"):
            return referrer
        return self._base_directory(referrer).as_uri() + "/"

    def _checked(self, url: str, specifier: str, referrer: str) -> str:
        """``url`` once it names a file: the file's real path, with the URL's query and
        fragment (each spelling is a module of its own, as in Node)."""
        parts = urlsplit(url)
        spelled = unquote(parts.path)
        path = Path(spelled)
        if spelled.endswith("/") or self._is_dir(path):
            raise UnresolvedModule(
                f"Directory import '{spelled}' is not supported resolving ES modules"
                f"{_imported_from(_shown(referrer))}{self._hint(specifier, path, referrer)}",
                url,
                code="ERR_UNSUPPORTED_DIR_IMPORT",
            )
        if not self._is_file(path):
            raise UnresolvedModule(
                f"Cannot find module '{spelled}'{_imported_from(_shown(referrer))}{self._hint(specifier, path, referrer)}",
                url,
            )
        query = f"?{parts.query}" if parts.query else ""
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        return url_of(path) + query + fragment

    def _hint(self, specifier: str, path: Path, referrer: str) -> str:
        """Node's "Did you mean" line: the file require() would load in place of ``path``,
        spelled as the specifier was (relative, absolute or package/...); none when there is
        none, or when the package's ``exports`` chose ``path``."""
        package = _package_folder(path, _package_name(specifier)[0]) if not _is_url_like(specifier) else None
        relative = specifier.startswith(".") and referrer.startswith("file:")
        try:
            if package is not None and "exports" in (self.manifest(package) or {}):
                return ""
            # Node looks for a relative specifier's hint from the working directory, not from
            # the importing module's folder (Node 20 and 24 alike); so does this, so that
            # messages match theirs.
            looked_at = self._base_directory("") / unquote(urlsplit(specifier).path) if relative else path
            found = self._require_file_or_directory(_normalized(looked_at))
        except (PermissionDenied, HostError):
            return ""
        if found is None or found == _normalized(looked_at):
            return ""
        if package is not None:
            text = f"{_package_name(specifier)[0]}/{found.relative_to(package).as_posix()}"
        elif relative:
            text = os.path.relpath(found, path_of(referrer).parent)
            text = text if text.startswith("../") else f"./{text}"
        else:
            text = str(found)
        return f'\nDid you mean to import "{text}"?'

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
        cwd = self.working_directory()
        if self._policy is not None:
            check_hiding_target(self._policy, "read", str(cwd), WORKING_DIRECTORY)
        return cwd

    def _resolve_package(self, specifier: str, referrer: str) -> str:
        """The URL a bare specifier names (not checked yet): the importing package itself by
        its name, else the first ``node_modules/<name>`` from the importer's folder upward."""
        name, subpath = _package_name(specifier)
        base = self._base_directory(referrer)
        own = self._own_package(name, base)
        if own is not None:
            target = self._export_target(own, self.manifest(own) or {}, subpath, IMPORT_CONDITIONS, _shown(referrer))
            return urljoin(own.as_uri() + "/", target)
        for folder in _node_modules_above(base):
            package = _normalized(folder / name)
            if not self._is_dir(package):
                continue
            manifest = self.manifest(package) or {}
            if "exports" in manifest:
                subpath = self._export_target(package, manifest, subpath, IMPORT_CONDITIONS, _shown(referrer))
            elif subpath == ".":
                return self._legacy_main(package, manifest, referrer).as_uri()
            return urljoin(package.as_uri() + "/", subpath)
        raise ModuleNotFound(f"Cannot find package '{name}'{_imported_from(_shown(referrer))}")

    def _legacy_main(self, package: Path, manifest: dict[str, Any], referrer: str) -> Path:
        """A package without ``exports``: its ``main`` as require() would try it, then its
        index file."""
        main = manifest.get("main")
        candidates: Iterable[Path] = _require_indexes(package)
        if isinstance(main, str) and main:
            entry = _normalized(package / main)
            candidates = itertools.chain(_with_require_extensions(entry), _require_indexes(entry), candidates)
        found = self._first_file(candidates)
        if found is None:
            missing = _normalized(package / main) if isinstance(main, str) and main else package / "index.js"
            raise ModuleNotFound(f"Cannot find package '{missing}'{_imported_from(_shown(referrer))}")
        return found

    # --- package.json
    def manifest(self, folder: Path) -> dict[str, Any] | None:
        """``folder/package.json`` parsed, or None when there is none (read once per loader)."""
        if folder in self._manifests:
            return self._manifests[folder]
        path = folder / "package.json"
        manifest: dict[str, Any] | None = None
        if self._is_file(path):
            try:
                parsed = json.loads(path.read_text(encoding="utf-8"))
            except ValueError as error:
                raise HostError(
                    f"Invalid package config {path}.", js_name="Error", code="ERR_INVALID_PACKAGE_CONFIG"
                ) from error
            manifest = parsed if isinstance(parsed, dict) else {}
        self._manifests[folder] = manifest
        return manifest

    def package_scope(self, path: Path) -> tuple[Path, dict[str, Any]] | None:
        """The nearest package.json at or above ``path``'s folder, with its folder (a
        ``node_modules`` folder ends the search, as in Node). One the program may not read
        is passed over: asking how a file it may load is to be parsed reads no more than
        its ``type``, and must not need read access to every folder above it."""
        for folder in path.parents:
            try:
                manifest = self.manifest(folder)
            except PermissionDenied:
                manifest = None
            if manifest is not None:
                return folder, manifest
            if folder.name == "node_modules":
                return None
        return None

    def format_of(self, path: Path) -> str:
        """How a file loads: ``"commonjs"``, ``"module"``, ``"json"``, or ``"ambiguous"`` (a
        ``.js`` file no package ``type`` decides: its syntax will)."""
        by_extension = format_by_extension(path.suffix)
        if by_extension is not None:
            return by_extension
        scope = self.package_scope(path)
        kind = scope[1].get("type") if scope is not None else None
        if kind == "module":
            return "module"
        if kind == "commonjs":
            return "commonjs"
        return "ambiguous"

    def _export_target(
        self, package: Path, manifest: dict[str, Any], subpath: str, conditions: frozenset[str], importer: str = ""
    ) -> str:
        """What the package's ``exports`` map ``subpath`` to (``./...``); ``importer`` ends
        the error as ``import`` words it."""
        target = match_exports(manifest["exports"], subpath, conditions)
        if target is None or not target.startswith("./"):
            manifest_path = package / "package.json"
            raise HostError(
                (
                    f"Package subpath '{subpath}' is not defined by \"exports\" in {manifest_path}"
                    if subpath != "."
                    else f"No \"exports\" main defined in {manifest_path}"
                )
                + _imported_from(importer),
                js_name="Error",
                code="ERR_PACKAGE_PATH_NOT_EXPORTED",
            )
        return target

    def _exported(self, package: Path, manifest: dict[str, Any], subpath: str, conditions: frozenset[str]) -> Path:
        return _normalized(package / self._export_target(package, manifest, subpath, conditions))

    def _own_package(self, name: str, base: Path) -> Path | None:
        """The folder of the package that holds ``base`` when it is named ``name`` and has
        ``exports`` (a package may import itself by its name through them)."""
        scope = self.package_scope(base / "x")
        if scope is None:
            return None
        folder, manifest = scope
        return folder if manifest.get("name") == name and "exports" in manifest else None

    # --- require(): Node's CommonJS resolution
    def resolve_require(self, request: str, parent: str | None, paths: list[str] | None = None) -> str | None:
        """The file ``require(request)`` from ``parent`` (a path, or None for the working
        directory) loads, by Node's algorithm; None when there is none (the caller makes
        Node's MODULE_NOT_FOUND error, which names the require stack). A literal require of
        a module of the program's graph is part of the graph: it needs no permission."""
        if parent is not None and paths is None and (request, parent) in self.static_graph.requires:
            saved, self._policy = self._policy, None
            try:
                found = self._find_required(request, parent, None)
            finally:
                self._policy = saved
            if found is not None:
                self.static_graph.urls.add(_normalized(Path(found)).as_uri())
            return found
        return self._find_required(request, parent, paths)

    def source_of(self, path: str) -> str:
        """The text of a module file (read access checked, unless it is in the program's graph);
        a CommonJS module of the graph brings its literal requires into it."""
        file = Path(path)
        text = self._read(file, path)
        if typescript.is_typescript(file):
            text = _erased_types(file, text)
        self._note_requires(file, text)
        return text

    def add_source_to_static_graph(self, path: Path, text: str) -> None:
        """Code of the program's own that is no file (standard input, named ``path``): what
        its literal requires reach is part of the program's graph, as a main file's is."""
        self.static_graph.urls.add(_normalized(path).as_uri())
        self._note_requires(path, text)

    def _read(self, path: Path, shown: str) -> str:
        """A module file's text, read access checked first (unless it is in the graph)."""
        self._check_read(path)
        if self.on_read is not None:
            self.on_read(path)
        try:
            # bytes that are not UTF-8 become U+FFFD, as Node decodes a module file
            return path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise ModuleNotFound(f"Cannot read module {shown}: {error.strerror}") from error

    def _note_requires(self, file: Path, text: str) -> None:
        if self.static_graph.holds(file):
            for match in LITERAL_REQUIRE.finditer(text):
                self.static_graph.requires.add((match.group(2), str(file)))

    def _find_required(self, request: str, parent: str | None, paths: list[str] | None) -> str | None:
        if request.startswith("file:"):
            request = str(path_of(request))
        if request.startswith("/"):
            found = self._require_file_or_directory(_normalized(Path(request)))
            return str(found) if found is not None else None
        base = Path(parent).parent if parent else self._base_directory("")
        if request.startswith(("./", "../")) or request in (".", ".."):
            starts = [Path(p) for p in paths] if paths is not None else [base]
            for start in starts:
                found = self._require_file_or_directory(_normalized(start / request))
                if found is not None:
                    return str(found)
            return None
        if request.startswith("#"):
            return str(self._package_import(request, base, parent or str(base), REQUIRE_CONDITIONS))
        name, subpath = _package_name(request)
        own = self._own_package(name, base)
        if own is not None:
            return str(self._exported(own, self.manifest(own) or {}, subpath, REQUIRE_CONDITIONS))
        for folder in self._node_modules_folders(base, paths):
            package = _normalized(folder / name)
            if not self._is_dir(package):
                continue
            manifest = self.manifest(package)
            if manifest is not None and "exports" in manifest:
                path = self._exported(package, manifest, subpath, REQUIRE_CONDITIONS)
                return str(path) if self._is_file(path) else None
            found = self._require_file_or_directory(_normalized(folder / request))
            if found is not None:
                return str(found)
        return None

    def _require_file_or_directory(self, candidate: Path) -> Path | None:
        """Node's LOAD_AS_FILE, then LOAD_AS_DIRECTORY: the path, with each extension; a
        folder's package.json ``main`` (as a file, then as a folder's index); its index."""
        found = self._first_file(_with_require_extensions(candidate))
        if found is not None or not self._is_dir(candidate):
            return found
        manifest = self.manifest(candidate)
        main = manifest.get("main") if manifest else None
        if isinstance(main, str) and main:
            entry = _normalized(candidate / main)
            found = self._first_file(itertools.chain(_with_require_extensions(entry), _require_indexes(entry)))
            if found is not None:
                return found
        return self._first_file(_require_indexes(candidate))

    def _first_file(self, paths: Iterable[Path]) -> Path | None:
        """The first of ``paths`` that is a file; each is checked (for permission) only when
        the ones before it were not."""
        return next((path for path in paths if self._is_file(path)), None)

    def _node_modules_folders(self, base: Path, paths: list[str] | None) -> list[Path]:
        if paths is not None:
            folders: list[Path] = []
            for start in paths:
                folders.extend(_node_modules_above(Path(start)))
            return folders
        return _node_modules_above(base)

    def _package_import(self, request: str, base: Path, parent: str, conditions: frozenset[str]) -> Path:
        """``#name`` through the nearest package.json's ``imports``."""
        scope = self.package_scope(base / "x")
        imports = scope[1].get("imports") if scope is not None else None
        target = match_map(imports, request, conditions) if isinstance(imports, dict) else None
        if scope is None or target is None:
            where = f" in package {scope[0] / 'package.json'}" if scope is not None else ""
            raise HostError(
                f'Package import specifier "{request}" is not defined{where} imported from {parent}',
                js_name="TypeError",
                code="ERR_PACKAGE_IMPORT_NOT_DEFINED",
            )
        if target.startswith("./"):
            return _normalized(scope[0] / target)
        found = self.resolve_require(target, str(base / "x"))
        if found is None:
            raise ModuleNotFound(f"Cannot find package '{target}'")
        return Path(found)


def _erased_types(path: Path, text: str) -> str:
    """A TypeScript file's code with its types erased (Node's strip-only mode; none under
    node_modules, as in Node)."""
    if typescript.in_node_modules(path):
        raise typescript.node_modules_error(path)
    return typescript.strip_types(text, path.as_uri())


def _is_url_like(specifier: str) -> bool:
    """A relative or absolute URL (or path), as opposed to a package name or ``#import``."""
    return specifier.startswith(("file:", "/", "./", "../")) or specifier in (".", "..")


def _shown(referrer: str) -> str:
    """A referrer as errors name it: a file by its path."""
    return str(path_of(referrer)) if referrer.startswith("file:") else referrer


def _package_folder(path: Path, name: str) -> Path | None:
    """The ``node_modules/<name>`` folder at or above ``path``, if any."""
    suffix = f"/node_modules/{name}"
    return next((folder for folder in (path, *path.parents) if folder.as_posix().endswith(suffix)), None)


def _package_name(request: str) -> tuple[str, str]:
    """(``name`` or ``@scope/name``, ``"."`` or ``"./rest"``) of a bare specifier."""
    parts = request.split("/")
    length = 2 if request.startswith("@") else 1
    rest = "/".join(parts[length:])
    return "/".join(parts[:length]), f"./{rest}" if len(parts) > length else "."


def _with_require_extensions(path: Path) -> Iterator[Path]:
    yield path
    for extension in REQUIRE_EXTENSIONS:
        yield path.with_name(path.name + extension)


def _require_indexes(folder: Path) -> Iterator[Path]:
    for extension in REQUIRE_EXTENSIONS:
        yield folder / f"index{extension}"


def _node_modules_above(start: Path) -> list[Path]:
    """``node_modules`` folders from ``start`` up to the root, skipping ones inside another."""
    return [folder / "node_modules" for folder in (start, *start.parents) if folder.name != "node_modules"]
