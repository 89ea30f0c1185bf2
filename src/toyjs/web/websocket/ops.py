"""The Python side of WebSocket: aiohttp's client websocket on the runtime's event loop.

Each JS WebSocket is one `Connection` here, with its own client session (an upgraded
connection is never pooled, and the session's trace hooks see only its own handshake). JS
drives it through four operations: connect, receive (one message at a time, asked again after
each: a pending receive keeps the program alive while the socket is open), send (in order,
settled once written, for `bufferedAmount`) and close.
"""

from __future__ import annotations

import asyncio
import itertools
import socket
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, Callable

from toyjs.engine import JSPromise
from toyjs.errors import HostError
from toyjs.web.fetch.ops import BAD_PORTS, _errno_name

if TYPE_CHECKING:
    import aiohttp

ABNORMAL_CLOSURE = 1006  # no Close frame was exchanged (RFC 6455, 7.1.5)
NO_STATUS = 1005  # a Close frame without a status code
PERMESSAGE_DEFLATE = 15  # the window bits aiohttp offers for compression
ABORTED = "WebSocket was closed before the connection was established"


class WebSocketFailed(HostError):
    """Why a connection could not be established or broke: the `error` of the ErrorEvent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, js_name="TypeError")


class Connection:
    """One WebSocket connection, from its handshake to its close."""

    def __init__(self) -> None:
        self.session: aiohttp.ClientSession | None = None
        self.socket: aiohttp.ClientWebSocketResponse | None = None
        self.handshake: asyncio.Task[Any] | None = None
        self.extensions = ""
        self.aborted = False
        self.send_order = asyncio.Lock()  # (fair: sends leave in the order JS made them)
        self.closing: asyncio.Task[Any] | None = None

    async def connect(self, url: str, protocols: list[str]) -> dict[str, str]:
        import aiohttp
        from yarl import URL

        if self.aborted:  # closed by JS before the handshake began
            raise WebSocketFailed(ABORTED)
        if URL(url).port in BAD_PORTS:
            raise WebSocketFailed("bad port")
        self.session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=None), skip_auto_headers=("User-Agent",),
            trace_configs=[self._tracing()],
        )
        self.handshake = asyncio.ensure_future(self.session.ws_connect(
            URL(url, encoded=True), protocols=protocols, compress=PERMESSAGE_DEFLATE, max_msg_size=0,
        ))
        try:
            socket = await self.handshake
        except BaseException as error:
            await self.release()
            failure = _failure(error)
            if failure is error:
                raise
            raise failure from error
        self.socket = socket
        if protocols and socket.protocol is None:
            await self.release()
            raise WebSocketFailed("the server accepted none of the requested subprotocols")
        if self.aborted:  # closed by JS while the handshake's last step ran
            await self.release()
            raise WebSocketFailed(ABORTED)
        return {"protocol": socket.protocol or "", "extensions": self.extensions}

    def _tracing(self) -> aiohttp.TraceConfig:
        """Hooks on the handshake: a redirect fails it (the standard's redirect mode is
        "error", so no host but the checked one is reached), and the response's extensions
        header is kept for `extensions`."""
        import aiohttp

        async def redirected(*_: Any) -> None:
            raise WebSocketFailed("the server answered the handshake with a redirect")

        async def answered(_session: Any, _context: Any, params: aiohttp.TraceRequestEndParams) -> None:
            self.extensions = params.response.headers.get("Sec-WebSocket-Extensions", "")

        trace = aiohttp.TraceConfig()
        trace.on_request_redirect.append(redirected)
        trace.on_request_end.append(answered)
        return trace

    async def receive(self) -> list[Any]:
        """The next message: ["text", str], ["binary", bytes], or, once the connection is
        over, ["close", code, reason, clean, why] (`why`: what broke an unclean one)."""
        import aiohttp

        socket = self.socket
        if socket is None:
            return ["close", ABNORMAL_CLOSURE, "", False, "the connection is gone"]
        message = await socket.receive()
        if message.type is aiohttp.WSMsgType.TEXT:
            return ["text", message.data]
        if message.type is aiohttp.WSMsgType.BINARY:
            return ["binary", message.data]
        if message.type is aiohttp.WSMsgType.CLOSE:  # the server began the closing handshake
            await self.release()
            return ["close", message.data or NO_STATUS, message.extra or "", True, ""]
        if message.type is aiohttp.WSMsgType.ERROR:
            await self.release()
            return ["close", ABNORMAL_CLOSURE, "", False, str(message.data) or "protocol error"]
        # CLOSING or CLOSED: JS began the closing handshake, or the connection dropped.
        if self.closing is not None:
            await asyncio.shield(self.closing)
        code = socket.close_code
        await self.release()
        if self.closing is not None and code not in (None, ABNORMAL_CLOSURE) and socket.exception() is None:
            return ["close", code or NO_STATUS, "", True, ""]
        return ["close", ABNORMAL_CLOSURE, "", False, "the connection was closed without a closing handshake"]

    async def send(self, data: bytes, text: bool) -> None:
        """Sends one message after those JS sent before (JS sends none once it called close(),
        and the closing handshake waits for those it sent before)."""
        async with self.send_order:
            socket = self.socket
            if socket is None or socket.closed:
                return
            try:
                if text:
                    await socket.send_str(data.decode("utf-8"))  # (well-formed: JS encoded it)
                else:
                    await socket.send_bytes(data)
            except (ConnectionError, RuntimeError, OSError):
                pass  # the connection broke: receive() reports it

    def close(self, code: int | None, reason: bytes | None) -> None:
        """JS's close(): fails a connection still in its handshake, else starts the closing
        handshake once (receive() reports its end)."""
        if self.socket is None:
            self.aborted = True
            if self.handshake is not None:
                self.handshake.cancel()
            return
        if self.closing is None:
            self.closing = asyncio.ensure_future(self._close(code, reason))

    async def _close(self, code: int | None, reason: bytes | None) -> None:
        assert self.socket is not None
        async with self.send_order:  # (after the sends made before close())
            if code is None:
                await self.socket.close()
            else:
                await self.socket.close(code=code, message=reason or b"")

    async def release(self) -> None:
        """Drops the connection and its session (a closed socket's, or one never opened)."""
        if self.socket is not None and not self.socket.closed:
            await self.socket.close(code=1001)
        if self.session is not None:
            await self.session.close()
            self.session = None


class WebSockets:
    """The runtime's connections by id; those still open when the program ends are closed."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self.connections: dict[int, Connection] = {}
        self.ids = itertools.count(1)
        runtime.add_closer(self.close_all)

    def connect(self, url: str, protocols: list[str]) -> list[Any]:
        """[id, promise of {protocol, extensions}]."""
        number = next(self.ids)
        connection = self.connections[number] = Connection()
        operation = self._settle(number, connection.connect, url, protocols)
        return [number, self.runtime.loop.start(operation, key=("websocket", number))]

    def receive(self, number: int) -> JSPromise:
        connection = self.connections.get(number) or Connection()  # (a gone one reports its end)
        return self.runtime.loop.start(self._settle(number, connection.receive), key=("websocket", number))

    def send(self, number: int, data: bytes, text: bool) -> JSPromise:
        """Settles once the message was written (or dropped, on a connection that is over)."""
        connection = self.connections.get(number) or Connection()
        return self.runtime.loop.start(connection.send(data, text))

    def close(self, number: int, code: int | None, reason: bytes | None) -> None:
        connection = self.connections.get(number)
        if connection is not None:
            connection.close(code, reason)

    async def _settle(self, number: int, step: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        """Runs a connect or receive (begun here: one cancelled before it started leaves no
        coroutine behind); the connection is forgotten once it reported its end."""
        try:
            result = await step(*args)
        except BaseException:
            self.connections.pop(number, None)
            raise
        if isinstance(result, list) and result[0] == "close":
            self.connections.pop(number, None)
        return result

    async def close_all(self) -> None:
        """The program is over: its connections go, and what JS waited for of them never
        comes (JS may not run any more)."""
        connections = list(self.connections.items())
        self.connections.clear()
        for number, connection in connections:
            self.runtime.loop.cancel(("websocket", number))
            if connection.handshake is not None:
                connection.handshake.cancel()
            await connection.release()


def _failure(error: BaseException) -> BaseException:
    """What JS is told of a handshake that failed with ``error``."""
    import aiohttp

    if isinstance(error, (WebSocketFailed, KeyboardInterrupt, SystemExit)):
        return error
    if isinstance(error, asyncio.CancelledError):
        return WebSocketFailed(ABORTED)
    if isinstance(error, aiohttp.ClientConnectorCertificateError):  # (what OpenSSL says, as Node does)
        certificate_error = error.certificate_error
        return WebSocketFailed(getattr(certificate_error, "verify_message", None) or str(certificate_error))
    if isinstance(error, aiohttp.ClientSSLError):
        return WebSocketFailed(str(error.os_error))
    if isinstance(error, aiohttp.ClientConnectorError) and isinstance(error.os_error, socket.gaierror):
        return WebSocketFailed(f"getaddrinfo ENOTFOUND {error.host}")
    if isinstance(error, aiohttp.ClientConnectorError):
        code = _errno_name(error.os_error.errno if error.os_error else None)
        return WebSocketFailed(f"connect {code} {error.host}:{error.port}")
    if isinstance(error, aiohttp.WSServerHandshakeError):
        return WebSocketFailed(f"the server refused the handshake ({error.status} {error.message})")
    return WebSocketFailed(str(error) or type(error).__name__)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    sockets = WebSockets(runtime)
    return {
        "websocketConnect": sockets.connect,
        "websocketReceive": sockets.receive,
        "websocketSend": sockets.send,
        "websocketClose": sockets.close,
    }
