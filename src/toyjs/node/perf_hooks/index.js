// node:perf_hooks: the global performance (High Resolution Time and User Timing, see
// web/performance) with node's timerify, and PerformanceObserver for the entries toyjs makes:
// marks, measures and timerified functions. monitorEventLoopDelay and createHistogram are not
// in toyjs.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeFilter, ArrayPrototypeIncludes, ArrayPrototypePush, ArrayPrototypeSort, ObjectDefineProperty,
  ObjectFreeze, ReflectApply, ReflectConstruct, SafeSet, String,
} = core.primordials;
const { invalidArgType, invalidArgValue, missingArgs, unimplemented, validateFunction, validateObject } = require("internal/errors");

const performance = core.performance;
const ENTRY_TYPES = ObjectFreeze(["function", "mark", "measure"]);

// ── observers ──

const observers = new SafeSet();
let offer, deliver; // (set by the class, which alone sees its fields)
// Observers with entries waiting, and whether an immediate will deliver them: one for all, as
// in node, queued when the first of them waits.
let waiting = new SafeSet();
let deliveryQueued = false;

function queueDelivery(observer) {
  waiting.add(observer);
  if (deliveryQueued) return;
  deliveryQueued = true;
  core.timerFunctions.setImmediate(() => {
    deliveryQueued = false;
    const now = waiting;
    waiting = new SafeSet();
    now.forEach((each) => deliver(each));
  });
}

core.performanceEntryAdded = (entry) => {
  observers.forEach((observer) => offer(observer, entry));
};

const byStartTime = (a, b) => a.startTime - b.startTime;

class PerformanceObserverEntryList {
  #entries;
  constructor(entries) {
    this.#entries = ArrayPrototypeSort(entries, byStartTime);
  }
  getEntries() {
    return ArrayPrototypeFilter(this.#entries, () => true);
  }
  getEntriesByType(type) {
    type = String(type);
    return ArrayPrototypeFilter(this.#entries, (entry) => entry.entryType === type);
  }
  getEntriesByName(name, type) {
    name = String(name);
    return ArrayPrototypeFilter(this.#entries, (entry) => entry.name === name && (type === undefined || entry.entryType === type));
  }
}

class PerformanceObserver {
  #callback;
  #types = new SafeSet();
  #buffer = [];

  static {
    offer = (observer, entry) => observer.#offer(entry);
    deliver = (observer) => observer.#deliver();
  }

  static get supportedEntryTypes() {
    return ENTRY_TYPES;
  }

  constructor(callback) {
    validateFunction(callback, "callback");
    this.#callback = callback;
  }

  // observe({ entryTypes: [...] }) or observe({ type, buffered }).
  observe(options = {}) {
    validateObject(options, "options");
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw missingArgs("options.entryTypes", "options.type");
    if (entryTypes !== undefined && type !== undefined) {
      throw invalidArgValue("options.entryTypes", entryTypes, "options.entryTypes can not set with options.type together");
    }
    if (entryTypes !== undefined) {
      if (!ArrayIsArray(entryTypes)) throw invalidArgType("options.entryTypes", "string[]", entryTypes);
      this.#types.clear();
      for (let i = 0; i < entryTypes.length; i++) {
        if (ArrayPrototypeIncludes(ENTRY_TYPES, entryTypes[i])) this.#types.add(entryTypes[i]);
      }
    } else {
      if (!ArrayPrototypeIncludes(ENTRY_TYPES, type)) return;
      this.#types.add(type);
      if (buffered) {
        const timeline = core.performanceTimeline();
        for (let i = 0; i < timeline.length; i++) if (timeline[i].entryType === type) this.#offer(timeline[i]);
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else observers.delete(this);
  }

  disconnect() {
    observers.delete(this);
    this.#types.clear();
    this.#buffer = [];
  }

  takeRecords() {
    const taken = this.#buffer;
    this.#buffer = [];
    return taken;
  }

  // An entry made while observing: kept for the callback, called from an immediate with all
  // the entries made until then.
  #offer(entry) {
    if (!this.#types.has(entry.entryType)) return;
    ArrayPrototypePush(this.#buffer, entry);
    queueDelivery(this);
  }

  #deliver() {
    if (this.#buffer.length === 0) return;
    const list = new PerformanceObserverEntryList(this.takeRecords());
    ReflectApply(this.#callback, this, [list, this]);
  }
}

// ── timerify ──

// fn wrapped so that each call (or construction) makes a "function" entry: its name, start,
// duration and arguments. Such entries go to observers only, not to the timeline.
function timerify(fn, options = {}) {
  validateFunction(fn, "fn");
  validateObject(options, "options");
  function timerified(...args) {
    const start = performance.now();
    const result = new.target === undefined ? ReflectApply(fn, this, args) : ReflectConstruct(fn, args, fn);
    const entry = core.makePerformanceEntry(fn.name, "function", start, performance.now() - start, args);
    core.performanceEntryAdded(entry);
    return result;
  }
  ObjectDefineProperty(timerified, "name", { value: `timerified ${fn.name}`, configurable: true });
  ObjectDefineProperty(timerified, "length", { value: fn.length, configurable: true });
  return timerified;
}
ObjectDefineProperty(performance, "timerify", { value: timerify, writable: true, configurable: true });

// Node's garbage-collection constants (gc entries' kinds and flags).
const constants = ObjectFreeze({
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});

const { Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } = core.performanceClasses;
module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  monitorEventLoopDelay: unimplemented("perf_hooks.monitorEventLoopDelay"),
  createHistogram: unimplemented("perf_hooks.createHistogram"),
  performance,
  constants,
};
