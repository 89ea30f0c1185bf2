"""The Python side of BroadcastChannel: subscriptions to the tree's `BroadcastHub` (see
toyjs.web.workers.broadcast), whose messages reach this runtime through its broadcast mailbox."""

from __future__ import annotations

from typing import Any, Callable


def ops(runtime: Any) -> dict[str, Any]:
    workers = runtime.workers
    hub = workers.broadcasts
    table: dict[str, Callable[..., Any]] = {
        "broadcastSubscribe": lambda name: hub.subscribe(name, workers.broadcast_inbox),
        "broadcastUnsubscribe": lambda channel_id: hub.unsubscribe(int(channel_id)),
        "broadcastTargets": lambda channel_id: hub.others(int(channel_id)),
        # (value, transfer, target id): serialized for that target; 0 is none (the message is
        # still serialized, for its DataCloneError).
        "broadcastSend": runtime.context.message_function(
            lambda message, target: hub.deliver(int(target), message) if target else None
        ),
    }
    return table
