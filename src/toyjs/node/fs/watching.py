"""fs.watch's Python side: the program's watchers, on one inotify descriptor per runtime.

JS starts a watcher (``fsWatchStart``) and gets its number; events reach JS through the one
function it registers (``fsWatchOnEvent``), called as a macrotask with ``(watcher, kind,
value)``: ``change`` with ``[eventType, filename bytes]``, or ``error`` with a system error's
facts. The descriptor sits in an asyncio reader while any watcher is open, so no thread waits.

Events are named as libuv names them on Linux: ``change`` when the kernel reports only a
change of contents or attributes, ``rename`` for anything else (a name created, removed or
moved, the watched path itself gone); the filename is the entry's name inside a watched
directory, or the watched path's own base name for an event on that path. A recursive watcher
watches every directory under its root (and those made later) and names entries by their
path from the root.

The kernel keys watches by inode: two watchers of one directory share its watch descriptor,
which is removed when the last of them closes. A ref'd watcher keeps the loop alive (Node's
``persistent``); the end of the program closes every watcher and the descriptor.
"""

from __future__ import annotations

import errno as errno_codes
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from toyjs.engine import undefined
from toyjs.node.fs.errors import FsError, syscall
from toyjs.node.fs.inotify import (
    IN_ATTRIB,
    IN_CREATE,
    IN_DELETE,
    IN_DELETE_SELF,
    IN_IGNORED,
    IN_ISDIR,
    IN_MODIFY,
    IN_MOVE_SELF,
    IN_MOVED_FROM,
    IN_MOVED_TO,
    Inotify,
)

WATCH_MASK = IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO
CHANGE_BITS = IN_ATTRIB | IN_MODIFY
NEW_NAME = IN_CREATE | IN_MOVED_TO


@dataclass
class Watcher:
    number: int
    root: bytes  # the watched path, absolute
    own_name: bytes  # the base name of the watched path, for events on the path itself
    recursive: bool
    folders: dict[int, bytes] = field(default_factory=dict)  # watch descriptor -> path from the root
    holding: bool = False


def event_type(mask: int) -> str:
    return "change" if mask & ~CHANGE_BITS == 0 else "rename"


class Watching:
    """The watchers of one runtime and the ops JS calls on them."""

    def __init__(self, runtime: Any, operations: Any) -> None:
        self.loop = runtime.loop
        self.operations = operations  # fs/ops.py's: paths and permissions
        self.inotify: Inotify | None = None
        self.watchers: dict[int, Watcher] = {}
        self.users: dict[int, set[int]] = {}  # watch descriptor -> the watchers using it
        self.next_number = 1
        self.on_event: Any = None
        runtime.add_closer(self.close_all)

    # --- ops
    def start(self, path: str | bytes, recursive: bool, persistent: bool) -> list[Any]:
        """Watch ``path`` (read access needed): ``[null, watcher number]``, or ``[facts of the
        failure, undefined]`` (a missing path: ENOENT, as Node's ``watch`` call fails)."""
        full = self.operations.allowed("read", path)
        try:
            with syscall("watch", path):
                inotify = self._descriptor()
                root = inotify.add_watch(full, WATCH_MASK)
        except FsError as error:
            self._close_descriptor_if_unused()
            return [error.facts(), undefined]
        shown = os.fsencode(path).rstrip(b"/") or b"/"
        watcher = Watcher(self.next_number, os.fsencode(full), os.path.basename(shown) or shown, recursive)
        self.next_number += 1
        self.watchers[watcher.number] = watcher
        self._use(watcher, root, b"")
        if recursive:
            self._watch_tree(watcher, watcher.root, b"")
        self.set_ref(watcher.number, persistent)
        return [None, watcher.number]

    def key(self, path: str | bytes) -> str:
        """Where ``path`` is, absolute and normalized: fs.watchFile's one poller per file."""
        return os.fsdecode(os.path.normpath(self.operations.absolute(path)))

    def allowed(self, path: str | bytes) -> str:
        """``path``'s key, once it may be watched (read access; else PermissionDenied):
        fs.watchFile asks before it starts polling."""
        self.operations.allowed("read", path)
        return self.key(path)

    def close(self, number: int) -> None:
        watcher = self.watchers.pop(number, None)
        if watcher is None:
            return
        self._release(watcher)
        for descriptor in watcher.folders:
            users = self.users.get(descriptor)
            if users is None:
                continue
            users.discard(number)
            if not users:
                del self.users[descriptor]
                if self.inotify is not None:
                    self.inotify.rm_watch(descriptor)
        self._close_descriptor_if_unused()

    def set_ref(self, number: int, refed: bool) -> None:
        watcher = self.watchers.get(number)
        if watcher is None:
            return
        if refed and not watcher.holding:
            watcher.holding = True
            self.loop.hold()
        elif not refed:
            self._release(watcher)

    async def close_all(self) -> None:
        """The program ended with watchers open (unref'd ones): close them and the descriptor."""
        for number in list(self.watchers):
            self.close(number)

    def ops(self) -> dict[str, Callable[..., Any]]:
        def on_event(callback: Any) -> None:
            self.on_event = callback

        return {
            "fsWatchOnEvent": on_event,
            "fsWatchStart": self.start,
            "fsWatchAllowed": self.allowed,
            "fsWatchKey": self.key,
            "fsWatchClose": self.close,
            "fsWatchRef": self.set_ref,
        }

    # --- internals
    def _descriptor(self) -> Inotify:
        if self.inotify is None:
            self.inotify = Inotify()
            self.loop.asyncio_loop().add_reader(self.inotify.fd, self._read)
        return self.inotify

    def _close_descriptor_if_unused(self) -> None:
        if self.inotify is not None and not self.watchers:
            self.loop.asyncio_loop().remove_reader(self.inotify.fd)
            self.inotify.close()
            self.inotify = None
            self.users.clear()

    def _release(self, watcher: Watcher) -> None:
        if watcher.holding:
            watcher.holding = False
            self.loop.release()

    def _use(self, watcher: Watcher, descriptor: int, relative: bytes) -> None:
        watcher.folders[descriptor] = relative
        self.users.setdefault(descriptor, set()).add(watcher.number)

    def _watch_tree(self, watcher: Watcher, folder: bytes, relative: bytes) -> list[bytes]:
        """Watch every directory under ``folder`` (not following links); one that vanished or
        may not be read meanwhile is left out. Returns the paths (from the root) of every entry
        found."""
        assert self.inotify is not None
        found = []
        for parent, names, files in os.walk(folder):
            inside = os.path.join(relative, os.path.relpath(parent, folder)) if parent != folder else relative
            for name in sorted(names + files):
                found.append(os.path.join(inside, name))
                inner = os.path.join(parent, name)
                if name not in names or os.path.islink(inner):
                    continue  # (a link to a directory is an entry, not a folder to watch)
                try:
                    descriptor = self.inotify.add_watch(inner, WATCH_MASK)
                except OSError:
                    continue
                self._use(watcher, descriptor, os.path.join(inside, name))
        return found

    def _read(self) -> None:
        inotify = self.inotify
        assert inotify is not None
        try:
            events = inotify.read_events()
        except OSError as error:
            self._fail(error)
            return
        for event in events:
            if self.inotify is not inotify:
                return  # JS closed every watcher meanwhile: the rest is for watches now gone
            for number in sorted(self.users.get(event.watch, ())):
                watcher = self.watchers.get(number)
                if watcher is not None:
                    self._deliver(watcher, event.watch, event.mask, event.name)
            if event.mask & IN_IGNORED:  # the kernel dropped the watch (its path is gone)
                for number in self.users.pop(event.watch, ()):
                    watcher = self.watchers.get(number)
                    if watcher is not None:
                        watcher.folders.pop(event.watch, None)

    def _deliver(self, watcher: Watcher, descriptor: int, mask: int, name: bytes) -> None:
        relative = watcher.folders[descriptor]
        if not name:
            if relative:
                return  # a subdirectory of a recursive watcher: its parent reported it
            name = watcher.own_name
        elif relative:
            name = os.path.join(relative, name)
        new_folder = watcher.recursive and mask & IN_ISDIR and mask & NEW_NAME
        new_entries = self._watch_new_folder(watcher, name) if new_folder else []
        # (JS runs as each event is emitted, and may close watchers: all watching is done first)
        self._emit(watcher.number, "change", [event_type(mask), name])
        for entry in new_entries:
            self._emit(watcher.number, "change", ["rename", entry])

    def _watch_new_folder(self, watcher: Watcher, relative: bytes) -> list[bytes]:
        """A directory made (or moved in) under a recursive watcher: watch it and what it holds.
        What it holds is new too (made before its watch was there): the paths to report."""
        assert self.inotify is not None
        folder = os.path.join(watcher.root, relative)
        try:
            descriptor = self.inotify.add_watch(folder, WATCH_MASK)
        except OSError:
            return []
        self._use(watcher, descriptor, relative)
        return self._watch_tree(watcher, folder, relative)

    def _fail(self, error: OSError) -> None:
        """Reading the descriptor failed: every watcher gets the error and is closed."""
        facts = FsError(error.errno or errno_codes.EIO, "watch").facts()
        for number in list(self.watchers):
            self._emit(number, "error", facts)
            self.close(number)

    def _emit(self, number: int, kind: str, value: Any) -> None:
        if self.on_event is not None:
            self.loop.task(self.on_event, number, kind, value)
