// node:events: EventEmitter, and the helpers that wait on emitters and EventTargets.
//
// Listeners live where Node keeps them and npm packages look for them: `_events` (an object
// without prototype) maps each event to its one listener, or to an array of them. An array is
// never changed once stored: adding or removing a listener stores a new one, so `emit` walks
// what it read without copying it, and listeners that add or remove others during an emit do
// not change who that emit calls. `once` listeners are wrappers whose `listener` property is
// the function given.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeConcat, ArrayPrototypePush, ArrayPrototypeSlice, Boolean, Error,
  FunctionPrototypeCall, NumberIsNaN, ObjectDefineProperty, ObjectDefineProperties, ObjectGetPrototypeOf,
  ObjectSetPrototypeOf, Promise, PromisePrototypeThen, PromiseReject, PromiseResolve, ReflectApply,
  ReflectOwnKeys, SafeWeakMap, String, Symbol, SymbolAsyncIterator,
} = core.primordials;
const {
  codedError, invalidArgType, outOfRange, AbortError, validateAbortSignal, validateBoolean, validateFunction,
} = require("internal/errors");
const { emitWarning } = require("internal/warnings");

const kCapture = Symbol("kCapture");
const kShapeMode = Symbol("shapeMode");
const kRejection = Symbol.for("nodejs.rejection");
const kErrorMonitor = Symbol("events.errorMonitor");
const kMaxEventTargetListeners = Symbol("events.maxEventTargetListeners");
const kMaxEventTargetListenersWarned = Symbol("events.maxEventTargetListenersWarned");
const kDispose = Symbol.dispose ?? Symbol.for("nodejs.dispose");

let defaultMaxListeners = 10;
// EventTargets have no max-listeners field of their own: what setMaxListeners gave them.
const eventTargetMaxListeners = new SafeWeakMap();

function EventEmitter(options) {
  FunctionPrototypeCall(EventEmitter.init, this, options);
}

function init(options) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true; // a subclass gave its own _events
  }
  this._maxListeners = this._maxListeners || undefined;
  if (options?.captureRejections) {
    validateBoolean(options.captureRejections, "options.captureRejections");
    this[kCapture] = Boolean(options.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function checkListener(listener) {
  validateFunction(listener, "listener");
}

function checkMaxListeners(n, name) {
  if (typeof n !== "number") throw invalidArgType(name, "number", n);
  if (n < 0 || NumberIsNaN(n)) throw outOfRange(name, ">= 0", n);
}

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

// ── Emitting ──

function emit(type, a, b, c) {
  const events = this._events;
  let isError = type === "error";
  if (events !== undefined) {
    if (isError && events[kErrorMonitor] !== undefined) ReflectApply(emit, this, ArrayPrototypeConcat([kErrorMonitor], ArrayPrototypeSlice(arguments, 1)));
    isError = isError && events.error === undefined;
  } else if (!isError) {
    return false;
  }
  if (isError) throw unhandledError(arguments.length > 1 ? a : undefined);
  const handler = events[type];
  if (handler === undefined) return false;
  const count = arguments.length;
  const capture = this[kCapture] === true;
  if (typeof handler === "function") {
    const result = callListener(this, handler, count, a, b, c, arguments);
    if (capture) catchRejection(this, result, type, arguments);
  } else {
    for (let i = 0; i < handler.length; i++) {
      const result = callListener(this, handler[i], count, a, b, c, arguments);
      if (capture) catchRejection(this, result, type, arguments);
    }
  }
  return true;
}

// Calls a listener with emit's arguments after the event name; up to three of them without
// making an array.
function callListener(emitter, listener, count, a, b, c, args) {
  switch (count) {
    case 1: return FunctionPrototypeCall(listener, emitter);
    case 2: return FunctionPrototypeCall(listener, emitter, a);
    case 3: return FunctionPrototypeCall(listener, emitter, a, b);
    case 4: return FunctionPrototypeCall(listener, emitter, a, b, c);
  }
  return ReflectApply(listener, emitter, ArrayPrototypeSlice(args, 1));
}

// An 'error' emitted with nobody listening: an Error is thrown as it is; anything else in an
// ERR_UNHANDLED_ERROR whose `context` is the value.
function unhandledError(value) {
  if (value instanceof Error) return value;
  const error = codedError(Error, "ERR_UNHANDLED_ERROR", `Unhandled error. (${core.inspect(value)})`, unhandledError);
  error.context = value;
  return error;
}

// With captureRejections, a listener's returned promise that rejects is reported on the next
// tick: to the emitter's Symbol.for('nodejs.rejection') method, or else as its 'error'.
function catchRejection(emitter, result, type, args) {
  if (result === undefined || result === null) return;
  try {
    const then = result.then;
    if (typeof then === "function") {
      FunctionPrototypeCall(then, result, undefined, (error) => {
        core.nextTick(reportRejection, emitter, error, type, ArrayPrototypeSlice(args, 1));
      });
    }
  } catch (error) {
    emitter.emit("error", error);
  }
}

function reportRejection(emitter, error, type, args) {
  if (typeof emitter[kRejection] === "function") {
    ReflectApply(emitter[kRejection], emitter, ArrayPrototypeConcat([error, type], args));
    return;
  }
  const capture = emitter[kCapture];
  try {
    emitter[kCapture] = false; // a rejection of an 'error' listener must not loop
    emitter.emit("error", error);
  } finally {
    emitter[kCapture] = capture;
  }
}

// ── Adding and removing ──

function addListener(emitter, type, listener, prepend) {
  checkListener(listener);
  let events = emitter._events;
  if (events === undefined) {
    events = emitter._events = { __proto__: null };
    emitter._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      emitter.emit("newListener", type, listener.listener ?? listener);
      events = emitter._events; // a 'newListener' listener may have replaced them
    }
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }
  let list;
  if (typeof existing === "function") {
    list = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = prepend ? [listener] : ArrayPrototypeSlice(existing);
    if (prepend) for (let i = 0; i < existing.length; i++) list[i + 1] = existing[i];
    else list[list.length] = listener;
    if (existing.warned) list.warned = true;
  }
  events[type] = list;
  const max = maxListenersOf(emitter);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnMaxListeners(emitter, type, list.length, max);
  }
  return emitter;
}

function warnMaxListeners(emitter, type, count, max) {
  const name = core.inspect(emitter, { depth: -1 });
  const message = `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners added to ${name}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`;
  emitWarning(message, "MaxListenersExceededWarning");
}

function onceWrapper(emitter, type, listener) {
  let fired = false;
  function wrapper() {
    if (fired) return undefined;
    fired = true;
    emitter.removeListener(type, wrapper);
    return ReflectApply(listener, emitter, arguments);
  }
  wrapper.listener = listener;
  return wrapper;
}

function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this[kShapeMode]) events[type] = undefined;
    else if (this._eventsCount === 0) this._events = { __proto__: null };
    else delete events[type];
    if (events.removeListener !== undefined) this.emit("removeListener", type, list.listener || listener);
    return this;
  }
  if (typeof list === "function") return this;
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  if (list.length === 2) {
    events[type] = list[1 - position];
  } else {
    const rest = [];
    for (let i = 0; i < list.length; i++) if (i !== position) rest[rest.length] = list[i];
    if (list.warned) rest.warned = true;
    events[type] = rest;
  }
  if (events.removeListener !== undefined) this.emit("removeListener", type, listener);
  return this;
}

function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    // Each event's listeners go one by one, so that 'removeListener' hears of them; its own last.
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== "removeListener") this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners("removeListener");
    this._events = { __proto__: null };
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === "function") {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
}

// ── Reading ──

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  if (typeof found === "function") return [unwrap ? found.listener || found : found];
  const copy = [];
  for (let i = 0; i < found.length; i++) copy[i] = unwrap ? found[i].listener || found[i] : found[i];
  return copy;
}

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const found = events[type];
  if (typeof found === "function") {
    if (listener === undefined || listener === null) return 1;
    return listener === found || listener === found.listener ? 1 : 0;
  }
  if (found === undefined) return 0;
  if (listener === undefined || listener === null) return found.length;
  let count = 0;
  for (let i = 0; i < found.length; i++) if (found[i] === listener || found[i].listener === listener) count++;
  return count;
}

// ── The prototype ──

const proto = EventEmitter.prototype;
const methods = {
  setMaxListeners(n) {
    checkMaxListeners(n, "setMaxListeners");
    this._maxListeners = n;
    return this;
  },
  getMaxListeners() {
    return maxListenersOf(this);
  },
  emit,
  addListener(type, listener) {
    return addListener(this, type, listener, false);
  },
  on: undefined,
  prependListener(type, listener) {
    return addListener(this, type, listener, true);
  },
  once(type, listener) {
    checkListener(listener);
    return this.on(type, onceWrapper(this, type, listener));
  },
  prependOnceListener(type, listener) {
    checkListener(listener);
    return this.prependListener(type, onceWrapper(this, type, listener));
  },
  removeListener,
  off: undefined,
  removeAllListeners,
  listeners(type) {
    return listenersOf(this, type, true);
  },
  rawListeners(type) {
    return listenersOf(this, type, false);
  },
  listenerCount,
  eventNames() {
    return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
  },
};
methods.on = methods.addListener;
methods.off = methods.removeListener;
// Node's fields first (their own order), then its methods, all writable and not enumerable
// except the fields.
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
for (const name of ReflectOwnKeys(methods)) {
  ObjectDefineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
}
ObjectDefineProperty(proto, kCapture, { value: false, writable: true, enumerable: false });

// ── Static helpers ──

function isEventTarget(value) {
  return typeof value?.addEventListener === "function";
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === "function") return emitterOrTarget.listeners(type);
  if (emitterOrTarget instanceof core.EventTarget) return core.eventTargetListeners(emitterOrTarget, type);
  throw invalidArgType("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === "function") return maxListenersOf(emitterOrTarget);
  if (emitterOrTarget instanceof core.EventTarget) return eventTargetMaxListeners.get(emitterOrTarget) ?? defaultMaxListeners;
  throw invalidArgType("emitter", ["EventEmitter", "EventTarget"], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...targets) {
  checkMaxListeners(n, "setMaxListeners");
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (target instanceof core.EventTarget) eventTargetMaxListeners.set(target, n);
    else if (typeof target?.setMaxListeners === "function") target.setMaxListeners(n);
    else throw invalidArgType("eventTargets", ["EventEmitter", "EventTarget"], target);
  }
}

function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
  return FunctionPrototypeCall(listenerCount, emitter, type);
}

// Listens on an EventEmitter (on/once) or an EventTarget (addEventListener).
function listen(emitter, name, listener, once) {
  if (typeof emitter.on === "function") {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (isEventTarget(emitter)) {
    emitter.addEventListener(name, listener, { once });
  } else {
    throw invalidArgType("emitter", "EventEmitter", emitter);
  }
}

function unlisten(emitter, name, listener) {
  if (typeof emitter.removeListener === "function") emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === "function") emitter.removeEventListener(name, listener);
  else throw invalidArgType("emitter", "EventEmitter", emitter);
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// A promise of the arguments of the next `name` event; an 'error' event first rejects it.
// (An async function, as Node's: bad options and an aborted signal reject it too.)
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw abortErrorFor(signal);
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      unlisten(emitter, name, onEvent);
      if (signal !== undefined) core.removeListener(signal, "abort", onAbort);
      reject(error);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === "function") emitter.removeListener("error", onError);
      if (signal !== undefined) core.removeListener(signal, "abort", onAbort);
      resolve(args);
    };
    const onAbort = () => {
      unlisten(emitter, name, onEvent);
      if (typeof emitter.removeListener === "function") emitter.removeListener("error", onError);
      reject(abortErrorFor(signal));
    };
    listen(emitter, name, onEvent, true);
    if (name !== "error" && typeof emitter.once === "function") emitter.once("error", onError);
    if (signal !== undefined) core.addListener(signal, "abort", onAbort, { once: true });
  });
}

// An async iterator over `event`'s arguments: events that come before anyone asks are kept;
// an 'error' event (or the signal's abort) rejects the next request and ends the iteration, as
// do the `close` events.
function on(emitter, event, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw abortErrorFor(signal);
  const closeEvents = options?.close;
  const unread = []; // argument lists nobody asked for yet
  const waiting = []; // [resolve, reject] of requests no event answered yet
  let unreadHead = 0;
  let error = null;
  let finished = false;

  const done = () => ({ value: undefined, done: true });
  const onEvent = (...args) => {
    if (waiting.length > 0) ArrayShift(waiting)[0]({ value: args, done: false });
    else ArrayPrototypePush(unread, args);
  };
  const onError = (reason) => {
    if (waiting.length > 0) ArrayShift(waiting)[1](reason);
    else error = reason;
    close();
  };
  const onAbort = () => onError(abortErrorFor(signal));
  const close = () => {
    unlisten(emitter, event, onEvent);
    if (event !== "error" && typeof emitter.removeListener === "function") emitter.removeListener("error", onError);
    if (signal !== undefined) core.removeListener(signal, "abort", onAbort);
    if (ArrayIsArray(closeEvents)) for (let i = 0; i < closeEvents.length; i++) unlisten(emitter, closeEvents[i], close);
    finished = true;
    while (waiting.length > 0) ArrayShift(waiting)[0](done());
  };

  listen(emitter, event, onEvent, false);
  if (event !== "error" && typeof emitter.on === "function") emitter.on("error", onError);
  if (ArrayIsArray(closeEvents)) for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], close, false);
  if (signal !== undefined) core.addListener(signal, "abort", onAbort, { once: true });

  return ObjectSetPrototypeOf({
    next() {
      if (unreadHead < unread.length) {
        const value = unread[unreadHead];
        unread[unreadHead++] = undefined;
        if (unreadHead === unread.length) unread.length = unreadHead = 0;
        return PromiseResolve({ value, done: false });
      }
      if (error !== null) {
        const reason = error;
        error = null;
        return PromiseReject(reason);
      }
      if (finished) return PromiseResolve(done());
      return new Promise((resolve, reject) => { ArrayPrototypePush(waiting, [resolve, reject]); });
    },
    return() {
      close();
      return PromiseResolve(done());
    },
    throw(reason) {
      if (!reason || !(reason instanceof Error)) throw invalidArgType("EventEmitter.AsyncIterator", "Error", reason);
      onError(reason);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
}

function ArrayShift(list) {
  const first = list[0];
  for (let i = 1; i < list.length; i++) list[i - 1] = list[i];
  list.length--;
  return first;
}

const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);

// Calls `listener` once when `signal` aborts (at once, from a microtask, when it already has);
// the result's Symbol.dispose method stops listening.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType("signal", "AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  validateFunction(listener, "listener");
  if (signal.aborted) {
    queueMicrotaskSafe(() => listener());
  } else {
    core.addListener(signal, "abort", listener, { once: true });
  }
  return {
    __proto__: null,
    [kDispose]() {
      core.removeListener(signal, "abort", listener);
    },
  };
}

function queueMicrotaskSafe(callback) {
  PromisePrototypeThen(PromiseResolve(), callback);
}

// ── The module: EventEmitter itself, with its helpers as properties ──

ObjectDefineProperties(EventEmitter, {
  addAbortListener: { value: addAbortListener, writable: true, enumerable: true, configurable: true },
  once: { value: once, writable: true, enumerable: true, configurable: true },
  on: { value: on, writable: true, enumerable: true, configurable: true },
  getEventListeners: { value: getEventListeners, writable: true, enumerable: true, configurable: true },
  getMaxListeners: { value: getMaxListeners, writable: true, enumerable: true, configurable: true },
  EventEmitter: { value: EventEmitter, writable: true, enumerable: true, configurable: true },
  usingDomains: { value: false, writable: true, enumerable: true, configurable: true },
  captureRejectionSymbol: { value: kRejection, writable: false, enumerable: true, configurable: false },
  captureRejections: {
    get() { return proto[kCapture]; },
    set(value) {
      validateBoolean(value, "EventEmitter.captureRejections");
      proto[kCapture] = value;
    },
    enumerable: true,
    configurable: true,
  },
  errorMonitor: { value: kErrorMonitor, writable: false, enumerable: true, configurable: false },
  defaultMaxListeners: {
    get() { return defaultMaxListeners; },
    set(n) {
      checkMaxListeners(n, "defaultMaxListeners");
      defaultMaxListeners = n;
    },
    enumerable: true,
    configurable: true,
  },
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, writable: false, enumerable: false, configurable: false },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned, writable: false, enumerable: false, configurable: false },
  setMaxListeners: { value: setMaxListeners, writable: true, enumerable: true, configurable: true },
  init: { value: init, writable: true, enumerable: true, configurable: true },
  listenerCount: { value: staticListenerCount, writable: true, enumerable: true, configurable: true },
});

module.exports = EventEmitter;
