"""The ops of CommonJS (internal/cjs_loader.js): resolution and reading go through the runtime's
module loader, which applies Node's algorithm and the permission checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from toyjs.engine import undefined
from toyjs.errors import HostError
from toyjs.host.modules import path_of, url_of


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    loader = runtime.loader

    def require_resolve(request: str, parent: str | None, paths: list[str] | None) -> Any:
        found = loader.resolve_require(request, parent, paths)
        return undefined if found is None else found

    def module_source(path: str) -> dict[str, str]:
        return {"source": loader.source_of(path), "format": loader.format_of(Path(path))}

    def require_module(path: str) -> Any:
        """require() of an ES module: its namespace, when its graph evaluates synchronously."""
        url = url_of(Path(path))
        module = runtime.context.compile_module(loader.load(url, {}), url)
        evaluation = module.evaluate()
        if evaluation.state == "pending":
            raise RequireAsyncModule(path)
        if evaluation.state == "rejected":
            evaluation.result()  # raises the module's error
        namespace = module.namespace
        if "default" not in namespace:
            return namespace
        # With a default export, what require() gives also says __esModule (as Node's does),
        # for code compiled from ES modules that checks it: a facade re-exporting the module.
        facade_url = f"{url}#require"
        facade = runtime.context.compile_module(
            f"export * from {json.dumps(url)}; export {{ default }} from {json.dumps(url)};"
            " export const __esModule = true;",
            facade_url,
        )
        facade.evaluate()
        return facade.namespace

    return {
        "requireResolve": require_resolve,
        "moduleSource": module_source,
        "requireModule": require_module,
        "fileURLToPath": lambda url: str(path_of(url)),
        "fileURLOf": lambda path: Path(path).as_uri(),
    }


class RequireAsyncModule(HostError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "require() cannot be used on an ESM graph with top-level await. Use import() instead. "
            f"To see where the top-level await comes from, use --experimental-print-required-tla.\n"
            f"  From {path}",
            js_name="Error",
            code="ERR_REQUIRE_ASYNC_MODULE",
        )
