// EventTarget, Event, CustomEvent, AbortController, AbortSignal and DOMException, as node has them.
const target = new EventTarget();
const seen = [];
target.addEventListener("ping", (e) => seen.push(["a", e.type, e.eventPhase, e.target === target, e.currentTarget === target]));
target.addEventListener("ping", { handleEvent(e) { seen.push(["obj", e.cancelable]); e.preventDefault(); } });
target.addEventListener("ping", (e) => seen.push(["once"]), { once: true });
const e1 = new Event("ping", { cancelable: true });
console.log(target.dispatchEvent(e1), e1.defaultPrevented, e1.eventPhase, e1.target === target);
target.dispatchEvent(new Event("ping"));
console.log(JSON.stringify(seen));
const ce = new CustomEvent("c", { detail: { x: 1 } });
console.log(ce.detail, ce instanceof Event, Object.prototype.toString.call(ce), ce.isTrusted);
const stop = new EventTarget();
stop.addEventListener("s", (e) => { console.log("first"); e.stopImmediatePropagation(); });
stop.addEventListener("s", () => console.log("never"));
stop.dispatchEvent(new Event("s"));
const ac = new AbortController();
const order = [];
ac.signal.addEventListener("abort", () => order.push("listener"));
ac.signal.onabort = (e) => order.push("onabort " + e.type);
console.log(ac.signal.aborted, ac.signal.reason);
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.code, ac.signal.reason.message, order);
try { ac.signal.throwIfAborted(); } catch (e) { console.log("thrown", e.name, e instanceof DOMException, e instanceof Error); }
const custom = AbortSignal.abort("why");
console.log(custom.aborted, custom.reason);
const any = AbortSignal.any([new AbortController().signal, AbortSignal.abort(42)]);
console.log(any.aborted, any.reason);
const dx = new DOMException("msg", "NotFoundError");
console.log(dx.name, dx.message, dx.code, DOMException.NOT_FOUND_ERR, dx.NOT_FOUND_ERR, Object.prototype.toString.call(dx), String(dx));
console.log(new DOMException().name, new DOMException("m", { name: "DataCloneError", cause: 1 }).cause, new DOMException("x", "Whatever").code);
const signal = AbortSignal.timeout(20);
signal.addEventListener("abort", () => console.log("timeout abort", signal.reason.name, signal.reason.code));
setTimeout(() => console.log("still alive at 40ms"), 40);
const unref = AbortSignal.timeout(100000);
const lstn = new EventTarget();
const ac2 = new AbortController();
lstn.addEventListener("x", () => console.log("removed by signal?"), { signal: ac2.signal });
ac2.abort();
lstn.dispatchEvent(new Event("x"));
try { new AbortSignal(); } catch (e) { console.log(e.constructor.name); }
try { EventTarget.prototype.dispatchEvent.call({}, new Event("x")); } catch (e) { console.log(e.constructor.name); }
try { new Event(); } catch (e) { console.log(e.constructor.name); }
console.log(ac, AbortSignal.abort());
