"""Isolation: creating a sandbox (a runtime with all globals), its idle memory, memory over
1,000 sandboxes, and two isolates computing on two threads.

Run alone: python -m bench.isolation. For scale, node's `vm.createContext` (fresh globals,
same heap: lighter than an isolate) is timed in the same run.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

import toyjs
from bench.suite import TOYJS, Measure, Peers, median_seconds, print_table

AREA = "isolation"
NODE_VM = """\
const vm = require("node:vm");
vm.createContext({});
const samples = [];
for (let r = 0; r < 5; r++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) vm.createContext({});
  samples.push(Number(process.hrtime.bigint() - start) / 1e6 / 50);
}
samples.sort((a, b) => a - b);
console.log(samples[2]);
"""
FIB = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }"


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def creation_ms() -> float:
    toyjs.Sandbox().close()
    return median_seconds(lambda: [toyjs.Sandbox().close() for _ in range(20)]) / 20 * 1000


def idle_mib(count: int = 200, used: bool = False) -> float:
    """RSS per sandbox while ``count`` of them sit idle (``used``: each after one call)."""
    toyjs.Sandbox().close()
    gc.collect()
    before = rss_mib()
    boxes = [toyjs.Sandbox() for _ in range(count)]
    if used:
        for box in boxes:
            box.eval("1")
    after = rss_mib()
    for box in boxes:
        box.close()
    return (after - before) / count


def idle_in_fresh_process(used: bool) -> float:
    """idle_mib in a process of its own: memory freed by earlier measures would be reused."""
    code = f"from bench.isolation import idle_mib; print(idle_mib(used={used}))"
    root = Path(__file__).parent.parent
    return float(subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout)


def growth_mib(count: int = 1000) -> float:
    """RSS change over ``count`` sandboxes created and closed, after as many to warm up
    (malloc's arenas and V8's process-wide caches grow once)."""
    for _ in range(count):
        toyjs.Sandbox().close()
    gc.collect()
    before = rss_mib()
    for _ in range(count):
        toyjs.Sandbox().close()
    gc.collect()
    return rss_mib() - before


def parallel_speedup() -> float:
    """fib(30) four times per thread: time on one thread / time with two isolates on two."""

    def work() -> None:
        ctx = toyjs.Isolate().new_context()
        ctx.eval(FIB)
        for _ in range(4):
            ctx.eval("fib(30)")

    def two_threads() -> None:
        threads = [threading.Thread(target=work) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    one = median_seconds(lambda: (work(), work()))
    return one / median_seconds(two_threads)


def measure(peers: Peers) -> list[Measure]:
    creation = Measure(AREA, "new sandbox (runtime with all globals), created and closed", "ms",
                       target="under 2 ms", met=lambda m: m.values[TOYJS] < 2.0,
                       note="node's figure is vm.createContext: a context, not an isolate")
    creation.values[TOYJS] = creation_ms()
    for name, command in peers.runners.items():
        if name.startswith("node "):
            done = subprocess.run([*command, "-e", NODE_VM], capture_output=True, text=True, check=True)
            creation.values[name] = float(done.stdout)
    one_mb_in_mib = 1e6 / 2**20  # the target says MB; the figure is in MiB
    idle = Measure(AREA, "idle sandbox", "MiB", target="under 1 MB", met=lambda m: m.values[TOYJS] < one_mb_in_mib)
    idle.values[TOYJS] = idle_in_fresh_process(used=False)
    used = Measure(AREA, "idle sandbox after one call", "MiB")
    used.values[TOYJS] = idle_in_fresh_process(used=True)
    growth = Measure(AREA, "RSS change over 1,000 sandboxes created and closed", "MiB")
    growth.values[TOYJS] = growth_mib()
    parallel = Measure(AREA, "2 isolates on 2 threads, speed-up over one thread", "x", higher_is_better=True,
                       target="at least 1.9x", met=lambda m: m.values[TOYJS] >= 1.9)
    parallel.values[TOYJS] = parallel_speedup()
    return [creation, idle, used, growth, parallel]


if __name__ == "__main__":
    print_table(measure(Peers.find()))
