// setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask.
// Timers are ordered by due time, then by creation; each callback is a macrotask. Delays
// are coerced as Node does: a number, anything below 1 ms (or not a number) becomes 1 ms.
(function (core, ops) {
  "use strict";
  const { SafeMap, PromiseResolve, PromisePrototypeThen, ReflectApply, ArrayPrototypePop, ArrayPrototypeSlice, Number, TypeError } = core.primordials;
  const TIMEOUT_MAX = 2 ** 31 - 1;
  // Timers are kept as Node keeps them: a queue per duration, in creation order, which is
  // also due order (the loop's time never goes back), and a binary heap of the queues by
  // their first timer. Starting a timer is an append; taking the next one, a step along its
  // queue and a sift in a heap as small as the number of distinct durations (a heap of every
  // timer would sift through log2(timers) levels each time).
  const queues = new SafeMap(); // duration (ms) -> { ms, timers, head }
  const heap = []; // queues, the one with the earliest first timer on top
  const active = new SafeMap(); // id -> timer
  let nextId = 1;
  let seq = 0;
  let scheduledDue = -1;
  let scheduledRef = false;
  let refCount = 0; // active timers that keep the event loop alive

  const first = (queue) => queue.timers[queue.head];
  const before = (a, b) => a.due < b.due || (a.due === b.due && a.seq < b.seq);

  function siftDown(i) {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(first(heap[left]), first(heap[smallest]))) smallest = left;
      if (right < heap.length && before(first(heap[right]), first(heap[smallest]))) smallest = right;
      if (smallest === i) return;
      const queue = heap[i];
      heap[i] = heap[smallest];
      heap[smallest] = queue;
      i = smallest;
    }
  }

  function push(timer) {
    const queue = queues.get(timer.ms);
    if (queue !== undefined) {
      const last = queue.timers[queue.timers.length - 1];
      // An interval re-armed with its batch's start time may fall behind a timer that an
      // earlier callback of the batch started: it waits for it, as the queue stays in order.
      if (timer.due < last.due) timer.due = last.due;
      queue.timers[queue.timers.length] = timer;
      return;
    }
    const added = { ms: timer.ms, timers: [timer], head: 0 };
    queues.set(timer.ms, added);
    let i = heap.length;
    heap[i] = added;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(timer, first(heap[parent]))) break;
      heap[i] = heap[parent];
      heap[parent] = added;
      i = parent;
    }
  }

  // Moves the top queue past its first timer; a spent queue leaves the heap.
  function advanceTop() {
    const queue = heap[0];
    queue.timers[queue.head++] = undefined;
    if (queue.head < queue.timers.length) {
      if (queue.head >= 1024 && queue.head * 2 >= queue.timers.length) {
        queue.timers = ArrayPrototypeSlice(queue.timers, queue.head); // let go of the part already run
        queue.head = 0;
      }
    } else {
      queues.delete(queue.ms);
      const last = ArrayPrototypePop(heap);
      if (heap.length === 0) return;
      heap[0] = last;
    }
    siftDown(0);
  }

  // The earliest active timer, or undefined; cleared timers are dropped as they surface.
  function earliest() {
    while (heap.length > 0) {
      const timer = first(heap[0]);
      if (timer.active) return timer;
      advanceTop();
    }
    return undefined;
  }

  // Tell the host when to wake us (the earliest active timer, or -1 for none) and whether
  // any timer keeps the loop alive.
  function reschedule() {
    const next = earliest();
    const due = next === undefined ? -1 : next.due;
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
    if (active.size === 0 || timer.due === scheduledDue || refCount === 0) reschedule();
  }

  // After a sandbox call was stopped, what it scheduled must not run in the next call.
  core.whenDropping(() => {
    const timers = [];
    active.forEach((timer) => { timers[timers.length] = timer; });
    for (let i = 0; i < timers.length; i++) retire(timers[i]);
    heap.length = 0;
    queues.clear();
    reschedule();
  });

  // For the runtime's own timers (AbortSignal.timeout): they fire, but keep no program alive.
  core.setUnrefTimeout = (callback, delay) => start(callback, delay, [], false, false);
  core.clearTimeout = clear;

  // Called by the host when the earliest timer is due: runs every timer due by now.
  core.runTimers = function runTimers() {
    const now = ops.now();
    try {
      for (let timer = earliest(); timer !== undefined && timer.due <= now; timer = earliest()) {
        advanceTop();
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
    // A promise reaction runs as a microtask; what the callback throws is an uncaught
    // exception, not the rejection of a promise nobody sees.
    PromisePrototypeThen(PromiseResolve(), () => {
      try {
        ReflectApply(callback, undefined, []);
      } catch (error) {
        core.uncaught(error);
      }
    });
  }

  for (const fn of [setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask]) {
    core.defineGlobal(fn.name, fn);
  }
})
