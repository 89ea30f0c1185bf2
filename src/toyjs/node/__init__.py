"""Node's built-in modules (``node:path``, ``node:events``...), one folder per module.

A built-in ``name`` is ``<name>/index.js``, and ``name/sub`` (``fs/promises``) is
``<name>/sub.js``; ``internal/*.js`` are shared pieces only built-ins may require. Each file is
the body of a function of ``exports, require, module, core`` (CommonJS's shape, with the host's
``core`` beside), compiled and run the first time a program requires or imports it, so an idle
runtime holds none of them. A folder's ``ops.py``, when it has one, gives the Python functions
its JS calls (``ops(runtime) -> dict``); they join the runtime's ops as the module loads.

Only ``builtins.js``, the loader of the others, is in the startup snapshot.
"""

from __future__ import annotations

import functools
import importlib
from pathlib import Path
from typing import Any, Callable

from toyjs.engine import SyntheticModule, undefined
from toyjs.errors import HostError

NODE = Path(__file__).parent
INTERNAL = "internal"
# Built-ins that exist only under the node: scheme (a bare "test" is a package).
SCHEME_ONLY = frozenset({"test", "test/reporters", "sea", "sqlite"})


# Node 20's built-ins. Those without a folder here yet load as placeholders whose functions
# throw ERR_NOT_IMPLEMENTED when called (internal/not_implemented.js), so that a package that
# only loads one at start-up loads.
NODE_BUILTINS = frozenset(
    """_http_agent _http_client _http_common _http_incoming _http_outgoing _http_server
    _stream_duplex _stream_passthrough _stream_readable _stream_transform _stream_wrap
    _stream_writable _tls_common _tls_wrap assert assert/strict async_hooks buffer child_process
    cluster console constants crypto dgram diagnostics_channel dns dns/promises domain events fs
    fs/promises http http2 https inspector inspector/promises module net os path path/posix
    path/win32 perf_hooks process punycode querystring readline readline/promises repl stream
    stream/consumers stream/promises stream/web string_decoder sys timers timers/promises tls
    trace_events tty url util util/types v8 vm wasi worker_threads zlib""".split()
)


@functools.cache
def implemented_names() -> frozenset[str]:
    """The built-ins that have their own files here."""
    names = set()
    for folder in NODE.iterdir():
        if not folder.is_dir() or folder.name in (INTERNAL, "__pycache__"):
            continue
        for file in folder.glob("*.js"):
            names.add(folder.name if file.stem == "index" else f"{folder.name}/{file.stem}")
    return frozenset(names)


@functools.cache
def builtin_names() -> frozenset[str]:
    """Every built-in a program may load (internal ones excluded)."""
    return NODE_BUILTINS | implemented_names()


def snapshot_scripts() -> tuple[tuple[str, str], ...]:
    return (("toyjs:node/builtins.js", (NODE / "builtins.js").read_text(encoding="utf-8")),)


@functools.cache
def builtin_source(name: str) -> str:
    """The JS of built-in ``name`` (or ``internal/...``), read once per process."""
    folder, _, sub = name.partition("/")
    return (NODE / folder / f"{sub or 'index'}.js").read_text(encoding="utf-8")


class UnknownBuiltin(HostError):
    def __init__(self, specifier: str) -> None:
        super().__init__(f"No such built-in module: {specifier}", code="ERR_UNKNOWN_BUILTIN_MODULE")


class NodeBuiltins:
    """The built-ins of one runtime, as its module loader and its JS see them."""

    def __init__(self, runtime: Any) -> None:
        self._runtime = runtime
        self._ops_added: set[str] = set()

    def name_of(self, specifier: str) -> str | None:
        """The built-in a specifier names (``node:fs``, ``fs``), or None when it names none;
        ``node:`` followed by no built-in is an error, as in Node."""
        if specifier.startswith("node:"):
            name = specifier[len("node:") :]
            if name not in builtin_names():
                raise UnknownBuiltin(specifier)
            return name
        return specifier if specifier in builtin_names() and specifier not in SCHEME_ONLY else None

    def module(self, name: str) -> SyntheticModule:
        """Built-in ``name`` as an ES module: its exports object as the default export, and
        each of its own enumerable properties as a named export."""
        core = self._runtime.core
        return SyntheticModule(tuple(core.builtinExportNames(name)), core.builtinNamespace(name))

    def ops(self) -> dict[str, Callable[..., Any]]:
        return {
            "builtinSource": self._source,
            "builtinNames": lambda: sorted(builtin_names() - SCHEME_ONLY),
            "builtinName": lambda specifier: _or_undefined(self.name_of(specifier)),
        }

    def _source(self, name: str) -> dict[str, Any]:
        """A built-in's JS, and the ops its folder's ops.py adds (the first time only)."""
        folder = name.partition("/")[0]
        added: dict[str, Callable[..., Any]] = {}
        if folder not in self._ops_added:
            self._ops_added.add(folder)
            make = _ops_factory(folder)
            if make is not None:
                added = make(self._runtime)
        if name.partition("/")[0] != INTERNAL and name not in implemented_names():
            return {"source": None, "ops": added}  # a placeholder (see NODE_BUILTINS)
        return {"source": builtin_source(name), "ops": added}


def _or_undefined(value: Any) -> Any:
    return undefined if value is None else value


@functools.cache
def _ops_factory(folder: str) -> Callable[[Any], dict[str, Callable[..., Any]]] | None:
    if not (NODE / folder / "ops.py").exists():
        return None
    return importlib.import_module(f"toyjs.node.{folder}.ops").ops
