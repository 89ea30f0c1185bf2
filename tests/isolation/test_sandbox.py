"""Sandbox: tenant code with heap, time and permission limits; the host survives everything."""

import asyncio
import gc
import time

import pytest

import toyjs
from conftest import run_python

# Programs that must be stopped by the timeout, each in a different place.
RUNAWAY = {
    "script": "while (true) {}",
    "microtask": "Promise.resolve().then(() => { while (true) {} }); 1",
    "timer callback": "setTimeout(() => { while (true) {} }, 1); 1",
    "interval that never ends": "setInterval(() => {}, 5); 1",
    "promise chain": "(function spin() { Promise.resolve().then(spin) })(); 1",
    "async function": "(async () => { for (;;) await null })()",
    "catching and looping": "for (;;) { try { while (true) {} } catch (e) {} finally { continue } }",
    "getter read while converting": "({ get x() { while (true) {} } })",
    "js called back from a host function": "relay(() => { while (true) {} })",
}


@pytest.fixture
def sandbox():
    with toyjs.Sandbox(timeout=0.3) as box:
        box.expose("relay", lambda fn: fn())
        yield box


@pytest.mark.parametrize("name", sorted(RUNAWAY))
def test_runaway_code_is_stopped_and_the_sandbox_stays_usable(sandbox, name):
    started = time.monotonic()
    with pytest.raises(toyjs.TerminatedError, match="time limit of 0.3 s"):
        sandbox.eval(RUNAWAY[name])
    assert time.monotonic() - started < 5
    assert sandbox.eval("[1, 2, 3].map((x) => x * 2)") == [2, 4, 6]
    # nothing the stopped call scheduled runs later
    assert sandbox.eval("new Promise((resolve) => setTimeout(() => resolve('clean'), 20))") == "clean"


def test_a_promise_chain_that_keeps_every_link_is_stopped_by_a_limit(sandbox):
    # Each link waits on the next, so memory grows as fast as the engine runs: the heap limit
    # or the time limit ends it, whichever comes first on this engine.
    with pytest.raises((toyjs.TerminatedError, toyjs.HeapLimitError)):
        sandbox.eval("(function spin() { return Promise.resolve().then(spin) })()")
    assert sandbox.eval("[1, 2, 3].map((x) => x * 2)") == [2, 4, 6]


def test_results_and_promises(sandbox):
    assert sandbox.eval("1 + 1") == 2
    assert sandbox.eval("new Promise((resolve) => setTimeout(() => resolve({ late: true }), 10))") == {"late": True}
    sandbox.eval("globalThis.add = (a, b) => a + b; globalThis.later = async (x) => x * 2")
    assert sandbox.call("add", 2, 3) == 5
    assert sandbox.call("later", 21) == 42
    with pytest.raises(toyjs.Error, match="no global function named 'missing'"):
        sandbox.call("missing")
    with pytest.raises(toyjs.JSError, match="tenant error"):
        sandbox.eval("throw new Error('tenant error')")
    with pytest.raises(toyjs.Error, match="never settle"):
        sandbox.eval("new Promise(() => {})")


HEAP = {
    "objects": "(() => { const a = []; while (true) a.push({ n: a.length }) })()",
    "arrays": "(() => { const a = []; while (true) a.push(new Array(1000).fill(1)) })()",
    "strings": "(() => { const a = []; while (true) a.push('x'.repeat(1e4) + a.length) })()",
    "maps": "(() => { const m = new Map(); for (let i = 0; ; i++) m.set(i, { i }) })()",
    "closures": "(() => { const a = []; for (let i = 0; ; i++) a.push(() => i) })()",
    "array buffers": "(() => { const a = []; while (true) a.push(new ArrayBuffer(1 << 20)) })()",
}


@pytest.mark.parametrize("name", sorted(HEAP))
def test_heap_exhaustion_raises_and_the_sandbox_recovers(name):
    with toyjs.Sandbox(heap_limit=32 * 2**20, timeout=30) as box:
        with pytest.raises(toyjs.HeapLimitError):
            box.eval(HEAP[name])
        assert box.eval("'recovered'") == "recovered"


def test_recursion_and_syntax_errors_are_js_errors(sandbox):
    with pytest.raises(toyjs.JSError) as info:
        sandbox.eval("(function f() { f() })()")
    assert info.value.name == "RangeError"
    with pytest.raises(toyjs.JSError) as info:
        sandbox.eval("let = ;")
    assert info.value.name == "SyntaxError"


def test_io_is_denied_unless_granted(sandbox):
    with pytest.raises(toyjs.JSError) as info:
        sandbox.eval("process.env.HOME")
    assert info.value.name == "NotCapable"
    with pytest.raises(toyjs.JSError, match="NotCapable"):
        sandbox.eval("fetch('http://127.0.0.1:1/')")
    with toyjs.Sandbox(permissions=toyjs.Permissions(env=["HOME"])) as box:
        assert isinstance(box.eval("process.env.HOME"), str)


def test_tampered_builtins_do_not_break_the_host(sandbox):
    sandbox.eval(
        "Promise.prototype.then = () => { throw new Error('hijacked') };"
        "Array.prototype.push = null; JSON.parse = null; Object.defineProperty = null;"
    )
    assert sandbox.eval("1 + 1") == 2
    assert sandbox.eval("({ a: [1, 2] })") == {"a": [1, 2]}


def test_exposed_functions_do_not_leak_python(sandbox):
    assert sandbox.eval("typeof relay.__class__") == "undefined"
    assert sandbox.eval("Object.getOwnPropertyNames(relay).sort().join()") == "length,name"
    leaked = sandbox.eval("relay.constructor.constructor('return typeof this.__builtins__')()")
    assert leaked == "undefined"
    with toyjs.Sandbox() as bare:
        node_globals = bare.eval("Object.keys(globalThis)")  # the ones Node makes enumerable
    assert sandbox.eval("Object.keys(globalThis)") == [*node_globals, "relay"]  # and what the host exposed


def test_module_programs(sandbox, tmp_path):
    (tmp_path / "lib.js").write_text("export const n = 41;\n")
    (tmp_path / "main.js").write_text("import { n } from './lib.js';\nglobalThis.answer = n + 1;\n")
    assert sandbox.run_module(tmp_path / "main.js") == 0
    assert sandbox.eval("answer") == 42
    (tmp_path / "bad.js").write_text("import './missing.js';\n")
    with pytest.raises(toyjs.JSError, match="missing.js"):
        sandbox.run_module(tmp_path / "bad.js")
    (tmp_path / "spin.js").write_text("await new Promise(() => setInterval(() => {}, 5));\n")
    with pytest.raises(toyjs.TerminatedError):
        sandbox.run_module(tmp_path / "spin.js")


def test_async_api():
    async def main():
        with toyjs.Sandbox(timeout=0.3) as box:
            assert await box.eval_async("Promise.resolve(3)") == 3
            with pytest.raises(toyjs.TerminatedError):
                await box.eval_async("while (true) {}")
            assert await box.call_async("Math.max" if False else "parseInt", "42") == 42

    asyncio.run(main())


def test_many_sandboxes_come_and_go():
    for _ in range(50):
        with toyjs.Sandbox() as box:
            assert box.eval("1") == 1
    gc.collect()


@pytest.mark.parametrize("queue", ["process.nextTick", "queueMicrotask", "setTimeout"])
def test_work_that_requeues_itself_is_dropped_with_the_stopped_call(queue):
    # A tick that queued itself again stopped every later call on the sandbox, even 1 + 1.
    with toyjs.Sandbox(timeout=0.3) as box:
        with pytest.raises(toyjs.TerminatedError):
            box.eval(f"(function again() {{ {queue}(again) }})(); 1")
        assert box.eval("1 + 1") == 2
        assert box.eval("new Promise((resolve) => process.nextTick(resolve, 'ticks run again'))") == "ticks run again"


@pytest.mark.parametrize(
    ("code", "use"),
    [
        ("new Proxy({}, { get() { for (;;) {} } })", str),
        ("new (class Spinner { get spin() { for (;;) {} } })()", lambda handle: handle["spin"]),
        ("new Proxy(function () {}, { apply() { for (;;) {} } })", lambda f: f()),
    ],
    ids=["str of a proxy", "a getter", "a proxy called"],
)
def test_tenant_code_run_through_a_handle_obeys_the_time_limit(code, use):
    with toyjs.Sandbox(timeout=0.3) as box:
        handle = box.eval(code)
        started = time.monotonic()
        with pytest.raises(toyjs.TerminatedError):
            use(handle)
        assert time.monotonic() - started < 5
        assert box.eval("1 + 1") == 2


@pytest.mark.parametrize("code", ["process.exit(3)", "setTimeout(() => process.exit(4), 1); 1"])
def test_process_exit_in_a_sandbox_is_an_error_of_the_call(code):
    with toyjs.Sandbox(timeout=1) as box:
        try:
            box.eval(code)
        except Exception as error:  # what an embedder catches: ProcessExit used to unwind past it
            assert isinstance(error, toyjs.Error) and "process.exit(" in str(error)
        else:
            pytest.fail("process.exit() returned")
        assert box.eval("1 + 1") == 2


def test_a_sandbox_over_its_heap_limit_after_a_call_starts_afresh():
    # A tenant kept what it made in the headroom V8 lends a script to unwind (a global string
    # flattened past the limit): 256 MiB more per call, and the 9th call aborted the host.
    assert run_python(
        """
        with toyjs.Sandbox(heap_limit=32 * 2**20, timeout=10) as box:
            box.expose("twice", lambda x: 2 * x)
            box.eval("globalThis.before = 1")
            outcomes = set()
            for n in range(12):
                try:
                    box.eval(f"globalThis.k{n} = 'x'.repeat(2 ** 28) + {n}; k{n}.indexOf('y')")
                    outcomes.add("returned")
                except toyjs.HeapLimitError:
                    outcomes.add("HeapLimitError")
            print(sorted(outcomes))
            print(box.eval("[typeof before, typeof k0, twice(21)]"))
        """,
        timeout=120,
    ) == ["['HeapLimitError']", "['undefined', 'undefined', 42]"]
