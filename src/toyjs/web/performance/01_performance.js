// performance (High Resolution Time and User Timing): now, timeOrigin, mark, measure, entries.
(function (core, ops) {
  "use strict";
  const { String, TypeError, ArrayPrototypeFilter, ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSort, ArrayPrototypeSplice } = core.primordials;
  const create = Symbol("create");
  let timeOrigin;
  core.whenStarted(() => { timeOrigin = ops.timeOrigin(); });
  const entries = [];

  let isPerformanceEntry, isPerformance;
  class PerformanceEntry {
    #name; #type; #start; #duration; #detail;
    static { isPerformanceEntry = (value) => #name in value; }
    constructor(key, name, type, start, duration, detail) {
      if (key !== create) throw new TypeError("Illegal constructor");
      this.#name = name;
      this.#type = type;
      this.#start = start;
      this.#duration = duration;
      this.#detail = detail;
    }
    get name() { return this.#name; }
    get entryType() { return this.#type; }
    get startTime() { return this.#start; }
    get duration() { return this.#duration; }
    get detail() { return this.#detail; }
    toJSON() {
      return { name: this.#name, entryType: this.#type, startTime: this.#start, duration: this.#duration, detail: this.#detail };
    }
  }
  class PerformanceMark extends PerformanceEntry {}
  class PerformanceMeasure extends PerformanceEntry {}
  for (const cls of [PerformanceEntry, PerformanceMark, PerformanceMeasure]) {
    core.webidl.defineInterface(cls, { brand: isPerformanceEntry, length: 0 });
  }

  function timeOf(markOrTime, what) {
    if (markOrTime === undefined) return undefined;
    if (typeof markOrTime === "number") return markOrTime;
    const name = String(markOrTime);
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].entryType === "mark" && entries[i].name === name) return entries[i].startTime;
    }
    throw new core.DOMException(`The "${name}" performance mark has not been set`, "SyntaxError");
  }

  class Performance extends core.EventTarget {
    #brand; // (what tells a Performance apart, for Web IDL's check of `this`)
    static { isPerformance = (value) => #brand in value; }
    constructor(key) {
      if (key !== create) throw new TypeError("Illegal constructor");
      super();
    }
    get timeOrigin() { return timeOrigin; }
    now() { return ops.now(); }
    mark(name, options = {}) {
      if (arguments.length === 0) throw new TypeError('The "name" argument must be specified');
      const start = options?.startTime ?? ops.now();
      if (typeof start !== "number" || start < 0) throw new TypeError("The startTime must be a non-negative number");
      const entry = new PerformanceMark(create, String(name), "mark", start, 0, options?.detail ?? null);
      record(entry);
      return entry;
    }
    measure(name, startOrOptions = undefined, endMark = undefined) {
      if (arguments.length === 0) throw new TypeError('The "name" argument must be specified');
      let start, end, detail = null;
      if (startOrOptions !== null && typeof startOrOptions === "object") {
        start = timeOf(startOrOptions.start, "start");
        end = timeOf(startOrOptions.end, "end");
        if (startOrOptions.duration !== undefined) {
          if (end === undefined) end = (start ?? 0) + startOrOptions.duration;
          else if (start === undefined) start = end - startOrOptions.duration;
        }
        detail = startOrOptions.detail ?? null;
      } else {
        start = timeOf(startOrOptions, "start");
        end = timeOf(endMark, "end");
      }
      start ??= 0;
      end ??= ops.now();
      const entry = new PerformanceMeasure(create, String(name), "measure", start, end - start, detail);
      record(entry);
      return entry;
    }
    getEntries() { return sortedEntries(); }
    getEntriesByName(name, type = undefined) {
      return ArrayPrototypeFilter(sortedEntries(), (e) => e.name === String(name) && (type === undefined || e.entryType === type));
    }
    getEntriesByType(type) { return ArrayPrototypeFilter(sortedEntries(), (e) => e.entryType === String(type)); }
    clearMarks(name = undefined) { remove("mark", name); }
    clearMeasures(name = undefined) { remove("measure", name); }
    toJSON() { return { timeOrigin }; }
  }
  // An entry joins the timeline, and node:perf_hooks' observers hear of it once loaded.
  function record(entry) {
    ArrayPrototypePush(entries, entry);
    if (core.performanceEntryAdded !== undefined) core.performanceEntryAdded(entry);
  }
  // node:perf_hooks' view: the timeline, and entries of its own kinds (timerify's "function").
  core.performanceTimeline = () => sortedEntries();
  core.makePerformanceEntry = (name, type, start, duration, detail) => new PerformanceEntry(create, name, type, start, duration, detail);
  function sortedEntries() {
    return ArrayPrototypeSort(ArrayPrototypeSlice(entries), (a, b) => a.startTime - b.startTime);
  }
  function remove(type, name) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].entryType === type && (name === undefined || entries[i].name === String(name))) ArrayPrototypeSplice(entries, i, 1);
    }
  }
  core.webidl.defineInterface(Performance, { brand: isPerformance, length: 0 });

  core.performanceClasses = { Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
  core.performance = new Performance(create);
  core.defineGlobal("performance", core.performance);
  for (const cls of [Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure]) core.defineGlobal(cls.name, cls);
})
