"""Linux's inotify, through ctypes (the standard library has no binding).

One `Inotify` is one inotify descriptor, opened non-blocking and close-on-exec: watches are
added and removed by path, and `read_events` takes what the kernel queued without waiting,
so the descriptor can sit in an asyncio reader.
"""

from __future__ import annotations

import ctypes
import errno as errno_codes
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass

IN_MODIFY = 0x00000002
IN_ATTRIB = 0x00000004
IN_MOVED_FROM = 0x00000040
IN_MOVED_TO = 0x00000080
IN_CREATE = 0x00000100
IN_DELETE = 0x00000200
IN_DELETE_SELF = 0x00000400
IN_MOVE_SELF = 0x00000800
IN_Q_OVERFLOW = 0x00004000
IN_IGNORED = 0x00008000
IN_ISDIR = 0x40000000
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = os.O_CLOEXEC

HEADER = struct.Struct("iIII")  # struct inotify_event: wd, mask, cookie, len (then the name)
READ_SIZE = 64 * 1024


@dataclass(frozen=True)
class Event:
    watch: int  # the watch descriptor (-1 for a queue overflow)
    mask: int
    name: bytes  # the entry's name inside a watched directory; empty for the watched path itself


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None, use_errno=True)
    if not hasattr(libc, "inotify_init1"):  # not Linux
        raise OSError(errno_codes.ENOSYS, os.strerror(errno_codes.ENOSYS))
    libc.inotify_init1.argtypes = [ctypes.c_int]
    libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
    libc.inotify_rm_watch.argtypes = [ctypes.c_int, ctypes.c_int]
    return libc


class Inotify:
    """One inotify descriptor and the calls on it; failures raise OSError with the errno."""

    _libc: ctypes.CDLL | None = None

    def __init__(self) -> None:
        if Inotify._libc is None:
            Inotify._libc = _libc()
        self.fd = self._call(Inotify._libc.inotify_init1, IN_NONBLOCK | IN_CLOEXEC)

    @staticmethod
    def _call(function: Callable[..., int], *args: object) -> int:
        result = function(*args)
        if result < 0:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number))
        return result

    def add_watch(self, path: str | bytes, mask: int) -> int:
        """The watch descriptor for ``path`` (the same one again for a path already watched,
        as the kernel keys watches by inode)."""
        assert Inotify._libc is not None
        return self._call(Inotify._libc.inotify_add_watch, self.fd, os.fsencode(path), mask)

    def rm_watch(self, watch: int) -> None:
        """Remove a watch; one the kernel dropped already (its path is gone) is no error."""
        assert Inotify._libc is not None
        try:
            self._call(Inotify._libc.inotify_rm_watch, self.fd, watch)
        except OSError as error:
            if error.errno != errno_codes.EINVAL:
                raise

    def read_events(self) -> list[Event]:
        """What the kernel has queued (nothing when the queue is empty)."""
        try:
            data = os.read(self.fd, READ_SIZE)
        except BlockingIOError:
            return []
        events = []
        offset = 0
        while offset + HEADER.size <= len(data):
            watch, mask, _cookie, length = HEADER.unpack_from(data, offset)
            offset += HEADER.size
            name = data[offset : offset + length].split(b"\0", 1)[0]
            offset += length
            events.append(Event(watch, mask, name))
        return events

    def close(self) -> None:
        os.close(self.fd)
