// Timers, promise reactions, queueMicrotask, nextTick and async functions, in Node's order.
// Delays are far enough apart that the order does not depend on how fast start-up was.
const log = (...args) => console.log(...args);
setTimeout(() => log("timeout 1"), 1);
setTimeout(() => log("timeout 0 (becomes 1)"), 0);
setTimeout(() => log("timeout -5 (becomes 1)"), -5);
setTimeout(() => log("timeout 'abc' (becomes 1)"), "abc");
setTimeout((a, b) => log("timeout with args", a, b), 30, "x", "y");
Promise.resolve().then(() => log("promise 1")).then(() => log("promise 2"));
queueMicrotask(() => log("queueMicrotask"));
process.nextTick(() => log("nextTick 1"));
process.nextTick(() => {
  log("nextTick 2");
  process.nextTick(() => log("nested nextTick"));
  Promise.resolve().then(() => log("promise from tick"));
});
(async () => {
  log("async start");
  await null;
  log("async after await 1");
  await new Promise((r) => setTimeout(r, 60));
  log("async after timer");
  await Promise.all([1, Promise.resolve(2)]);
  log("async after Promise.all");
})();
let count = 0;
const interval = setInterval(() => {
  log("interval", ++count);
  if (count === 3) clearInterval(interval);
}, 100);
const cancelled = setTimeout(() => log("never"), 2);
clearTimeout(cancelled);
setTimeout(() => {
  log("outer timer");
  setTimeout(() => log("inner timer (0)"), 0);
  Promise.resolve().then(() => log("microtask inside timer"));
  process.nextTick(() => log("tick inside timer"));
}, 10);
setTimeout(() => log("same-delay timer after outer"), 10);
const selfClearing = setInterval(() => {
  log("self-clearing interval");
  clearInterval(selfClearing);
}, 1);
log("sync end");
