// node:async_hooks: AsyncLocalStorage and AsyncResource. The stores of every
// AsyncLocalStorage live in one immutable map, the async context, which the host carries to
// callbacks: V8 12 and later carry it along promise continuations themselves (await, then);
// the host's ticks, timers, immediates and queueMicrotask carry it in JS (host/core.js). On V8
// 10, promise continuations do not carry it: after an `await` the store is the one current
// when the awaiting code resumes. EventEmitter listeners run in the context of `emit`, as in
// Node. toyjs has no async hooks: createHook's hooks are never called.
"use strict";
const { ObjectDefineProperty, ObjectFreeze, ReflectApply, SafeMap, TypeError } = core.primordials;
const { codedError, validateFunction, validateString } = require("internal/errors");

core.trackAsyncContext();

// A new context: `context` (a SafeMap of storage -> store, or undefined) with `storage` set to
// `store`, or removed when `store` is NO_STORE.
const NO_STORE = {};
function contextWith(context, storage, store) {
  const next = new SafeMap();
  if (context !== undefined) context.forEach((value, key) => { if (key !== storage) next.set(key, value); });
  if (store !== NO_STORE) next.set(storage, store);
  return next;
}

// Runs fn(...args) with `context` current, then puts back the one before.
function runIn(context, fn, thisArg, args) {
  const previous = core.enterContext(context);
  try {
    return ReflectApply(fn, thisArg, args);
  } finally {
    core.enterContext(previous);
  }
}

class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    validateFunction(fn, "fn");
    const context = core.currentContext();
    return function bound(...args) {
      return runIn(context, fn, this, args);
    };
  }

  static snapshot() {
    const context = core.currentContext();
    return function runInAsyncScope(fn, ...args) {
      return runIn(context, fn, undefined, args);
    };
  }

  getStore() {
    if (!this.#enabled) return undefined;
    const context = core.currentContext();
    return context === undefined ? undefined : context.get(this);
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    return runIn(contextWith(core.currentContext(), this, store), callback, undefined, args);
  }

  exit(callback, ...args) {
    return runIn(contextWith(core.currentContext(), this, NO_STORE), callback, undefined, args);
  }

  // The store for the rest of this synchronous run and what it schedules.
  enterWith(store) {
    this.#enabled = true;
    core.enterContext(contextWith(core.currentContext(), this, store));
  }

  // getStore() returns undefined everywhere until the next run() or enterWith().
  disable() {
    this.#enabled = false;
  }
}

// toyjs does not number its async operations: every resource gets the next number, the top
// level (an ES module's, as in node) is 0.
let lastAsyncId = 0;

class AsyncResource {
  #context = core.currentContext();
  #asyncId = ++lastAsyncId;
  #triggerAsyncId;

  constructor(type, options) {
    validateString(type, "type");
    const trigger = typeof options === "number" ? options : options?.triggerAsyncId;
    this.#triggerAsyncId = trigger === undefined ? 0 : trigger;
  }

  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn.name || "bound-anonymous-fn").bind(fn, thisArg);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runIn(this.#context, fn, thisArg, args);
  }

  bind(fn, thisArg) {
    validateFunction(fn, "fn");
    const context = this.#context;
    // (Without a thisArg, the bound function's own `this`.)
    const bound = function (...args) {
      return runIn(context, fn, thisArg === undefined ? this : thisArg, args);
    };
    ObjectDefineProperty(bound, "length", { value: fn.length, configurable: true });
    return bound;
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }
}

const HOOK_NAMES = ["init", "before", "after", "destroy", "promiseResolve"];

// The hooks are checked as node checks them, then never called: toyjs has no async hooks.
function createHook(callbacks) {
  for (let i = 0; i < HOOK_NAMES.length; i++) {
    const hook = callbacks?.[HOOK_NAMES[i]];
    if (hook !== undefined && typeof hook !== "function") {
      throw codedError(TypeError, "ERR_ASYNC_CALLBACK", `hook.${HOOK_NAMES[i]} must be a function`);
    }
  }
  return {
    enable() { return this; },
    disable() { return this; },
  };
}

const topLevelResource = {};

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId: () => 0,
  triggerAsyncId: () => 0,
  executionAsyncResource: () => topLevelResource,
  asyncWrapProviders: ObjectFreeze({ __proto__: null }),
  AsyncResource,
};
