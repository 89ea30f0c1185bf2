"""Hostile programs, each run in a sandbox in-process and with process=True: the host survives,
the error is a clear toyjs error, and the sandbox works afterwards."""

import operator
import time

import pytest

import toyjs

MODES = ["in-process", "process"]


def sandbox(mode, **options):
    options.setdefault("timeout", 1.0)
    box = toyjs.Sandbox(process=mode == "process", **options)
    box.expose("relay", operator.call)  # a host function that calls back into JS
    return box


def raises(error_type, code, match=None):
    def case(box, tmp_path):
        with pytest.raises(error_type, match=match):
            box.eval(code)

    return case


def module_raises(error_type, files, match=None):
    def case(box, tmp_path):
        for name, source in files.items():
            (tmp_path / name).write_text(source)
        with pytest.raises(error_type, match=match) as info:
            box.run_module(tmp_path / "main.js")
        return info.value

    return case


HEAP = {"heap_limit": 32 * 2**20, "timeout": 30}

CASES = {
    # heap exhaustion
    "objects": (HEAP, raises(toyjs.HeapLimitError, "const a = []; while (true) a.push({ n: a.length })")),
    "arrays": (HEAP, raises(toyjs.HeapLimitError, "const a = []; while (true) a.push(new Array(1000).fill(1))")),
    "strings": (HEAP, raises(toyjs.HeapLimitError, "const a = []; while (true) a.push('x'.repeat(1e4) + a.length)")),
    "maps": (HEAP, raises(toyjs.HeapLimitError, "const m = new Map(); for (let i = 0; ; i++) m.set(i, { i })")),
    "closures": (HEAP, raises(toyjs.HeapLimitError, "const a = []; for (let i = 0; ; i++) a.push(() => i)")),
    "array buffers": (HEAP, raises(toyjs.HeapLimitError, "const a = []; while (true) a.push(new ArrayBuffer(1 << 20))")),
    "WebAssembly.Memory growth": (HEAP, raises(
        toyjs.HeapLimitError,
        "const m = new WebAssembly.Memory({ initial: 1 }); for (;;) { m.grow(256); new Uint8Array(m.buffer).fill(1) }",
    )),
    "many WebAssembly memories": (HEAP, raises(
        toyjs.HeapLimitError,
        "const all = []; for (;;) { const m = new WebAssembly.Memory({ initial: 1024 }); all.push(m); new Uint8Array(m.buffer).fill(1) }",
    )),
    # infinite loops
    "loop in a script": ({}, raises(toyjs.TerminatedError, "while (true) {}", "time limit")),
    "loop in a microtask": ({}, raises(toyjs.TerminatedError, "Promise.resolve().then(() => { for (;;) {} }); 1")),
    "loop in a timer callback": ({}, raises(toyjs.TerminatedError, "setTimeout(() => { for (;;) {} }, 1); 1")),
    "loop in a getter read while converting the result": ({}, raises(toyjs.TerminatedError, "({ get x() { for (;;) {} } })")),
    "loop in JS called back from a host function": ({}, raises(toyjs.TerminatedError, "relay(() => { for (;;) {} })")),
    "loop in a module's top level": ({}, module_raises(toyjs.TerminatedError, {"main.js": "for (;;) {}\n"})),
    "loop in a worker": ({"permissions": toyjs.Permissions(read=True)}, module_raises(toyjs.TerminatedError, {
        "main.js": 'await new Promise((resolve) => { const w = new Worker(new URL("./spin.js", import.meta.url), { type: "module" }); w.onmessage = resolve; });\n',
        "spin.js": "postMessage('spinning');\nfor (;;) {}\n",
    })),
    # the stack
    "recursion": ({}, raises(toyjs.JSError, "(function f() { return f() + 1 })()", "Maximum call stack size exceeded")),
    # 100k timers: pending ones are dropped with the call; due ones all run
    "100k pending timers": ({}, raises(toyjs.TerminatedError, "for (let i = 0; i < 1e5; i++) setTimeout(() => {}, 1e7); 1")),
    # fetch to a closed port
    "fetch to a closed port": ({"permissions": toyjs.Permissions(net=["127.0.0.1:2"])}, raises(
        toyjs.JSError, "fetch('http://127.0.0.1:2/')", "fetch failed"
    )),
    # module graphs
    "a module graph with a missing file": ({}, module_raises(
        toyjs.JSError, {"main.js": "import './a.js';\n", "a.js": "import './missing.js';\n"}, "missing.js"
    )),
    "a module graph with a syntax error": ({}, module_raises(
        toyjs.JSError, {"main.js": "import './bad.js';\n", "bad.js": "export const ok = 1;\nlet = ;\n"}, "SyntaxError"
    )),
    "a cycle that reads a binding before it is set": ({}, module_raises(
        toyjs.JSError,
        {"main.js": "import { b } from './b.js';\nexport const a = 1;\n", "b.js": "import { a } from './main.js';\nexport const b = a + 1;\n"},
        "ReferenceError",
    )),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", list(CASES))
def test_hostile_program(mode, name, tmp_path):
    options, case = CASES[name]
    with sandbox(mode, **options) as box:
        started = time.monotonic()
        case(box, tmp_path)
        assert time.monotonic() - started < 60
        assert box.eval("[1, 2, 3].map((x) => x * 2)") == [2, 4, 6]
        assert box.eval("new Promise((resolve) => setTimeout(() => resolve('clean'), 5))") == "clean"


@pytest.mark.parametrize("mode", MODES)
def test_100k_timers_that_come_due_all_run(mode):
    with sandbox(mode, timeout=30) as box:
        code = "new Promise((resolve) => { let n = 0; for (let i = 0; i < 1e5; i++) setTimeout(() => { if (++n === 1e5) resolve(n) }, 0) })"
        assert box.eval(code) == 100_000


@pytest.mark.parametrize("mode", MODES)
def test_module_errors_name_the_file_and_line(mode, tmp_path):
    (tmp_path / "main.js").write_text("import './bad.js';\n")
    (tmp_path / "bad.js").write_text("export const ok = 1;\nlet = ;\n")
    with sandbox(mode) as box, pytest.raises(toyjs.JSError) as info:
        box.run_module(tmp_path / "main.js")
    assert (info.value.name, info.value.filename.endswith("bad.js"), info.value.line) == ("SyntaxError", True, 2)


@pytest.mark.parametrize("mode", MODES)
def test_a_module_cycle_that_is_legal_works(mode, tmp_path):
    (tmp_path / "main.js").write_text("import { b } from './b.js';\nexport function a() { return 1; }\nglobalThis.result = b();\n")
    (tmp_path / "b.js").write_text("import { a } from './main.js';\nexport function b() { return a() + 1; }\n")
    with sandbox(mode) as box:
        assert box.run_module(tmp_path / "main.js") == 0
        assert box.eval("result") == 2


TAMPERING = """
Promise.prototype.then = () => { throw new Error("hijacked then") };
Array.prototype.push = Array.prototype.pop = Array.prototype.shift = Array.prototype.map = Array.prototype.slice = null;
Array.prototype.splice = Array.isArray = Object.freeze = null;
Object.getPrototypeOf([][Symbol.iterator]()).next = null;
Array.prototype[Symbol.iterator] = null;
Map.prototype.get = Map.prototype.set = null;
Function.prototype.call = Function.prototype.apply = null;
Object.defineProperty = null;
JSON.parse = JSON.stringify = null;
globalThis.JSON = null;
1
"""


@pytest.mark.parametrize("mode", MODES)
def test_tampered_builtins_do_not_break_the_host(mode):
    with sandbox(mode) as box:
        box.eval(TAMPERING)
        assert box.eval("({ a: [1, { b: 2 }] })") == {"a": [1, {"b": 2}]}
        assert box.eval("Promise.resolve(5)") == 5
        assert box.eval("(async () => 6)()") == 6
        assert box.eval("new Promise((resolve) => setTimeout(resolve, 1, 7))") == 7
        assert box.eval("new Promise((resolve) => queueMicrotask(() => resolve(8)))") == 8
        assert box.eval("new Promise((resolve) => process.nextTick(resolve, 9))") == 9
        events = "new Promise((resolve) => { const t = new EventTarget(); t.addEventListener('x', () => resolve(10)); t.dispatchEvent(new Event('x')) })"
        assert box.eval(events) == 10
        ports = "new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = (e) => { c.port1.close(); resolve(e.data) }; c.port2.postMessage(11) })"
        assert box.eval(ports) == 11
        with pytest.raises(toyjs.JSError, match="hijacked then"):
            box.eval("Promise.resolve(1).then(() => 2)")


@pytest.mark.parametrize("mode", MODES)
def test_exposed_functions_lead_nowhere_into_python(mode):
    with sandbox(mode) as box:
        assert box.eval("[typeof relay.__class__, typeof relay.__globals__, typeof relay.__code__]") == ["undefined"] * 3
        assert box.eval("Object.getOwnPropertyNames(relay).sort()") == ["length", "name"]
        assert box.eval("Object.getPrototypeOf(relay) === Function.prototype") is True
        global_this = "relay.constructor.constructor('return this')() === globalThis"
        assert box.eval(global_this) is True
        assert box.eval("relay.constructor.constructor('return typeof this.__builtins__')()") == "undefined"
        assert box.eval("String(relay)") == "function relay() { [native code] }"
        with pytest.raises(toyjs.JSError, match="TypeError"):
            box.eval("relay(42)")  # the Python error becomes a JS error, naming no Python internals


def test_one_huge_allocation_is_contained_by_process_mode():
    """In-process, a single builtin allocating far past the heap limit may exhaust the lent
    headroom (docs/security.md); process=True contains it."""
    with sandbox("process", timeout=30) as box:
        with pytest.raises(toyjs.HeapLimitError, match=r"^the isolate ran out of memory \(heap limit 64 MiB\)$"):
            box.eval("new Array(2e8).fill(1)")
        assert box.eval("'usable again'") == "usable again"


FIND_REACHABLE = """(targets) => {
  // Every object reachable from globalThis through own properties (values, getters, setters,
  // symbol keys) and prototypes, without calling anything; the paths of those in targets.
  const forbidden = new Map(targets.map((target, index) => [target, index]));
  const seen = new Set();
  const queue = [[globalThis, "globalThis"]];
  const found = [];
  while (queue.length > 0) {
    const [value, path] = queue.pop();
    if (seen.has(value)) continue;
    seen.add(value);
    if (forbidden.has(value)) found.push(path);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      for (const [part, item] of [["", descriptor.value], [" get", descriptor.get], [" set", descriptor.set]]) {
        if (item !== null && (typeof item === "object" || typeof item === "function")) {
          queue.push([item, `${path}.${String(key)}${part}`]);
        }
      }
    }
    const prototype = Reflect.getPrototypeOf(value);
    if (prototype !== null) queue.push([prototype, `${path}.__proto__`]);
  }
  return [seen.size, found];
}"""


def test_no_internals_are_reachable_from_user_code():
    with toyjs.Runtime(permissions=toyjs.Permissions.allow_all()) as runtime:  # (process.env lists keys)
        ops = runtime.core.ops
        targets = [runtime.core, *(value for value in ops.values() if isinstance(value, toyjs.JSFunction))]
        assert len(targets) > 20
        reached, found = runtime.context.eval(FIND_REACHABLE)(targets)
    assert reached > 1000  # the walk went everywhere
    assert found == []


def test_a_builtin_that_never_checks_for_termination_is_bounded_by_process_mode():
    # V8's fill over a dictionary-mode array runs to its end whatever the deadline (14 s for a
    # 1 s limit in-process, docs/security.md). In the child, the heap limit ends it, or, on a
    # loaded machine, the host kills the child that stopped answering (TerminatedError) or the
    # child dies of its address-space limit first (SandboxCrashed): bounded all three ways.
    with sandbox("process", timeout=1) as box:
        with pytest.raises((toyjs.HeapLimitError, toyjs.TerminatedError, toyjs.SandboxCrashed)):
            box.eval("const a = []; a.length = 5e7; a.fill(1); 1")
        assert box.eval("'usable again'") == "usable again"
