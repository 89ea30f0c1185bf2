"""An HTTP server answering "hello", loaded over loopback by wrk with 50 connections, in toyjs,
node and Node 24 in the same run: requests per second and p99 latency. Twice: node:http's
server in each runtime, and `toyjs serve` (a fetch handler) against the same node:http server
in node's. Each server is then loaded by a second client, bench/loadgen.c (compiled here with
the system's C compiler), which times every request itself: its p99 is a row of its own.

Each runtime is loaded ROUNDS times, the runtimes taking turns, and the medians are kept: one
5 s load of the same server varies by ~10% from run to run on this machine.

Run alone: python -m bench.http. Needs wrk (Debian's package); without it the area says so and
measures nothing.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from pathlib import Path

from bench.suite import TOYJS, Measure, Peers, as_good_as_node_24, run_alone

AREA = "http"
PROGRAMS = Path(__file__).parent / "programs" / "http"
SERVER = PROGRAMS / "hello.mjs"
SERVE_APP = PROGRAMS / "serve_hello.mjs"
SECONDS = 5
LOADGEN_SOURCE = Path(__file__).parent / "loadgen.c"
LOADGEN = Path(__file__).parent.parent / "build" / "bench" / "loadgen"
ROUNDS = 3
LATENCY_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def loadgen() -> str | None:
    """bench/loadgen.c compiled (again when the source changed), or None without a compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    if not LOADGEN.exists() or LOADGEN.stat().st_mtime < LOADGEN_SOURCE.stat().st_mtime:
        LOADGEN.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([compiler, "-O2", "-o", str(LOADGEN), str(LOADGEN_SOURCE)], check=True)
    return str(LOADGEN)


def load(command: list[str], wrk: str, own_client: str | None) -> tuple[float, float, float | None]:
    """(requests per second and p99 latency in ms by wrk, p99 by bench/loadgen.c) of the
    server ``command`` starts (it prints its port first)."""
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}/"
        subprocess.run([wrk, "-t1", "-c50", "-d1s", url], capture_output=True, check=True)  # warm up
        report = subprocess.run(
            [wrk, "-t1", "-c50", f"-d{SECONDS}s", "--latency", url], capture_output=True, text=True, check=True
        ).stdout
        own = None
        if own_client is not None:
            own = subprocess.run(
                [own_client, str(port), "50", str(SECONDS), "1"], capture_output=True, text=True, check=True
            ).stdout
    finally:
        server.kill()
        server.wait()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))  # type: ignore[union-attr]
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", report).groups()  # type: ignore[union-attr]
    own_p99 = None if own is None else float(re.search(r" p99=(\d+)", own).group(1)) / 1000  # type: ignore[union-attr]
    return rate, float(value) * LATENCY_UNITS[unit], own_p99


def measure(peers: Peers) -> list[Measure]:
    wrk = shutil.which("wrk")
    rows = []
    for label in ("node:http hello", "toyjs serve hello (node:http in node)"):
        rate = Measure(AREA, f"{label}, 50 connections", "requests/s", higher_is_better=True,
                       target="at least Node 24's", met=as_good_as_node_24)
        latency = Measure(AREA, f"{label}, 50 connections: p99 latency", "ms",
                          target="no worse than Node 24's", met=as_good_as_node_24)
        own_latency = Measure(AREA, f"{label}, 50 connections: p99 latency, per-request client (bench/loadgen.c)",
                              "ms", target="no worse than Node 24's", met=as_good_as_node_24)
        rows.append((label, rate, latency, own_latency))
    measures = [measure for _, *row in rows for measure in row]
    if wrk is None:
        for _, rate, _, _ in rows:
            rate.note = "wrk is not installed (apt install wrk): not measured"
        return measures
    own_client = loadgen()
    if own_client is None:
        for _, _, _, own_latency in rows:
            own_latency.note = "no C compiler to build bench/loadgen.c: not measured"
    loads: dict[tuple[str, str], list[tuple[float, float, float | None]]] = {}  # (row, runtime) -> its loads
    for _ in range(ROUNDS):
        for name, command in peers.runners.items():
            if name.startswith("deno"):
                continue  # Deno's node:http is a compatibility layer: its figure says little here
            for label, *_ in rows:
                if label.startswith("toyjs serve") and name == TOYJS:
                    server = [command[0], "serve", "--port", "0", str(SERVE_APP)]
                else:
                    server = [*command, str(SERVER)]
                loads.setdefault((label, name), []).append(load(server, wrk, own_client))
    for (label, name), results in loads.items():
        _, rate, latency, own_latency = next(row for row in rows if row[0] == label)
        rate.values[name] = statistics.median(requests for requests, _, _ in results)
        latency.values[name] = statistics.median(p99 for _, p99, _ in results)
        if own_client is not None:
            own_latency.values[name] = statistics.median(own for _, _, own in results if own is not None)
    return measures


if __name__ == "__main__":
    run_alone(measure)
