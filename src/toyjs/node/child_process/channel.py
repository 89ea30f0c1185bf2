"""The IPC channel between a program and a child it forked (or spawned with an 'ipc' slot):
one connected Unix stream socket, one end in each process.

This side carries bytes only; the framing and the messages are JS's
(internal/child_process/ipc.js). Each end is watched on the runtime's asyncio loop: what
arrives goes to JS as ``onEvent("data", bytes)``, the peer's end as ``("end")``; writes are
queued and sent as the socket takes them, each one's callback told when its bytes have left
(``done(None)``) or could not (``done({errno, code})``).

An open channel keeps the event loop alive while it is referenced. The parent's end is
referenced from the start, as Node's; the child's is referenced by JS while the program
listens for 'message' or 'disconnect'.

The child finds its end through the environment, as Node's children do: ``NODE_CHANNEL_FD``
names the descriptor (the number it has in both processes, not a stdio index: we cannot
choose it without running code between fork and exec), and
``NODE_CHANNEL_SERIALIZATION_MODE`` says "json" or "advanced". Both leave the child's
environment once taken, so that its own children do not take them.
"""

from __future__ import annotations

import errno as errno_codes
import os
import socket
from collections import deque
from typing import Any

CHANNEL_FD = "NODE_CHANNEL_FD"
SERIALIZATION_MODE = "NODE_CHANNEL_SERIALIZATION_MODE"
READ_CHUNK = 65536


def failure_facts(error: OSError) -> dict[str, Any]:
    number = error.errno or errno_codes.EPIPE
    return {"errno": -number, "code": errno_codes.errorcode.get(number, "EIO")}


class Channel:
    """One end of an IPC channel, open until either side ends it."""

    def __init__(self, channels: Channels, sock: socket.socket, on_event: Any, referenced: bool) -> None:
        self.channels = channels
        self.runtime = channels.runtime
        self.sock = sock
        self.on_event = on_event
        self.referenced = referenced
        self.open = True
        self.ending = False  # ended by this side: closes once what is queued has left
        self._aio = self.runtime.loop.asyncio_loop()
        self._queue: deque[tuple[memoryview, Any]] = deque()  # (bytes not sent yet, done)
        self._writing = False
        sock.setblocking(False)
        self._aio.add_reader(sock.fileno(), self._readable)
        if referenced:
            self.runtime.loop.hold()

    # --- reading
    def _readable(self) -> None:
        self._read_once()

    def _read_once(self) -> bool:
        """Read what the socket has; False when nothing more is there now (or ever)."""
        try:
            data = self.sock.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return False
        except OSError:
            data = b""
        if not data:
            self._peer_ended()
            return False
        if not self.ending:
            self.runtime.loop.task(self.on_event, "data", data)
        return True

    def drain(self) -> None:
        """The peer process has exited: what it wrote is all in the socket now. Take it, and
        the end when no other process holds the peer's end, before the exit is reported (as
        Node reports 'disconnect' before 'exit')."""
        while self.open and self._read_once():
            pass

    def _peer_ended(self) -> None:
        if self.open:
            if not self.ending:
                self.runtime.loop.task(self.on_event, "end")
            self.close()

    # --- writing
    def write(self, data: Any, done: Any) -> None:
        if not self.open or self.ending:
            self.runtime.loop.task(done, failure_facts(BrokenPipeError(errno_codes.EPIPE, "broken pipe")))
            return
        self._queue.append((memoryview(bytes(data)), done))
        self._flush()

    def _flush(self) -> None:
        while self._queue:
            pending, done = self._queue[0]
            try:
                sent = self.sock.send(pending)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError as error:
                self._fail_writes(error)
                self.close()
                return
            if sent < len(pending):
                self._queue[0] = (pending[sent:], done)
                self._want_writable(True)
                return
            self._queue.popleft()
            self.runtime.loop.task(done, None)
        self._want_writable(False)
        if self.ending:
            self.close()

    def _want_writable(self, on: bool) -> None:
        if on != self._writing:
            self._writing = on
            if on:
                self._aio.add_writer(self.sock.fileno(), self._flush)
            else:
                self._aio.remove_writer(self.sock.fileno())

    def _fail_writes(self, error: OSError) -> None:
        while self._queue:
            _, done = self._queue.popleft()
            self.runtime.loop.task(done, failure_facts(error))

    # --- ending, and the loop
    def end(self) -> None:
        """This side disconnects: nothing more is read; the channel closes once what is
        queued has been sent."""
        if not self.open or self.ending:
            return
        self.ending = True
        self._aio.remove_reader(self.sock.fileno())
        if not self._queue:
            self.close()

    def close(self) -> None:
        if not self.open:
            return
        self.open = False
        self._aio.remove_reader(self.sock.fileno())
        self._want_writable(False)
        self._fail_writes(BrokenPipeError(errno_codes.EPIPE, "broken pipe"))
        self.sock.close()
        self.channels.forget(self)
        if self.referenced:
            self.runtime.loop.release()

    def ref(self, on: bool) -> None:
        if not self.open or on == self.referenced:
            return
        self.referenced = on
        if on:
            self.runtime.loop.hold()
        else:
            self.runtime.loop.release()


class Channels:
    """The IPC channels of one runtime: to its children, and to its parent."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self._next_id = 0
        self._open: dict[int, Channel] = {}
        runtime.add_closer(self.close_all)

    def add(self, sock: socket.socket, on_event: Any, referenced: bool) -> tuple[int, Channel]:
        self._next_id += 1
        channel = Channel(self, sock, on_event, referenced)
        self._open[self._next_id] = channel
        return self._next_id, channel

    def connect_parent(self, fd: int, on_event: Any) -> int:
        """The child's end, inherited as descriptor ``fd``; unreferenced until JS listens."""
        sock = socket.socket(fileno=fd)
        return self.add(sock, on_event, referenced=False)[0]

    def forget(self, channel: Channel) -> None:
        for key, known in list(self._open.items()):
            if known is channel:
                del self._open[key]

    def write(self, key: int, data: Any, done: Any) -> None:
        channel = self._open.get(key)
        if channel is None:
            self.runtime.loop.task(done, failure_facts(BrokenPipeError(errno_codes.EPIPE, "broken pipe")))
            return
        channel.write(data, done)

    def end(self, key: int) -> None:
        channel = self._open.get(key)
        if channel is not None:
            channel.end()

    def ref(self, key: int, on: bool) -> None:
        channel = self._open.get(key)
        if channel is not None:
            channel.ref(on)

    async def close_all(self) -> None:
        for channel in list(self._open.values()):
            channel.close()


def take_inherited_channel() -> tuple[int, str] | None:
    """(descriptor, serialization) of the channel to the parent that forked this process, or
    None; the variables that named it leave the environment."""
    named = os.environ.pop(CHANNEL_FD, None)
    mode = os.environ.pop(SERIALIZATION_MODE, None)
    if named is None:
        return None
    try:
        fd = int(named)
        os.set_inheritable(fd, False)  # (our own children get a channel of their own, or none)
    except (ValueError, OSError):
        return None
    return fd, "advanced" if mode == "advanced" else "json"
