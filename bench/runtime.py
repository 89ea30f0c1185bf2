"""The runtime against node in the same run: start-up, timers, promises and a module graph.

Run: python bench/runtime.py. Each figure is the median of several runs; each ratio is
toyjs / node (below 1.00 means toyjs was faster).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

HELLO = 'console.log("hello");\n'
TIMERS = """\
const start = Date.now();
let left = 100000;
for (let i = 0; i < 100000; i++) setTimeout(() => { if (--left === 0) console.log(Date.now() - start); }, 0);
"""
AWAITS = """\
const start = Date.now();
for (let i = 0; i < 1000000; i++) await null;
console.log(Date.now() - start);
"""


def module_graph(folder: Path, size: int = 1000) -> Path:
    """A main module importing `size` modules, each importing the one before it."""
    for i in range(size):
        previous = f'import {{ value as previous }} from "./m{i - 1}.mjs";\n' if i else "const previous = 0;\n"
        (folder / f"m{i}.mjs").write_text(previous + f"export const value = previous + {i};\n")
    main = folder / "main.mjs"
    main.write_text("".join(f'import "./m{i}.mjs";\n' for i in range(size)) + 'console.log("loaded");\n')
    return main


def wall_ms(command: list[str]) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def reported_ms(command: list[str]) -> float:
    """The program prints how long its own work took."""
    samples = [
        float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1])
        for _ in range(RUNS)
    ]
    return statistics.median(samples)


def main() -> None:
    node = shutil.which("node")
    if node is None:
        sys.exit("node is needed: it is what every figure is compared with")
    toyjs = [sys.executable, "-m", "toyjs", "run"]
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, source in (("hello.mjs", HELLO), ("timers.mjs", TIMERS), ("awaits.mjs", AWAITS)):
            (folder / name).write_text(source)
        (folder / "graph").mkdir()
        graph = module_graph(folder / "graph")
        cases = [
            ("start-up: run hello.js (ms, wall)", wall_ms, folder / "hello.mjs"),
            ("100k setTimeout(0) (ms, in JS)", reported_ms, folder / "timers.mjs"),
            ("1M await (ms, in JS)", reported_ms, folder / "awaits.mjs"),
            ("1,000-module graph (ms, wall)", wall_ms, graph),
        ]
        for label, measure, program in cases:
            ours = measure([*toyjs, str(program)])
            theirs = measure([node, str(program)])
            rows.append((label, ours, theirs))
    print(f"{'benchmark':<36} {'toyjs':>10} {'node':>10} {'ratio':>8}")
    for label, ours, theirs in rows:
        print(f"{label:<36} {ours:>10.1f} {theirs:>10.1f} {ours / theirs:>7.2f}x")


if __name__ == "__main__":
    main()
