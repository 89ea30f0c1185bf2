"""BroadcastChannel's named channels across the runtimes of one tree (the main program and its
workers, as node's reach every thread of its process).

Each open BroadcastChannel object is a subscriber: its name and the `Mailbox` of the runtime
holding it. A message posted on one goes, serialized once for each, to every other subscriber
of the same name at the time of posting, in the order they subscribed.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from toyjs.web.workers.threads import Mailbox


@dataclass
class _Subscriber:
    name: str
    mailbox: Mailbox


class BroadcastHub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._subscribers: dict[int, _Subscriber] = {}  # in subscription order

    def subscribe(self, name: str, mailbox: Mailbox) -> int:
        with self._lock:
            subscriber_id = next(self._ids)
            self._subscribers[subscriber_id] = _Subscriber(name, mailbox)
        return subscriber_id

    def unsubscribe(self, subscriber_id: int) -> None:
        with self._lock:
            self._subscribers.pop(subscriber_id, None)

    def forget(self, mailbox: Mailbox) -> None:
        """A runtime closes: its channels are gone."""
        with self._lock:
            for subscriber_id in [key for key, value in self._subscribers.items() if value.mailbox is mailbox]:
                del self._subscribers[subscriber_id]

    def others(self, subscriber_id: int) -> list[int]:
        """The subscribers a message posted by ``subscriber_id`` goes to."""
        with self._lock:
            sender = self._subscribers.get(subscriber_id)
            if sender is None:
                return []
            return [key for key, value in self._subscribers.items() if key != subscriber_id and value.name == sender.name]

    def deliver(self, subscriber_id: int, message: Any) -> None:
        """Queue a message (serialized for this subscriber) in its runtime's mailbox, unless
        the channel closed meanwhile."""
        with self._lock:
            subscriber = self._subscribers.get(subscriber_id)
        if subscriber is not None:
            subscriber.mailbox.put((subscriber_id, message))
