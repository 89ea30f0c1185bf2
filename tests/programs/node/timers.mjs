// node:timers and node:timers/promises compared with node: setImmediate's place in the loop,
// the promise forms with their options, errors and abort reasons, and scheduler.
import timers, { setTimeout as st, setImmediate as si, clearImmediate as ci } from "node:timers";
import * as timersNamespace from "timers";
import * as promises from "node:timers/promises";
import { setTimeout as sleep, setImmediate as immediate, setInterval as every, scheduler } from "timers/promises";

const log = (...args) => console.log(...args);
const own = ["setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "promises"];
log(own.every((name) => name in timersNamespace), Object.keys(promises));
log(st === globalThis.setTimeout, si === globalThis.setImmediate, ci === globalThis.clearImmediate);
log(timers.setInterval === setInterval, timers.clearTimeout === clearTimeout, timers.promises === promises.default);
log(typeof setImmediate, typeof clearImmediate);

// setImmediate: order with ticks, microtasks and timers
await new Promise((resolve) => {
  setImmediate((a, b) => log("immediate args", a, b), 1, 2);
  const cleared = setImmediate(() => log("never: cleared"));
  clearImmediate(cleared);
  clearImmediate(undefined);
  log(typeof cleared.ref, typeof cleared.unref, cleared.hasRef());
  setTimeout(() => {
    log("timer A");
    setImmediate(() => {
      log("immediate from timer A");
      process.nextTick(() => log("tick after immediate"));
      Promise.resolve().then(() => log("microtask after immediate"));
      setImmediate(() => {
        log("immediate from immediate");
        resolve();
      });
    });
    setImmediate(() => log("second immediate from timer A"));
  }, 5);
});

// promise forms
log(await sleep(1, "slept"), await sleep(), await sleep(undefined, 3, undefined), await immediate("now"));
log(await sleep(2 ** 31, "overflow"), await scheduler.wait(1), await scheduler.yield());
const check = async (label, fn) => {
  try {
    log(label, "->", await fn());
  } catch (error) {
    log(label, "rejected", error.name, error.code, error.message, error.cause instanceof Error ? error.cause.message : error.cause);
  }
};
await check("delay type", () => sleep("1"));
await check("options null", () => sleep(1, 1, null));
await check("options array", () => sleep(1, 1, []));
await check("signal type", () => sleep(1, 1, { signal: {} }));
await check("ref type", () => sleep(1, 1, { ref: "no" }));
await check("immediate options", () => immediate(1, 5));
await check("immediate ref", () => immediate(1, { ref: 0 }));
await check("aborted", () => sleep(1, 1, { signal: AbortSignal.abort("reason") }));
await check("immediate aborted", () => immediate(1, { signal: AbortSignal.abort(7) }));
await check("wait aborted", () => scheduler.wait(1, { signal: AbortSignal.abort("w") }));
await check("wait this", () => scheduler.wait.call({}, 1));
await check("yield this", () => scheduler.yield.call(null));
await check("Scheduler", () => new scheduler.constructor());
const ac = new AbortController();
const later = sleep(1000, "late", { signal: ac.signal });
setTimeout(() => ac.abort(new Error("stopped")), 2);
await check("aborted while waiting", () => later);
const ac2 = new AbortController();
const soon = immediate("x", { signal: ac2.signal });
ac2.abort();
await check("immediate aborted while waiting", () => soon);

// setInterval as an async iterator
const interval = every(2, "beat");
log(Object.prototype.toString.call(interval), typeof interval[Symbol.asyncIterator]);
let beats = 0;
for await (const value of interval) {
  log("interval", value, beats);
  if (++beats === 3) break;
}
log(await interval.next());
const slow = every(1, "missed");
await slow.next();
await sleep(20);
const burst = [await slow.next(), await slow.next()];
log(burst.map((r) => r.value));
await slow.return();
await check("interval bad delay", () => every("x").next());
await check("interval bad options", () => every(1, 1, 5).next());
await check("interval aborted first", () => every(1, 1, { signal: AbortSignal.abort() }).next());
const ac3 = new AbortController();
const ticking = every(1, "t", { signal: ac3.signal });
log(await ticking.next());
ac3.abort("halt");
await check("interval aborted", () => ticking.next());
log(await ticking.next());

// unref'd timers leave the program free to end
sleep(100000, "never", { ref: false }).then(log);
// (the overflowing timer is set once the immediate ran: set beside it, whether a 1 ms timer
// or an immediate runs first depends on how long the module took, in node as here)
immediate("ref'd immediate").then((value) => {
  log(value);
  setTimeout(() => log("overflowing timer"), 2 ** 31 + 5);
});
const unrefd = setImmediate(() => log("never: unref'd immediate"));
unrefd.unref();
log(unrefd.hasRef(), unrefd.ref() === unrefd, unrefd.hasRef(), unrefd.unref().hasRef());
try { setImmediate("nope"); } catch (error) { log(error.name, error.code, error.message); }
try { setTimeout(42); } catch (error) { log(error.name, error.code, error.message); }
try { queueMicrotask(null); } catch (error) { log(error.name, error.code, error.message); }
log("end of module");
