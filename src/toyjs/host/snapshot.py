"""The startup snapshot every runtime's isolate starts from: host/primordials.js, host/core.js and
the scripts of the layers above (the web APIs, the Node layer's loader of built-ins), run once
in a V8 SnapshotCreator.

Building it takes 25-70 ms, so it is kept on disk between processes, in the user's cache
directory (``$TOYJS_CACHE_DIR``, else ``$XDG_CACHE_HOME/toyjs``, else ``~/.cache/toyjs``; an
empty ``TOYJS_CACHE_DIR`` turns the cache off). A saved snapshot is used only when its name
matches the sources, toyjs and the exact V8 build (their GNU build ids), and its bytes match
the digest stored with them: V8 trusts a snapshot completely and aborts on a bad one.
Anything else (a missing, stale, corrupt or unwritable cache) means building it afresh.

Each version of toyjs (each checkout, for its developers) saves one of its own, ~1 MB: saving
one clears those unused for a month, and all but the most recently used few.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import time
from pathlib import Path

import toyjs
from toyjs import _core
from toyjs.engine import Snapshot, create_snapshot

HOST = Path(__file__).parent
MAGIC = b"toyjs startup snapshot\n"
STALE_AFTER_SECONDS = 30 * 24 * 3600  # snapshots of other versions, cleared when one is saved
KEPT_AT_MOST = 8  # snapshots, the most recently used (several environments may share the cache)


@functools.cache
def host_scripts() -> tuple[tuple[str, str], ...]:
    """(name, source) of the host's own JS, which every snapshot starts with."""
    return tuple(
        (f"toyjs:host/{name}", (HOST / name).read_text(encoding="utf-8")) for name in ("primordials.js", "core.js")
    )


@functools.cache
def runtime_snapshot(scripts: tuple[tuple[str, str], ...]) -> Snapshot:
    """The snapshot of the host's JS followed by ``scripts`` (the layers above give them):
    loaded from the cache, or built (and then saved); one per process."""
    scripts = host_scripts() + scripts
    driver = (HOST / "bootstrap.js").read_text(encoding="utf-8")
    folder = cache_dir()
    if folder is None:
        return create_snapshot(list(scripts), driver)
    path = folder / f"snapshot-{cache_key(scripts, driver)}.bin"
    snapshot = read_snapshot(path)
    if snapshot is None:
        snapshot = create_snapshot(list(scripts), driver)
        write_snapshot(path, snapshot)
    return snapshot


def cache_dir() -> Path | None:
    """Where snapshots are kept, or None when the cache is turned off."""
    configured = os.environ.get("TOYJS_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "toyjs"


def cache_key(scripts: tuple[tuple[str, str], ...], driver: str) -> str:
    """What a saved snapshot depends on: the JS it ran, toyjs, and the V8 build."""
    digest = hashlib.sha256()
    libnode_id, core_id = _core.build_ids()
    for part in (toyjs.__version__, toyjs.V8_VERSION, libnode_id, core_id, driver):
        digest.update(part.encode() + b"\0")
    for name, source in scripts:
        digest.update(name.encode() + b"\0" + source.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()[:32]


def read_snapshot(path: Path) -> Snapshot | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header = len(MAGIC) + hashlib.sha256().digest_size
    blob = data[header:]
    if data[: len(MAGIC)] != MAGIC or data[len(MAGIC) : header] != hashlib.sha256(blob).digest():
        return None
    try:
        snapshot = _core.load_snapshot(blob)
    except ValueError:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used now: what clear_stale keeps
    return snapshot


def write_snapshot(path: Path, snapshot: Snapshot) -> None:
    """Save atomically (a process reading meanwhile sees the old file or the whole new one);
    a cache that cannot be written is skipped, as the snapshot was built anyway."""
    blob = bytes(snapshot)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial.write_bytes(MAGIC + hashlib.sha256(blob).digest() + blob)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        return
    clear_stale(path)


def clear_stale(kept: Path) -> None:
    """Remove the other snapshots unused for a month, and those beyond the most recently used
    KEPT_AT_MOST (``kept``, just saved, among them)."""
    now = time.time()
    others = []
    for other in kept.parent.glob("snapshot-*.bin"):
        with contextlib.suppress(OSError):
            if other != kept:
                others.append((other.stat().st_mtime, other))
    others.sort(reverse=True)
    for rank, (used, other) in enumerate(others, start=1):
        if rank >= KEPT_AT_MOST or now - used > STALE_AFTER_SECONDS:
            with contextlib.suppress(OSError):
                other.unlink()
