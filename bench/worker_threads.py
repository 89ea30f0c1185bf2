"""node:worker_threads round trip: 10,000 messages of a small object sent to a worker and echoed
back one at a time, in toyjs and node (and Node 24 when installed) in the same run.

Run alone: python -m bench.worker_threads. The program (bench/programs/worker_threads/) reports
its own median over 5 rounds.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bench.suite import Measure, Peers, run_alone

AREA = "worker_threads"
PROGRAM = Path(__file__).parent / "programs" / "worker_threads" / "main.mjs"


def run(command: list[str]) -> float:
    done = subprocess.run([*command, str(PROGRAM)], capture_output=True, text=True, check=True, timeout=600)
    return float(json.loads(done.stdout)["roundTripMicroseconds"])


def measure(peers: Peers) -> list[Measure]:
    latency = Measure(AREA, "message round trip (10,000 small objects)", "us", target="within 2x of node")
    latency.met = lambda row: (row.ratio(peers.node) or float("inf")) <= 2.0
    for name, command in peers.runners.items():
        if not name.startswith("deno"):  # toyjs and node run the same program
            latency.values[name] = run(command)
    return [latency]


if __name__ == "__main__":
    run_alone(measure)
