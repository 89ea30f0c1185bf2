"""The runtime's startup snapshot is kept on disk between processes; a cache that is missing,
corrupt, foreign or unwritable must never stop a program (V8 aborts on a bad snapshot, so
nothing unchecked may reach it)."""

import hashlib
import os
import subprocess
import sys
import time

import pytest

from toyjs import _core
from toyjs.host import snapshot as snapshot_cache

HELLO = "console.log('hello', typeof fetch, typeof URL)\n"


@pytest.fixture
def hello(tmp_path):
    path = tmp_path / "hello.js"
    path.write_text(HELLO)
    return path


def run_hello(hello, cache_dir, **env):
    done = subprocess.run(
        [sys.executable, "-m", "toyjs", "run", str(hello)],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "TOYJS_CACHE_DIR": str(cache_dir), **env},
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "hello function function\n", "")


def saved(cache_dir):
    return sorted(cache_dir.glob("snapshot-*.bin"))


def test_the_first_run_saves_the_snapshot_and_the_next_one_reuses_it(hello, tmp_path):
    cache = tmp_path / "cache"
    run_hello(hello, cache)
    [path] = saved(cache)
    data = path.read_bytes()
    assert data.startswith(snapshot_cache.MAGIC)
    first = path.stat()
    run_hello(hello, cache)
    [again] = saved(cache)
    # Read, not rewritten: a rebuilt snapshot would have replaced the file (a new inode); its
    # modification time is when it was last used.
    assert (again, again.stat().st_ino, again.read_bytes()) == (path, first.st_ino, data)
    assert not [entry for entry in cache.iterdir() if entry.name.startswith(".")]  # no partial files left


def corrupt_blob(data):
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


def with_valid_digest(blob):
    return snapshot_cache.MAGIC + hashlib.sha256(blob).digest() + blob


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(corrupt_blob, id="a flipped byte"),
        pytest.param(lambda data: data[: len(data) // 3], id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: with_valid_digest(os.urandom(100_000)), id="random bytes with a valid digest"),
        pytest.param(lambda data: with_valid_digest(b"\0" * 40), id="too short for V8's header"),
    ],
)
def test_a_damaged_snapshot_is_rebuilt_not_loaded(hello, tmp_path, damage):
    cache = tmp_path / "cache"
    run_hello(hello, cache)
    [path] = saved(cache)
    path.write_bytes(damage(path.read_bytes()))
    assert snapshot_cache.read_snapshot(path) is None
    run_hello(hello, cache)
    assert snapshot_cache.read_snapshot(path) is not None  # saved again, whole


def test_an_unwritable_cache_only_costs_the_build(hello, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    run_hello(hello, blocked / "cache")
    assert blocked.read_text() == "not a directory"


def test_an_empty_cache_dir_setting_turns_the_cache_off(hello, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    run_hello(hello, "", HOME=str(home), XDG_CACHE_HOME="")
    assert list(home.rglob("*")) == []


def test_without_a_setting_the_cache_is_in_the_xdg_cache_home(hello, tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "TOYJS_CACHE_DIR"}
    done = subprocess.run(
        [sys.executable, "-m", "toyjs", "run", str(hello)], capture_output=True, text=True, timeout=60,
        env={**env, "XDG_CACHE_HOME": str(tmp_path / "xdg")},
    )
    assert done.stdout == "hello function function\n"
    assert len(saved(tmp_path / "xdg" / "toyjs")) == 1


def test_load_snapshot_refuses_bytes_v8_does_not_recognise():
    with pytest.raises(ValueError, match="another V8 version"):
        _core.load_snapshot(b"\x01" * 4096)
    with pytest.raises(ValueError, match="too short"):
        _core.load_snapshot(b"")


def test_the_key_changes_with_the_sources():
    scripts = [("toyjs:host/core.js", "1")]
    assert snapshot_cache.cache_key(scripts, "d") == snapshot_cache.cache_key(list(scripts), "d")
    assert snapshot_cache.cache_key(scripts, "d") != snapshot_cache.cache_key([("toyjs:host/core.js", "2")], "d")
    assert snapshot_cache.cache_key(scripts, "d") != snapshot_cache.cache_key(scripts, "e")


def test_saving_clears_month_old_snapshots_of_other_versions(tmp_path):
    old, recent = tmp_path / "snapshot-old.bin", tmp_path / "snapshot-recent.bin"
    for path in (old, recent):
        path.write_bytes(b"x")
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(old, (month_ago, month_ago))
    kept = tmp_path / "snapshot-new.bin"
    snapshot_cache.write_snapshot(kept, snapshot_cache.runtime_snapshot(()))
    assert sorted(saved(tmp_path)) == [kept, recent]
    assert snapshot_cache.read_snapshot(kept) is not None


def test_saving_keeps_only_the_most_recently_used_few(tmp_path):
    now = time.time()
    others = []
    for age in range(12):  # a day apart: none a month old
        path = tmp_path / f"snapshot-{age:02}.bin"
        path.write_bytes(b"x")
        os.utime(path, (now - age * 24 * 3600, now - age * 24 * 3600))
        others.append(path)
    kept = tmp_path / "snapshot-new.bin"
    snapshot_cache.write_snapshot(kept, snapshot_cache.runtime_snapshot(()))
    assert saved(tmp_path) == sorted([kept, *others[: snapshot_cache.KEPT_AT_MOST - 1]])


def test_a_snapshot_read_counts_as_used(tmp_path):
    path = tmp_path / "snapshot-used.bin"
    snapshot_cache.write_snapshot(path, snapshot_cache.runtime_snapshot(()))
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(path, (week_ago, week_ago))
    assert snapshot_cache.read_snapshot(path) is not None
    assert time.time() - path.stat().st_mtime < 60
