"""Embedding costs: Python -> JS and JS -> Python calls, value conversion, and CPU-bound JS,
against the Python bindings of V8.

Run alone: python -m bench.calls. Peer bindings (mini-racer, STPyV8, jsrun, v8-python) are
measured when importable; install them only into a benchmark environment (bench/run does).
CPU-bound JS is measured with the runtimes in bench.runtime.
"""

from __future__ import annotations

from typing import Callable

import toyjs
from bench.suite import TOYJS, Measure, Peers, median_seconds, print_table

AREA = "Python and JS"
CALLS = 200_000
FIB = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }"


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


def jsrun_figures() -> dict[str, float] | None:
    try:
        import jsrun
    except ImportError:
        return None
    runtime = jsrun.Runtime()
    identity = runtime.eval("(x) => x")
    runtime.bind_function("noop", lambda x: x)
    runtime.eval(FIB)
    count = CALLS // 20
    return {
        "py_to_js_us": median_seconds(calling(identity, count)) / count * 1e6,
        "js_to_py_us": median_seconds(lambda: runtime.eval(f"for (let i = 0; i < {count}; i++) noop(i)")) / count * 1e6,
        "fib30_ms": median_seconds(lambda: runtime.eval("fib(30)"), 5) * 1e3,
    }


def v8_python_figures() -> dict[str, float] | None:
    try:
        import v8
    except ImportError:
        return None
    builder = v8.Isolate().create_context_builder()
    builder.host_function(lambda x: x, name="noop")
    ctx = builder.build()
    identity = ctx.eval("(x) => x")
    ctx.eval(FIB)
    count = CALLS // 10
    return {
        "py_to_js_us": median_seconds(calling(lambda i: identity.call([i]), count)) / count * 1e6,
        "js_to_py_us": median_seconds(lambda: ctx.eval(f"for (let i = 0; i < {count}; i++) noop(i)")) / count * 1e6,
        "fib30_ms": median_seconds(lambda: ctx.eval("fib(30)"), 5) * 1e3,
    }


CONVERSION_DATA = (
    "globalThis.text = 'x'.repeat(2 ** 20); globalThis.rows = Array.from({ length: 10000 }, "
    "(_, i) => ({ id: i, name: `row ${i}`, tags: ['a', 'b'], score: i / 3 }))"
)


def conversions(
    to_js: Callable[[object], object], from_js: Callable[[str], object], rows: bool = True
) -> dict[str, float]:
    """Microseconds to move a 1 MB string (and a 10k-element list of dicts) each way:
    ``to_js(value)`` passes a Python value to a JS function, ``from_js(name)`` brings the
    global ``name`` (made by CONVERSION_DATA) to Python."""
    text = "x" * 2**20
    figures = {
        "1 MB string, Python -> JS": median_seconds(lambda: to_js(text), 20) * 1e6,
        "1 MB string, JS -> Python": median_seconds(lambda: from_js("text"), 20) * 1e6,
    }
    if rows:
        table = [{"id": i, "name": f"row {i}", "tags": ["a", "b"], "score": i / 3} for i in range(10_000)]
        figures["10k dicts, Python -> JS"] = median_seconds(lambda: to_js(table), 20) * 1e6
        figures["10k objects, JS -> Python"] = median_seconds(lambda: from_js("rows"), 20) * 1e6
    return figures


def conversion_figures() -> dict[str, float]:
    ctx = toyjs.Isolate().new_context()
    ctx.eval(CONVERSION_DATA)
    return conversions(ctx.eval("(x) => x.length"), ctx.eval)


def stpyv8_conversion_figures() -> dict[str, float] | None:
    try:
        import STPyV8
    except ImportError:
        return None
    with STPyV8.JSContext() as ctx:
        ctx.eval(CONVERSION_DATA)
        return conversions(ctx.eval("(x) => x.length"), lambda name: str(ctx.eval(name)), rows=False)


def v8_python_conversion_figures() -> dict[str, float] | None:
    try:
        import v8
    except ImportError:
        return None
    ctx = v8.Isolate().create_context()
    ctx.eval(CONVERSION_DATA)
    length = ctx.eval("(x) => x.length")
    return conversions(lambda value: length.call([value]), lambda name: ctx.eval(name).to_python())


def under_half_a_microsecond_and_ahead_of_bindings(measure: Measure) -> bool:
    ours = measure.values[TOYJS]
    return ours < 0.5 and all(ours <= value for name, value in measure.values.items() if name != TOYJS)


def measure(peers: Peers) -> list[Measure]:
    bindings = {TOYJS: toyjs_figures()}
    notes = []
    for name, figures in (
        ("mini-racer", mini_racer_figures),
        ("STPyV8", stpyv8_figures),
        ("jsrun", jsrun_figures),
        ("v8-python", v8_python_figures),
    ):
        found = figures()
        if found is None:
            notes.append(f"{name} is not installed in this environment")
        else:
            bindings[name] = found
    target = "under 0.5 us; ahead of every Python binding"
    calls = []
    for key, name in (("py_to_js_us", "Python -> JS call"), ("js_to_py_us", "JS -> Python call")):
        row = Measure(AREA, name, "us", target=target, met=under_half_a_microsecond_and_ahead_of_bindings, note="; ".join(notes))
        row.values = {binding: figures[key] for binding, figures in bindings.items() if figures[key] == figures[key]}
        calls.append(row)
    fib = Measure(AREA, "CPU-bound JS in the binding: fib(30)", "ms")
    fib.values = {binding: figures["fib30_ms"] for binding, figures in bindings.items()}
    calls.append(fib)
    conversions = []
    peers = {"STPyV8": stpyv8_conversion_figures() or {}, "v8-python": v8_python_conversion_figures() or {}}
    for name, value in conversion_figures().items():
        row = Measure(AREA, f"convert {name}", "us")
        row.values[TOYJS] = value
        for binding, figures in peers.items():
            if name in figures:
                row.values[binding] = figures[name]
        conversions.append(row)
    return calls + conversions


if __name__ == "__main__":
    print_table(measure(Peers.find()))
