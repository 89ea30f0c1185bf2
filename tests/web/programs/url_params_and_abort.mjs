// URLSearchParams as Web IDL and the URL Standard have it.
const url = new URL("http://h/p?a=1&b=2&c=3");
const seen = [];
for (const [name] of url.searchParams) { seen.push(name); url.searchParams.delete(name); }
console.log(seen, String(url.searchParams), url.search);
console.log([...new URLSearchParams({ "\uD835x": "1", xx: "2", "\uD83Dx": "3" })]);
console.log(new URLSearchParams([["\uDC00", "\uD800"]]).toString());
console.log([...new URLSearchParams("%EF%BB%BFa=%EF%BB%BF")].map(([k, v]) => [k.length, v.charCodeAt(0).toString(16)]));
console.log(String(new URLSearchParams(Object.assign(function f() {}, { x: 1 }))));
try { new URLSearchParams({ [Symbol("s")]: 1 }); } catch (e) { console.log(e.constructor.name); }
// AbortSignal.any: dependents are aborted before any abort event fires, in order.
const controller = new AbortController();
const signals = [controller.signal, AbortSignal.any([controller.signal])];
signals.push(AbortSignal.any([signals[1]]));
let order = "";
signals.forEach((s, i) => s.addEventListener("abort", (e) => { order += i + (signals.every((t) => t.aborted) ? "+" : "-") + e.isTrusted; }));
controller.abort("why");
console.log(order, signals[2].reason);
// addEventListener reads its options before a null listener returns.
const target = new EventTarget();
let read = [];
target.addEventListener("x", null, { get capture() { read.push("capture"); }, get once() { read.push("once"); }, get passive() { read.push("passive"); }, get signal() { read.push("signal"); } });
console.log(read);
try { target.addEventListener("x", null, { signal: null }); } catch (e) { console.log(e.constructor.name); }
console.log(new Event("x").isTrusted);
