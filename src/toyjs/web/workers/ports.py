"""Message ports whose two ends may live in different runtimes of one tree (node:worker_threads'
MessageChannel, whose ports move between workers).

The hub is shared by every runtime of a tree (as the worker budget is). Each end of a channel
has a queue and, while some runtime holds it, that runtime's `Mailbox` of port news: a message
posted to one end queues on the other and wakes its holder, which then takes what queued. An
end being transferred has no holder; what is posted to it meanwhile waits for the runtime that
adopts it.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from toyjs.web.workers.threads import Mailbox


@dataclass
class _End:
    peer: int
    holder: Mailbox | None
    queue: deque[Any] = field(default_factory=deque)
    closed: bool = False  # by the other end: its holder is yet to learn it


class PortHub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._ends: dict[int, _End] = {}

    def channel(self, holder: Mailbox) -> list[int]:
        """A new channel whose two ends ``holder`` holds: their ids."""
        with self._lock:
            first, second = next(self._ids), next(self._ids)
            self._ends[first] = _End(second, holder)
            self._ends[second] = _End(first, holder)
        return [first, second]

    def post(self, port_id: int, message: Any) -> None:
        """Queue ``message`` (a serialized value with its ports) at the other end."""
        with self._lock:
            end = self._ends.get(port_id)
            peer = self._ends.get(end.peer) if end is not None and not end.closed else None
            if peer is None or peer.closed:
                return
            peer.queue.append(message)
            holder = peer.holder
        if holder is not None:
            holder.put(end.peer)  # type: ignore[union-attr]

    def release(self, port_id: int) -> None:
        """The end is being transferred: what reaches it waits for its next holder."""
        with self._lock:
            end = self._ends.get(port_id)
            if end is not None:
                end.holder = None

    def adopt(self, port_id: int, holder: Mailbox) -> None:
        with self._lock:
            end = self._ends.get(port_id)
            if end is None:
                return
            end.holder = holder
            waiting = bool(end.queue) or end.closed
        if waiting:
            holder.put(port_id)

    def close(self, port_id: int) -> None:
        """Close the channel from one end (which is forgotten, with what queued there); the
        other end's holder learns it (its 'close' event) after what queued there."""
        with self._lock:
            end = self._ends.pop(port_id, None)
            peer = self._ends.get(end.peer) if end is not None else None
            if peer is None or peer.closed:
                return
            peer.closed = True
            holder = peer.holder
        if holder is not None:
            holder.put(end.peer)  # type: ignore[union-attr]

    def take(self, port_id: int) -> tuple[list[Any], bool]:
        """What queued at an end, and whether the channel closed (the end is forgotten then)."""
        with self._lock:
            end = self._ends.get(port_id)
            if end is None:
                return [], False
            messages = list(end.queue)
            end.queue.clear()
            if end.closed:
                del self._ends[port_id]
            return messages, end.closed

    def take_one(self, port_id: int) -> tuple[bool, Any]:
        """The first message queued at an end, if any (receiveMessageOnPort)."""
        with self._lock:
            end = self._ends.get(port_id)
            if end is None or not end.queue:
                return False, None
            return True, end.queue.popleft()
