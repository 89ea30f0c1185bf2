// node:timers/promises: timers as promises (setTimeout, setImmediate), an async iterator of
// intervals (setInterval), and `scheduler`. Each takes { signal, ref }: an AbortSignal that
// rejects with an AbortError (the signal's reason as its cause) and clears the timer, and
// whether the timer keeps the program alive.
"use strict";
const { ObjectDefineProperty, Promise, Symbol, TypeError } = core.primordials;
const {
  codedError, AbortError, validateAbortSignal, validateBoolean, validateObject, invalidArgType,
} = require("internal/errors");

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// The options every function takes: the signal and ref, validated.
function readOptions(options) {
  validateObject(options, "options");
  const { signal, ref = true } = options;
  validateAbortSignal(signal, "options.signal");
  validateBoolean(ref, "options.ref");
  return { signal, ref };
}

function validateDelay(delay) {
  if (delay !== undefined && typeof delay !== "number") throw invalidArgType("delay", "number", delay);
}

// A promise that `arm(settle)` settles by calling settle() (with what it resolves with); it is
// rejected instead when the signal aborts first, and `disarm` cancels what arm started.
function whenDone(signal, arm, disarm) {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      disarm();
      reject(abortErrorFor(signal));
    };
    arm((value) => {
      if (signal !== undefined) core.removeListener(signal, "abort", onAbort);
      resolve(value);
    });
    if (signal !== undefined) core.addListener(signal, "abort", onAbort, { once: true });
  });
}

async function setTimeout(delay, value, options = {}) {
  validateDelay(delay);
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortErrorFor(signal);
  let id;
  return await whenDone(
    signal,
    (settle) => { id = core.startTimer(settle, delay, [value], false, ref); },
    () => core.clearTimeout(id),
  );
}

async function setImmediate(value, options = {}) {
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortErrorFor(signal);
  let immediate;
  return await whenDone(
    signal,
    (settle) => {
      immediate = core.timerFunctions.setImmediate(settle, value);
      if (!ref) immediate.unref();
    },
    () => core.timerFunctions.clearImmediate(immediate),
  );
}

// Yields `value` once per interval; intervals that passed while the consumer was busy are
// each yielded in turn.
async function* setInterval(delay, value, options = {}) {
  validateDelay(delay);
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortErrorFor(signal);
  let pending = 0; // intervals not yielded yet
  let wake = null; // [resolve, reject] while waiting for the next interval
  const id = core.startTimer(() => {
    pending++;
    if (wake !== null) {
      wake[0]();
      wake = null;
    }
  }, delay, [], true, ref);
  const onAbort = () => {
    if (wake !== null) {
      wake[1](abortErrorFor(signal));
      wake = null;
    }
  };
  if (signal !== undefined) core.addListener(signal, "abort", onAbort, { once: true });
  try {
    while (!signal?.aborted) {
      if (pending === 0) await new Promise((resolve, reject) => { wake = [resolve, reject]; });
      for (; pending > 0; pending--) yield value;
    }
    throw abortErrorFor(signal);
  } finally {
    core.clearTimeout(id);
    if (signal !== undefined) core.removeListener(signal, "abort", onAbort);
  }
}

// The scheduler API (a proposal Node carries): wait() is setTimeout without a value, yield()
// setImmediate.
const kScheduler = Symbol("kScheduler");
let constructing = false;
function checkThis(self) {
  if (self[kScheduler] !== true) { // (null and undefined fail at the read itself, as in Node)
    throw codedError(TypeError, "ERR_INVALID_THIS", 'Value of "this" must be of type Scheduler', checkThis);
  }
}
class Scheduler {
  constructor() {
    if (!constructing) throw codedError(TypeError, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor", Scheduler);
    ObjectDefineProperty(this, kScheduler, { value: true, writable: true, enumerable: true, configurable: true });
  }
  yield() {
    checkThis(this);
    return setImmediate();
  }
  wait(delay, options) {
    checkThis(this);
    return setTimeout(delay, undefined, options);
  }
}
constructing = true;
const scheduler = new Scheduler();
constructing = false;

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
