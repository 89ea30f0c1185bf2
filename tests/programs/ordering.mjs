// Timers, promise reactions, queueMicrotask, nextTick and async functions, in Node's order.
// The order never depends on how fast the machine is: timers that are pending together have
// the same delay (they run in the order they were made), and each phase starts from the last
// callback of the one before it.
const log = (...args) => console.log(...args);

function phaseOne(next) {
  setTimeout(() => log("timeout 1"), 1);
  setTimeout(() => log("timeout 0 (becomes 1)"), 0);
  setTimeout(() => log("timeout -5 (becomes 1)"), -5);
  setTimeout(() => log("timeout 'abc' (becomes 1)"), "abc");
  setTimeout((a, b) => log("timeout with args", a, b), 1, "x", "y");
  const cancelled = setTimeout(() => log("never"), 1);
  clearTimeout(cancelled);
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
  })();
  setTimeout(next, 1);
  log("sync end");
}

function phaseTwo(next) {
  log("phase two");
  setTimeout(() => {
    log("outer timer");
    setTimeout(() => {
      log("inner timer (0)");
      next();
    }, 0);
    Promise.resolve().then(() => log("microtask inside timer"));
    process.nextTick(() => log("tick inside timer"));
  }, 1);
  setTimeout(() => log("same-delay timer after outer"), 1);
}

function phaseThree(next) {
  log("phase three");
  (async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    log("async after timer");
    await Promise.all([1, Promise.resolve(2)]);
    log("async after Promise.all");
    next();
  })();
}

function phaseFour() {
  log("phase four");
  let count = 0;
  const interval = setInterval(() => {
    log("interval", ++count);
    if (count === 3) {
      clearInterval(interval);
      const selfClearing = setInterval(() => {
        log("self-clearing interval");
        clearInterval(selfClearing);
      }, 1);
    }
  }, 1);
}

phaseOne(() => phaseTwo(() => phaseThree(phaseFour)));
