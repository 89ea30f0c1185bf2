"""Runs web-platform-tests `.any.js` files in toyjs, as a dedicated worker would run them.

A file runs in a fresh `toyjs.Runtime`, in one global scope, as classic scripts: harness.js
(our glue), WPT's resources/testharness.js, the file's ``// META: script=`` dependencies, the
file itself, then ``done()``. Its subtests' results come from testharness.js's callbacks.

Files run in worker processes (this module run as a script, ``--worker``), several files per
process one after the other, so that a crash or a hang of the host costs that one file (it
is reported as CRASH or TIMEOUT and the process is replaced), never the whole run.

This module needs only the standard library and toyjs: a worker process runs it as a script.
"""

from __future__ import annotations

import json
import os
import queue
import re
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

HARNESS_JS = Path(__file__).with_name("harness.js")
# WPT's own limits: 10 s for a file, 60 s for one marked `// META: timeout=long`.
TIME_LIMIT = 10.0
LONG_TIME_LIMIT = 60.0
# How long after its time limit a worker process may take to report before it is killed.
GRACE = 30.0
HEAP_LIMIT = 512 << 20
# Scripts wptserve serves under another name.
ALIASES = {"resources/WebIDLParser.js": "resources/webidl2/lib/webidl2.js"}
# Global scopes of WPT's `// META: global=` that toyjs can act as; a file for none of them
# (window or shadowrealm only) does not apply.
WORKER_LIKE_SCOPES = {"worker", "dedicatedworker", "jsshell"}
DEFAULT_SCOPES = ["window", "dedicatedworker"]
# Folders of the WPT copy that hold support files, not tests of an API toyjs provides.
NOT_TESTS = {"resources", "common", "interfaces", "webidl"}
MESSAGE_LENGTH = 300


@dataclass(frozen=True)
class TestFile:
    """An `.any.js` file and what its ``// META:`` lines say."""

    path: str  # relative to the WPT root, with "/"
    scripts: tuple[str, ...]  # dependencies, relative to the WPT root
    scopes: tuple[str, ...]
    time_limit: float  # seconds

    @property
    def applies(self) -> bool:
        return any(scope in WORKER_LIKE_SCOPES for scope in self.scopes)


@dataclass
class Subtest:
    name: str
    status: str  # PASS, FAIL, TIMEOUT, NOTRUN or PRECONDITION_FAILED
    message: str | None = None


@dataclass
class FileResult:
    """``status``: the harness's (OK, ERROR, PRECONDITION_FAILED), or TIMEOUT (ran past its
    time limit), INCOMPLETE (the event loop went idle before the tests completed: nothing
    could complete them), HEAP_LIMIT (the isolate ran out of its heap), CRASH (the process
    running it died)."""

    path: str
    status: str
    message: str | None = None
    subtests: list[Subtest] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status == "OK" and bool(self.subtests) and all(s.status == "PASS" for s in self.subtests)

    @classmethod
    def from_json(cls, data: dict) -> FileResult:
        return cls(data["path"], data["status"], data["message"], [Subtest(**s) for s in data["subtests"]])


# --- finding the files
def read_meta(source: str) -> list[tuple[str, str]]:
    """The ``// META: key=value`` lines at the top of a test file."""
    meta = []
    for line in source.splitlines():
        if not line.startswith("// META:"):
            if line.strip():
                break
            continue
        key, _, value = line[len("// META:"):].strip().partition("=")
        meta.append((key.strip(), value.strip()))
    return meta


def describe(root: Path, path: Path) -> TestFile:
    meta = read_meta(path.read_text(encoding="utf-8"))
    folder = path.parent.relative_to(root).as_posix()
    scripts, scopes, time_limit = [], list(DEFAULT_SCOPES), TIME_LIMIT
    for key, value in meta:
        if key == "script":
            # "/x" is from the WPT root, anything else relative to the test file.
            joined = value.lstrip("/") if value.startswith("/") else f"{folder}/{value}"
            script = os.path.normpath(joined).replace(os.sep, "/")
            scripts.append(ALIASES.get(script, script))
        elif key == "global":
            scopes = [scope.strip() for scope in value.split(",")]
        elif key == "timeout" and value == "long":
            time_limit = LONG_TIME_LIMIT
    return TestFile(path.relative_to(root).as_posix(), tuple(scripts), tuple(scopes), time_limit)


def find_tests(root: Path) -> list[TestFile]:
    """Every `.any.js` test of the copy, in path order."""
    found = []
    for path in sorted(root.rglob("*.any.js")):
        if path.relative_to(root).parts[0] not in NOT_TESTS:
            found.append(describe(root, path))
    return found


# --- running one file, in this process
def _short(message: object) -> str | None:
    if message is None:
        return None
    text = str(message)
    return text if len(text) <= MESSAGE_LENGTH else text[:MESSAGE_LENGTH] + "..."


def substitute(source: str, base_url: str) -> str:
    """Fills in what wptserve fills in a ``.sub.`` file, as far as one server on 127.0.0.1
    can stand for WPT's hosts and ports (``{{domains[www]}}`` and the like are left as they
    are: the tests that need them fail)."""
    address = urlsplit(base_url)
    values = {"host": address.hostname, "ports[http][0]": str(address.port), "location[scheme]": "http",
              "location[port]": str(address.port)}
    return re.sub(r"\{\{([^}]*)\}\}", lambda m: values.get(m[1], m[0]), source)


def _unported(name: str, base_url: str) -> str:
    """A subtest's name without the static server's address (its port changes from run to
    run), written as WPT's templates write it."""
    return name.replace(urlsplit(base_url).netloc, "{{host}}:{{ports[http][0]}}")


def worker_url(base_url: str, test: TestFile) -> str:
    """The URL WPT gives the worker that runs a file (``x.any.js`` runs as ``x.any.worker.js``)."""
    return f"{base_url}/{test.path.removesuffix('.js')}.worker.js"


def run_file(root: Path, test: TestFile, base_url: str) -> FileResult:
    """Runs a file in this process, with the WPT copy served at ``base_url`` (the only place
    its network permission reaches)."""
    import toyjs
    from toyjs.runtime import run_with_time_limit

    status: str | None = None
    message: str | None = None
    permissions = toyjs.Permissions(net=[urlsplit(base_url).netloc])
    with toyjs.Runtime(heap_limit=HEAP_LIMIT, permissions=permissions) as runtime:
        # A worker lives on while a timer is active, unref'd or not (AbortSignal.timeout's).
        runtime.loop.keep_alive_while(lambda: int(runtime.loop.has_timer()))
        make_glue = runtime._eval_handle(HARNESS_JS.read_text(encoding="utf-8"), str(HARNESS_JS))
        glue = make_glue(worker_url(base_url, test))

        async def load_and_complete() -> None:
            scripts = ["resources/testharness.js", *test.scripts, test.path]
            for index, script in enumerate(scripts):
                try:
                    source = (root / script).read_text(encoding="utf-8")
                except OSError as error:
                    glue["scriptFailed"](f"{script}: {error.strerror}")
                    break
                if ".sub." in script:
                    source = substitute(source, base_url)
                try:
                    runtime._eval_handle(source, f"/{script}")
                except toyjs.JSError as error:
                    glue["scriptFailed"](f"{script}: {error}")
                    break
                if index == 0:
                    glue["harnessLoaded"]()
            else:
                runtime._eval_handle("done()", "<wpt>")
            await runtime._eval_promise_async(lambda: glue["completion"])

        async def wind_up() -> None:
            glue["timeout"]()
            await runtime._eval_promise_async(lambda: glue["completion"])

        try:
            runtime._block_on(run_with_time_limit(runtime, load_and_complete(), test.time_limit, "time limit"))
        except toyjs.TerminatedError:
            status, message = "TIMEOUT", f"ran past its time limit of {test.time_limit:g} s"
        except toyjs.HeapLimitError as error:
            status, message = "HEAP_LIMIT", _short(error)
        except toyjs.Error as error:
            # The event loop went idle with tests still waiting: nothing could ever finish them.
            status, message = "INCOMPLETE", _short(error)
        if status is not None:
            try:
                runtime._block_on(run_with_time_limit(runtime, wind_up(), 5, "time limit"))
            except toyjs.Error:
                pass  # the results so far are reported
        report = json.loads(glue["report"]())
    harness = report["harness"] or {"status": status, "message": message}
    return FileResult(
        test.path,
        status or harness["status"],
        message or _short(harness["message"]),
        [Subtest(_unported(r["name"], base_url), r["status"], _short(r["message"])) for r in report["results"]],
    )


# --- running many files, in worker processes
def _worker_main(root: Path, base_url: str, results_fd: int) -> None:
    """A worker process: runs the files named on stdin (one JSON line each), answering each
    with a JSON line on ``results_fd``."""
    answers = os.fdopen(results_fd, "w", encoding="utf-8")
    for line in sys.stdin:
        test = TestFile(**{key: tuple(v) if isinstance(v, list) else v for key, v in json.loads(line).items()})
        try:
            result = run_file(root, test, base_url)
        except Exception as error:  # the runner's own failure, told apart from toyjs's
            result = FileResult(test.path, "RUNNER_ERROR", f"{type(error).__name__}: {error}")
        answers.write(json.dumps(asdict(result)) + "\n")
        answers.flush()


class _Worker:
    """A worker process and the pipe its answers come on."""

    def __init__(self, root: Path, base_url: str) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(root), base_url, str(write)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=[write], text=True,
        )
        os.close(write)
        self.answers = os.fdopen(read, "r", encoding="utf-8")

    def run(self, test: TestFile) -> FileResult:
        """The file's result; a dead or stuck worker is reported as the file's CRASH or
        TIMEOUT (and must then be replaced)."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(asdict(test)) + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            pass  # it died: reported below
        ready, _, _ = select.select([self.answers], [], [], test.time_limit + GRACE)
        line = self.answers.readline() if ready else ""
        if line.endswith("\n"):
            return FileResult.from_json(json.loads(line))
        if not ready:
            self.close()
            return FileResult(test.path, "TIMEOUT", "the host did not stop it at its time limit")
        code = self.process.wait()
        how = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
        return FileResult(test.path, "CRASH", f"the process running it ended with {how}")

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        if self.alive:
            self.process.kill()
        self.process.wait()
        self.answers.close()
        if self.process.stdin is not None:
            try:
                self.process.stdin.close()
            except BrokenPipeError:
                pass


def run_files(root: Path, tests: Iterable[TestFile], base_url: str, jobs: int = 2) -> Iterator[FileResult]:
    """Runs the files in ``jobs`` worker processes, with the WPT copy served at ``base_url``
    (see `serve`); yields results as they come."""
    pending: queue.Queue[TestFile | None] = queue.Queue()
    done: queue.Queue[FileResult | None] = queue.Queue()
    count = 0
    for test in tests:
        pending.put(test)
        count += 1

    def serve() -> None:
        worker = _Worker(root, base_url)
        try:
            while (test := pending.get()) is not None:
                if not worker.alive:
                    worker.close()
                    worker = _Worker(root, base_url)
                done.put(worker.run(test))
        finally:
            worker.close()

    threads = [threading.Thread(target=serve, daemon=True) for _ in range(max(1, min(jobs, count)))]
    for thread in threads:
        pending.put(None)
        thread.start()
    for _ in range(count):
        result = done.get()
        assert result is not None
        yield result
    for thread in threads:
        thread.join()


# --- the files tests fetch
class _StaticFiles(SimpleHTTPRequestHandler):
    """The WPT copy's files, as they are; WPT's Python handlers (``*.py``) need WPT's own
    server, wptserve, which this is not: they are answered 501."""

    def do_GET(self) -> None:
        if urlsplit(self.path).path.endswith(".py"):
            self.send_error(501, "needs WPT's server (wptserve)")
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serves ``root`` on 127.0.0.1 while the block runs; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_StaticFiles, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    _worker_main(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
