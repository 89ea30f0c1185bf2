"""python -m bench: every area, then docs/benchmarks.md (tables, targets, notes) and
docs/benchmarks.png (toyjs's cost relative to each runtime, per measure)."""

from __future__ import annotations

import datetime
import os
import platform
import sys
from pathlib import Path

import toyjs
from bench import calls, commonjs, engines, fs_hash, http, isolation, runtime, web, worker_threads, workers, zlib
from bench.suite import TOYJS, Measure, Peers

AREAS = (runtime, commonjs, calls, isolation, web, workers, worker_threads, fs_hash, zlib, http, engines)
DOCS = Path(__file__).parent.parent / "docs"
LIMITS = Path(__file__).parent / "limits.md"  # hand-written: what limits the missed targets


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    system = next((line.split("=", 1)[1].strip('"') for line in Path("/etc/os-release").read_text().splitlines()
                   if line.startswith("PRETTY_NAME=")), platform.system())
    return f"{cpu}, {os.cpu_count()} cores, {memory / 2**20:.0f} GiB, {system}"


def cell(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def table(measures: list[Measure]) -> list[str]:
    columns = list(dict.fromkeys(name for measure in measures for name in measure.values))
    peers = [name for name in columns if name != TOYJS]
    head = ["measure", "unit", *columns, *(f"toyjs / {name}" for name in peers), "target", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for measure in measures:
        ratios = [measure.ratio(name) for name in peers]
        met = "" if measure.met is None else ("yes" if measure.met(measure) else "**no**")
        row = [measure.name, measure.unit, *(cell(measure.values.get(name)) for name in columns),
               *(f"{ratio:.2f}" if ratio is not None else "" for ratio in ratios), measure.target, met]
        lines.append("| " + " | ".join(row) + " |")
    notes = sorted({measure.note for measure in measures if measure.note})
    return lines + [""] + [f"- {note}" for note in notes]


def chart(measures: list[Measure], peers: list[str], path: Path) -> str:
    """A bar per measure and peer: toyjs's cost relative to it (log scale; 1 = parity)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "(no chart: matplotlib is not installed in the benchmark environment)"
    rows = [m for m in measures if any(m.ratio(p) for p in peers)]
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(rows) * len(peers) / 2 + 2))
    height = 0.8 / len(peers)
    for index, peer in enumerate(peers):
        ratios = [m.ratio(peer) or 0 for m in rows]
        ax.barh([i + index * height for i in range(len(rows))], ratios, height, label=f"toyjs / {peer}")
    ax.set_yticks([i + 0.4 - height / 2 for i in range(len(rows))])
    ax.set_yticklabels([f"{m.area}: {m.name}" for m in rows], fontsize=8)
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xlabel("toyjs's cost relative to the peer (below 1: toyjs did better)")
    ax.invert_yaxis()
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return f"![toyjs's cost relative to each runtime]({path.name})"


def main() -> None:
    peers = Peers.find()
    measures: list[Measure] = []
    for area in AREAS:
        print(f"measuring {area.AREA}...", file=sys.stderr, flush=True)
        measures.extend(area.measure(peers))
    runtimes = peers.others()
    lines = [
        "# Benchmarks",
        "",
        f"Written by `bench/run` (`python -m bench`) on {datetime.date.today():%Y-%m-%d}, on {machine()}.",
        f"toyjs {toyjs.__version__} (V8 {toyjs.V8_VERSION}), Python {platform.python_version()}; "
        f"compared with {', '.join(runtimes)} and the Python bindings installed in the benchmark environment.",
        "",
        "Every figure is a median over repeated runs. Each ratio is toyjs's cost relative to the peer "
        "in the same run (time over time; for rates, the inverse): below 1.00, toyjs did better. "
        "The machine is shared, so figures move by up to ~30% between runs; ratios move less.",
    ]
    if peers.missing:
        lines += ["", "Not measured (not installed): " + "; ".join(peers.missing) + "."]
    lines += ["", chart(measures, runtimes, DOCS / "benchmarks.png")]
    for area in AREAS:
        lines += ["", f"## {area.AREA}", "", *table([m for m in measures if m.area == area.AREA])]
    if LIMITS.exists():
        lines += ["", LIMITS.read_text().strip()]
    (DOCS / "benchmarks.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {DOCS / 'benchmarks.md'}", file=sys.stderr)


if __name__ == "__main__":
    main()
