"""The Python side of process.stdin: fd 0 read on a thread of its own, only while the program
wants data.

Stdin may be a file, a pipe or a terminal, and a blocking read of any of them must not stall
the event loop; a thread that reads serves all three. It reads only once the program asks
(a 'data' listener, resume(), pipe(), async iteration...), so a program that never touches
stdin neither consumes its input nor waits for it. While the program wants data the loop
is held open; when it pauses, the hold is released and the program can end as in Node (a read
already under way on the thread is not undone: its chunk arrives if the loop still runs).

Reading needs no permission: the process's own stdin is its input (as in Deno). In the REPL,
stdin is shared: a program that reads it takes what it reads from the REPL's line reader.
"""

from __future__ import annotations

import os
import select
import stat
import threading
from typing import Any, Callable

from toyjs.engine import JSFunction

STDIN = 0
CHUNK = 65536


class StdinReader:
    def __init__(self, runtime: Any) -> None:
        self._loop = runtime.loop
        self._wanted = threading.Event()
        self._thread: threading.Thread | None = None
        self._deliver: JSFunction | None = None  # JS: (chunk: Uint8Array | null) => void
        self._held = False
        self._ended = False

    def start(self, deliver: JSFunction) -> None:
        """The program wants data: chunks (and null at the end) go to ``deliver``."""
        self._deliver = deliver
        if self._ended:
            return
        if not self._held:
            self._held = True
            self._loop.hold()
        self._wanted.set()
        if self._thread is None:
            self._thread = threading.Thread(target=self._read_all, name="toyjs-stdin", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """The program has paused: read no more, and let the loop end."""
        self._wanted.clear()
        if self._held:
            self._held = False
            self._loop.release()

    def _read_all(self) -> None:
        """(On the reading thread.)"""
        while True:
            self._wanted.wait()
            chunk = _read_chunk()
            self._loop.call_soon_threadsafe(self._arrived, chunk)
            if not chunk:
                return

    def _arrived(self, chunk: bytes) -> None:
        """(On the loop's thread.) A chunk, or b"" at the end of the input."""
        if chunk:
            self._loop.task(self._deliver, chunk)
            return
        self._ended = True
        self._loop.task(self._deliver, None)
        self.stop()


def _read_chunk() -> bytes:
    """The next bytes of stdin; b"" at its end, and where it cannot be read (closed, a
    terminal hung up), which ends it too."""
    while True:
        try:
            return os.read(STDIN, CHUNK)
        except BlockingIOError:  # a descriptor left non-blocking by whoever started us
            select.select([STDIN], [], [])
        except InterruptedError:
            continue
        except OSError:  # EBADF, EIO...: nothing more will come
            return b""


def stdin_is_file() -> bool:
    """Whether stdin is a regular file (Node's stdin is then a file stream, which ends without
    'close')."""
    try:
        return stat.S_ISREG(os.fstat(STDIN).st_mode)
    except OSError:
        return False


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    reader = StdinReader(runtime)
    return {"processStdinStart": reader.start, "processStdinStop": reader.stop, "processStdinIsFile": stdin_is_file}
