"""Workers against node's worker_threads (and Deno's Worker, when installed) in the same run:
message round trip and one-way throughput.

Run: python bench/workers.py. The programs live in bench/workers/; each reports its own
medians; ratios are toyjs / node (latency: below 1.00 is faster; throughput: above 1.00 is).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent / "workers"


def measure(command: list[str]) -> dict[str, float]:
    done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=300)
    return json.loads(done.stdout)


def deno_executable() -> str | None:
    beside_python = Path(sys.executable).parent / "deno"
    return str(beside_python) if beside_python.exists() else shutil.which("deno")


def main() -> None:
    results = {
        "toyjs": measure([sys.executable, "-m", "toyjs", "run", str(HERE / "web_main.js")]),
        "node worker_threads": measure([shutil.which("node") or "node", str(HERE / "node_main.mjs")]),
    }
    deno = deno_executable()
    if deno:
        results["deno Worker"] = measure([deno, "run", "--allow-read", str(HERE / "web_main.js")])
    node = results["node worker_threads"]
    print(f"{'':22}{'round trip (us)':>18}{'messages/s':>14}")
    for name, figures in results.items():
        latency, rate = figures["roundTripMicroseconds"], figures["messagesPerSecond"]
        print(f"{name:22}{latency:18.1f}{rate:14,.0f}")
    ours = results["toyjs"]
    print(
        f"toyjs / node: round trip {ours['roundTripMicroseconds'] / node['roundTripMicroseconds']:.2f}x the time, "
        f"throughput {ours['messagesPerSecond'] / node['messagesPerSecond']:.2f}x the rate"
    )


if __name__ == "__main__":
    main()
