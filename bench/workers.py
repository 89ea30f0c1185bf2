"""Workers against node's worker_threads (node and Node 24) and Deno's Worker in the same run:
message round trip and one-way throughput.

Run alone: python -m bench.workers. The programs live in bench/programs/workers/ and report
their own medians.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bench.suite import Measure, Peers, print_table

AREA = "workers"
PROGRAMS = Path(__file__).parent / "programs" / "workers"


def run(command: list[str]) -> dict[str, float]:
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=300)
    return json.loads(done.stdout)


def measure(peers: Peers) -> list[Measure]:
    note = "node runs worker_threads; toyjs and Deno the Web Worker"
    latency = Measure(AREA, "message round trip", "us", note=note)
    rate = Measure(AREA, "small messages one way", "messages/s", higher_is_better=True, note=note)
    for name, command in peers.runners.items():
        program = PROGRAMS / ("node_main.mjs" if name.startswith("node ") else "web_main.js")
        figures = run([*command, str(program)])
        latency.values[name] = figures["roundTripMicroseconds"]
        rate.values[name] = figures["messagesPerSecond"]
    return [latency, rate]


if __name__ == "__main__":
    print_table(measure(Peers.find()))
