"""An HTTP server answering "hello" (node:http), loaded over loopback by wrk with 50
connections, in toyjs, node and Node 24 in the same run: requests per second and p99 latency.

Run alone: python -m bench.http. Needs wrk (Debian's package); without it the area says so and
measures nothing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from bench.suite import Measure, Peers, as_good_as_node_24, run_alone

AREA = "http"
SERVER = Path(__file__).parent / "programs" / "http" / "hello.mjs"
SECONDS = 5
LATENCY_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def load(command: list[str], wrk: str) -> tuple[float, float]:
    """(requests per second, p99 latency in ms) of the server ``command`` starts."""
    server = subprocess.Popen([*command, str(SERVER)], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}/"
        subprocess.run([wrk, "-t1", "-c50", "-d1s", url], capture_output=True, check=True)  # warm up
        report = subprocess.run(
            [wrk, "-t1", "-c50", f"-d{SECONDS}s", "--latency", url], capture_output=True, text=True, check=True
        ).stdout
    finally:
        server.kill()
        server.wait()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))  # type: ignore[union-attr]
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", report).groups()  # type: ignore[union-attr]
    return rate, float(value) * LATENCY_UNITS[unit]


def measure(peers: Peers) -> list[Measure]:
    wrk = shutil.which("wrk")
    rate = Measure(AREA, "node:http hello, 50 connections", "requests/s", higher_is_better=True,
                   target="at least Node 24's", met=as_good_as_node_24)
    latency = Measure(AREA, "node:http hello, 50 connections: p99 latency", "ms",
                      target="no worse than Node 24's", met=as_good_as_node_24)
    if wrk is None:
        rate.note = "wrk is not installed (apt install wrk): not measured"
        return [rate, latency]
    for name, command in peers.runners.items():
        if name.startswith("deno"):
            continue  # Deno's node:http is a compatibility layer: its figure says little here
        rate.values[name], latency.values[name] = load(command, wrk)
    return [rate, latency]


if __name__ == "__main__":
    run_alone(measure)
