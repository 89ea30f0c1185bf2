"""Sandboxes: creation time, idle memory, and whether memory stays flat over many of them.

Run: python bench/isolation.py. For scale, node creates a new `vm` context (its nearest
equivalent: fresh globals, same heap) in the same run; the ratio is toyjs / node.
"""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import toyjs

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


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def creation_ms() -> float:
    toyjs.Sandbox().close()
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(20):
            toyjs.Sandbox().close()
        samples.append((time.perf_counter() - start) / 20 * 1000)
    return statistics.median(samples)


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
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import isolation; print(isolation.idle_mib(used={used}))"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


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


def main() -> None:
    ours = creation_ms()
    node = shutil.which("node")
    theirs = float(subprocess.run([node, "-e", NODE_VM], capture_output=True, text=True, check=True).stdout) if node else None
    ratio = f"{ours / theirs:.1f}x node's vm.createContext ({theirs:.2f} ms)" if theirs else "node not found"
    print(f"sandbox creation + close: {ours:.2f} ms  ({ratio})")
    fresh, used = idle_in_fresh_process(used=False), idle_in_fresh_process(used=True)
    print(f"idle sandbox: {fresh:.2f} MiB each; after one call each: {used:.2f} MiB")
    print(f"RSS change after 1,000 sandboxes created and closed: {growth_mib():+.2f} MiB")


if __name__ == "__main__":
    main()
