"""The Python side of Worker: ops over the runtime's `workers` (see toyjs.web.workers.threads),
which starts each worker on its own thread with its own isolate and event loop."""

from __future__ import annotations

from typing import Any, Callable


def ops(runtime: Any) -> dict[str, Any]:
    workers = runtime.workers
    table: dict[str, Callable[..., Any] | str] = {
        "workerBaseURL": workers.base_url,
        "workerStart": workers.start,
        "workerPost": runtime.context.message_function(workers.post),
        "workerTerminate": workers.terminate,
    }
    if workers.parent is not None:
        table.update(
            {
                "workerName": workers.parent.name,
                "workerKind": "web" if workers.parent.node is None else "node",
                "workerParentPost": runtime.context.message_function(workers.post_to_parent),
                "workerClose": workers.close_self,
            }
        )
    return table
