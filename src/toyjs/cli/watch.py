"""`toyjs run --watch FILE`: run the program, and run it again when a file it loaded changes,
as `node --watch` does (with its messages).

The program runs in a child `toyjs run` (without --watch), which tells this process through a
pipe of every module file it reads (its main file, what it imports and requires, at any time).
Those files are polled for changes: a change stops the child if it is still running and starts
it anew. The files are looked at every POLL_INTERVAL seconds by their modification time and size.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# The variable that tells a child `toyjs run` which file descriptor to report its files on.
REPORT_FD = "TOYJS_WATCH_REPORT_FD"
POLL_INTERVAL = 0.1
STOP_GRACE = 5.0  # seconds a stopped child has to end before it is killed


def report_reads_to_parent(loader: object) -> None:
    """In the child: report every module file the loader reads, when a watcher asked for it."""
    descriptor = os.environ.pop(REPORT_FD, None)
    if descriptor is None:
        return
    fd = int(descriptor)

    def reported(path: Path) -> None:
        try:
            os.write(fd, f"{os.path.abspath(path)}\n".encode("utf-8", "surrogateescape"))
        except OSError:
            pass  # the watcher has gone: the program runs on regardless

    loader.on_read = reported  # type: ignore[attr-defined]


def _signature(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


class _Run:
    """One run of the program, and the files it has read so far."""

    def __init__(self, command: Sequence[str], main: str) -> None:
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        self._reports = read_end
        self._pending = b""
        self.files: dict[str, tuple[int, int] | None] = {os.path.abspath(main): _signature(main)}
        self.process = subprocess.Popen(command, env={**os.environ, REPORT_FD: str(write_end)}, pass_fds=(write_end,))
        os.close(write_end)

    def collect(self) -> None:
        """Take the files the child reported since last time."""
        while True:
            try:
                chunk = os.read(self._reports, 65536)
            except BlockingIOError:
                return
            if not chunk:
                return
            self._pending += chunk
            *lines, self._pending = self._pending.split(b"\n")
            for line in lines:
                path = line.decode("utf-8", "surrogateescape")
                self.files.setdefault(path, _signature(path))

    def changed(self) -> str | None:
        return next((path for path, seen in self.files.items() if _signature(path) != seen), None)

    def stop(self) -> None:
        if self._reports < 0:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        os.close(self._reports)
        self._reports = -1


def watch(command: Sequence[str], shown: str, main: str) -> int:
    """Run ``command`` (a `toyjs run` of ``main``, named ``shown`` in messages) until
    interrupted, again after each change."""
    # ended by a signal, the watcher stops the program first
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    run = _Run(command, main)
    reported_end = False
    try:
        while True:
            time.sleep(POLL_INTERVAL)
            run.collect()
            if not reported_end and run.process.poll() is not None:
                run.collect()
                outcome = "Completed" if run.process.returncode == 0 else "Failed"
                _say(f"{outcome} running '{shown}'. Waiting for file changes before restarting...")
                reported_end = True
            changed = run.changed()
            if changed is not None:
                run.stop()
                _say(f"Change detected in '{changed}'")
                _say(f"Restarting '{shown}'")
                run, reported_end = _Run(command, main), False
    except KeyboardInterrupt:
        return 130
    finally:
        run.stop()


def _say(text: str) -> None:
    print(text, flush=True)
