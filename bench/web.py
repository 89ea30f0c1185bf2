"""Web APIs against node in the same run: fetch from a local server (sequential latency and
16-way concurrency) and parsing 100k URLs.

Run: python bench/web.py. Each figure is the median of several runs, timed inside the JS
program; each ratio is toyjs / node (below 1.00 means toyjs was faster).
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from aiohttp import web

RUNS = 5

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


def reported(command: list[str]) -> float:
    return statistics.median(
        float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1])
        for _ in range(RUNS)
    )


def main() -> None:
    node = shutil.which("node")
    if node is None:
        sys.exit("node is needed: it is what every figure is compared with")
    base = serve()
    toyjs = [sys.executable, "-m", "toyjs", "run", "--allow-net=127.0.0.1"]
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        cases = [
            ("fetch, sequential (ms per request)", "sequential.mjs", SEQUENTIAL, False),
            ("fetch, 16 concurrent (requests/s)", "concurrent.mjs", CONCURRENT, True),
            ("parse 100k URLs (ms)", "urls.mjs", URLS, False),
        ]
        for label, name, source, higher_is_better in cases:
            (folder / name).write_text(source)
            ours = reported([*toyjs, str(folder / name), base])
            theirs = reported([node, str(folder / name), base])
            ratio = theirs / ours if higher_is_better else ours / theirs
            rows.append((label, ours, theirs, ratio))
    print(f"{'benchmark':<38} {'toyjs':>10} {'node':>10} {'cost ratio':>11}")
    for label, ours, theirs, ratio in rows:
        print(f"{label:<38} {ours:>10.2f} {theirs:>10.2f} {ratio:>10.2f}x")
    print("cost ratio: toyjs's time per unit of work / node's (below 1.00, toyjs was faster)")


if __name__ == "__main__":
    main()
