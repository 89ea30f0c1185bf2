// The host's JS half: macrotasks, the process.nextTick queue and deferred promises.
// Evaluated after host/primordials.js; returns the `core` object that later files extend and
// share. `ops` (the Python functions JS calls) is filled in by core.start() once a runtime's
// snapshot is loaded.
(function (ops, primordials) {
  "use strict";
  // The built-ins this code and every web API file use while programs run (host/primordials.js).
  const { ReflectApply, ObjectAssign, ObjectDefineProperty, ObjectFreeze, ArrayPrototypeSplice, Promise, String, TypeError } = primordials;

  // The async context a callback runs in (node:async_hooks' AsyncLocalStorage stores): the one
  // current when it was scheduled. V8 carries it along promise continuations where it can
  // (ops.asyncContext, V8 12 and later); ticks, timers and immediates carry it here. Nothing
  // is captured until node:async_hooks loads (core.trackAsyncContext).
  let contextTracked = false;
  let contextWithoutV8; // the current context where V8 cannot hold it
  function currentContext() {
    return ops.asyncContext !== undefined ? ops.asyncContext() : contextWithoutV8;
  }
  // Makes `context` current; returns the one it replaces.
  function enterContext(context) {
    if (ops.asyncContext !== undefined) return ops.asyncContext(context);
    const previous = contextWithoutV8;
    contextWithoutV8 = context;
    return previous;
  }
  // What a callback scheduled now will run in.
  const capturedContext = () => (contextTracked ? currentContext() : undefined);
  function applyInContext(context, callback, args) {
    if (!contextTracked) return ReflectApply(callback, undefined, args);
    const previous = enterContext(context);
    try {
      return ReflectApply(callback, undefined, args);
    } finally {
      enterContext(previous);
    }
  }

  const tickQueue = [];
  let tickHead = 0;
  // The loop's clock, read once per macrotask (as libuv caches its "now"): timers started in
  // one macrotask share a start time, and starting one costs no call into the host.
  let cachedNow = -1;

  // Node's order after every macrotask: all queued ticks, then the microtasks, until both
  // queues are empty (ticks queued by microtasks run after the microtask queue drained).
  function processTicks() {
    do {
      while (tickHead < tickQueue.length) {
        const tick = tickQueue[tickHead];
        tickQueue[tickHead++] = undefined;
        if (tickHead >= 4096 && tickHead * 2 >= tickQueue.length) {
          // Ticks that keep queueing ticks: drop the run part, or the queue only grows.
          ArrayPrototypeSplice(tickQueue, 0, tickHead);
          tickHead = 0;
        }
        applyInContext(tick.context, tick.callback, tick.args);
      }
      tickQueue.length = 0;
      tickHead = 0;
      ops.runMicrotasks();
    } while (tickQueue.length > 0);
    cachedNow = -1; // the macrotask is over
    for (let i = 0; i < taskEndHooks.length; i++) taskEndHooks[i]();
  }
  const taskEndHooks = [];

  // Thrown out of a batch of tasks once the loop is ending; the host already holds the
  // error that ends it.
  const loopEnding = ObjectFreeze({ reason: "the event loop is ending" });
  // Set when the host may have been told to end the loop (an uncaught error, a worker's
  // close()): with it or an unhandled rejection, a task's end asks the host whether to stop.
  let endingReported = false;
  const rethrow = (error) => {
    throw error;
  };
  const startHooks = [];
  const dropHooks = [];

  // A class instance (not a plain object) so that Python holds it as a live handle.
  class Core {}
  const core = ObjectAssign(new Core(), {
    ops,
    primordials,

    // Keys for internals that classes share with each other, not with programs.
    dispatchInternals: Symbol("toyjs.dispatchInternals"),

    // Runs one web-API file: its function gets the shared core and the ops.
    load(install) {
      install(core, ops);
    },

    // The files run once per process, into the startup snapshot, before the ops exist; what
    // needs the host (argv, the time origin) waits for start(), which brings the ops.
    whenStarted(callback) {
      startHooks[startHooks.length] = callback;
    },
    start(table) {
      primordials.takeSharedArrayBuffer();
      ObjectAssign(ops, table);
      for (let i = 0; i < startHooks.length; i++) startHooks[i]();
      startHooks.length = 0;
    },

    // What the host must learn before it goes on (when to wake for the next timer): told once
    // per macrotask, however often a task changed it, after its ticks and microtasks.
    whenTaskEnds(callback) {
      taskEndHooks[taskEndHooks.length] = callback;
    },

    // A stopped sandbox call's work must not run in the next call (a tick that queues itself
    // would stop every later call): its ticks here, and what the areas registered (timers).
    whenDropping(callback) {
      dropHooks[dropHooks.length] = callback;
    },
    dropScheduled() {
      tickQueue.length = 0;
      tickHead = 0;
      for (let i = 0; i < dropHooks.length; i++) dropHooks[i]();
    },

    // An error an event listener threw is an uncaught exception, as in Node: thrown again
    // from a tick of its own, it ends the program there (the dispatch goes on meanwhile).
    reportError(error) {
      tickQueue[tickQueue.length] = { callback: rethrow, args: [error] };
    },
    // An error a queueMicrotask callback threw ends the program before any other task runs.
    uncaught(error) {
      endingReported = true;
      ops.uncaught(() => rethrow(error));
    },
    // Something told the host to end the loop after the running task (a worker's close()).
    endingRequested() {
      endingReported = true;
    },

    nextTick(callback, ...args) {
      if (typeof callback !== "function") {
        throw new TypeError(`The "callback" argument must be of type function. Received ${String(callback)}`);
      }
      tickQueue[tickQueue.length] = { callback, args, context: capturedContext() };
    },

    trackAsyncContext() {
      contextTracked = true;
    },
    currentContext,
    enterContext,
    capturedContext,
    applyInContext,

    processTicks,

    loopTime() {
      if (cachedNow < 0) cachedNow = ops.now();
      return cachedNow;
    },

    // One macrotask: the callback, then ticks and microtasks.
    runTask(callback, ...args) {
      return core.runTaskWith(callback, args);
    },
    // After each task, as Node does, the host looks for promises rejected with no handler
    // (and for an error a microtask threw, a worker's close()): each ends the program before
    // the next task of the same batch (timers due together, messages that arrived together).
    // `context`: the async context the callback was scheduled in (core.capturedContext()).
    runTaskWith(callback, args, context) {
      cachedNow = -1;
      let result;
      try {
        result = applyInContext(context, callback, args);
      } finally {
        processTicks();
      }
      if (endingReported || ops.hasUnhandledRejections()) {
        endingReported = false;
        if (ops.taskEnded()) throw loopEnding;
      }
      return result;
    },

    // A promise with its settle functions, for operations that finish later in Python.
    deferred() {
      let resolve, reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return [promise, resolve, reject];
    },

    // Rejects with what `thrower` (a Python function raising the error) throws.
    rejectWith(reject, thrower) {
      try {
        thrower();
      } catch (error) {
        reject(error);
      }
    },

    defineGlobal(name, value) {
      ObjectDefineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    },

    // Methods on a prototype are non-enumerable, as WebIDL and classes make them.
    nonEnumerable(object, ...names) {
      for (let i = 0; i < names.length; i++) ObjectDefineProperty(object, names[i], { enumerable: false });
    },
  });
  return core;
})
