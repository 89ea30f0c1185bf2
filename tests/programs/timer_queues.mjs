// Timer order in the cases the per-duration queues must get right; printed lines are
// compared with node's.
const log = (...parts) => console.log(...parts);

// Same delay: creation order. Different delays: due order (delays far enough apart that a
// loaded machine keeps their order: a batch late by 70 ms would still run before "short").
setTimeout(() => log("same 1"), 5);
setTimeout(() => log("same 2"), 5);
setTimeout(() => log("same 3"), 5);
setTimeout(() => log("long"), 240);
setTimeout(() => log("short"), 80);
setTimeout(() => log("middle"), 160);

// Clearing the first timer of a queue, and a later one from a callback of the same batch.
const head = setTimeout(() => log("cleared head: must not run"), 5);
clearTimeout(head);
let doomed;
setTimeout(() => { log("clears a timer due in the same batch"); clearTimeout(doomed); }, 5);
doomed = setTimeout(() => log("cleared in batch: must not run"), 5);

// A timer started by a callback runs after the timers already due.
setTimeout(() => {
  log("outer");
  setTimeout(() => log("started by outer"), 0);
}, 5);
setTimeout(() => log("after outer, already due"), 5);

// An interval, three times, cleared from inside.
let ticks = 0;
const interval = setInterval(() => {
  ticks += 1;
  log("interval", ticks);
  if (ticks === 3) clearInterval(interval);
}, 100);

// Thousands of timers across durations, a third of them cleared: each duration keeps
// creation order, every live one runs once.
setTimeout(() => {
  const fired = new Map();
  const ids = [];
  let expected = 0;
  for (let i = 0; i < 6000; i++) {
    const ms = 1 + (i % 4);
    const id = setTimeout(() => {
      const list = fired.get(ms) ?? [];
      list.push(i);
      fired.set(ms, list);
    }, ms);
    if (i % 3 === 1) clearTimeout(id);
    else expected += 1;
    ids.push(id);
  }
  setTimeout(() => {
    let total = 0;
    let ordered = true;
    for (const [, list] of fired) {
      total += list.length;
      for (let k = 1; k < list.length; k++) if (list[k] <= list[k - 1]) ordered = false;
    }
    log("bulk", total === expected, ordered, [...fired.keys()].sort());
  }, 30);
}, 400);
