// setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask, and Node's setImmediate
// and clearImmediate.
// Timers are ordered by due time, then by creation; each callback is a macrotask. Delays
// are coerced as Node does: a number, anything below 1 ms (or not a number) becomes 1 ms.
// Immediates run in the loop's turns as Node's check phase: after the timers due in the same
// turn (those queued by a timer's callback run once the due timers have), before the next
// turn's timers (those queued by an immediate wait for it); those queued by other tasks (the
// main module, an operation's result, a message) run first in the next turn, as Node runs
// them after the poll phase that brought the task.
(function (core, ops) {
  "use strict";
  const { SafeMap, PromiseResolve, PromisePrototypeThen, ArrayPrototypePop, ArrayPrototypeSlice, Number, SymbolToPrimitive } = core.primordials;
  const TIMEOUT_MAX = 2 ** 31 - 1;
  // Timers are kept as Node keeps them: a queue per duration, in creation order, which is
  // also due order (the loop's time never goes back), and a binary heap of the queues by
  // their first timer. Starting a timer is an append; taking the next one, a step along its
  // queue and a sift in a heap as small as the number of distinct durations (a heap of every
  // timer would sift through log2(timers) levels each time).
  const queues = new SafeMap(); // duration (ms) -> { ms, timers, head, cleared }
  const heap = []; // queues, the one with the earliest first timer on top
  const active = new SafeMap(); // id -> timer
  let nextId = 1;
  let seq = 0;
  // What the host was last told (when to wake us, whether timers hold the loop open), and
  // whether it may have changed since: it is told at the end of the task (core.whenTaskEnds),
  // so a timer started and cleared in one task costs no call into the host.
  let reportedDue = -1;
  let reportedRef = false;
  let scheduleChanged = false;
  let refCount = 0; // active timers that keep the event loop alive
  const immediates = []; // Immediate objects in the order they were queued, run ones cleared
  let immediateHead = 0;
  // How many of them are still to run (immediates.length - immediateHead), counted apart: the
  // schedule check inlined into every task then reads no array, so the array's first Immediate
  // (its elements turning from none to objects) does not throw that optimized code away.
  let immediatesWaiting = 0;
  let immediateRefs = 0; // queued immediates that keep the event loop alive
  let inTurn = false; // runTimers is running
  let queuedOutsideTurn = false; // an immediate was queued by a task other than a turn's

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
    const added = { ms: timer.ms, timers: [timer], head: 0, cleared: 0 };
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
      heap[0].cleared--;
      advanceTop();
    }
    return undefined;
  }

  // A queue where most timers were cleared before their time (a server's request timeouts,
  // cleared by each answer) keeps only its active ones, so that cleared timers of long
  // durations do not pile up until they would have been due.
  function compact(queue) {
    const kept = [];
    for (let i = queue.head; i < queue.timers.length; i++) {
      const timer = queue.timers[i];
      if (timer.active) kept[kept.length] = timer;
    }
    queue.timers = kept;
    queue.head = 0;
    queue.cleared = 0;
    if (kept.length === 0) {
      queues.delete(queue.ms);
      let at = 0;
      while (heap[at] !== queue) at++;
      heap[at] = heap[heap.length - 1];
      ArrayPrototypePop(heap);
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i); // its first timer changed
  }

  function reschedule() {
    scheduleChanged = true;
  }

  // Tell the host when to wake us (the earliest active timer, or -1 for none) and whether
  // any timer keeps the loop alive, if that changed.
  function reportSchedule() {
    if (!scheduleChanged) return;
    scheduleChanged = false;
    const next = earliest();
    // Queued immediates want the next turn at once.
    const due = immediatesWaiting > 0 ? 0 : next === undefined ? -1 : next.due;
    const ref = refCount > 0 || immediateRefs > 0;
    // A due later than the one reported keeps the host's wake-up: it comes first, and runTimers
    // then reports afresh (a keep-alive timeout pushed back on every request costs no call).
    if (ref === reportedRef && reportedDue >= 0 && due > reportedDue) return;
    if (due !== reportedDue || ref !== reportedRef) {
      reportedDue = due;
      reportedRef = ref;
      ops.setTimer(due, ref);
    }
  }
  core.whenTaskEnds(reportSchedule);

  function coerceDelay(delay) {
    const ms = Number(delay);
    if (ms >= 1 && ms <= TIMEOUT_MAX) return ms;
    if (ms > TIMEOUT_MAX) {
      const { emitWarning } = core.requireBuiltin("internal/warnings");
      emitWarning(`${ms} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, "TimeoutOverflowWarning");
    }
    return 1;
  }

  function checkCallback(callback) {
    if (typeof callback !== "function") throw core.requireBuiltin("internal/errors").invalidArgType("callback", "function", callback);
  }

  function start(callback, delay, args, repeat, ref = true) {
    checkCallback(callback);
    const ms = coerceDelay(delay);
    const timer = {
      id: nextId++, seq: seq++, due: core.loopTime() + ms, ms, callback, args, repeat, active: true, ref,
      context: core.capturedContext(), // (node:async_hooks' stores, for the callback)
    };
    active.set(timer.id, timer);
    push(timer);
    if (ref) refCount++;
    reschedule();
    return timer.id;
  }

  function retire(timer) {
    timer.active = false;
    active.delete(timer.id);
    if (timer.ref) refCount--;
  }

  // An active timer leaves before its time: retired, its callback let go at once (the record
  // waits in its queue until passed over or compacted; what the callback holds, a whole
  // request's objects say, must not wait with it), and counted as a cleared one of its queue.
  function withdraw(timer) {
    retire(timer);
    timer.callback = timer.args = timer.context = null;
    const queue = queues.get(timer.ms); // (the queue it waits in)
    if (++queue.cleared >= 1024 && queue.cleared * 2 >= queue.timers.length - queue.head) compact(queue);
  }

  function clear(id) {
    const timer = active.get(typeof id === "object" && id !== null ? Number(id) : id);
    if (!timer) return;
    withdraw(timer);
    reschedule();
  }

  // After a sandbox call was stopped, what it scheduled must not run in the next call.
  core.whenDropping(() => {
    const timers = [];
    active.forEach((timer) => { timers[timers.length] = timer; });
    for (let i = 0; i < timers.length; i++) retire(timers[i]);
    heap.length = 0;
    queues.clear();
    for (let i = immediateHead; i < immediates.length; i++) if (immediates[i] !== undefined) dequeueImmediate(immediates[i]);
    immediates.length = immediateHead = immediatesWaiting = 0;
    reschedule();
    reportSchedule();
  });

  // For the runtime's own timers (AbortSignal.timeout): they fire, but keep no program alive.
  core.setUnrefTimeout = (callback, delay) => start(callback, delay, [], false, false);
  core.clearTimeout = clear;
  // For node:timers/promises: a timer (repeating or not) that may leave the loop free to end.
  core.startTimer = start;

  // ── Immediates ──

  let dequeueImmediate, runImmediate; // (set by the class, which alone sees its fields)
  class Immediate {
    #callback; #args; #ref = true; #queued = true; #context = core.capturedContext();
    constructor(callback, args) {
      this.#callback = callback;
      this.#args = args;
    }
    hasRef() { return this.#ref && this.#queued; } // (one run or cleared holds nothing)
    ref() {
      if (!this.#ref && this.#queued) immediateRefs++;
      this.#ref = true;
      if (this.#queued) reschedule();
      return this;
    }
    unref() {
      if (this.#ref && this.#queued) immediateRefs--;
      this.#ref = false;
      if (this.#queued) reschedule();
      return this;
    }
    static {
      // Leaves the queue (run, cleared or dropped); true when it was still queued.
      dequeueImmediate = (immediate) => {
        if (!immediate.#queued) return false;
        immediate.#queued = false;
        if (immediate.#ref) immediateRefs--;
        return true;
      };
      runImmediate = (immediate) => {
        if (dequeueImmediate(immediate)) core.runTaskWith(immediate.#callback, immediate.#args, immediate.#context);
      };
    }
  }
  function setImmediate(callback, ...args) {
    checkCallback(callback);
    const immediate = new Immediate(callback, args);
    immediates[immediates.length] = immediate;
    immediateRefs++;
    if (!inTurn) queuedOutsideTurn = true;
    if (++immediatesWaiting === 1) reschedule();
    return immediate;
  }

  function clearImmediate(immediate) {
    if (immediate instanceof Immediate && dequeueImmediate(immediate)) reschedule();
  }

  // The check phase: the immediates queued before it began, in order.
  function runImmediates() {
    const end = immediates.length;
    while (immediateHead < end) {
      const immediate = immediates[immediateHead];
      immediates[immediateHead++] = undefined;
      immediatesWaiting--;
      runImmediate(immediate);
    }
    if (immediateHead === immediates.length) immediates.length = immediateHead = 0;
  }

  // Called by the host when the earliest timer is due: runs every timer due by now.
  core.runTimers = function runTimers() {
    const now = ops.now();
    inTurn = true;
    try {
      if (queuedOutsideTurn) {
        queuedOutsideTurn = false;
        runImmediates();
      }
      for (let timer = earliest(); timer !== undefined && timer.due <= now; timer = earliest()) {
        advanceTop();
        if (timer.repeat) {
          timer.due = now + timer.ms;
          timer.seq = seq++;
          push(timer);
        } else {
          retire(timer);
        }
        core.runTaskWith(timer.callback, timer.args, timer.context);
      }
      runImmediates();
    } finally {
      inTurn = false;
      reportedDue = -2; // force a fresh report
      reschedule();
      reportSchedule();
    }
  };

  // What setTimeout and setInterval return, as in Node (browsers and Deno return the number):
  // npm code calls `.unref()` on it. It converts to its id, so the id works wherever one is
  // expected (clearTimeout(+timeout), as a key).
  class Timeout {
    #timer;
    constructor(timer) {
      this.#timer = timer;
    }
    ref() {
      const timer = this.#timer;
      if (!timer.ref) {
        timer.ref = true;
        if (timer.active) {
          refCount++;
          reschedule();
        }
      }
      return this;
    }
    unref() {
      const timer = this.#timer;
      if (timer.ref) {
        timer.ref = false;
        if (timer.active) {
          refCount--;
          reschedule();
        }
      }
      return this;
    }
    hasRef() {
      return this.#timer.ref;
    }
    // Start the delay again from now (a timeout that already ran starts again too, as in
    // Node): a fresh record under the same id; the old one, retired, is passed over.
    refresh() {
      const timer = this.#timer;
      if (timer.callback === null) return this; // cleared: it stays so (as in Node)
      const again = { ...timer, seq: seq++, due: core.loopTime() + timer.ms, active: true };
      if (timer.active) withdraw(timer);
      this.#timer = again;
      active.set(again.id, again);
      push(again);
      if (again.ref) refCount++;
      reschedule();
      return this;
    }
    close() {
      clear(this.#timer.id);
      return this;
    }
    [SymbolToPrimitive]() {
      return this.#timer.id;
    }
  }

  function track(id) {
    return new Timeout(active.get(id));
  }

  function setTimeout(callback, delay, ...args) {
    return track(start(callback, delay, args, false));
  }
  function setInterval(callback, delay, ...args) {
    return track(start(callback, delay, args, true));
  }
  function clearTimeout(id) {
    clear(id);
  }
  function clearInterval(id) {
    clear(id);
  }
  function queueMicrotask(callback) {
    checkCallback(callback);
    // A promise reaction runs as a microtask; what the callback throws is an uncaught
    // exception, not the rejection of a promise nobody sees. (V8 12 and later carry the async
    // context into the reaction; earlier ones, this does.)
    const context = core.capturedContext();
    PromisePrototypeThen(PromiseResolve(), () => {
      try {
        core.applyInContext(context, callback, []);
      } catch (error) {
        core.uncaught(error);
      }
    });
  }

  // The functions themselves, for node:timers (the globals are the program's to replace).
  core.timerFunctions = { setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval };
  for (const fn of [setTimeout, setInterval, clearTimeout, clearInterval, queueMicrotask, setImmediate, clearImmediate]) {
    core.defineGlobal(fn.name, fn);
  }
})
