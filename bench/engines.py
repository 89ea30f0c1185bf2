"""The engine: toyjs on V8 13.6 beside the same toyjs built on the fallback V8 10.2, for the
costs the engine decides (CPU-bound JS, calls across the boundary, start-up, a new sandbox).

The fallback build lives in an environment of its own (bench/run makes .venv-bench-v8-10 with
TOYJS_LIBNODE_PREFIX pointing at Debian 12's packages; TOYJS_BENCH_FALLBACK names another
Python); its figures come from running this module there with --figures.

Run alone: python -m bench.engines.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import toyjs
from bench import calls, isolation
from bench.suite import TOYJS, Measure, Peers, beside_python, print_table, wall_ms

AREA = "engine: V8 13.6 and the fallback"
ROOT = Path(__file__).parent.parent
FALLBACK = ROOT / ".venv-bench-v8-10" / "bin" / "python"
ROWS = (
    ("fib30_ms", "CPU-bound JS in the binding: fib(30)", "ms"),
    ("py_to_js_us", "Python -> JS call", "us"),
    ("js_to_py_us", "JS -> Python call", "us"),
    ("hello_ms", "start-up: toyjs run hello.js", "ms, wall"),
    ("sandbox_ms", "new sandbox, created and closed", "ms"),
)


def figures() -> dict[str, float | str]:
    """This environment's toyjs, measured: the engine's version and a figure per row."""
    found: dict[str, float | str] = {"v8": toyjs.V8_VERSION}
    found.update(calls.toyjs_figures())
    with tempfile.TemporaryDirectory() as scratch:
        hello = Path(scratch) / "hello.mjs"
        hello.write_text('console.log("hello");\n')
        command = beside_python("toyjs")
        runner = [command] if command else [sys.executable, "-m", "toyjs"]
        found["hello_ms"] = wall_ms([*runner, "run", str(hello)])
    found["sandbox_ms"] = isolation.creation_ms()
    return found


def fallback_figures() -> dict[str, float | str] | None:
    python = Path(os.environ.get("TOYJS_BENCH_FALLBACK", FALLBACK))
    if not python.exists():
        return None
    done = subprocess.run([str(python), "-m", "bench.engines", "--figures"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"the fallback build did not run: {done.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


def measure(peers: Peers) -> list[Measure]:
    ours, theirs = figures(), fallback_figures()
    note = "" if theirs else f"no fallback build to compare with (make one as bench/run does, at {FALLBACK})"
    fallback = f"toyjs on V8 {theirs['v8']}" if theirs else ""
    rows = []
    for key, name, unit in ROWS:
        row = Measure(AREA, name, unit, note=note or f"toyjs here runs V8 {ours['v8']}")
        row.values[TOYJS] = float(ours[key])
        if theirs:
            row.values[fallback] = float(theirs[key])
        rows.append(row)
    return rows


if __name__ == "__main__":
    if sys.argv[1:] == ["--figures"]:
        print(json.dumps(figures()))
    else:
        print_table(measure(Peers.find()))
