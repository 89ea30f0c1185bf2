"""Programs that replace built-ins, then use the runtime (`toyjs run`): timers, ticks, message
ports, console and inspect, events, AbortController, encoding, URL, structuredClone, streams,
performance, Response and fetch of a data: URL. The runtime's own JS took the built-ins it uses
before any program ran (host/primordials.js): a program breaks its own code, not the runtime's
(docs/security.md). Where node survives the same tampering, its output is compared byte for byte."""

import pytest

# Values the program builds before tampering, as it could not afterwards.
EXERCISE = """\
const sample = { list: [1, "two", [3]], map: new Map([["k", { v: 1 }]]), set: new Set([1, 2]), text: "it's", nested: { a: { b: { c: {} } } } };
const bytes = new Uint8Array([104, 105]);
const hijacked = () => { throw new Error("hijacked"); };
// TAMPER
await new Promise((resolve) => setTimeout(resolve, 1));
console.log("setTimeout");
await new Promise((resolve) => {
  let runs = 0;
  const id = setInterval(() => {
    runs += 1;
    if (runs === 3) {
      clearInterval(id);
      resolve();
    }
  }, 1);
});
console.log("setInterval 3 times");
await new Promise((resolve) => process.nextTick(resolve));
console.log("process.nextTick");
const data = await new Promise((resolve) => {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = (event) => {
    port1.close();
    resolve(event.data);
  };
  port2.postMessage({ n: 1, list: [1, 2] });
});
console.log("port", data);
console.log(sample);
console.log("%s=%d %j %o", "x", 42, { j: [1] }, "o", "rest");
const target = new EventTarget();
target.addEventListener("ping", (event) => console.log("event", event.type));
target.dispatchEvent(new Event("ping"));
const controller = new AbortController();
controller.signal.onabort = () => console.log("aborted", controller.signal.reason.name);
controller.abort();
console.log(new TextDecoder().decode(new TextEncoder().encode("héllo")), new TextDecoder().decode(bytes));
const url = new URL("https://example.com/a/b?x=1&y=2#h");
console.log(url.href, url.pathname, url.searchParams.get("y"));
console.log(structuredClone({ deep: [1, { two: 2 }] }));
const reader = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } }).getReader();
console.log("stream", (await reader.read()).value, (await reader.read()).value, (await reader.read()).done);
const late = new ReadableStream({ pull(c) { c.enqueue("late"); c.close(); } }, { highWaterMark: 0 });
console.log("pulled", (await late.getReader().read()).value);
performance.mark("mark");
console.log("marks", performance.getEntriesByName("mark").length);
console.table([{ a: 1, b: "x" }, { a: 2 }]);
const response = await fetch("data:text/plain;base64,aGVsbG8gd29ybGQ=");
console.log("fetch", response.status, await response.text());
console.log("json", await new Response('{"a":[1]}').json());
"""

EXPECTED = """\
setTimeout
setInterval 3 times
process.nextTick
port { n: 1, list: [ 1, 2 ] }
{
  list: [ 1, 'two', [ 3 ] ],
  map: Map(1) { 'k' => { v: 1 } },
  set: Set(2) { 1, 2 },
  text: "it's",
  nested: { a: { b: [Object] } }
}
x=42 {"j":[1]} 'o' rest
event ping
aborted AbortError
héllo hi
https://example.com/a/b?x=1&y=2#h /a/b 2
{ deep: [ 1, { two: 2 } ] }
stream a b true
pulled late
marks 1
┌─────────┬───┬─────┐
│ (index) │ a │ b   │
├─────────┼───┼─────┤
│ 0       │ 1 │ 'x' │
│ 1       │ 2 │     │
└─────────┴───┴─────┘
fetch 200 hello world
json { a: [ 1 ] }
"""

TAMPERINGS = {
    "Array.prototype.pop": "Array.prototype.pop = hijacked;",
    "Array.prototype.push": "Array.prototype.push = hijacked;",
    "Array.prototype.shift": "Array.prototype.shift = hijacked;",
    "Array.prototype.splice": "Array.prototype.splice = hijacked;",
    "Array.prototype.slice": "Array.prototype.slice = hijacked;",
    "Array.prototype.indexOf and includes": "Array.prototype.indexOf = Array.prototype.includes = hijacked;",
    "Array.prototype.map and filter": "Array.prototype.map = Array.prototype.filter = hijacked;",
    "Array.prototype.forEach and some": "Array.prototype.forEach = Array.prototype.some = hijacked;",
    "Array.prototype.join": "Array.prototype.join = hijacked;",
    "Array.isArray": "Array.isArray = hijacked;",
    "Object.freeze": "Object.freeze = hijacked;",
    "Object.defineProperty, getOwnPropertyDescriptor and getPrototypeOf":
        "Object.defineProperty = Object.getOwnPropertyDescriptor = Object.getPrototypeOf = hijacked;",
    "Object.keys": "Object.keys = hijacked;",
    "Object.assign": "Object.assign = hijacked;",
    "the array iterator's next": "Object.getPrototypeOf([][Symbol.iterator]()).next = hijacked;",
    "Array.prototype[Symbol.iterator]": "Array.prototype[Symbol.iterator] = hijacked;",
    "String.prototype[Symbol.iterator]": "String.prototype[Symbol.iterator] = hijacked;",
    "Map methods": "for (const name of ['get', 'set', 'has', 'delete', 'forEach', 'entries']) Map.prototype[name] = hijacked;",
    "Set methods": "for (const name of ['add', 'has', 'delete', 'forEach', 'values']) Set.prototype[name] = hijacked;",
    "Function.prototype.call, apply and bind":
        "Function.prototype.call = Function.prototype.apply = Function.prototype.bind = hijacked;",
    "Promise.prototype.then": "Promise.prototype.then = hijacked;",
    "JSON.stringify and parse": "JSON.stringify = JSON.parse = hijacked;",
    "String.prototype methods": (
        "for (const name of ['slice', 'indexOf', 'includes', 'split', 'replace', 'startsWith', 'endsWith',"
        " 'toLowerCase', 'toUpperCase', 'padStart', 'padEnd', 'repeat', 'charCodeAt', 'codePointAt', 'trim'])"
        " String.prototype[name] = hijacked;"
    ),
    "toString methods": (
        "Object.prototype.toString = Function.prototype.toString = Symbol.prototype.toString ="
        " Error.prototype.toString = Number.prototype.toString = hijacked;"
    ),
    "Reflect.ownKeys and Object.getOwnPropertySymbols": "Reflect.ownKeys = Object.getOwnPropertySymbols = hijacked;",
    "Map and Set size and iterators": (
        "for (const C of [Map, Set]) { C.prototype[Symbol.iterator] = hijacked;"
        " Object.defineProperty(C.prototype, 'size', { get: hijacked }); }"
    ),
    "globals": (
        "globalThis.Object = globalThis.Array = globalThis.Map = globalThis.Set = globalThis.String ="
        " globalThis.Number = globalThis.Math = globalThis.JSON = globalThis.Reflect = globalThis.TypeError ="
        " globalThis.Uint8Array = hijacked;"
    ),
}

NODE_SURVIVES = {
    "Array.prototype.shift", "Array.prototype.splice", "Array.prototype.slice", "Array.prototype.join",
    "Array.isArray", "Object.freeze",
}


def test_the_exercise_prints_what_node_prints(toyjs, node, tmp_path):
    program = tmp_path / "main.mjs"
    program.write_text(EXERCISE)
    for run in (toyjs("run", program), node(program)):
        assert (run.code, run.stdout, run.stderr) == (0, EXPECTED, "")


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_the_runtime_survives_a_program_replacing(name, toyjs, node, tmp_path):
    program = tmp_path / "main.mjs"
    program.write_text(EXERCISE.replace("// TAMPER", TAMPERINGS[name]))
    ours = toyjs("run", program, timeout=30)
    assert (ours.code, ours.stdout, ours.stderr) == (0, EXPECTED, "")
    if name in NODE_SURVIVES:
        theirs = node(program)
        assert (theirs.code, theirs.stdout, theirs.stderr) == (0, EXPECTED, "")


def test_import_settles_whatever_a_program_did_to_then(toyjs, tmp_path):
    """import() settles with V8's own `then` (node 20 does not survive this one)."""
    (tmp_path / "value.mjs").write_text("export const value = 42;\n")
    (tmp_path / "throws.mjs").write_text('throw new Error("the module failed");\n')
    program = tmp_path / "main.mjs"
    program.write_text(
        'Promise.prototype.then = () => { throw new Error("hijacked"); };\n'
        'const { value } = await import("./value.mjs");\n'
        'console.log("imported", value);\n'
        'try {\n  await import("./throws.mjs");\n} catch (error) {\n  console.log("rejected:", error.message);\n}\n'
    )
    # (import() of modules outside the static graph is a read: granted for the folder)
    done = toyjs("run", f"--allow-read={tmp_path}", program, timeout=30)
    assert (done.code, done.stdout, done.stderr) == (0, "imported 42\nrejected: the module failed\n", "")


WEB_API_TAMPERING = """\
const hijacked = () => { throw new Error("hijacked"); };
const closePort = MessagePort.prototype.close;
for (const [prototype, names] of [
  [EventTarget.prototype, ["addEventListener", "removeEventListener", "dispatchEvent"]],
  [MessagePort.prototype, ["start", "close"]],
  [TextEncoder.prototype, ["encode"]],
  [TextDecoder.prototype, ["decode"]],
  [Headers.prototype, ["get", "set", "has", "append"]],
  [ReadableStream.prototype, ["getReader", "tee"]],
  [ReadableStreamDefaultReader.prototype, ["read", "releaseLock", "cancel"]],
]) {
  for (const name of names) prototype[name] = hijacked;
}
globalThis.structuredClone = globalThis.URL = globalThis.TextEncoder = globalThis.TextDecoder = globalThis.atob = globalThis.Blob = hijacked;
const { port1, port2 } = new MessageChannel();
const received = new Promise((resolve) => {
  port1.onmessage = (event) => {
    closePort.call(port1);
    resolve(event.data);
  };
});
port2.postMessage({ text: "message" });
console.log("port", await received);
const controller = new AbortController();
const any = AbortSignal.any([controller.signal]);
any.onabort = () => console.log("aborted", any.reason);
controller.abort("why");
const response = await fetch("data:text/plain;base64,aGk=");
console.log("fetch", response.headers instanceof Headers, await response.clone().text(), await response.text());
const blob = await new Response("blob", { headers: { "Content-Type": "Text/Plain; Charset=UTF-8" } }).blob();
console.log("blob", blob.type, await blob.text());
console.log("form", (await new Response("a=1&b=%C3%A9", { headers: { "content-type": "application/x-www-form-urlencoded" } }).formData()).get("b"));
for await (const chunk of new Response("streamed").body) console.log("chunk", chunk.length);
"""


def test_the_runtime_calls_its_own_web_api_methods(toyjs, tmp_path):
    """Ports, events, fetch, bodies and streams reach each other's methods through what the
    runtime took at start-up, not through prototypes and globals the program replaced (node 20
    does not survive this one: its MessagePort calls the replaced EventTarget methods)."""
    program = tmp_path / "main.mjs"
    program.write_text(WEB_API_TAMPERING)
    done = toyjs("run", program, timeout=30)
    expected = "port { text: 'message' }\naborted why\nfetch true hi hi\nblob text/plain;charset=utf-8 blob\nform é\nchunk 8\n"
    assert (done.code, done.stdout, done.stderr) == (0, expected, "")


def test_workers_messages_arrive_on_both_sides_of_the_tampering(toyjs, tmp_path):
    """Both the program and its worker replace built-ins and EventTarget's dispatchEvent; the
    messages still arrive (the runtime dispatches them with what it took at start-up)."""
    tampering = (
        'const hijacked = () => { throw new Error("hijacked"); };\n'
        "Object.getPrototypeOf([][Symbol.iterator]()).next = Array.isArray = Array.prototype.push = hijacked;\n"
        "EventTarget.prototype.dispatchEvent = hijacked;\n"
    )
    (tmp_path / "child.mjs").write_text(tampering + "onmessage = (event) => postMessage({ got: event.data.list.length });\n")
    program = tmp_path / "main.mjs"
    program.write_text(
        'const worker = new Worker(new URL("./child.mjs", import.meta.url), { type: "module" });\n'
        "const reply = new Promise((resolve) => { worker.onmessage = (event) => resolve(event.data); });\n"
        + tampering
        + 'worker.postMessage({ list: [1, 2] });\nconsole.log("reply", await reply);\nworker.terminate();\n'
    )
    done = toyjs("run", f"--allow-read={tmp_path}", program, timeout=30)  # the worker's script
    assert (done.code, done.stdout, done.stderr) == (0, "reply { got: 2 }\n", "")
