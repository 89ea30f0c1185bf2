// node:diagnostics_channel: channels by name, subscribing by channel and by name, publish with
// subscribers changing meanwhile, argument errors, and tracing channels around sync, promise
// and callback calls (with and without subscribers, succeeding and failing).
import dc, { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel } from "node:diagnostics_channel";
import * as namespace from "diagnostics_channel";

const show = (value) => JSON.stringify(value, (key, v) => (v instanceof Error ? `Error(${v.message})` : v));
function attempt(label, f) {
  try {
    console.log(label, show(f()));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

console.log(Object.keys(dc).join(), namespace.default === dc, namespace.channel === channel);
const a = channel("a");
console.log(a.name, a.hasSubscribers, a === channel("a"), a instanceof Channel, typeof Channel.prototype.publish);
const seen = (label) => (message, name) => console.log(label, show(message), String(name));
const f = seen("f");
a.subscribe(f);
console.log(a.hasSubscribers, hasSubscribers("a"), hasSubscribers("never made"), hasSubscribers(1), hasSubscribers(Symbol("x")));
a.publish({ x: 1 });
a.publish(undefined);
console.log(a.unsubscribe(f), a.unsubscribe(f), a.hasSubscribers, hasSubscribers("a"));
a.publish("nobody hears this");

console.log(unsubscribe("b", f), subscribe("b", f), hasSubscribers("b"));
channel("b").publish("by name");
console.log(unsubscribe("b", f), hasSubscribers("b"));

const symbol = Symbol("s");
const bySymbol = channel(symbol);
console.log(bySymbol.name === symbol, channel(symbol) === bySymbol, String(bySymbol.name));
subscribe(symbol, f);
bySymbol.publish([1, 2]);
unsubscribe(symbol, f);

const fresh = new Channel("made directly");
console.log(fresh.name, fresh.hasSubscribers, fresh === channel("made directly"), new Channel(1).name, new Channel("made directly") === fresh);

// A publish reaches the subscribers there were when it began.
const u = channel("u");
const second = seen("second");
const later = seen("later");
const first = (message) => {
  console.log("first", message);
  u.unsubscribe(first);
  u.subscribe(later);
};
u.subscribe(first);
u.subscribe(second);
u.subscribe(first);
u.publish(1);
u.publish(2);

for (const value of [1, null, undefined, {}, true, 1n]) attempt(`channel ${typeof value}`, () => channel(value));
attempt("subscribe 1", () => a.subscribe(1));
attempt("subscribe name 1", () => subscribe("a", 1));
attempt("subscribe 1 f", () => subscribe(1, f));
attempt("unsubscribe 1 f", () => unsubscribe(1, f));
attempt("unsubscribe not subscribed", () => a.unsubscribe(() => {}));

const t = tracingChannel("t");
console.log(Object.keys(t).join(), Object.getOwnPropertyNames(t).join(), t.start.name, t.asyncEnd.name, t.start === channel("tracing:t:start"), t.hasSubscribers);
const handlers = {};
for (const event of ["start", "end", "asyncStart", "asyncEnd", "error"]) handlers[event] = (message, name) => console.log(" ", event, name, show(message));
console.log("subscribe", t.subscribe(handlers), t.hasSubscribers, hasSubscribers("tracing:t:error"));

console.log("sync", show(t.traceSync(function (x, y) { return [this.k, x + y]; }, { ctx: 1 }, { k: "this" }, 2, 3)));
attempt("sync throws", () => t.traceSync(() => { throw new Error("boom"); }, { ctx: 2 }));
attempt("sync default context", () => t.traceSync(() => 5));
attempt("sync not a function", () => t.traceSync(1));
attempt("callback not a function", () => t.traceCallback((x) => x, -1, {}, null, 1));
attempt("callback sync error", () => t.traceCallback((cb, x) => cb(new Error("cb error"), x), 0, { ctx: 6 }, null, (error, value) => console.log("  callback", error.message, value), 1));

const results = [];
results.push(t.tracePromise(async (x) => x * 2, { ctx: 3 }, null, 21).then((v) => console.log("promise", v)));
results.push(t.tracePromise(async () => { throw new Error("no"); }, { ctx: 4 }).catch((e) => console.log("rejected", e.message)));
results.push(t.tracePromise(() => 9, { ctx: 7 }).then((v) => console.log("plain value", v)));
results.push(t.tracePromise(() => ({ then(resolve) { resolve(11); } }), { ctx: 8 }).then((v) => console.log("thenable", v)));
attempt("promise throws at once", () => t.tracePromise(() => { throw new Error("early"); }, { ctx: 9 }));
results.push(new Promise((resolve) => {
  t.traceCallback((x, cb) => setTimeout(() => cb(null, x + 1), 1), -1, { ctx: 5 }, null, 41, (error, value) => {
    console.log("callback", error, value);
    resolve();
  });
}));
await Promise.all(results);

console.log("unsubscribe", t.unsubscribe(handlers), t.unsubscribe(handlers), t.hasSubscribers);
console.log("untraced", t.traceSync(() => 7), t.tracePromise(() => 9), t.traceCallback((x) => x, -1, {}, null, 1));

// Some handlers only.
const partial = tracingChannel("partial");
partial.subscribe({ end: (m) => console.log("  partial end", show(m)) });
console.log(partial.hasSubscribers, partial.start.hasSubscribers, partial.traceSync(() => "p", { ctx: 10 }));
console.log(partial.unsubscribe({ end: () => {} }), partial.unsubscribe({}));

const own = { start: channel("s1"), end: channel("e1"), asyncStart: channel("as1"), asyncEnd: channel("ae1"), error: channel("er1") };
const fromChannels = tracingChannel(own);
console.log(fromChannels.start === own.start, fromChannels.error.name, tracingChannel("t") === t, tracingChannel(t).end === t.end);
attempt("tracing 1", () => tracingChannel(1));
attempt("tracing symbol", () => tracingChannel(Symbol("q")));
attempt("tracing null", () => tracingChannel(null));
attempt("tracing missing", () => tracingChannel({ start: channel("s2") }));
attempt("tracing numbers", () => tracingChannel({ start: 1, end: 1, asyncStart: 1, asyncEnd: 1, error: 1 }));
attempt("tracing strings", () => tracingChannel({ ...own, asyncEnd: "d" }));
