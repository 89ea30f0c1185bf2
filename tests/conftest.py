import asyncio
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp import web

import toyjs as toyjs_package

PROGRAMS = Path(__file__).parent / "programs"
V8_MAJOR = int(toyjs_package.V8_VERSION.split(".")[0])


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def run_python(body, timeout=60):
    """Runs Python code (``body``, dedented, after ``import datetime, threading, time, toyjs``)
    in a fresh interpreter and returns the lines it printed. Code that once crashed or hung
    the host runs there: a crash or a hang fails the test instead of ending the test run."""
    program = "import datetime, threading, time, toyjs\n" + textwrap.dedent(body)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


NODE_PID = re.compile(r"\(node:\d+\)")
FIRST_FRAME = re.compile(r"^    at ", re.MULTILINE)
NODE_VERSION = re.compile(r"\n\nNode\.js v[\d.]+\n\Z")


def error_head(stderr: str) -> str:
    """What an uncaught error's report says before its first stack frame (the frames inside
    each runtime differ), without node's closing "Node.js v20..." line, which toyjs does not
    print: the excerpt (file:line, the line, the carets), a blank line, the error."""
    stderr = NODE_VERSION.sub("\n", stderr)
    frame = FIRST_FRAME.search(stderr)
    return stderr[: frame.start()] if frame else stderr


def assert_same_as_node(ours, theirs):
    """node succeeded, and toyjs gave its exit code, stdout and stderr, byte for byte but for
    the process id in warning lines ("(node:1234) Warning: ...")."""
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, NODE_PID.sub("(node:PID)", ours.stderr)) == (
        theirs.code,
        theirs.stdout,
        NODE_PID.sub("(node:PID)", theirs.stderr),
    )


def eval_stopped_by_timeout(code, timeout):
    """In a child interpreter, ``ctx.eval(code, timeout=...)`` on a fresh isolate, then a use of
    the same context: ``["stopped", "42"]`` when the timeout stopped the code and the isolate
    stayed usable."""
    return run_python(
        f"""
        ctx = toyjs.Isolate().new_context()
        try:
            ctx.eval({code!r}, timeout={timeout!r})
        except toyjs.TerminatedError:
            print("stopped")
        print(ctx.eval("6 * 7"))
        """
    )


def run_command(command, cwd=None, stdin=None, timeout=60):
    done = subprocess.run(
        command, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def toyjs():
    """Runs the real `toyjs` command (as `python -m toyjs`)."""

    def run(*args, cwd=None, stdin=None, timeout=60):
        return run_command([sys.executable, "-m", "toyjs", *map(str, args)], cwd=cwd, stdin=stdin, timeout=timeout)

    return run


@pytest.fixture
def node():
    """Runs node, the behaviour reference, on the same program."""
    executable = shutil.which("node")
    assert executable, "node must be installed: it is the reference the runtime is compared with"

    def run(*args, cwd=None, stdin=None, timeout=60):
        return run_command([executable, *map(str, args)], cwd=cwd, stdin=stdin, timeout=timeout)

    return run


@pytest.fixture
def same_as_node(toyjs, node):
    """Runs a program under node and under ``toyjs run`` (with the given flags, from the
    program's folder unless told otherwise) and asserts that toyjs gave node's exit code and
    output (see assert_same_as_node); returns toyjs's result."""

    def compare(program, *flags, args=(), cwd=None, stdin=None, scratch=None):
        """``scratch``: a folder in which node and toyjs each get a fresh one of their own,
        passed as the program's first argument (for programs that write files)."""
        folder = cwd if cwd is not None else Path(program).parent
        own = {}
        for runtime in ("node", "toyjs"):
            own[runtime] = []
            if scratch is not None:
                (Path(scratch) / runtime).mkdir()
                own[runtime] = [Path(scratch) / runtime]
        theirs = node(program, *own["node"], *args, cwd=folder, stdin=stdin)
        ours = toyjs("run", *flags, program, *own["toyjs"], *args, cwd=folder, stdin=stdin)
        assert_same_as_node(ours, theirs)
        return ours

    return compare


@pytest.fixture
def deno():
    """Runs deno (installed with the test extra), the reference for Worker programs."""
    beside_python = Path(sys.executable).parent / "deno"
    executable = str(beside_python) if beside_python.exists() else shutil.which("deno")
    assert executable, "deno must be installed (pip install '.[test]'): Worker programs are compared with it"

    def run(*args, cwd=None, timeout=60):
        return run_command([executable, "run", *map(str, args)], cwd=cwd, timeout=timeout)

    return run


@pytest.fixture
def import_attributes():
    """The keyword of JSON module imports: V8 12 parses `with { type: "json" }` and no longer
    `assert`; the fallback engine (V8 10.2) parses only `assert`."""
    return "with" if V8_MAJOR >= 12 else "assert"


@pytest.fixture
def programs():
    return PROGRAMS


@pytest.fixture
def isolate():
    with toyjs_package.Isolate() as iso:
        yield iso


@pytest.fixture
def ctx(isolate):
    with isolate.new_context() as context:
        yield context


def make_app() -> web.Application:
    async def text(request):
        return web.Response(text="hello from the server", headers={"X-Custom": "yes", "Set-Cookie": "a=1"})

    async def json_route(request):
        return web.json_response({"ok": True, "items": [1, 2, 3]})

    async def echo(request):
        body = await request.read()
        return web.json_response({
            "method": request.method,
            "contentType": request.headers.get("Content-Type"),
            "custom": request.headers.get("X-Test"),
            "body": body.decode("utf-8", "replace"),
        })

    async def redirect(request):
        left = int(request.match_info["left"])
        if left == 0:
            return web.Response(text="arrived")
        raise web.HTTPFound(f"/redirect/{left - 1}")

    async def elsewhere(request):
        # the same server under another name: a host the net permission may not cover
        raise web.HTTPFound(f"http://localhost:{request.url.port}/text")

    async def loop(request):
        raise web.HTTPFound("/loop")

    async def missing(request):
        return web.Response(status=404, text="not here", reason="Not Found")

    async def slow(request):
        response = web.StreamResponse(headers={"Content-Type": "text/plain"})
        await response.prepare(request)
        for i in range(5):
            await response.write(f"chunk {i};".encode())
            await asyncio.sleep(0.05)
        await response.write_eof()
        return response

    async def hang(request):
        await asyncio.sleep(2)
        return web.Response(text="too late")

    app = web.Application()
    app.router.add_get("/text", text)
    app.router.add_get("/json", json_route)
    app.router.add_route("*", "/echo", echo)
    app.router.add_get("/redirect/{left}", redirect)
    app.router.add_get("/loop", loop)
    app.router.add_get("/elsewhere", elsewhere)
    app.router.add_get("/missing", missing)
    app.router.add_get("/slow", slow)
    app.router.add_get("/hang", hang)
    return app


@pytest.fixture(scope="session")
def http_server():
    """A local HTTP server on 127.0.0.1 in its own thread; yields its base URL."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state = {}

    async def start():
        runner = web.AppRunner(make_app())
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        state["runner"] = runner
        state["port"] = site._server.sockets[0].getsockname()[1]
        ready.set()

    thread = threading.Thread(target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True)
    thread.start()
    assert ready.wait(10)
    yield f"http://127.0.0.1:{state['port']}"
    asyncio.run_coroutine_threadsafe(state["runner"].cleanup(), loop).result(30)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
