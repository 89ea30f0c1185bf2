"""Web and host APIs, one folder per standard: ``NN_name.js`` files loaded in order, beside an
``ops.py`` holding the Python functions they call.

Order matters: ``ecmascript`` (library gaps of the engine) first, ``webidl`` (the shape Web IDL
gives every interface, which the areas apply to their classes), then ``console``, which the
later areas may use, then ``timers``, ``process``, ``events`` (DOMException, EventTarget,
AbortSignal, which needs timers) and the areas built on them.
"""

from __future__ import annotations

import functools
import importlib
from pathlib import Path
from typing import Any, Callable

AREAS = (
    "ecmascript",
    "webidl",
    "console",
    "timers",
    "process",
    "events",
    "encoding",
    "structured_clone",
    "performance",
    "crypto",
    "url",
    "urlpattern",
    "streams",
    "fetch",
    "messaging",
    "workers",
    "websocket",
    "eventsource",
    "broadcast_channel",
    "navigator",
)


def area_ops(area: str, runtime: Any) -> dict[str, Callable[..., Any]]:
    """The ops an area's ``ops.py`` provides (none when it has no Python side)."""
    make = _ops_factory(area)
    return make(runtime) if make is not None else {}


@functools.cache
def _ops_factory(area: str) -> Callable[[Any], dict[str, Callable[..., Any]]] | None:
    try:
        return importlib.import_module(f"toyjs.web.{area}.ops").ops
    except ModuleNotFoundError:
        return None


@functools.cache
def area_scripts(area: str) -> tuple[tuple[str, str], ...]:
    """(name, source) of an area's JS files, in load order (read once per process)."""
    folder = Path(__file__).parent / area
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".js"))
    return tuple((f"toyjs:web/{area}/{name}", (folder / name).read_text(encoding="utf-8")) for name in names)
