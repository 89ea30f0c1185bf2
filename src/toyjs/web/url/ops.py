"""The native side of URL: WHATWG URL parsing by Ada (the parser Node uses), whose C API the
ada-url package's library exports; the core calls it directly (one native call per URL, no
Python in between) once JS asks for it.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any, Callable


@functools.cache
def ada_library() -> str:
    """The path of the ada-url package's shared library, found without importing the package
    (its import costs milliseconds of start-up; most programs never parse a URL)."""
    spec = importlib.util.find_spec("ada_url")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("toyjs needs the ada-url package for URL parsing")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in sorted(folder.glob("_ada_wrapper*.so")):
        return str(candidate)
    raise ImportError(f"the ada-url package in {folder} has no _ada_wrapper library")


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"url": runtime.context.url_functions(ada_library())}
