"""The Python side of node:dns: name lookups through the system's resolver (getaddrinfo, as
Node's dns.lookup uses), on asyncio's resolver thread.

Permissions: looking a name up asks for net access to it, as Deno's node:dns does (a lookup
reaches the network, and tells whether a name exists). node:net looks up the host it is about
to connect to with the port too, so that a grant for ``host:port`` covers both steps.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

from toyjs.engine import undefined

FAMILIES = {0: socket.AF_UNSPEC, 4: socket.AF_INET, 6: socket.AF_INET6}
# getaddrinfo's failures as Node names them (c-ares' codes, which Node's lookup also uses).
GAI_CODES = {
    socket.EAI_NONAME: "ENOTFOUND",
    socket.EAI_AGAIN: "EAI_AGAIN",
    socket.EAI_FAIL: "EAI_FAIL",
    socket.EAI_FAMILY: "EAI_FAMILY",
    socket.EAI_SERVICE: "EAI_SERVICE",
    socket.EAI_MEMORY: "EAI_MEMORY",
}
NO_DATA = getattr(socket, "EAI_NODATA", None)
# libuv's numbers for them (UV_EAI_*), which Node reports as errno.
GAI_ERRNOS = {"ENOTFOUND": -3008, "EAI_AGAIN": -3001, "EAI_FAIL": -3004, "EAI_FAMILY": -3005, "EAI_SERVICE": -3010, "EAI_MEMORY": -3006}


def lookup_failure(error: socket.gaierror) -> dict[str, Any]:
    """A getaddrinfo failure as JS turns it into Node's error: errno and code."""
    number = error.errno
    code = "ENOTFOUND" if number == NO_DATA else GAI_CODES.get(number, "ENOTFOUND")
    return {"errno": GAI_ERRNOS[code], "code": code}


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def lookup(host: str, family: int, port: int | None) -> Any:
        """A promise of ``[failure, undefined]`` or ``[null, [[address, family], ...]]``, the
        addresses in the resolver's order (IPv4 first unless ``verbatim``: JS sorts)."""
        target = host if port is None else (f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
        runtime.permissions.check("net", target)

        async def resolve() -> list[Any]:
            aio = runtime.loop.asyncio_loop()
            try:
                found = await aio.getaddrinfo(host, None, family=FAMILIES[family], type=socket.SOCK_STREAM)
            except socket.gaierror as error:
                return [lookup_failure(error), undefined]
            addresses: list[list[Any]] = []
            for entry_family, _type, _proto, _name, address in found:
                pair = [address[0], 6 if entry_family == socket.AF_INET6 else 4]
                if pair not in addresses:
                    addresses.append(pair)
            return [None, addresses]

        return runtime.loop.start(resolve())

    return {"dnsLookup": lookup}
