"""The Python side of fetch: HTTP through aiohttp on the runtime's event loop.

One client session per runtime keeps connections alive between requests; bodies are read a
chunk at a time, as the network delivers them, when JS pulls from the response's stream. A
request's body that is a program's stream is sent as it comes (chunked), through a queue of one
chunk that JS fills (`send`) as the connection takes them.
"""

from __future__ import annotations

import asyncio
import errno
import itertools
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable

from toyjs.engine import JSPromise
from toyjs.errors import HostError

if TYPE_CHECKING:
    import aiohttp

REDIRECT_STATUS = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 20
# The Fetch standard's "bad ports": requests to them fail before any connection is made.
BAD_PORTS = frozenset({
    1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
    103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
    512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
    995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
    6669, 6679, 6697, 10080,
})


class FetchFailed(HostError):
    """Why a request failed; JS wraps it as the cause of TypeError("fetch failed")."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message, js_name="Error", code=code)


class UploadFailed(Exception):
    """The program's body stream failed: the request stops (JS rejects with that error)."""


class Fetcher:
    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self.session: aiohttp.ClientSession | None = None
        self.responses: dict[int, aiohttp.ClientResponse] = {}
        # Requests whose body is uploaded as JS reads it: the next chunk (None: the end).
        self.uploads: dict[int, asyncio.Queue[bytes | None | UploadFailed]] = {}
        self.ids = itertools.count(1)
        runtime.add_closer(self.close)

    def new_id(self) -> int:
        return next(self.ids)

    def start(self, request_id: int, method: str, url: str, headers: list[list[str]], body: bytes | None,
              redirect: str, streamed: bool = False) -> JSPromise:
        if streamed:
            self.uploads[request_id] = asyncio.Queue(maxsize=1)
        return self.runtime.loop.start(self._start(request_id, method, url, headers, body, redirect, streamed),
                                       key=request_id)

    def send(self, request_id: int, chunk: bytes | None) -> JSPromise:
        """The next chunk of a streamed body (None: its end); the promise says true once the
        request took it, false when the request is over (the rest is not wanted)."""
        return self.runtime.loop.start(self._send(request_id, chunk))

    def _end_upload(self, request_id: int) -> None:
        """The request is over: a chunk waiting for room is let through (its sender learns
        the request is over at the next one)."""
        queue = self.uploads.pop(request_id, None)
        while queue is not None and not queue.empty():
            queue.get_nowait()

    def upload_failed(self, request_id: int) -> None:
        queue = self.uploads.get(request_id)
        if queue is not None:
            while not queue.empty():
                queue.get_nowait()
            queue.put_nowait(UploadFailed("the request's body stream failed"))

    async def _send(self, request_id: int, chunk: bytes | None) -> bool:
        queue = self.uploads.get(request_id)
        if queue is None:
            return False
        await queue.put(chunk)
        return True

    async def _upload(self, request_id: int) -> bytes | AsyncIterator[bytes]:
        """A streamed body: empty bytes when the stream ends before its first chunk (sent with
        a Content-Length of 0, as node does), else its chunks as they come."""
        queue = self.uploads[request_id]
        first = await self._next_chunk(queue)
        if first is None:
            return b""

        async def chunks() -> AsyncIterator[bytes]:
            chunk: bytes | None = first
            while chunk is not None:
                yield chunk
                chunk = await self._next_chunk(queue)

        return chunks()

    @staticmethod
    async def _next_chunk(queue: asyncio.Queue[bytes | None | UploadFailed]) -> bytes | None:
        chunk = await queue.get()
        if isinstance(chunk, UploadFailed):
            raise chunk
        return None if chunk is None else bytes(chunk)

    def read(self, request_id: int) -> JSPromise:
        return self.runtime.loop.start(self._read(request_id), key=request_id)

    def cancel(self, request_id: int) -> None:
        self.runtime.loop.cancel(request_id)
        self._end_upload(request_id)
        response = self.responses.pop(request_id, None)
        if response is not None:
            response.close()

    async def close(self) -> None:
        for response in self.responses.values():
            response.close()
        self.responses.clear()
        if self.session is not None:
            await self.session.close()
            self.session = None

    async def _start(self, request_id: int, method: str, url: str, headers: list[list[str]],
                     body: bytes | None, redirect: str, streamed: bool) -> dict[str, Any]:
        import aiohttp  # imported on the first request: it costs a third of start-up otherwise

        if self.session is None:
            # No cap on open connections (aiohttp's default is 100): a response whose body is
            # never read holds its connection until it is collected, and the 101st request
            # would wait forever (Node's fetch has no such cap either).
            self.session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0),
                timeout=aiohttp.ClientTimeout(total=None), auto_decompress=True, skip_auto_headers=("User-Agent",),
            )
        try:
            try:
                data = await self._upload(request_id) if streamed else body
            except UploadFailed as error:
                raise FetchFailed(str(error)) from error
            response, hops = await self._follow(method, url, headers, data, redirect)
        finally:
            self._end_upload(request_id)  # (a body not sent whole is not wanted any more)
        self.responses[request_id] = response
        return {
            "status": response.status,
            "statusText": response.reason or "",
            "headers": [[name.decode("latin-1"), value.decode("latin-1")] for name, value in response.raw_headers],
            "url": str(response.url),
            "redirected": hops > 0,
            "method": method,
        }

    def check_net(self, url: str) -> None:
        """The net permission for a URL's host and port (raises PermissionDenied)."""
        from yarl import URL

        parsed = URL(url)
        host = f"[{parsed.host}]" if parsed.host and ":" in parsed.host else parsed.host
        self.runtime.permissions.check("net", f"{host}:{parsed.port}")

    async def _follow(self, method: str, url: str, headers: list[list[str]], body: bytes | AsyncIterator[bytes] | None,
                      redirect: str) -> tuple[aiohttp.ClientResponse, int]:
        """Send the request, following redirects here (not in aiohttp) so that every hop's
        host is checked against the net permission; returns the response and the hop count.
        A streamed body was sent once: a redirect that must send it again fails the fetch, as
        the Fetch Standard has it."""
        import aiohttp
        from yarl import URL

        assert self.session is not None
        for hops in range(MAX_REDIRECTS + 1):
            self.check_net(url)
            if URL(url).port in BAD_PORTS:
                raise FetchFailed("bad port")
            try:
                response = await self.session.request(
                    method, URL(url, encoded=True), headers=[(name, value) for name, value in headers],
                    data=body, allow_redirects=False,
                )
            except UploadFailed as error:
                raise FetchFailed(str(error)) from error
            except aiohttp.ClientConnectorError as error:
                code = _errno_name(error.os_error.errno if error.os_error else None)
                raise FetchFailed(f"connect {code} {error.host}:{error.port}", code=code) from error
            except (aiohttp.ClientError, ValueError) as error:
                raise FetchFailed(str(error) or type(error).__name__) from error
            location = response.headers.get("Location")
            if response.status not in REDIRECT_STATUS or location is None or redirect == "manual":
                return response, hops
            response.close()
            if redirect == "error":
                raise FetchFailed("unexpected redirect")
            url = str(response.url.join(URL(location)))
            if response.status == 303 and method != "HEAD" or response.status in (301, 302) and method == "POST":
                method, body = "GET", None
                headers = [[n, v] for n, v in headers if n.lower() not in ("content-type", "content-length")]
            elif body is not None and not isinstance(body, bytes):
                raise FetchFailed("a request whose body is a stream cannot follow this redirect")
        raise FetchFailed("redirect count exceeded")

    async def _read(self, request_id: int) -> bytes | None:
        import aiohttp

        response = self.responses.get(request_id)
        if response is None:
            return None
        try:
            chunk = await response.content.readany()
        except aiohttp.ClientError as error:
            self.responses.pop(request_id, None)
            response.close()
            raise FetchFailed(str(error) or "the connection was closed before the body ended") from error
        if not chunk:
            self.responses.pop(request_id, None)
            response.release()
            return None
        return chunk


def _errno_name(number: int | None) -> str:
    return errno.errorcode.get(number, "ECONNREFUSED") if number else "ECONNREFUSED"


def _blob_url_path() -> str:
    import uuid  # (imported on the first blob URL: it is slow to import and rarely needed)

    return str(uuid.uuid4())


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    fetcher = Fetcher(runtime)
    return {
        "fetchId": fetcher.new_id,
        "fetchCheck": fetcher.check_net,
        "fetchStart": fetcher.start,
        "fetchRead": fetcher.read,
        "fetchCancel": fetcher.cancel,
        "fetchSend": fetcher.send,
        "fetchUploadFailed": fetcher.upload_failed,
        "fetchBlobURLPath": _blob_url_path,
    }
