"""Boundary-crossing costs: Python -> JS and JS -> Python calls, and CPU-bound JS against node.

Run: python bench/calls.py. Peer bindings (mini-racer, STPyV8) are measured when importable;
install them only into a benchmark environment. Every figure is the median of several runs made
in this same process, and the CPU-bound figure is a ratio to `node` timed in the same run.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time
from typing import Callable

import toyjs

CALLS = 200_000
REPEATS = 7
FIB = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }"


def median_seconds(run: Callable[[], None], repeats: int = REPEATS) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def per_call_us(run: Callable[[], None]) -> float:
    return median_seconds(run) / CALLS * 1e6


def calling(function: Callable[[int], object], count: int = CALLS) -> Callable[[], None]:
    def run() -> None:
        for i in range(count):
            function(i)

    return run


def toyjs_figures() -> dict[str, float]:
    ctx = toyjs.Isolate().new_context()
    identity = ctx.eval("(x) => x")
    ctx.expose("noop", lambda x: x)
    loop = f"for (let i = 0; i < {CALLS}; i++) noop(i)"
    ctx.eval(FIB)
    return {
        "py_to_js_us": per_call_us(calling(identity)),
        "js_to_py_us": per_call_us(lambda: ctx.eval(loop)),
        "fib30_ms": median_seconds(lambda: ctx.eval("fib(30)"), 5) * 1e3,
    }


def mini_racer_figures() -> dict[str, float] | None:
    try:
        from py_mini_racer import MiniRacer
    except ImportError:
        return None
    racer = MiniRacer()
    racer.eval("function identity(x) { return x }")
    racer.eval(FIB)
    return {
        "py_to_js_us": median_seconds(calling(lambda i: racer.call("identity", i), CALLS // 20))
        / (CALLS // 20) * 1e6,
        "js_to_py_us": float("nan"),  # mini-racer has no synchronous Python functions
        "fib30_ms": median_seconds(lambda: racer.eval("fib(30)"), 5) * 1e3,
    }


def stpyv8_figures() -> dict[str, float] | None:
    try:
        import STPyV8
    except ImportError:
        return None

    class Globals(STPyV8.JSClass):
        def noop(self, x):
            return x

    with STPyV8.JSContext(Globals()) as ctx:
        identity = ctx.eval("(x) => x")
        ctx.eval(FIB)
        loop = f"for (let i = 0; i < {CALLS}; i++) noop(i)"
        return {
            "py_to_js_us": per_call_us(calling(identity)),
            "js_to_py_us": per_call_us(lambda: ctx.eval(loop)),
            "fib30_ms": median_seconds(lambda: ctx.eval("fib(30)"), 5) * 1e3,
        }


def node_fib30_ms() -> float | None:
    node = shutil.which("node")
    if not node:
        return None
    script = (
        FIB + "; const s = []; for (let r = 0; r < 5; r++) { const t = process.hrtime.bigint();"
        " fib(30); s.push(Number(process.hrtime.bigint() - t) / 1e6) }"
        " s.sort((a, b) => a - b); console.log(s[2])"
    )
    return float(subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    rows = {"toyjs": toyjs_figures()}
    for name, measure in (("mini-racer", mini_racer_figures), ("STPyV8", stpyv8_figures)):
        figures = measure()
        if figures is None:
            print(f"{name}: not installed in this environment, skipped")
        else:
            rows[name] = figures
    node_ms = node_fib30_ms()

    print(f"\n{'binding':<12} {'Python->JS call':>16} {'JS->Python call':>16} {'fib(30)':>10} {'vs node':>8}")
    for name, figures in rows.items():
        ratio = f"{figures['fib30_ms'] / node_ms:.2f}x" if node_ms else "n/a"
        print(
            f"{name:<12} {figures['py_to_js_us']:>13.3f} us {figures['js_to_py_us']:>13.3f} us"
            f" {figures['fib30_ms']:>7.1f} ms {ratio:>8}"
        )
    if node_ms:
        print(f"{'node':<12} {'':>16} {'':>16} {node_ms:>7.1f} ms {'1.00x':>8}")
    base = rows["toyjs"]
    for name, figures in rows.items():
        if name != "toyjs":
            print(f"toyjs Python->JS call is {figures['py_to_js_us'] / base['py_to_js_us']:.1f}x faster than {name}")


if __name__ == "__main__":
    main()
