"""Web APIs against node, Node 24 and Deno in the same run: fetch from a local server (sequential latency and
16-way concurrency), parsing 100k URLs, and the operations programs call in loops (atob/btoa,
TextEncoder/TextDecoder, URL setters, timers, performance.now, new Event: programs/web/operation.mjs).

Run alone: python -m bench.web. Each figure is the median of several runs, timed inside the JS
program, in every runtime.
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
from pathlib import Path

from aiohttp import web

from bench.suite import Measure, Peers, as_good_as_node_24, print_table, reported, reported_in_turns, within_node

AREA = "web APIs"
OPERATION = Path(__file__).parent / "programs" / "web" / "operation.mjs"
# The operations programs/web/operation.mjs times, each with the target: within 1.5x of node.
OPERATIONS = ("btoa", "atob", "TextEncoder.encode", "TextDecoder.decode", "new URL", "URL setters",
              "setTimeout + clearTimeout", "performance.now", "new Event")

SEQUENTIAL = """\
const base = process.argv[2];
await (await fetch(base)).text();
const start = performance.now();
for (let i = 0; i < 300; i++) await (await fetch(base)).text();
console.log((performance.now() - start) / 300);
"""
CONCURRENT = """\
const base = process.argv[2];
await (await fetch(base)).text();
const start = performance.now();
let done = 0;
async function worker() { while (done < 1600) { done++; await (await fetch(base)).text(); } }
await Promise.all(Array.from({ length: 16 }, worker));
console.log(1600 / ((performance.now() - start) / 1000));
"""
URLS = """\
const inputs = Array.from({ length: 100000 }, (_, i) => `https://user@host${i % 100}.example.com:8080/a/../b/${i}?q=${i}#f`);
const start = performance.now();
let total = 0;
for (const input of inputs) total += new URL(input).pathname.length;
console.log(performance.now() - start);
"""


def serve() -> str:
    """A local server answering every GET with a small body; returns its URL."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, int] = {}

    async def hello(request: web.Request) -> web.Response:
        return web.Response(text="hello")

    async def start() -> None:
        app = web.Application()
        app.router.add_get("/", hello)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        state["port"] = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        ready.set()

    threading.Thread(target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True).start()
    ready.wait(10)
    return f"http://127.0.0.1:{state['port']}/"


def measure(peers: Peers) -> list[Measure]:
    base = serve()
    measures = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        cases = [
            ("fetch, sequential", "ms per request", "sequential.mjs", SEQUENTIAL, False, "", None),
            ("fetch, 16 concurrent", "requests/s", "concurrent.mjs", CONCURRENT, True,
             "at least Node 24's requests per second", as_good_as_node_24),
            ("parse 100k URLs", "ms", "urls.mjs", URLS, False, "", None),
        ]
        for name, unit, file, source, higher_is_better, target, met in cases:
            (folder / file).write_text(source)
            row = Measure(AREA, name, unit, higher_is_better=higher_is_better, target=target, met=met,
                          note="the server runs in the benchmark's process, on the same 2 cores")
            for runtime, command in peers.runners.items():
                row.values[runtime] = reported([*command, str(folder / file), base])
            measures.append(row)
    for operation in OPERATIONS:
        row = Measure(AREA, operation, "ns per call", target="within 1.5x of node", met=within_node(peers, 1.5))
        row.values.update(reported_in_turns(
            {runtime: [*command, str(OPERATION), operation] for runtime, command in peers.runners.items()}))
        measures.append(row)
    return measures


if __name__ == "__main__":
    print_table(measure(Peers.find()))
