"""The Python side of node:tty: whether a descriptor is a terminal, a terminal's size and its
'resize' (SIGWINCH), and raw mode (termios) for stdin."""

from __future__ import annotations

import asyncio
import os
import signal
import termios
from typing import Any, Callable

from toyjs.engine import JSFunction


def window_size(fd: int) -> list[int]:
    """[columns, rows] of the terminal ``fd`` is; [0, 0] where it is none."""
    try:
        size = os.get_terminal_size(fd)
    except OSError:
        return [0, 0]
    return [size.columns, size.lines]


def _raw(attributes: list[Any]) -> list[Any]:
    """Terminal settings in raw mode as Node sets it: keys arrive one by one, unechoed, with no
    signal keys or flow control; output is still processed ("\\n" begins a new line)."""
    iflag, oflag, cflag, lflag, ispeed, ospeed, cc = attributes
    iflag &= ~(termios.BRKINT | termios.ICRNL | termios.INPCK | termios.ISTRIP | termios.IXON)
    oflag |= termios.ONLCR
    cflag |= termios.CS8
    lflag &= ~(termios.ECHO | termios.ICANON | termios.IEXTEN | termios.ISIG)
    cc = list(cc)
    cc[termios.VMIN] = 1
    cc[termios.VTIME] = 0
    return [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]


class RawMode:
    """Raw mode of one terminal descriptor: the settings it had before are put back when the
    program leaves raw mode, and when it ends (as Node resets its terminal at exit)."""

    def __init__(self, runtime: Any) -> None:
        self._runtime = runtime
        self._saved: dict[int, list[Any]] = {}
        self._closer_added = False

    def set(self, fd: int, raw: bool) -> None:
        if raw:
            if fd not in self._saved:
                self._saved[fd] = termios.tcgetattr(fd)
            termios.tcsetattr(fd, termios.TCSANOW, _raw(termios.tcgetattr(fd)))
            if not self._closer_added:
                self._closer_added = True
                self._runtime.add_closer(self._restore_all)
        elif fd in self._saved:
            termios.tcsetattr(fd, termios.TCSANOW, self._saved.pop(fd))

    async def _restore_all(self) -> None:
        for fd in list(self._saved):
            try:
                self.set(fd, False)
            except termios.error:
                pass  # the terminal has gone


class ResizeWatch:
    """The callbacks to call (each as a macrotask) when the terminal's size changes: one
    SIGWINCH handler for all of them (asyncio keeps one per signal)."""

    def __init__(self, runtime: Any) -> None:
        self._runtime = runtime
        self._callbacks: list[JSFunction] = []

    def add(self, callback: JSFunction) -> bool:
        """False where signals cannot be watched (a runtime on a thread other than the main one)."""
        if not self._callbacks:
            try:
                asyncio.get_running_loop().add_signal_handler(signal.SIGWINCH, self._resized)
            except (RuntimeError, ValueError, NotImplementedError):
                return False
        self._callbacks.append(callback)
        return True

    def _resized(self) -> None:
        for callback in self._callbacks:
            self._runtime.loop.task(callback)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    raw_mode = RawMode(runtime)
    resize = ResizeWatch(runtime)

    # Asking whether a descriptor is a terminal reveals nothing beyond what the process's own
    # descriptors are, so it needs no permission (as in Node and Deno); a closed or unknown
    # descriptor is simply not a terminal.
    return {
        "ttyIsatty": os.isatty,
        "ttyWindowSize": window_size,
        "ttySetRawMode": raw_mode.set,
        "ttyOnResize": resize.add,
    }
