"""`toyjs serve FILE`, as `deno serve`: the module's default export ``{ fetch(request) }``
answers HTTP requests on ``--host``:``--port`` (Deno's defaults, 0.0.0.0:8000), through
node:http's server (node/internal/serve.js bridges it to Request and Response).

As Deno does, serving grants the network permission for the served address itself (and
nothing else): the program needs no ``--allow-net`` to listen where it was told to.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from toyjs.host.grants import Permissions
from toyjs.runtime import Runtime

DEFAULT_PORT = 8000
DEFAULT_HOST = "0.0.0.0"
# The options that take a value (the permission flags must not take it for the file).
VALUED = {"--port", "--host"}


def add_parser(commands: argparse._SubParsersAction, parents: list[argparse.ArgumentParser], **settings: object) -> None:
    serve = commands.add_parser(
        "serve", parents=parents, help="serve HTTP with a module's `export default { fetch }`", **settings  # type: ignore[arg-type]
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"the port to listen on (default {DEFAULT_PORT}; 0 picks a free one)")
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"the address to listen on (default {DEFAULT_HOST})")
    serve.add_argument("file")
    serve.add_argument("args", nargs=argparse.REMAINDER, help="passed to the program as process.argv[2:]")


def with_served_address(permissions: Permissions, host: str, port: int) -> Permissions:
    """``permissions`` plus the network grant for listening on ``host``:``port``."""
    if permissions.net is True:
        return permissions
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return dataclasses.replace(permissions, net=(*(permissions.net or ()), address))


def serve(runtime: Runtime, options: argparse.Namespace) -> int:
    """Run the module, then serve its default export until the program ends."""
    serve_main = runtime.core.requireBuiltin("internal/serve")["serveMain"]
    start_server = serve_main({"file": str(Path(options.file)), "host": options.host, "port": options.port})
    return runtime.run(options.file, options.args, timeout=options.timeout, then=start_server)
