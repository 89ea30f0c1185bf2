"""The Python side of performance: the wall-clock time the runtime's clock started at."""

from __future__ import annotations

import time
from typing import Any, Callable


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    # The loop's clock (ops.now) counts milliseconds from its start; timeOrigin is that start
    # on the wall clock, so timeOrigin + now() is the current time.
    origin = time.time() * 1000.0 - runtime.loop.now()
    return {"timeOrigin": lambda: origin}
