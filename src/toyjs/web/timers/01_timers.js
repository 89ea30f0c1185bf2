// setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask.
// Timers are ordered by due time, then by creation; each callback is a macrotask. Delays
// are coerced as Node does: a number, anything below 1 ms (or not a number) becomes 1 ms.
(function (core, ops) {
  "use strict";
  const { SafeMap, PromiseResolve, PromisePrototypeThen } = core.primordials;
  const TIMEOUT_MAX = 2 ** 31 - 1;
  const heap = []; // binary heap of timers by (due, seq)
  const active = new SafeMap(); // id -> timer
  let nextId = 1;
  let seq = 0;
  let scheduledDue = -1;
  let scheduledRef = false;
  let refCount = 0; // active timers that keep the event loop alive

  const before = (a, b) => a.due < b.due || (a.due === b.due && a.seq < b.seq);

  function push(timer) {
    let i = heap.length;
    heap[i] = timer;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      const swap = heap[i];
      heap[i] = heap[parent];
      heap[parent] = swap;
      i = parent;
    }
  }

  function pop() {
    const top = heap[0];
    const last = heap[heap.length - 1];
    heap.length -= 1;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left], heap[smallest])) smallest = left;
        if (right < heap.length && before(heap[right], heap[smallest])) smallest = right;
        if (smallest === i) break;
        const swap = heap[i];
        heap[i] = heap[smallest];
        heap[smallest] = swap;
        i = smallest;
      }
    }
    return top;
  }

  // Tell the host when to wake us (the earliest active timer, or -1 for none) and whether
  // any timer keeps the loop alive.
  function reschedule() {
    while (heap.length > 0 && !heap[0].active) pop();
    const due = heap.length > 0 ? heap[0].due : -1;
    const ref = refCount > 0;
    if (due !== scheduledDue || ref !== scheduledRef) {
      scheduledDue = due;
      scheduledRef = ref;
      ops.setTimer(due, ref);
    }
  }

  function coerceDelay(delay) {
    const ms = Number(delay);
    return ms >= 1 && ms <= TIMEOUT_MAX ? ms : 1;
  }

  function start(callback, delay, args, repeat, ref = true) {
    if (typeof callback !== "function") {
      throw new TypeError(`The "callback" argument must be of type function. Received ${typeof callback}`);
    }
    const ms = coerceDelay(delay);
    const timer = { id: nextId++, seq: seq++, due: core.loopTime() + ms, ms, callback, args, repeat, active: true, ref };
    active.set(timer.id, timer);
    push(timer);
    if (ref) refCount++;
    if (scheduledDue < 0 || timer.due < scheduledDue || (ref && !scheduledRef)) reschedule();
    return timer.id;
  }

  function retire(timer) {
    timer.active = false;
    active.delete(timer.id);
    if (timer.ref) refCount--;
  }

  function clear(id) {
    const timer = active.get(typeof id === "object" && id !== null ? Number(id) : id);
    if (!timer) return;
    retire(timer);
    if (active.size === 0 || heap[0] === timer || refCount === 0) reschedule();
  }

  // After a sandbox call was stopped, what it scheduled must not run in the next call.
  core.clearAllTimers = () => {
    const timers = [];
    active.forEach((timer) => { timers[timers.length] = timer; });
    for (let i = 0; i < timers.length; i++) retire(timers[i]);
    heap.length = 0;
    reschedule();
  };

  // For the runtime's own timers (AbortSignal.timeout): they fire, but keep no program alive.
  core.setUnrefTimeout = (callback, delay) => start(callback, delay, [], false, false);
  core.clearTimeout = clear;

  // Called by the host when the earliest timer is due: runs every timer due by now.
  core.runTimers = function runTimers() {
    const now = ops.now();
    try {
      while (heap.length > 0 && heap[0].due <= now) {
        const timer = pop();
        if (!timer.active) continue;
        if (timer.repeat) {
          timer.due = now + timer.ms;
          timer.seq = seq++;
          push(timer);
        } else {
          retire(timer);
        }
        core.runTaskWith(timer.callback, timer.args);
      }
    } finally {
      scheduledDue = -2; // force a fresh report
      reschedule();
    }
  };

  function setTimeout(callback, delay, ...args) {
    return start(callback, delay, args, false);
  }
  function setInterval(callback, delay, ...args) {
    return start(callback, delay, args, true);
  }
  function clearTimeout(id) {
    clear(id);
  }
  function clearInterval(id) {
    clear(id);
  }
  function queueMicrotask(callback) {
    if (typeof callback !== "function") {
      throw new TypeError(`The "callback" argument must be of type function. Received ${typeof callback}`);
    }
    PromisePrototypeThen(PromiseResolve(), callback);
  }

  for (const fn of [setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask]) {
    core.defineGlobal(fn.name, fn);
  }
})
