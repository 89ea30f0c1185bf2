"""The Python side of node:net: opening TCP servers and connections, and the TLS ones.

Plain TCP sockets are opened here (permissions, binding, the start of a connect) and handed to
the native socket set (``_core/sockets.cpp``), which JS then drives itself: reads, writes and
accepts cross no Python (``node/net/native.js``). Python wakes JS when the set has events.

TLS connections (node:tls, node:https) ride asyncio's TLS transports instead. Every handle
(native or not) has a number, all from the native set's counter; JS names handles by it.
Events of the TLS handles reach JS through one function JS registers (``netOnEvent``), called
as a macrotask with ``(handle, kind, value)``: ``connection`` (a server's new connection: its
handle and addresses), ``data`` (the bytes as one Uint8Array), ``end`` (the peer shut its
side), ``drain`` (the kernel took what was buffered) and ``close`` (the connection is gone; an
error's facts when it failed).

Backpressure runs both ways: JS pauses reading (``netPause``) when its stream buffer is full
and resumes it when the program reads; a write answers whether the transport's buffer is
still below its limit, and ``drain`` tells JS when it emptied.

The loop stays alive while a ref'd handle is open (a listening server, a connection), as
libuv's handles keep Node's loop alive; ``netRef(handle, False)`` lets it end regardless.

A TLS connection's transport is asyncio's TLS one (``secure.py`` builds its context), its
facts carry its handshake's (``secure``), and a failed handshake's facts are TLS's (``tls``).

Permissions (Deno's rule): connecting asks for net access to the ``host:port`` the program
named (before any name lookup); listening asks for the server's own ``host:port``.
"""

from __future__ import annotations

import asyncio
import errno as errno_codes
import socket
from collections.abc import Callable
from typing import Any

from toyjs.engine import undefined
from toyjs.node.net import secure

# libuv's wording of the errors sockets meet (uv_strerror).
MESSAGES = {
    errno_codes.EADDRINUSE: "address already in use",
    errno_codes.EADDRNOTAVAIL: "address not available",
    errno_codes.EACCES: "permission denied",
    errno_codes.ECONNREFUSED: "connection refused",
    errno_codes.ECONNRESET: "connection reset by peer",
    errno_codes.ECONNABORTED: "software caused connection abort",
    errno_codes.EPIPE: "broken pipe",
    errno_codes.ETIMEDOUT: "connection timed out",
    errno_codes.ENETUNREACH: "network is unreachable",
    errno_codes.EHOSTUNREACH: "host is unreachable",
    errno_codes.EAFNOSUPPORT: "address family not supported",
    errno_codes.EINVAL: "invalid argument",
}
WRITE_BUFFER_LIMIT = 64 * 1024  # the transport's buffer size above which writes report "full"


def error_facts(error: BaseException) -> dict[str, Any]:
    """An OSError as JS turns it into Node's error: errno (negative, as libuv's), code, message."""
    number = getattr(error, "errno", None) or errno_codes.EIO
    if isinstance(error, socket.gaierror) or number not in errno_codes.errorcode:
        number = errno_codes.EIO
    code = errno_codes.errorcode[number]
    return {"errno": -number, "code": code, "message": MESSAGES.get(number, code.lower())}


def address_facts(address: Any) -> dict[str, Any]:
    """A socket address (a peername or sockname tuple) as Node's address(): address, family, port."""
    if not isinstance(address, tuple):
        return {}
    host, port = address[0], address[1]
    family = "IPv6" if ":" in host else "IPv4"
    return {"address": host, "family": family, "port": port}


class Handle:
    """What every handle has: its number, and whether it keeps the loop alive."""

    def __init__(self, owner: Net) -> None:
        self.owner = owner
        self.id = owner.add(self)
        self.refed = True
        self.holding = False

    def hold(self) -> None:
        if self.refed and not self.holding:
            self.holding = True
            self.owner.loop.hold()

    def release(self) -> None:
        if self.holding:
            self.holding = False
            self.owner.loop.release()

    def set_ref(self, refed: bool, open_: bool) -> None:
        self.refed = refed
        if refed and open_:
            self.hold()
        elif not refed:
            self.release()


class Connection(Handle, asyncio.Protocol):
    """One TLS connection: a protocol whose events go to JS as they come."""

    def __init__(self, owner: Net, tls: dict[str, Any], server: int | None = None) -> None:
        Handle.__init__(self, owner)
        self.server = server  # the listener that accepted it, told once it is made
        self.tls = tls  # its TLS options
        self.transport: asyncio.Transport | None = None
        # An accepted connection reads at once; one JS makes reads once its stream asks.
        self.reading = server is not None
        self.closed = False

    # --- asyncio's side
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is not an asyncio.Transport
        transport.set_write_buffer_limits(high=WRITE_BUFFER_LIMIT, low=0)
        self.hold()
        if not self.reading:
            # After this callback uvloop starts reading; stop it before any read comes.
            self.owner.aio().call_soon(self._stop_reading_unless_asked)
        if self.server is not None:
            self.owner.emit(self.server, "connection", self.facts())

    def _stop_reading_unless_asked(self) -> None:
        if not self.reading and not self.closed and self.transport is not None:
            self.transport.pause_reading()

    def data_received(self, data: bytes) -> None:
        self.owner.emit(self.id, "data", data)

    def eof_received(self) -> bool:
        self.owner.emit(self.id, "end", undefined)
        return False  # TLS cannot half-close: the transport closes

    def pause_writing(self) -> None:
        pass  # writes report the buffer full from now on (see write)

    def resume_writing(self) -> None:
        self.owner.emit(self.id, "drain", undefined)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.release()
        self.owner.forget(self.id)
        self.owner.emit(self.id, "close", undefined if exc is None else error_facts(exc))

    # --- JS's side
    def facts(self) -> dict[str, Any]:
        transport = self.transport
        assert transport is not None
        facts = {
            "handle": self.id,
            "local": address_facts(transport.get_extra_info("sockname")),
            "remote": address_facts(transport.get_extra_info("peername")),
        }
        # A server's handshake verified a client certificate only when it asked for one.
        verified = self.tls.get("rejectUnauthorized") is not False and (
            self.server is None or self.tls.get("requestCert") is True
        )
        facts["secure"] = secure.facts(transport, self.tls, verified)
        return facts

    def write(self, data: bytes) -> bool:
        transport = self.transport
        if transport is None:
            return True
        if transport.is_closing():
            # Nothing more goes out: the writer waits (its 'drain' never comes) until the
            # close on its way ends the socket, instead of writing on without a pause.
            return False
        transport.write(data)
        return transport.get_write_buffer_size() <= WRITE_BUFFER_LIMIT

    def set_reading(self, reading: bool) -> None:
        transport = self.transport
        if transport is None or self.closed or reading == self.reading:
            return
        self.reading = reading
        if reading:
            transport.resume_reading()
        else:
            transport.pause_reading()

    def set_option(self, level: int, option: int, value: int) -> None:
        sock = self.transport.get_extra_info("socket") if self.transport is not None else None
        if sock is not None and not self.closed:
            sock.setsockopt(level, option, value)


class Listener(Handle):
    """A TLS server's listening socket, bound at once (so that address() is known) and served
    by asyncio."""

    def __init__(self, owner: Net, sock: socket.socket, tls: dict[str, Any]) -> None:
        super().__init__(owner)
        self.sock = sock
        self.tls = tls
        self.context = secure.server_context(tls)
        self.server: asyncio.AbstractServer | None = None
        self.closed = False
        self.hold()

    def accepted(self) -> Connection:
        return Connection(self.owner, self.tls, server=self.id)

    async def serve(self) -> None:
        if not self.closed:  # JS may close a server in the same task that started it
            self.server = await self.owner.aio().create_server(self.accepted, sock=self.sock, ssl=self.context)

    def close(self) -> None:
        self.closed = True
        self.release()
        self.owner.forget(self.id)
        if self.server is not None:
            self.server.close()
        else:
            self.sock.close()


class Net:
    """The handles of one runtime and the ops JS calls on them."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self.loop = runtime.loop
        self.handles: dict[int, Handle] = {}
        self.on_event: Any = None
        self.on_poll: Any = None  # the JS function that takes the native set's events
        self.native = runtime.context.sockets()
        self.watching = False
        self.loop.keep_alive_while(self.native.refed)
        runtime.add_closer(self.close_all)

    def aio(self) -> asyncio.AbstractEventLoop:
        return self.loop.asyncio_loop()

    def add(self, handle: Handle) -> int:
        number = self.native.next_id()
        self.handles[number] = handle
        return number

    def adopt(self, sock: socket.socket, kind: str, error: int = 0) -> int:
        """Hand a plain socket to the native set (which JS drives from now on)."""
        if not self.watching:
            self.watching = True
            self.loop.watch_descriptor(self.native.fileno(), self.ready)
        return self.native.adopt(sock.detach(), kind, error)

    def ready(self) -> None:
        self.loop.dispatch(self.on_poll)

    def forget(self, number: int) -> None:
        self.handles.pop(number, None)

    def emit(self, number: int, kind: str, value: Any) -> None:
        if self.on_event is not None:
            self.loop.task(self.on_event, number, kind, value)

    # --- ops
    def listen(
        self, host: str, address: str, port: int, backlog: int, ipv6_only: bool, tls: dict[str, Any] | None = None
    ) -> list[Any]:
        """Bind ``address`` (an IP, looked up from ``host`` by JS) and listen now: ``[facts of a
        failure, undefined]`` or ``[null, {handle, address, family, port}]``. With ``tls`` (a
        TLS server's options) connections are secure."""
        self.check(host, port)
        tls = _options(tls)
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1 if ipv6_only else 0)
            sock.bind((address, port))
            sock.listen(backlog)
            sock.setblocking(False)
        except OSError as error:
            sock.close()
            return [error_facts(error), undefined]
        bound = address_facts(sock.getsockname())
        if tls is None:
            return [None, {"handle": self.adopt(sock, "listener"), "native": True, **bound}]
        listener = Listener(self, sock, tls)
        self.loop.start(listener.serve())
        return [None, {"handle": listener.id, **bound}]

    def check(self, host: str, port: int) -> None:
        """Raise PermissionDenied unless the program may use ``host:port`` (connect, listen)."""
        self.runtime.permissions.check("net", f"{_bracketed(host)}:{port}")

    def connect(self, host: str, address: str, port: int, tls: dict[str, Any] | None = None) -> list[Any]:
        """Connect to ``address`` (an IP, looked up from ``host`` by JS): ``[handle, promise]``.
        The handle is known at once, so JS owns it before any of its events can come. A plain
        connection is native (promise null: its ``connect`` event tells how it went); with
        ``tls`` (a TLS client's options) the promise gives ``[failure facts, undefined]`` or
        ``[null, connection facts]`` once the handshake is done."""
        self.check(host, port)
        tls = _options(tls)
        if tls is None:
            sock = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            started = sock.connect_ex((address, port))
            return [self.adopt(sock, "connecting", started), None]
        connection = Connection(self, tls)
        context = secure.client_context(tls)
        # The name the certificate must show (and SNI's, which is not sent for an address).
        server_name = _given_text(tls, "servername") or host

        async def connect() -> list[Any]:
            try:
                await self.aio().create_connection(
                    lambda: connection, address, port, ssl=context, server_hostname=server_name
                )
            except OSError as error:
                self.forget(connection.id)
                return [secure.failure(error) or error_facts(error), undefined]
            return [None, connection.facts()]

        return [connection.id, self.loop.start(connect())]

    def connection(self, number: int) -> Connection | None:
        handle = self.handles.get(number)
        return handle if isinstance(handle, Connection) else None

    def write(self, number: int, data: bytes) -> bool:
        connection = self.connection(number)
        return True if connection is None else connection.write(data)

    def end(self, number: int) -> None:
        connection = self.connection(number)
        if connection is not None and connection.transport is not None and not connection.transport.is_closing():
            connection.transport.close()  # TLS cannot half-close: its close_notify goes after what was written

    def close(self, number: int, graceful: bool) -> None:
        """Close a connection: after what is buffered was sent, or at once (``graceful`` false)."""
        handle = self.handles.get(number)
        if isinstance(handle, Listener):
            handle.close()
        elif isinstance(handle, Connection) and handle.transport is not None:
            if graceful:
                handle.transport.close()
            else:
                handle.transport.abort()

    async def close_all(self) -> None:
        """The program ended (or its runtime closes) with servers or connections left open
        (unref'd ones, say): they are closed, as the end of Node's process closes them."""
        for number in list(self.handles):
            self.close(number, graceful=False)
        self.handles.clear()
        self.native.close_all()
        if self.watching:
            self.watching = False
            self.loop.unwatch_descriptor(self.native.fileno())

    def set_reading(self, number: int, reading: bool) -> None:
        connection = self.connection(number)
        if connection is not None:
            connection.set_reading(reading)

    def ref(self, number: int, refed: bool) -> None:
        handle = self.handles.get(number)
        if handle is not None:
            handle.set_ref(refed, True)

    def no_delay(self, number: int, enable: bool) -> None:
        connection = self.connection(number)
        if connection is not None:
            connection.set_option(socket.IPPROTO_TCP, socket.TCP_NODELAY, int(enable))

    def keep_alive(self, number: int, enable: bool, delay_seconds: int) -> None:
        connection = self.connection(number)
        if connection is None:
            return
        connection.set_option(socket.SOL_SOCKET, socket.SO_KEEPALIVE, int(enable))
        if enable and delay_seconds > 0:
            connection.set_option(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, delay_seconds)

    def ops(self) -> dict[str, Callable[..., Any]]:
        def on_event(callback: Any, poll: Any) -> None:
            self.on_event = callback
            self.on_poll = poll

        return {
            "netOnEvent": on_event,
            "netNative": self.native.functions(),
            "netErrorFacts": lambda number: error_facts(OSError(number, "")),
            "netListen": self.listen,
            "netCheck": self.check,
            "netConnect": self.connect,
            "netWrite": self.write,
            "netEnd": self.end,
            "netClose": self.close,
            "netSetReading": self.set_reading,
            "netRef": self.ref,
            "netNoDelay": self.no_delay,
            "netKeepAlive": self.keep_alive,
        }


def _options(value: Any) -> dict[str, Any] | None:
    """JS's TLS options (an object, or null/undefined when the connection is plain)."""
    return dict(value) if isinstance(value, dict) else None


def _given_text(options: dict[str, Any], name: str) -> str | None:
    value = options.get(name)
    return value if isinstance(value, str) and value else None


def _bracketed(host: str) -> str:
    """How a permission names a host: an IPv6 address in brackets, as in a URL."""
    return f"[{host}]" if ":" in host else host


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return Net(runtime).ops()
