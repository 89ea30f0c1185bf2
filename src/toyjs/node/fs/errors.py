"""The system errors of node:fs's Python side, with what Node's error names: the call that
failed and its paths, worded as libuv words them (JS turns the facts into Node's error)."""

from __future__ import annotations

import errno as errno_codes
import os
from typing import Any

Path = str | bytes

# libuv's wording of the errors file operations meet (uv_strerror).
MESSAGES = {
    errno_codes.ENOENT: "no such file or directory",
    errno_codes.EEXIST: "file already exists",
    errno_codes.ENOTDIR: "not a directory",
    errno_codes.EISDIR: "illegal operation on a directory",
    errno_codes.ENOTEMPTY: "directory not empty",
    errno_codes.EACCES: "permission denied",
    errno_codes.EPERM: "operation not permitted",
    errno_codes.EBADF: "bad file descriptor",
    errno_codes.EINVAL: "invalid argument",
    errno_codes.ELOOP: "too many symbolic links encountered",
    errno_codes.EXDEV: "cross-device link not permitted",
    errno_codes.EMFILE: "too many open files",
    errno_codes.ENFILE: "file table overflow",
    errno_codes.ENAMETOOLONG: "name too long",
    errno_codes.EROFS: "read-only file system",
    errno_codes.ENOSPC: "no space left on device",
    errno_codes.EBUSY: "resource busy or locked",
    errno_codes.ETXTBSY: "text file is busy",
    errno_codes.EAGAIN: "resource temporarily unavailable",
    errno_codes.ESPIPE: "invalid seek",
    errno_codes.EFBIG: "file too large",
    errno_codes.ENXIO: "no such device or address",
    errno_codes.EIO: "i/o error",
    errno_codes.EFAULT: "bad address in system call argument",
    errno_codes.EPIPE: "broken pipe",
    errno_codes.ENOSYS: "function not implemented",
    errno_codes.ENOTSUP: "operation not supported on socket",
}


class FsError(Exception):
    """A failed system call, with what Node's error names: the call and its paths."""

    def __init__(self, number: int, syscall: str, path: Path | None = None, dest: Path | None = None) -> None:
        super().__init__(number, syscall)
        self.number = number
        self.syscall = syscall
        self.path = path
        self.dest = dest

    def facts(self) -> dict[str, Any]:
        number = self.number or errno_codes.EIO
        facts: dict[str, Any] = {
            "errno": -number,
            "code": errno_codes.errorcode.get(number, "EIO"),
            "message": MESSAGES.get(number) or os.strerror(number).lower(),
            "syscall": self.syscall,
        }
        if self.path is not None:
            facts["path"] = text_of(self.path)
        if self.dest is not None:
            facts["dest"] = text_of(self.dest)
        return facts


class syscall:  # noqa: N801 (used as a context manager, read as a phrase)
    """``with syscall("open", path):`` turns an OSError inside into an FsError naming them."""

    def __init__(self, name: str, path: Path | None = None, dest: Path | None = None) -> None:
        self.name, self.path, self.dest = name, path, dest

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: Any, traceback: Any) -> bool:
        if isinstance(error, OSError) and not isinstance(error, FsError):
            raise FsError(error.errno or errno_codes.EIO, self.name, self.path, self.dest) from None
        return False


def text_of(path: Path) -> str:
    return path.decode("utf-8", "replace") if isinstance(path, bytes) else path
