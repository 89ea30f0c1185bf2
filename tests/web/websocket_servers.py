"""A local server for the WebSocket and EventSource tests: aiohttp on 127.0.0.1 in a thread."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from aiohttp import WSMsgType, web


def make_app() -> web.Application:
    seen: dict[str, list[str]] = {}  # what each named client sent: its texts, then "code reason"

    async def echo(request: web.Request) -> web.WebSocketResponse:
        """Echoes messages; "close:CODE:REASON" makes the server close; a client's close is
        recorded under ?name=, after its texts."""
        socket = web.WebSocketResponse(autoclose=False)
        await socket.prepare(request)
        record = seen.setdefault(request.query.get("name", ""), [])
        while not socket.closed:
            message = await socket.receive()
            if message.type is WSMsgType.TEXT and message.data.startswith("close:"):
                _, code, reason = message.data.split(":", 2)
                await socket.close(code=int(code), message=reason.encode())
            elif message.type is WSMsgType.TEXT:
                record.append(message.data)
                await socket.send_str(message.data)
            elif message.type is WSMsgType.BINARY:
                await socket.send_bytes(message.data)
            elif message.type is WSMsgType.CLOSE:
                record.append(f"{message.data} {message.extra!r}")
                await socket.close()
            else:
                break
        return socket

    async def protocols(request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(protocols=("chat", "superchat"))
        await socket.prepare(request)
        async for _ in socket:
            pass
        return socket

    async def drop(request: web.Request) -> web.WebSocketResponse:
        """Sends one message, then drops the connection without a closing handshake."""
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_str("bye")
        assert request.transport is not None
        request.transport.close()
        return socket

    async def seen_close(request: web.Request) -> web.Response:
        return web.Response(text=", ".join(seen.get(request.match_info["name"], ["nothing"])))

    async def redirect(request: web.Request) -> web.Response:
        raise web.HTTPFound("/echo")

    async def events(request: web.Request) -> web.StreamResponse:
        """An event stream in pieces; a reconnection (with Last-Event-ID) gets its own."""
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8"})
        await response.prepare(request)
        last = request.headers.get("Last-Event-ID")
        if last is None:
            pieces = [
                "\ufeffdata: first\n\n",
                ": a comment\ndata: two\r\ndata:  lines\r\n\r\n",
                "event: named\rdata: with a type\rid: 7\r\r",
                "data: split across\r", "\ndata: chunks\n", "\n",
                "data\nid: bad\0id\n\n",
                "field: unknown\ndata: retry follows\nretry: 1x\nretry: 10\n\n",
                "data: never ended",
            ]
        else:
            pieces = [f"data: again after {last!r}\n\n", "id\ndata: id cleared\n\n", "event: done\ndata: end\n\n"]
        for piece in pieces:
            await response.write(piece.encode())
            await asyncio.sleep(0)
        return response

    async def not_found(request: web.Request) -> web.Response:
        return web.Response(status=404, text="no")

    async def not_events(request: web.Request) -> web.Response:
        return web.Response(text="data: x\n\n", content_type="text/plain")

    app = web.Application()
    app.router.add_get("/echo", echo)
    app.router.add_get("/protocols", protocols)
    app.router.add_get("/drop", drop)
    app.router.add_get("/seen/{name}", seen_close)
    app.router.add_get("/redirect", redirect)
    app.router.add_get("/events", events)
    app.router.add_get("/events-missing", not_found)
    app.router.add_get("/events-plain", not_events)
    return app


@contextmanager
def serving(tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """Runs the server in its own thread (over TLS when given a context); yields its port."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, object] = {}

    async def start() -> None:
        runner = web.AppRunner(make_app())
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=tls)
        await site.start()
        state["runner"] = runner
        state["port"] = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        ready.set()

    thread = threading.Thread(target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield int(state["port"])  # type: ignore[arg-type]
    finally:
        runner = state["runner"]
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(30)  # type: ignore[attr-defined]
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
