// Watching files: fs.watch (FSWatcher, on the kernel's notifications: fs/watching.py),
// fs.promises.watch (the same events as an async iterator) and fs.watchFile / fs.unwatchFile
// (StatWatcher, which polls a path's stats on a timer and reports when they changed).
"use strict";
const { ArrayPrototypePush, ArrayPrototypeShift, Promise, SafeMap } = core.primordials;
const EventEmitter = require("events");
const { setTimeout, clearTimeout } = require("timers");
const { invalidArgType, validateBoolean, validateFunction } = require("internal/errors");
const { toPath, toEncoding, encoded, uvError, validateSignal, abortError } = require("internal/fs/utils");
const { makeStats } = require("internal/fs/stats");

const ops = core.ops;
// The order of a failed watch's properties; its `filename` is the path again.
const WATCH_ERROR_KEYS = ["errno", "syscall", "code", "path", "filename"];

// ── fs.watch ──

// Watcher number -> its FSWatcher and the encoding of its filenames, while it is open.
const openWatchers = new SafeMap();
ops.fsWatchOnEvent((number, kind, value) => {
  const open = openWatchers.get(number);
  if (open === undefined) return;
  const watcher = open.watcher;
  if (kind === "change") {
    watcher.emit("change", value[0], encoded(value[1], open.encoding));
  } else {
    watcher.close();
    watcher.emit("error", uvError(value));
  }
});

// fs.watch's options (an encoding name in their place), checked as Node checks them.
function watchOptions(options) {
  if (options === undefined || options === null) options = {};
  else if (typeof options === "string") options = { encoding: options };
  else if (typeof options !== "object") throw invalidArgType("options", ["string", "object"], options);
  if (options.recursive !== undefined) validateBoolean(options.recursive, "options.recursive");
  const encoding = toEncoding(options.encoding ?? "utf8");
  validateSignal(options.signal);
  return { persistent: options.persistent ?? true, recursive: options.recursive ?? false, encoding, signal: options.signal };
}

class FSWatcher extends EventEmitter {
  constructor(handle) {
    super();
    this._handle = handle; // the watcher's number while it is open, then null
  }

  close() {
    if (this._handle === null) return;
    openWatchers.delete(this._handle);
    ops.fsWatchClose(this._handle);
    this._handle = null;
    core.nextTick(() => this.emit("close"));
  }

  ref() {
    if (this._handle !== null) ops.fsWatchRef(this._handle, true);
    return this;
  }

  unref() {
    if (this._handle !== null) ops.fsWatchRef(this._handle, false);
    return this;
  }
}

// A started FSWatcher for `filename` (throws the system error when it cannot be watched).
function startWatcher(filename, options, framesFrom) {
  const path = toPath(filename);
  const answer = ops.fsWatchStart(path, !!options.recursive, !!options.persistent);
  if (answer[0] !== null) throw uvError({ ...answer[0], filename: answer[0].path }, framesFrom, WATCH_ERROR_KEYS);
  const watcher = new FSWatcher(answer[1]);
  openWatchers.set(answer[1], { watcher, encoding: options.encoding });
  return watcher;
}

function watch(filename, options, listener) {
  if (typeof options === "function") {
    listener = options;
    options = undefined;
  }
  const checked = watchOptions(options);
  const watcher = startWatcher(filename, checked, watch);
  if (listener !== undefined) {
    validateFunction(listener, "listener"); // (as in Node, the watcher has started: it stays)
    watcher.on("change", listener);
  }
  const signal = checked.signal;
  if (signal !== undefined && signal !== null) {
    if (signal.aborted) {
      core.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener("abort", onAbort, { once: true });
      watcher.once("close", () => signal.removeEventListener("abort", onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: `{ eventType, filename }` for each event, until the signal aborts (an
// AbortError, with the signal's reason as its cause) or the watcher fails.
async function* watchEvents(filename, options) {
  const checked = watchOptions(options);
  const signal = checked.signal;
  if (signal?.aborted) throw abortError(signal);
  const watcher = startWatcher(filename, checked, watchEvents);
  const queue = [];
  let failure = null;
  let wake = null;
  const awaken = () => {
    if (wake !== null) wake();
    wake = null;
  };
  watcher.on("change", (eventType, name) => {
    ArrayPrototypePush(queue, { __proto__: null, eventType, filename: name });
    awaken();
  });
  watcher.on("error", (error) => {
    failure = error;
    awaken();
  });
  signal?.addEventListener("abort", awaken, { once: true });
  try {
    while (true) {
      if (signal?.aborted) throw abortError(signal);
      if (queue.length > 0) {
        const event = ArrayPrototypeShift(queue);
        yield { eventType: event.eventType, filename: event.filename };
      } else if (failure !== null) {
        throw failure;
      } else {
        await new Promise((resolved) => {
          wake = resolved;
        });
      }
    }
  } finally {
    signal?.removeEventListener("abort", awaken);
    watcher.close();
  }
}

// ── fs.watchFile ──

const DEFAULT_INTERVAL = 5007;
// The stat fields (see internal/fs/stats.js) whose change is a change of the file: device,
// mode, owner, group, inode, size, and the modification, change and birth times (not the
// access time: reading a file changes nothing).
const COMPARED = [0, 1, 3, 4, 7, 8, 11, 12, 13];
const ZERO_FIELDS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function sameFile(before, after) {
  for (let i = 0; i < COMPARED.length; i++) {
    if (before[COMPARED[i]] !== after[COMPARED[i]]) return false;
  }
  return true;
}

// Resolved path -> its StatWatcher, while it has listeners.
const statWatchers = new SafeMap();

// Polls a path's stats every `interval` ms: 'change' with (current, previous) Stats when they
// differ. The first poll only learns them, unless the path is missing: then the listener
// hears of it at once, with zeroed stats, as it does each time the path stops being there (a
// failure is told once, until it changes). `previous` is the last stats the path had.
class StatWatcher extends EventEmitter {
  #bigint;

  constructor(bigint) {
    super();
    this._handle = null; // the polling's state while it runs
    this.#bigint = bigint;
  }

  start(path, persistent, interval) {
    this._handle = { path, persistent, interval, timer: null, known: false, previous: ZERO_FIELDS, failed: null };
    this.#poll(this._handle);
  }

  #poll(polling) {
    ops.fsAsync((failure, fields) => {
      if (this._handle !== polling) return; // stopped meanwhile
      if (failure === null) this.#saw(polling, fields);
      else this.#missed(polling, typeof failure === "function" ? "denied" : failure.code);
      polling.timer = setTimeout(() => this.#poll(polling), polling.interval);
      if (!polling.persistent) polling.timer.unref();
    }, "stat", polling.path, true);
  }

  #saw(polling, fields) {
    const report = polling.failed !== null || (polling.known && !sameFile(polling.previous, fields));
    const previous = polling.previous;
    polling.previous = fields;
    polling.known = true;
    polling.failed = null;
    if (report) this.emit("change", makeStats(fields, this.#bigint), makeStats(previous, this.#bigint));
  }

  #missed(polling, code) {
    if (polling.failed === code) return;
    polling.failed = code;
    this.emit("change", makeStats(ZERO_FIELDS, this.#bigint), makeStats(polling.previous, this.#bigint));
  }

  stop() {
    if (this._handle === null) return;
    clearTimeout(this._handle.timer);
    this._handle = null;
    core.nextTick(() => this.emit("stop"));
  }

  ref() {
    this.#setPersistent(true);
    return this;
  }

  unref() {
    this.#setPersistent(false);
    return this;
  }

  #setPersistent(persistent) {
    const polling = this._handle;
    if (polling === null) return;
    polling.persistent = persistent;
    if (polling.timer !== null) {
      if (persistent) polling.timer.ref();
      else polling.timer.unref();
    }
  }
}

function watchFile(filename, options, listener) {
  const path = toPath(filename);
  // (Anything but an object in the place of the options is the listener, as in Node.)
  if (options === null || typeof options !== "object") {
    listener = options;
    options = undefined;
  }
  const settings = { interval: DEFAULT_INTERVAL, persistent: true, bigint: false };
  for (const key in options) settings[key] = options[key];
  validateFunction(listener, "listener");
  if (typeof settings.interval !== "number") throw invalidArgType("interval", "number", settings.interval);
  const key = ops.fsWatchAllowed(path); // where the path is: one StatWatcher per file
  let watcher = statWatchers.get(key);
  if (watcher === undefined) {
    watcher = new StatWatcher(!!settings.bigint);
    watcher.start(path, !!settings.persistent, settings.interval);
    statWatchers.set(key, watcher);
  }
  watcher.addListener("change", listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const key = ops.fsWatchKey(toPath(filename));
  const watcher = statWatchers.get(key);
  if (watcher === undefined) return;
  if (typeof listener === "function") watcher.removeListener("change", listener);
  else watcher.removeAllListeners("change");
  if (watcher.listenerCount("change") === 0) {
    watcher.stop();
    statWatchers.delete(key);
  }
}

module.exports = { watch, watchEvents, watchFile, unwatchFile };
