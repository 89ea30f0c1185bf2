"""The runtime against node, Node 24 and Deno: start-up, a module graph, timers, promises and
CPU-bound JS, each program run by every runtime in the same run.

Run alone: python -m bench.runtime.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from bench.suite import Measure, Peers, as_good_as_node_24, print_table, reported, wall_ms

AREA = "runtime"
HELLO = 'console.log("hello");\n'
TIMERS = """\
const start = performance.now();
let left = 100000;
for (let i = 0; i < 100000; i++) setTimeout(() => { if (--left === 0) console.log(performance.now() - start); }, 0);
"""
CHAINED_TIMERS = """\
const start = performance.now();
let left = 2000;
(function next() { if (--left === 0) console.log(performance.now() - start); else setTimeout(next, 0); })();
"""
AWAITS = """\
const start = performance.now();
for (let i = 0; i < 1000000; i++) await null;
console.log(performance.now() - start);
"""
PROMISE_ALL = """\
const start = performance.now();
await Promise.all(Array.from({ length: 100000 }, (_, i) => Promise.resolve(i).then((x) => x + 1)));
console.log(performance.now() - start);
"""
FIB = """\
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
fib(25);
const start = performance.now();
fib(30);
console.log(performance.now() - start);
"""


def module_graph(folder: Path, size: int = 1000) -> Path:
    """A main module importing `size` modules, each importing the one before it."""
    folder.mkdir()
    for i in range(size):
        previous = f'import {{ value as previous }} from "./m{i - 1}.mjs";\n' if i else "const previous = 0;\n"
        (folder / f"m{i}.mjs").write_text(previous + f"export const value = previous + {i};\n")
    main = folder / "main.mjs"
    main.write_text("".join(f'import "./m{i}.mjs";\n' for i in range(size)) + 'console.log("loaded");\n')
    return main


def within_10_percent_of_node(peers: Peers) -> Callable[[Measure], bool]:
    return lambda measure: (measure.ratio(peers.node) or 99) <= 1.10


def measure(peers: Peers) -> list[Measure]:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        programs = {}
        for name, source in [("hello", HELLO), ("timers", TIMERS), ("chained", CHAINED_TIMERS),
                             ("awaits", AWAITS), ("all", PROMISE_ALL), ("fib", FIB)]:
            programs[name] = folder / f"{name}.mjs"
            programs[name].write_text(source)
        programs["graph"] = module_graph(folder / "graph")
        node_24 = "no slower than Node 24"
        cases = [
            ("start-up: hello.js", "ms, wall", wall_ms, "hello", node_24, as_good_as_node_24),
            ("start-up: 1,000-module graph", "ms, wall", wall_ms, "graph", "", None),
            ("100k setTimeout(0)", "ms", reported, "timers", node_24, as_good_as_node_24),
            ("2,000 chained setTimeout(0)", "ms", reported, "chained", "", None),
            ("1M await", "ms", reported, "awaits", node_24, as_good_as_node_24),
            ("Promise.all of 100k", "ms", reported, "all", "", None),
            ("CPU-bound JS: fib(30)", "ms", reported, "fib", "within 10% of node", within_10_percent_of_node(peers)),
        ]
        measures = []
        for name, unit, timing, program, target, met in cases:
            row = Measure(AREA, name, unit, target=target, met=met)
            for runtime, command in peers.runners.items():
                row.values[runtime] = timing([*command, str(programs[program])])
            measures.append(row)
    return measures


if __name__ == "__main__":
    print_table(measure(Peers.find()))
