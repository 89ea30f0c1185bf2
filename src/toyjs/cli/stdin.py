"""A program read from standard input (`toyjs -`, `toyjs run -`, or piped into a bare
`toyjs`), run as `node -` runs one: a CommonJS script named ``[stdin]``, or an ES module when it
has module syntax (Node's detection), with imports and requires resolved from the working
directory. Its static imports load without permission, as a main module's do."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from toyjs.runtime import Runtime

STDIN = "[stdin]"


def run_stdin(runtime: Runtime, source: str, args: Sequence[str], timeout: float | None) -> int:
    folder = Path(os.getcwd())
    commonjs = runtime.core.requireBuiltin("internal/cjs_loader")

    def start() -> Any:
        argv = list(runtime.core.process["argv"])
        runtime.core.process["argv"] = [argv[0], "-", *argv[2:]]  # as node names it
        if not commonjs.hasModuleSyntax(source, STDIN):
            runtime.loader.add_source_to_static_graph(folder / STDIN, source)
            return commonjs.runStdin(source, str(folder))
        url = f"{folder.as_uri()}/{STDIN}"
        with runtime.loader.linking_static_graph(None):
            module = runtime.context.compile_module(source, url)
            module.link()
        return module.evaluate()

    return runtime._block_on(runtime.run_async(folder / STDIN, args, timeout=timeout, start=start))
