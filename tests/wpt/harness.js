// The glue between toyjs and WPT's testharness.js, evaluated as a script before it. It makes
// the global scope the worker-like scope an `.any.js` file expects, as WPT's generated
// `.any.worker.js` wrapper does in a browser, and collects the results. Its completion value
// is a function of the worker's URL (on runner.py's static server) that returns an object the
// Python runner keeps; it adds no global of its own beyond what a worker's scope has (`self`,
// `location`, the WorkerGlobalScope and DedicatedWorkerGlobalScope interfaces) and what the WPT
// wrapper itself defines (`GLOBAL`).
(workerUrl) => {
  "use strict";
  const global = globalThis;
  const TEST_STATUS = ["PASS", "FAIL", "TIMEOUT", "NOTRUN", "PRECONDITION_FAILED"];
  const HARNESS_STATUS = ["OK", "ERROR", "TIMEOUT", "PRECONDITION_FAILED"];

  // testharness.js needs `self` (a worker's name for its global) merely to load.
  if (!("self" in global)) {
    Object.defineProperty(global, "self", { value: global, writable: true, configurable: true, enumerable: true });
  }
  // A worker's location (its WorkerLocation): testharness.js names tests after it, and
  // tests resolve their resources against it.
  if (!("location" in global)) {
    const url = new URL(workerUrl);
    const location = { toString: () => url.href };
    for (const part of ["href", "origin", "protocol", "host", "hostname", "port", "pathname", "search", "hash"]) {
      location[part] = url[part];
    }
    Object.defineProperty(global, "location", { value: Object.freeze(location), configurable: true, enumerable: true });
  }
  global.GLOBAL = { isWindow: () => false, isWorker: () => true, isShadowRealm: () => false };

  // A dedicated worker's global is a DedicatedWorkerGlobalScope, itself a WorkerGlobalScope:
  // testharness.js and idlharness.js tell the scope they run in by `self instanceof` them, and
  // idlharness.js finds WindowOrWorkerGlobalScope's members (fetch, atob, crypto...) through
  // the interface object. Both interfaces go between the global and its prototype so far;
  // neither can be constructed, as in a worker. (The chain leaves out EventTarget: this global
  // is none; its error listeners are fed below.)
  const scopeInterface = (name, parentPrototype) => {
    const constructor = {
      [name]: function () {
        throw new TypeError("Illegal constructor");
      },
    }[name];
    Object.setPrototypeOf(constructor.prototype, parentPrototype);
    Object.defineProperty(constructor.prototype, Symbol.toStringTag, { value: name, configurable: true });
    Object.defineProperty(constructor, "prototype", { writable: false });
    Object.defineProperty(global, name, { value: constructor, writable: true, configurable: true });
    return constructor;
  };
  const WorkerGlobalScope = scopeInterface("WorkerGlobalScope", Object.getPrototypeOf(global));
  const DedicatedWorkerGlobalScope = scopeInterface("DedicatedWorkerGlobalScope", WorkerGlobalScope.prototype);
  // The worker's messages to its parent, this glue: testharness.js, in a dedicated worker,
  // reports each result and then the whole run this way, as WPT's runner receives them.
  Object.defineProperty(DedicatedWorkerGlobalScope.prototype, "postMessage", {
    value: function postMessage(message) {
      receive(message);
    },
    writable: true, enumerable: true, configurable: true,
  });
  Object.setPrototypeOf(global, DedicatedWorkerGlobalScope.prototype);

  // testharness.js learns of uncaught errors through "error" and "unhandledrejection"
  // listeners on the global. Where the global is no EventTarget, the listeners it adds while
  // loading are kept here (the borrowed addEventListener is removed afterwards) and fed from
  // process's events.
  const listeners = { error: [], unhandledrejection: [] };
  const borrowsAddEventListener = !("addEventListener" in global);
  if (borrowsAddEventListener) {
    global.addEventListener = (type, listener) => listeners[type]?.push(listener);
  }
  const dispatch = (type, event) => {
    for (const listener of listeners[type]) listener(event);
  };

  let results = [];
  let harness = null;
  let finished;
  const completion = new Promise((resolve) => (finished = resolve));
  // Results as they come, then the final list (which also has the tests that never finished,
  // as NOTRUN) with the harness's status.
  const entry = (test) => ({ name: test.name, status: TEST_STATUS[test.status], message: test.message ?? null });
  function receive(message) {
    if (message.type === "result") {
      results.push(entry(message.test));
    } else if (message.type === "complete") {
      results = message.tests.map(entry);
      harness = { status: HARNESS_STATUS[message.status.status], message: message.status.message ?? null };
      finished();
    }
  }

  return {
    // Called once testharness.js has loaded, before the test's own scripts.
    harnessLoaded() {
      if (borrowsAddEventListener) {
        delete global.addEventListener;
        process.on("uncaughtException", (error) =>
          dispatch("error", { message: String(error?.message ?? error), error }));
        process.on("unhandledRejection", (reason, promise) => dispatch("unhandledrejection", { reason, promise }));
      }
      // As in a dedicated worker: the tests are all defined once done() is called.
      setup({ explicit_done: true });
    },
    // A script threw while it ran at top level: an uncaught error, as importScripts' would be.
    scriptFailed(message) {
      dispatch("error", { message, error: undefined });
    },
    completion,
    // testharness.js's own timeout: what is still running becomes TIMEOUT, the rest NOTRUN.
    timeout() {
      global.timeout();
    },
    report() {
      return JSON.stringify({ harness, results });
    },
  };
};
