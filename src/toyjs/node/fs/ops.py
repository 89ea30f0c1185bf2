"""The Python side of node:fs: the system calls, each behind a permission check.

JS calls one of two ops with an operation's name (a key of `Operations.table`) and its
arguments: ``fsSync`` runs it at once, ``fsAsync`` on a worker thread, then calls JS's
``done`` as a macrotask of its own (a callback never runs synchronously, and the event loop
never waits on a disk, a pipe or a terminal). Either way the answer is ``[failure, value]``:
``failure`` is null, a system error's facts (``{errno, code, message, syscall, path?,
dest?}``, worded as libuv words them, which JS turns into Node's error), or (async only) a
function throwing the error a permission check raised.

Paths come as JS gives them: ``str``, or ``bytes`` for a Buffer path (any bytes a file name may
hold). A relative path is relative to the runtime's own working directory (process.chdir moves
it, never the host's); errors name the path as the program wrote it.

Permissions: reading (stat, readdir, access, realpath, readlink, opening for reading) asks for
read access; anything that creates, changes or removes asks for write access; a file opened for
both asks for both. The policy resolves symlinks (``Path.resolve``), so a link inside a granted
directory that points outside it is refused; the same holds for operations on such a link
itself (lstat, unlink, readlink): refusing them errs on the side of the grant.

Watching (fs.watch) is watching.py's; its ops join these.

Descriptors: a program may use only those it opened through node:fs, and 0, 1 and 2. Any other
number is EBADF, as if closed, so that no program reads, writes or closes the host's own files.
"""

from __future__ import annotations

import asyncio
import errno as errno_codes
import os
import secrets
import shutil
import string
import stat as stat_module
import sys
from collections.abc import Callable
from typing import Any

from toyjs.engine import undefined
from toyjs.errors import HostError
from toyjs.host.permissions import PermissionDenied
from toyjs.node.fs.errors import FsError, Path, syscall, text_of
from toyjs.node.fs.watching import Watching

STANDARD_STREAMS = (0, 1, 2)
# Node's UV_DIRENT_* numbers, which Dirent keeps.
DIRENT_UNKNOWN, DIRENT_FILE, DIRENT_DIR, DIRENT_LINK, DIRENT_FIFO, DIRENT_SOCKET, DIRENT_CHAR, DIRENT_BLOCK = range(8)
COPYFILE_EXCL = 1
CHUNK = 64 * 1024
TEMP_LETTERS = string.ascii_letters + string.digits


def _join(folder: Path, name: Path) -> Path:
    if isinstance(folder, bytes) != isinstance(name, bytes):
        name = os.fsencode(name) if isinstance(folder, bytes) else os.fsdecode(name)
    return os.path.join(folder, name)  # type: ignore[arg-type]


def stat_fields(result: os.stat_result) -> list[int]:
    """What Stats holds, in Node's order; the times in nanoseconds (birth time: 0, as the
    stat call gives none)."""
    return [
        result.st_dev, result.st_mode, result.st_nlink, result.st_uid, result.st_gid, result.st_rdev,
        result.st_blksize, result.st_ino, result.st_size, result.st_blocks,
        result.st_atime_ns, result.st_mtime_ns, result.st_ctime_ns, 0,
    ]


def dirent_type(mode: int) -> int:
    for test, kind in (
        (stat_module.S_ISREG, DIRENT_FILE), (stat_module.S_ISDIR, DIRENT_DIR), (stat_module.S_ISLNK, DIRENT_LINK),
        (stat_module.S_ISFIFO, DIRENT_FIFO), (stat_module.S_ISSOCK, DIRENT_SOCKET), (stat_module.S_ISCHR, DIRENT_CHAR),
        (stat_module.S_ISBLK, DIRENT_BLOCK),
    ):
        if test(mode):
            return kind
    return DIRENT_UNKNOWN


def _entry_type(entry: os.DirEntry[Any]) -> int:
    try:
        return dirent_type(entry.stat(follow_symlinks=False).st_mode)
    except OSError:
        return DIRENT_UNKNOWN


def _name(name: Path, as_bytes: bool) -> Any:
    raw = name if isinstance(name, bytes) else os.fsencode(name)
    return raw if as_bytes else raw.decode("utf-8", "replace")


class Operations:
    """The file operations of one runtime: its working directory, its permissions, the
    descriptors its program opened."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self.descriptors: set[int] = set()

    # --- paths, permissions and descriptors
    def absolute(self, path: Path) -> Path:
        if os.path.isabs(path):
            return path
        folder = str(self.runtime.loader.working_directory())
        return _join(os.fsencode(folder) if isinstance(path, bytes) else folder, path)

    def allowed(self, kind: str, path: Path) -> Path:
        """``path`` made absolute, once ``kind`` access to it is granted (else PermissionDenied)."""
        full = self.absolute(path)
        self.runtime.permissions.check(kind, os.fsdecode(full))
        return full

    def descriptor(self, fd: int, call: str) -> int:
        if fd not in self.descriptors and fd not in STANDARD_STREAMS:
            raise FsError(errno_codes.EBADF, call)
        return fd

    # --- descriptors
    def open(self, path: Path, flags: int, mode: int) -> int:
        access = flags & os.O_ACCMODE
        full = self.absolute(path)
        if access != os.O_WRONLY:
            self.allowed("read", path)
        if access != os.O_RDONLY or flags & (os.O_CREAT | os.O_TRUNC | os.O_APPEND):
            self.allowed("write", path)
        with syscall("open", path):
            fd = os.open(full, flags | os.O_CLOEXEC, mode)
        self.descriptors.add(fd)
        return fd

    def close(self, fd: int) -> None:
        self.descriptor(fd, "close")
        if fd in STANDARD_STREAMS:
            return  # the host's own streams stay open
        self.descriptors.discard(fd)
        with syscall("close"):
            os.close(fd)

    def read(self, fd: int, length: int, position: int) -> bytes:
        """Up to ``length`` bytes at ``position``, or from the file's offset when it is -1."""
        self.descriptor(fd, "read")
        with syscall("read"):
            return os.read(fd, length) if position < 0 else os.pread(fd, length, position)

    def write(self, fd: int, data: bytes, position: int) -> int:
        self.descriptor(fd, "write")
        if fd in (1, 2):  # what console printed first must come out first
            (sys.stdout if fd == 1 else sys.stderr).flush()
        with syscall("write"):
            return os.write(fd, data) if position < 0 else os.pwrite(fd, data, position)

    def write_all(self, fd: int, data: bytes, position: int) -> int:
        """All of ``data`` written (a write may take part of it), for the write streams."""
        view = memoryview(data)
        done = 0
        while done < len(view):
            written = self.write(fd, view[done:], position if position < 0 else position + done)
            if written == 0:
                break
            done += written
        return done

    def fstat(self, fd: int) -> list[int]:
        self.descriptor(fd, "fstat")
        with syscall("fstat"):
            return stat_fields(os.fstat(fd))

    def ftruncate(self, fd: int, length: int) -> None:
        self.descriptor(fd, "ftruncate")
        with syscall("ftruncate"):
            os.ftruncate(fd, length)

    def fsync(self, fd: int) -> None:
        self.descriptor(fd, "fsync")
        with syscall("fsync"):
            os.fsync(fd)

    def fchmod(self, fd: int, mode: int) -> None:
        self.descriptor(fd, "fchmod")
        with syscall("fchmod"):
            os.fchmod(fd, mode)

    def futimes(self, fd: int, atime: float, mtime: float) -> None:
        self.descriptor(fd, "futime")
        with syscall("futime"):
            os.utime(fd, ns=(_ns(atime), _ns(mtime)))

    # --- whole files
    def read_file(self, target: Path | int, flags: int) -> bytes:
        """A file's bytes, by path or from an open descriptor's offset on."""
        fd = self.open(target, flags, 0o666) if not isinstance(target, int) else self.descriptor(target, "fstat")
        try:
            with syscall("fstat"):
                os.fstat(fd)
            chunks = []
            while True:
                with syscall("read"):
                    chunk = os.read(fd, CHUNK if not chunks else max(CHUNK, len(chunks[-1]) * 2))
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)
        finally:
            if not isinstance(target, int):
                self.close(fd)

    def write_file(self, target: Path | int, data: bytes, flags: int, mode: int) -> None:
        fd = self.open(target, flags, mode) if not isinstance(target, int) else self.descriptor(target, "write")
        try:
            view = memoryview(data)
            while view:
                written = self.write(fd, bytes(view), -1)
                view = view[written:]
        finally:
            if not isinstance(target, int):
                self.close(fd)

    # --- metadata
    def stat(self, path: Path, follow: bool) -> list[int]:
        full = self.allowed("read", path)
        with syscall("stat" if follow else "lstat", path):
            return stat_fields(os.stat(full, follow_symlinks=follow))

    def exists(self, path: Path) -> bool:
        """Whether ``path`` exists; false also where it may not be read (Node's exists never
        throws, and a denial must not tell the program what is there)."""
        try:
            os.stat(self.allowed("read", path))
        except (OSError, ValueError, PermissionDenied):
            return False
        return True

    def access(self, path: Path, mode: int) -> None:
        full = self.allowed("read", path)
        with syscall("access", path):
            if not os.access(full, mode):
                raise FsError(errno_codes.EACCES if os.path.lexists(full) else errno_codes.ENOENT, "access", path)

    def chmod(self, path: Path, mode: int) -> None:
        full = self.allowed("write", path)
        with syscall("chmod", path):
            os.chmod(full, mode)

    def utimes(self, path: Path, atime: float, mtime: float, follow: bool) -> None:
        full = self.allowed("write", path)
        with syscall("utime" if follow else "lutime", path):
            os.utime(full, ns=(_ns(atime), _ns(mtime)), follow_symlinks=follow)

    def truncate(self, path: Path, length: int) -> None:
        full = self.allowed("write", path)
        with syscall("open", path):
            fd = os.open(full, os.O_WRONLY | os.O_CLOEXEC)
        try:
            with syscall("ftruncate"):
                os.ftruncate(fd, length)
        finally:
            os.close(fd)

    # --- directories
    def readdir(self, path: Path, types: bool, recursive: bool, as_bytes: bool) -> list[Any]:
        """Names (or [name, parent, type] when ``types``), sorted byte-wise as libuv sorts
        them; ``recursive`` adds each subdirectory's entries after its parent's, by path."""
        full = self.allowed("read", path)
        result: list[Any] = []
        pending: list[tuple[Path, Path]] = [(full, path)]  # (where to read, how it is named)
        while pending:
            where, shown = pending.pop(0)
            with syscall("scandir", shown):
                entries = sorted(os.scandir(where), key=lambda entry: os.fsencode(entry.name))
            for entry in entries:
                kind = _entry_type(entry) if types or recursive else DIRENT_UNKNOWN
                if types:
                    result.append([_name(entry.name, as_bytes), _name(shown, as_bytes), kind])
                else:
                    relative = os.path.relpath(_join(where, entry.name), full) if recursive else entry.name
                    result.append(_name(relative, as_bytes))
                if recursive and kind == DIRENT_DIR:
                    pending.append((_join(where, entry.name), _join(shown, entry.name)))
        return result

    def mkdir(self, path: Path, recursive: bool, mode: int) -> Any:
        """Node's mkdir; with ``recursive``, the first directory it made (undefined: none)."""
        full = self.allowed("write", path)
        if not recursive:
            with syscall("mkdir", path):
                os.mkdir(full, mode)
            return undefined
        missing: list[Path] = []
        probe = full
        while not os.path.isdir(probe):
            if os.path.lexists(probe):
                raise FsError(errno_codes.ENOTDIR if missing else errno_codes.EEXIST, "mkdir", path)
            missing.append(probe)
            parent = os.path.dirname(probe)
            if parent == probe:
                break
            probe = parent
        for folder in reversed(missing):
            with syscall("mkdir", path):
                try:
                    os.mkdir(folder, mode)
                except FileExistsError:
                    if not os.path.isdir(folder):
                        raise
        return text_of(missing[-1]) if missing else undefined

    def mkdtemp(self, prefix: Path) -> Any:
        """A new directory named ``prefix`` and six random letters or digits (mode 0700)."""
        full = self.absolute(prefix)
        self.allowed("write", os.path.dirname(full))
        pattern = prefix + (b"XXXXXX" if isinstance(prefix, bytes) else "XXXXXX")
        while True:
            suffix = "".join(secrets.choice(TEMP_LETTERS) for _ in range(6))
            if isinstance(prefix, bytes):
                suffix = suffix.encode()  # type: ignore[assignment]
            try:
                with syscall("mkdtemp", pattern):
                    os.mkdir(full + suffix, 0o700)  # type: ignore[operator]
            except FsError as error:
                if error.number == errno_codes.EEXIST:
                    continue
                raise
            return text_of(prefix + suffix)  # type: ignore[operator]

    def rmdir(self, path: Path) -> None:
        full = self.allowed("write", path)
        with syscall("rmdir", path):
            os.rmdir(full)

    def rm(self, path: Path, recursive: bool, force: bool) -> Any:
        """Node's rm: a file or link; a directory only with ``recursive``. ``force``: a
        missing path is no error. Returns "directory" when ``path`` is a directory and
        ``recursive`` is off (JS throws Node's ERR_FS_EISDIR)."""
        full = self.allowed("write", path)
        try:
            with syscall("lstat", path):
                facts = os.lstat(full)
        except FsError as error:
            if force and error.number == errno_codes.ENOENT:
                return undefined
            raise
        if not stat_module.S_ISDIR(facts.st_mode):
            with syscall("unlink", path):
                os.unlink(full)
            return undefined
        if not recursive:
            return "directory"
        self._remove_tree(full, path)
        return undefined

    def _remove_tree(self, full: Path, shown: Path) -> None:
        with syscall("scandir", shown):
            entries = list(os.scandir(full))
        for entry in entries:
            inner, inner_shown = _join(full, entry.name), _join(shown, entry.name)
            if entry.is_dir(follow_symlinks=False):
                self._remove_tree(inner, inner_shown)
            else:
                with syscall("unlink", inner_shown):
                    os.unlink(inner)
        with syscall("rmdir", shown):
            os.rmdir(full)

    def unlink(self, path: Path) -> None:
        full = self.allowed("write", path)
        with syscall("unlink", path):
            os.unlink(full)

    def rename(self, source: Path, dest: Path) -> None:
        from_path, to_path = self.allowed("write", source), self.allowed("write", dest)
        with syscall("rename", source, dest):
            os.rename(from_path, to_path)

    def link(self, existing: Path, new: Path) -> None:
        from_path, to_path = self.allowed("read", existing), self.allowed("write", new)
        with syscall("link", existing, new):
            os.link(from_path, to_path)

    def symlink(self, target: Path, path: Path) -> None:
        full = self.allowed("write", path)
        with syscall("symlink", target, path):
            os.symlink(target, full)

    def readlink(self, path: Path, as_bytes: bool) -> Any:
        full = self.allowed("read", path)
        with syscall("readlink", path):
            return _name(os.readlink(full), as_bytes)

    def realpath(self, path: Path, as_bytes: bool, native: bool) -> Any:
        """The path with every link resolved. A missing part fails as Node's walk fails: an
        lstat of the first part that is not there (named absolute), or for ``native`` one
        realpath call."""
        full = self.allowed("read", path)
        resolved = os.path.realpath(full)
        if not os.path.exists(resolved):
            if native:
                raise FsError(errno_codes.ENOENT, "realpath", path)
            probe = os.path.normpath(full)
            while os.path.dirname(probe) != probe and not os.path.exists(os.path.realpath(os.path.dirname(probe))):
                probe = os.path.dirname(probe)
            with syscall("lstat", probe):
                os.stat(os.path.realpath(probe))
            raise FsError(errno_codes.ELOOP, "lstat", probe)
        return _name(resolved, as_bytes)

    def copy_file(self, source: Path, dest: Path, mode: int) -> None:
        from_path, to_path = self.allowed("read", source), self.allowed("write", dest)
        with syscall("copyfile", source, dest):
            if os.path.isdir(from_path):
                raise IsADirectoryError(errno_codes.EISDIR, "")
            if mode & COPYFILE_EXCL and os.path.lexists(to_path):
                raise FileExistsError(errno_codes.EEXIST, "")
            shutil.copyfile(from_path, to_path)
            shutil.copymode(from_path, to_path)

    def cp(self, source: Path, dest: Path, recursive: bool, force: bool, error_on_exist: bool) -> Any:
        """Node's cp: a file, or with ``recursive`` a tree (links copied as links). Returns
        "directory" for a directory without ``recursive``, "exists" for an existing
        destination when neither ``force`` nor quiet skipping applies (JS words both)."""
        from_path, to_path = self.allowed("read", source), self.allowed("write", dest)
        with syscall("lstat", source):
            facts = os.lstat(from_path)
        if stat_module.S_ISDIR(facts.st_mode):
            if not recursive:
                return "directory"
            return self._copy_tree(from_path, to_path, source, force, error_on_exist)
        return self._copy_one(from_path, to_path, source, dest, force, error_on_exist)

    def _copy_one(self, from_path: Path, to_path: Path, source: Path, dest: Path, force: bool, error_on_exist: bool) -> Any:
        if os.path.lexists(to_path):
            if not force:
                return "exists" if error_on_exist else undefined
            if os.path.islink(to_path):
                os.unlink(to_path)
        with syscall("copyfile", source, dest):
            if os.path.islink(from_path):
                os.symlink(os.readlink(from_path), to_path)
            else:
                shutil.copy2(from_path, to_path)
        return undefined

    def _copy_tree(self, from_path: Path, to_path: Path, source: Path, force: bool, error_on_exist: bool) -> Any:
        with syscall("mkdir", to_path):
            os.makedirs(to_path, exist_ok=True)
        with syscall("scandir", source):
            entries = sorted(os.scandir(from_path), key=lambda entry: os.fsencode(entry.name))
        for entry in entries:
            inner_from, inner_to = _join(from_path, entry.name), _join(to_path, entry.name)
            if entry.is_dir(follow_symlinks=False):
                outcome = self._copy_tree(inner_from, inner_to, inner_from, force, error_on_exist)
            else:
                outcome = self._copy_one(inner_from, inner_to, inner_from, inner_to, force, error_on_exist)
            if outcome is not undefined:
                return outcome
        return undefined

    def table(self) -> dict[str, Callable[..., Any]]:
        return {
            "open": self.open, "close": self.close, "read": self.read, "write": self.write,
            "writeAll": self.write_all,
            "fstat": self.fstat, "ftruncate": self.ftruncate, "fsync": self.fsync, "fchmod": self.fchmod,
            "futimes": self.futimes, "readFile": self.read_file, "writeFile": self.write_file,
            "stat": self.stat, "exists": self.exists, "access": self.access, "chmod": self.chmod,
            "utimes": self.utimes, "truncate": self.truncate, "readdir": self.readdir, "mkdir": self.mkdir,
            "mkdtemp": self.mkdtemp, "rmdir": self.rmdir, "rm": self.rm, "unlink": self.unlink,
            "rename": self.rename, "link": self.link, "symlink": self.symlink, "readlink": self.readlink,
            "realpath": self.realpath, "copyFile": self.copy_file, "cp": self.cp,
        }


def _ns(seconds: float) -> int:
    return round(seconds * 1_000_000_000)


def _thrower(error: Exception) -> Callable[[], None]:
    def throw() -> None:
        raise error

    return throw


def _answer(operation: Callable[..., Any], args: tuple[Any, ...]) -> list[Any]:
    try:
        return [None, operation(*args)]
    except FsError as error:
        return [error.facts(), undefined]
    except OSError as error:  # outside any syscall() (should not happen): still a system error
        return [FsError(error.errno or errno_codes.EIO, operation.__name__).facts(), undefined]


def _answer_or_denial(operation: Callable[..., Any], args: tuple[Any, ...]) -> list[Any]:
    """_answer, on a worker thread: a permission denial becomes a function throwing it."""
    try:
        return _answer(operation, args)
    except Exception as error:
        return [_thrower(error), undefined]


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    operations = Operations(runtime)
    table = operations.table()

    def operation(name: str) -> Callable[..., Any]:
        found = table.get(name)
        if found is None:
            raise HostError(f"no fs operation {name!r}", js_name="TypeError")
        return found

    def run_sync(name: str, *args: Any) -> list[Any]:
        return _answer(operation(name), args)

    def run_async(done: Any, name: str, *args: Any) -> None:
        # The work goes straight to its answer and the answer straight to ``done``: no task or
        # JS promise in between (a file stream makes one such call per chunk). The call holds
        # the loop open until it has answered.
        work = operation(name)
        runtime.loop.hold()

        def answer(found: list[Any]) -> None:
            try:
                runtime.loop.task(done, *found)
            finally:
                runtime.loop.release()

        aio = asyncio.get_running_loop()
        def answered(future: asyncio.Future[list[Any]]) -> None:
            if future.cancelled():
                runtime.loop.release()
            else:
                answer(future.result())

        aio.run_in_executor(None, _answer_or_denial, work, args).add_done_callback(answered)

    return {"fsSync": run_sync, "fsAsync": run_async, **Watching(runtime, operations).ops()}
