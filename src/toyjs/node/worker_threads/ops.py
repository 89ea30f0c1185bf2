"""The Python side of node:worker_threads: Workers started on the runtime's `Workers` (see
toyjs.web.workers.threads, shared with the Web Worker), and MessagePorts whose ends may move
between workers (toyjs.web.workers.ports).

Every message crosses as ``[Message, ports]``: the serialized value, and ``null`` or the
ports it transferred (``[paths, ids]``, which the receiving JS turns back into MessagePorts).
"""

from __future__ import annotations

from typing import Any, Callable

from toyjs.engine import undefined
from toyjs.web.workers.threads import NodeWorkerSpec, next_thread_id

MEGABYTE = 1024 * 1024


def ops(runtime: Any) -> dict[str, Any]:
    workers = runtime.workers
    hub = workers.ports
    message_function = runtime.context.message_function
    # A Worker's data (workerData and the environment data), serialized by workerThreadsPack
    # just before workerThreadsStart takes it.
    packed: list[list[Any]] = []

    def start(url: str, options: dict[str, Any]) -> list[int]:
        data = packed.pop()
        thread_id = next_thread_id()
        limits = options["resourceLimits"]
        old_space = limits.get("maxOldGenerationSizeMb")
        spec = NodeWorkerSpec(
            thread_id=thread_id,
            setup={
                "threadId": thread_id,
                "data": data,
                "env": options["env"],
                "resourceLimits": limits,
            },
            argv=[str(argument) for argument in options["argv"]],
            source=options["source"],
            heap_limit=int(old_space * MEGABYTE) if old_space else None,
        )
        worker_id = workers.start(url, options["name"], "inherit", spec)
        return [worker_id, thread_id]

    def port_receive(port_id: int) -> Any:
        found, payload = hub.take_one(port_id)
        return payload if found else undefined

    table: dict[str, Callable[..., Any] | Any] = {
        "workerThreadsPack": message_function(lambda message, ports: packed.append([message, ports])),
        "workerThreadsStart": start,
        "workerThreadsPost": message_function(lambda message, key: workers.post([message, key[1]], key[0])),
        "workerThreadsTerminate": workers.terminate,
        "workerThreadsRef": workers.set_ref,
        "workerThreadsChannel": lambda: hub.channel(workers.port_inbox),
        "workerThreadsPortPost": message_function(lambda message, key: hub.post(int(key[0]), [message, key[1]])),
        "workerThreadsPortClose": lambda port_id: hub.close(int(port_id)),
        "workerThreadsPortRelease": lambda port_id: hub.release(int(port_id)),
        "workerThreadsPortAdopt": lambda port_id: hub.adopt(int(port_id), workers.port_inbox),
        "workerThreadsPortReceive": port_receive,
    }
    parent = workers.parent
    if parent is not None and parent.node is not None:
        table["workerThreadsSetup"] = lambda: parent.node.setup
        table["workerThreadsParentPost"] = message_function(
            lambda message, ports: parent.post("message", [message, ports])
        )
    return table

