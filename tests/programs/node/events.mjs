// node:events compared with node: EventEmitter's methods and their order of effects, errors,
// warnings (stderr), captureRejections and the static helpers.
import EventEmitter, { once, on, errorMonitor, getEventListeners, captureRejectionSymbol } from "node:events";
import * as namespace from "node:events";
import { inherits } from "node:util";

const log = (...args) => console.log(...args);
const attempt = (label, fn) => {
  try {
    log(label, "->", fn());
  } catch (error) {
    log(label, "threw", error.name, error.code, error.message);
  }
};

log(Object.keys(namespace).filter((k) => k !== "EventEmitterAsyncResource"));
log(EventEmitter.EventEmitter === EventEmitter, namespace.default === EventEmitter, EventEmitter.name, EventEmitter.length);
log(Object.getOwnPropertyNames(EventEmitter.prototype));
log(EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off.name);
log(new EventEmitter(), new EventEmitter({ captureRejections: true }));
log(EventEmitter.defaultMaxListeners, EventEmitter.captureRejections, EventEmitter.usingDomains);
log(captureRejectionSymbol === Symbol.for("nodejs.rejection"), errorMonitor.toString());

// on, emit, order, this, arguments
const e = new EventEmitter();
const sym = Symbol("sym");
e.on("a", function (...args) { log("a1", this === e, args); });
e.prependListener("a", () => log("a0"));
e.once("a", (x) => log("a-once", x));
e.prependOnceListener("a", () => log("a-first-once"));
e.on(sym, () => log("sym"));
log(e.emit("a", 1, 2, 3, 4, 5), e.emit("a", "x"), e.emit("none"), e.emit(sym));
log(e.eventNames(), e.listenerCount("a"), e.listeners("a").length, e.rawListeners("a").length);
const named = () => {};
e.once("b", named);
log(e.listeners("b")[0] === named, e.rawListeners("b")[0] === named, e.rawListeners("b")[0].listener === named);
log(e.listenerCount("b", named), e.listenerCount("b", () => {}), e.listenerCount("nothing"));
e.rawListeners("b")[0]("via raw");
log(e.listenerCount("b"));

// listeners added or removed while emitting do not change that emit
const m = new EventEmitter();
const second = () => log("second");
m.on("x", () => { log("first"); m.removeListener("x", second); m.on("x", () => log("added")); });
m.on("x", second);
m.emit("x");
m.emit("x");

// newListener and removeListener events
const n = new EventEmitter();
n.on("newListener", (type, listener) => log("newListener", type, typeof listener, n.listenerCount(type)));
n.on("removeListener", (type, listener) => log("removeListener", type, listener.name));
function alpha() {}
function beta() {}
n.on("t", alpha);
n.once("t", beta);
n.off("t", beta);
n.removeListener("t", alpha);
n.on("u", alpha).on("u", beta).on("v", alpha);
n.removeAllListeners("u");
n.removeAllListeners();
log(n.eventNames(), n._eventsCount);
log(n.removeListener("zz", alpha) === n, n.removeAllListeners("zz") === n);

// same listener twice: the last added goes first
const twice = new EventEmitter();
function dup() { log("dup"); }
twice.on("d", dup).on("d", () => log("other")).on("d", dup);
twice.removeListener("d", dup);
twice.emit("d");

// 'error'
const err = new EventEmitter();
attempt("error Error", () => err.emit("error", new TypeError("bad")));
for (const value of [42, "text", { a: 1 }, undefined, null, [1, 2]]) {
  try {
    err.emit("error", value);
  } catch (error) {
    log(error.name, error.code, error.message, error.context === value, Object.keys(error));
  }
}
try { err.emit("error"); } catch (error) { log(error.message, "context" in error); }
err.on(errorMonitor, (e) => log("monitor", e.message));
attempt("monitored", () => err.emit("error", new Error("seen")));
err.on("error", (e) => log("handled", e.message));
log(err.emit("error", new Error("caught")));

// argument checks
attempt("on", () => e.on("x", 5));
attempt("once", () => e.once("x", "s"));
attempt("prepend", () => e.prependListener("x", null));
attempt("prependOnce", () => e.prependOnceListener("x"));
attempt("off", () => e.off("x", {}));
attempt("setMax -1", () => e.setMaxListeners(-1));
attempt("setMax NaN", () => e.setMaxListeners(NaN));
attempt("setMax str", () => e.setMaxListeners("1"));
attempt("default -1", () => { EventEmitter.defaultMaxListeners = -1; });
attempt("default str", () => { EventEmitter.defaultMaxListeners = "2"; });
attempt("capture str", () => { EventEmitter.captureRejections = "yes"; });
attempt("capture opt", () => new EventEmitter({ captureRejections: 1 }));
attempt("static setMax", () => EventEmitter.setMaxListeners(1, {}));
attempt("static getMax", () => EventEmitter.getMaxListeners(5));
attempt("getEventListeners", () => getEventListeners({}, "x"));
attempt("listenerCount static", () => EventEmitter.listenerCount(e, "a"));
attempt("addAbortListener", () => EventEmitter.addAbortListener({}, () => {}));
attempt("addAbortListener fn", () => EventEmitter.addAbortListener(new AbortController().signal, "x"));
attempt("on bad emitter", () => on({}, "x"));

// max listeners and their warning (stderr, on a later tick)
const many = new EventEmitter();
log(many.getMaxListeners(), many.setMaxListeners(2) === many, many.getMaxListeners());
for (let i = 0; i < 4; i++) many.on("leak", () => {});
for (let i = 0; i < 4; i++) many.on(Symbol("s"), () => {});
const symbolLeak = Symbol("leaky");
for (let i = 0; i < 3; i++) many.on(symbolLeak, () => {});
class Sub extends EventEmitter {}
const sub = new Sub();
sub.setMaxListeners(1);
sub.on("z", () => {}).on("z", () => {});
const unlimited = new EventEmitter().setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on("z", () => {});
EventEmitter.defaultMaxListeners = 3;
const byDefault = new EventEmitter();
for (let i = 0; i < 4; i++) byDefault.on("q", () => {});
log(byDefault.getMaxListeners(), EventEmitter.getMaxListeners(byDefault));
EventEmitter.defaultMaxListeners = 10;
log("after the warnings were queued");

// old-style subclasses
function Legacy() { EventEmitter.call(this); this.own = true; }
inherits(Legacy, EventEmitter);
const legacy = new Legacy();
legacy.on("hi", (who) => log("legacy hi", who));
legacy.emit("hi", "there");
log(legacy instanceof EventEmitter, Legacy.super_ === EventEmitter, legacy);
class Modern extends EventEmitter {
  constructor() { super({ captureRejections: false }); this.tag = "m"; }
}
log(new Modern());

// static helpers
const target = new EventTarget();
const handler = () => {};
target.addEventListener("ping", handler);
log(getEventListeners(target, "ping")[0] === handler, getEventListeners(target, "nope"), getEventListeners(e, "a").length);
log(EventEmitter.getMaxListeners(target));
EventEmitter.setMaxListeners(7, target, many);
log(EventEmitter.getMaxListeners(target), many.getMaxListeners(), EventEmitter.listenerCount(e, "a"));

// once() and on() with promises
const p = new EventEmitter();
setTimeout(() => p.emit("ready", 1, 2), 1);
log("once", await once(p, "ready"));
setTimeout(() => p.emit("error", new Error("failed")), 1);
try { await once(p, "ready"); } catch (error) { log("once rejected", error.message, p.listenerCount("ready"), p.listenerCount("error")); }
const ac = new AbortController();
const pending = once(p, "never", { signal: ac.signal });
ac.abort();
try { await pending; } catch (error) { log(error.name, error.code, error.message, error.cause?.name, p.listenerCount("never")); }
try { await once(p, "x", { signal: AbortSignal.abort("why") }); } catch (error) { log(error.name, error.cause, Object.keys(error)); }
try { await once(p, "x", { signal: "no" }); } catch (error) { log(error.code, error.message); }
try { await once({}, "x"); } catch (error) { log(error.code, error.message); }
const et = new EventTarget();
setTimeout(() => et.dispatchEvent(new Event("go")), 1);
const [event] = await once(et, "go");
log("EventTarget once", event.type);
log("error once", (await Promise.all([once(p, "error"), Promise.resolve().then(() => p.emit("error", 7))]))[0]);

const it = on(p, "data");
p.emit("data", 1);
p.emit("data", 2, 3);
log(await it.next(), await it.next());
const waiting = it.next();
p.emit("data", 4);
log(await waiting);
p.emit("error", new Error("stream broke"));
try { await it.next(); } catch (error) { log("iterator error", error.message); }
log(await it.next(), p.listenerCount("data"), p.listenerCount("error"));
const it2 = on(p, "tick", { close: ["end"] });
setTimeout(() => { p.emit("tick", "a"); p.emit("tick", "b"); p.emit("end"); p.emit("tick", "c"); }, 1);
for await (const [value] of it2) log("for await", value);
const it3 = on(p, "never");
const [r1, r2] = [it3.next(), it3.next()];
log(await it3.return(), await r1, await r2, p.listenerCount("never"));
try { it3.throw("not an error"); } catch (error) { log(error.code, error.message); }
const ac2 = new AbortController();
const it4 = on(p, "x", { signal: ac2.signal });
const n4 = it4.next();
ac2.abort();
try { await n4; } catch (error) { log("aborted iterator", error.name); }
try { on(p, "x", { signal: AbortSignal.abort() }); } catch (error) { log("on aborted", error.name); }

// captureRejections
const cap = new EventEmitter({ captureRejections: true });
cap.on("job", async () => { throw new Error("async failure"); });
cap.on("error", (error) => log("captured", error.message));
cap.emit("job");
await new Promise((resolve) => setTimeout(resolve, 5));
const custom = new EventEmitter({ captureRejections: true });
custom[captureRejectionSymbol] = (error, type, ...args) => log("rejection hook", error.message, type, args);
custom.on("work", async () => { throw new Error("hooked"); });
custom.emit("work", 1, 2);
await new Promise((resolve) => setTimeout(resolve, 5));

// addAbortListener
const ac3 = new AbortController();
const disposable = EventEmitter.addAbortListener(ac3.signal, () => log("abort listener"));
log(typeof disposable[Symbol.dispose ?? Symbol.for("nodejs.dispose")]);
ac3.abort();
EventEmitter.addAbortListener(AbortSignal.abort(), () => log("already aborted listener"));
log("sync end");
