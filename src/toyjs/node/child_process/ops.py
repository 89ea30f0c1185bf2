"""The Python side of node:child_process: starting programs, behind the ``run`` permission.

`spawn` starts the program at once (``subprocess.Popen``), so that JS has its pid as Node's
does; its pipes and its exit are then watched on the runtime's asyncio loop: a pipe's bytes and
its end, then the exit, reach JS as macrotasks (``onEvent("data", index, bytes)``,
``("end", index)``, ``("exit", code, signal)``). The exit is seen through a pidfd, so no
thread waits for it. A child keeps the event loop alive until it has exited and its pipes have
ended, unless JS unref'd it.

The sync forms (`spawnSync`) block in ``Popen.communicate``, as Node's block the event loop.

Permission: the program must be granted ``run`` (see `toyjs.host.grants`). The program is
resolved first as the child will find it (on the PATH of the child's environment, relative to
its working directory), and that resolved path is what is checked, so that a changed PATH or
cwd cannot slip another program under a granted name; a denial names the program as the JS
gave it. A program not found is checked under its name (a denied one is NotCapable, not
ENOENT). As in Deno, ``env`` and ``cwd`` need nothing more, except that an environment setting
the dynamic loader's variables (``LD_*``) otherwise than the host has them needs ``run`` for
every program. Without ``env`` the child gets the program's ``process.env``, as in Node.

When a program ends (or its runtime closes), every child of it still running (an unref'd one,
a detached one, one left by process.exit) is killed with SIGKILL and reaped: no child outlives
its runtime. Node leaves such children running.
"""

from __future__ import annotations

import asyncio
import errno as errno_codes
import os
import shutil
import signal as signals
import subprocess
import selectors
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from toyjs.engine import undefined
from toyjs.errors import HostError
from toyjs.host.permissions import check_hiding_target
from toyjs.node.child_process.channel import CHANNEL_FD, SERIALIZATION_MODE, Channel, Channels
from toyjs.node.child_process.fork import INTERPRETER_VARIABLES, PROGRAM, fork_command

PIPE, INHERIT, IGNORE = "pipe", "inherit", "ignore"
STDIO_FDS = (0, 1, 2)  # a program may hand its child only these descriptors
LOADER_VARIABLES = ("LD_",)  # an env setting these (unlike the host's) can make any program run other code
PIPE_CHUNK = 65536


def signal_name(number: int) -> str:
    return signals.Signals(number).name


class SpawnFailed(Exception):
    """The program could not be started: ``facts`` are what JS makes Node's error from."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.facts = {"errno": -number, "code": errno_codes.errorcode.get(number, "EIO")}


class Request:
    """What JS asks to start: ``{file, args, cwd?, env?, stdio, detached, argv0?}`` (args
    include argv[0]; env as [name, value] pairs; stdio as "pipe", "inherit", "ignore" or a
    descriptor number per slot), with ``ipc`` ("json" or "advanced") for a channel to it,
    and ``fork: {module, args, execArgv}`` for a toyjs child (see fork.py) in place of
    ``file`` and ``args``."""

    def __init__(self, runtime: Any, request: dict[str, Any]) -> None:
        fork = request.get("fork")
        self.forked = fork not in (None, undefined)
        if self.forked:
            self.args = fork_command(runtime.permissions, list(fork["execArgv"]), fork["module"], list(fork["args"]))
            self.file = self.args[0]
        else:
            self.file = request["file"]
            self.args = list(request["args"])
        ipc = request.get("ipc")
        self.ipc: str | None = None if ipc in (None, undefined) else str(ipc)
        working = runtime.loader.working_directory()
        cwd = request.get("cwd")
        self.cwd = str(Path(working, cwd)) if isinstance(cwd, str) else str(working)
        env = request.get("env")
        # Without one, the child gets the program's process.env (the host's plus its changes).
        self.env: dict[str, str] = runtime.environment.as_dict() if env in (None, undefined) else dict(env)
        self.stdio: list[Any] = list(request["stdio"])
        self.detached = bool(request.get("detached"))
        self._check(runtime)

    def _check(self, runtime: Any) -> None:
        guarded = LOADER_VARIABLES + INTERPRETER_VARIABLES if self.forked else LOADER_VARIABLES
        if any(name.startswith(guarded) and self.env[name] != os.environ.get(name) for name in self.env):
            runtime.permissions.check("run", None)
        if self.forked:
            runtime.permissions.check("run", PROGRAM)
            return
        found = self.resolved()
        if found is None:
            runtime.permissions.check("run", self.file)
        else:
            check_hiding_target(runtime.permissions, "run", found, self.file)

    def resolved(self) -> str | None:
        """The program's path as the child would find it, or None."""
        if "/" in self.file:
            path = Path(self.cwd, self.file)
            return str(path.resolve()) if os.access(path, os.X_OK) and path.is_file() else None
        search = self.env.get("PATH", os.defpath)
        found = shutil.which(self.file, path=search)
        return None if found is None else str(Path(self.cwd, found).resolve())

    def popen(self, stdio: list[Any], channel_end: socket.socket | None = None) -> subprocess.Popen[bytes]:
        """Start the program; ``channel_end``, the child's end of an IPC channel, is handed to
        it (see channel.py)."""
        env = self.env
        passed: tuple[int, ...] = ()
        if channel_end is not None:
            passed = (channel_end.fileno(),)
            env = {**env, CHANNEL_FD: str(channel_end.fileno()), SERIALIZATION_MODE: self.ipc or "json"}
        if any(spec in (INHERIT, 1, 2) for spec in self.stdio[:3]):
            # What the program printed so far comes before what the child prints there.
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
        try:
            return subprocess.Popen(
                self.args,
                executable=self.resolved() or self.file,
                cwd=self.cwd,
                env=env,
                pass_fds=passed,
                stdin=stdio[0],
                stdout=stdio[1],
                stderr=stdio[2],
                start_new_session=self.detached,
            )
        except OSError as error:
            raise SpawnFailed(error.errno or errno_codes.EIO) from None

    def popen_stdio(self) -> list[Any]:
        """Popen's stdin, stdout, stderr for the first three slots."""
        chosen = []
        for slot, spec in enumerate(self.stdio[:3]):
            if spec == PIPE:
                chosen.append(subprocess.PIPE)
            elif spec == INHERIT:
                chosen.append(None)
            elif spec == IGNORE:
                chosen.append(subprocess.DEVNULL)
            elif isinstance(spec, (int, float)) and int(spec) in STDIO_FDS:
                chosen.append(None if int(spec) == slot else int(spec))
            else:
                raise HostError(f"stdio[{slot}] may be 'pipe', 'inherit', 'ignore' or 0, 1, 2", js_name="TypeError", code="ERR_INVALID_ARG_VALUE")
        return chosen


class ReadPipe(asyncio.Protocol):
    """One of a child's output pipes: each chunk and the end go to JS."""

    def __init__(self, child: Child, index: int) -> None:
        self.child = child
        self.index = index
        self.transport: asyncio.ReadTransport | None = None
        self.ended = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.child.emit("data", self.index, data)

    def eof_received(self) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.child.emit("end", self.index)
        if not self.ended.done():
            self.ended.set_result(None)


class WritePipe(asyncio.Protocol):
    """A child's stdin: writes wait until asyncio has handed the bytes on (backpressure)."""

    def __init__(self) -> None:
        self.transport: asyncio.WriteTransport | None = None
        self.lost: Exception | None = None
        self._drained = asyncio.Event()
        self._drained.set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def pause_writing(self) -> None:
        self._drained.clear()

    def resume_writing(self) -> None:
        self._drained.set()

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = exc or BrokenPipeError(errno_codes.EPIPE, "broken pipe")
        self._drained.set()

    async def write(self, data: bytes) -> None:
        if self.transport is None or self.lost is not None or self.transport.is_closing():
            raise self.lost or BrokenPipeError(errno_codes.EPIPE, "broken pipe")
        self.transport.write(data)
        await self._drained.wait()
        if self.lost is not None:
            raise self.lost


class Child:
    """A running child of the program, and what watches it."""

    def __init__(self, children: Children, process: subprocess.Popen[bytes], on_event: Any, channel: Channel | None) -> None:
        self.children = children
        self.process = process
        self.on_event = on_event
        self.channel = channel
        self.readers: dict[int, ReadPipe] = {}
        self.writer: WritePipe | None = None
        self.connected = asyncio.get_running_loop().create_future()
        self.referenced = True
        self.silenced = False
        # Opened now, before anything may reap the child (Popen.send_signal polls, and so
        # reaps an exited one): a pidfd stays valid, and readable, once the child has gone.
        self.pidfd = os.pidfd_open(process.pid)
        self.watch = asyncio.get_running_loop().create_task(self._watch())

    def emit(self, *event: Any) -> None:
        if not self.silenced:
            self.children.runtime.loop.task(self.on_event, *event)

    async def _watch(self) -> None:
        aio = asyncio.get_running_loop()
        try:
            if self.process.stdin is not None:
                self.writer = WritePipe()
                await aio.connect_write_pipe(lambda: self.writer, self.process.stdin)
            for index, pipe in ((1, self.process.stdout), (2, self.process.stderr)):
                if pipe is not None:
                    self.readers[index] = ReadPipe(self, index)
                    await aio.connect_read_pipe(lambda: self.readers[index], pipe)
        finally:
            self.connected.set_result(None)
        try:
            code = await self._exit()
            if self.channel is not None:
                self.channel.drain()
            self.emit("exit", *self._status(code))
            await asyncio.gather(*(reader.ended for reader in self.readers.values()))
        finally:
            self.release()
            self.children.forget(self)

    async def _exit(self) -> int:
        """The exit status, once the child has exited (its pidfd becomes readable)."""
        aio = asyncio.get_running_loop()
        exited = aio.create_future()
        aio.add_reader(self.pidfd, lambda: exited.done() or exited.set_result(None))
        try:
            await exited
        finally:
            aio.remove_reader(self.pidfd)
        return self.process.wait()

    @staticmethod
    def _status(code: int) -> tuple[Any, Any]:
        """(exit code, signal name) as Node reports them: one of the two is null."""
        return (None, signal_name(-code)) if code < 0 else (code, None)

    def release(self) -> None:
        """Close what watched the child: its pipes and its pidfd (once)."""
        if self.pidfd < 0:
            return
        os.close(self.pidfd)
        self.pidfd = -1
        transports = [reader.transport for reader in self.readers.values()]
        transports.append(self.writer.transport if self.writer is not None else None)
        for transport in transports:
            if transport is not None:
                transport.close()
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()

    def kill_now(self) -> None:
        if self.process.returncode is None:
            self.process.kill()


class Children:
    """The children of one runtime's program."""

    def __init__(self, runtime: Any, channels: Channels) -> None:
        self.runtime = runtime
        self.channels = channels
        self._next_id = 0
        self._running: dict[int, Child] = {}
        runtime.add_closer(self.kill_all)

    def spawn(self, request: dict[str, Any], on_event: Any, on_channel_event: Any = None) -> dict[str, Any]:
        """Start the program: ``{id, pid}``, with ``channel`` (its id) when an IPC channel
        was asked for (its events go to ``on_channel_event``), or ``{error}``."""
        wanted = Request(self.runtime, request)
        stdio = wanted.popen_stdio()
        ends = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM) if wanted.ipc is not None else None
        try:
            process = wanted.popen(stdio, ends[1] if ends is not None else None)
        except SpawnFailed as failure:
            for end in ends or ():
                end.close()
            return {"error": failure.facts}
        finally:
            if ends is not None:
                ends[1].close()  # the child's now
        answer: dict[str, Any] = {"pid": process.pid}
        channel = None
        if ends is not None:
            answer["channel"], channel = self.channels.add(ends[0], on_channel_event, referenced=True)
        self._next_id += 1
        self._running[self._next_id] = Child(self, process, on_event, channel)
        self.runtime.loop.hold()
        answer["id"] = self._next_id
        return answer

    def forget(self, child: Child) -> None:
        for key, known in list(self._running.items()):
            if known is child:
                del self._running[key]
                if child.referenced:
                    self.runtime.loop.release()

    def write(self, key: int, data: bytes, done: Any) -> None:
        child = self._running.get(key)

        async def write() -> None:
            try:
                if child is None:
                    raise BrokenPipeError(errno_codes.EPIPE, "broken pipe")
                await child.connected
                if child.writer is None:
                    raise BrokenPipeError(errno_codes.EPIPE, "broken pipe")
                await child.writer.write(bytes(data))
            except OSError as error:
                self.runtime.loop.task(done, SpawnFailed(error.errno or errno_codes.EPIPE).facts)
            else:
                self.runtime.loop.task(done, None)

        self.runtime.loop.start(write())

    def end_input(self, key: int) -> None:
        child = self._running.get(key)
        if child is None:
            return

        async def close() -> None:
            await child.connected
            if child.writer is not None and child.writer.transport is not None:
                child.writer.transport.close()

        self.runtime.loop.start(close())

    def reading(self, key: int, index: int, on: bool) -> None:
        child = self._running.get(key)
        reader = child.readers.get(index) if child is not None else None
        if reader is None or reader.transport is None or reader.transport.is_closing():
            return
        if on:
            reader.transport.resume_reading()
        else:
            reader.transport.pause_reading()

    def kill(self, key: int, number: int) -> bool:
        """Send signal ``number``; False when the child has exited (as Node's ESRCH)."""
        child = self._running.get(key)
        if child is None or child.process.returncode is not None:
            return False
        try:
            child.process.send_signal(number)
        except ProcessLookupError:
            return False
        return True

    def ref(self, key: int, on: bool) -> None:
        child = self._running.get(key)
        if child is None or child.referenced == on:
            return
        child.referenced = on
        if on:
            self.runtime.loop.hold()
        else:
            self.runtime.loop.release()

    async def kill_all(self) -> None:
        """The program has ended: kill what it left running, and reap it."""
        for child in list(self._running.values()):
            child.silenced = True  # its program has ended: nothing more goes to its JS
            child.kill_now()
            child.watch.cancel()
            # (its watch lets go of the pidfd before it is closed: an event loop must not
            # watch a closed descriptor, whose number the next one opened may take)
            await asyncio.gather(child.watch, return_exceptions=True)
            child.release()
            await asyncio.to_thread(child.process.wait)
            self.forget(child)


def spawn_sync(runtime: Any, request: dict[str, Any]) -> dict[str, Any]:
    """Run a program to its end: ``{pid, status, signal, stdout, stderr}`` (bytes, or None for
    a slot not piped), ``timedOut`` when ``timeout`` (ms) passed and ``killSignal`` was sent,
    or ``{error}`` when it could not start."""
    wanted = Request(runtime, request)
    stdio = wanted.popen_stdio()
    data = request.get("input")
    if data is not None and data is not undefined and stdio[0] is subprocess.PIPE:
        data = bytes(data)
    else:
        data = None
    try:
        process = wanted.popen(stdio)
    except SpawnFailed as failure:
        return {"error": failure.facts}
    timeout = request.get("timeout")
    deadline = time.monotonic() + timeout / 1000 if isinstance(timeout, (int, float)) and timeout > 0 else None
    stdout, stderr, timed_out = _communicate(process, data, deadline)
    if timed_out:
        process.send_signal(int(request.get("killSignal") or signals.SIGTERM))
    process.wait()
    code, signal = Child._status(process.returncode)
    return {"pid": process.pid, "status": code, "signal": signal, "stdout": stdout, "stderr": stderr, "timedOut": timed_out}


def _communicate(process: subprocess.Popen[bytes], data: bytes | None, deadline: float | None) -> tuple[bytes | None, bytes | None, bool]:
    """Feed ``data`` to the child and read its output until both pipes end, or until
    ``deadline`` passes: (stdout, stderr, whether the deadline passed). Unlike
    ``Popen.communicate``, it stops at the deadline for good, even though a grandchild still
    holds the pipes open (``sh -c "sleep 30"`` killed), as Node's spawnSync does."""
    output: dict[Any, bytearray] = {pipe: bytearray() for pipe in (process.stdout, process.stderr) if pipe is not None}
    pending = memoryview(data or b"")
    with selectors.DefaultSelector() as selector:
        for pipe in output:
            selector.register(pipe, selectors.EVENT_READ)
        if process.stdin is not None:
            if pending:
                selector.register(process.stdin, selectors.EVENT_WRITE)
            else:
                process.stdin.close()
        timed_out = False
        while selector.get_map():
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                timed_out = True
                break
            for key, _ in selector.select(wait):
                if key.fileobj is process.stdin:
                    try:
                        pending = pending[os.write(key.fd, pending[:PIPE_CHUNK]) :]
                    except BrokenPipeError:
                        pending = pending[len(pending) :]
                    if not pending:
                        selector.unregister(key.fileobj)
                        process.stdin.close()
                    continue
                chunk = os.read(key.fd, PIPE_CHUNK)
                if chunk:
                    output[key.fileobj].extend(chunk)
                else:
                    selector.unregister(key.fileobj)
    for pipe in (process.stdin, process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()
    found = [bytes(output[pipe]) if pipe in output else None for pipe in (process.stdout, process.stderr)]
    return found[0], found[1], timed_out


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    channels = Channels(runtime)
    children = Children(runtime, channels)
    return {
        "childChannelConnectParent": channels.connect_parent,
        "childChannelWrite": channels.write,
        "childChannelEnd": channels.end,
        "childChannelRef": channels.ref,
        "childSpawn": children.spawn,
        "childWrite": children.write,
        "childEndInput": children.end_input,
        "childReading": children.reading,
        "childKill": children.kill,
        "childRef": children.ref,
        "childSpawnSync": lambda request: spawn_sync(runtime, request),
    }
