// The glue between toyjs and WPT's testharness.js, evaluated as a script before it. It makes
// the global scope the worker-like scope an `.any.js` file expects, as WPT's generated
// `.any.worker.js` wrapper does in a browser, and collects the results. Its completion value
// is a function of the worker's URL (on runner.py's static server) that returns an object the
// Python runner keeps; it adds no global of its own beyond what a worker's scope has (`self`,
// `location`) and what the WPT wrapper itself defines (`GLOBAL`).
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
      // Results as they come, then the final list (which also has the tests that never
      // finished, as NOTRUN), as WPT's own runner takes them.
      const entry = (test) => ({ name: test.name, status: TEST_STATUS[test.status], message: test.message ?? null });
      add_result_callback((test) => results.push(entry(test)));
      add_completion_callback((tests, status) => {
        results = tests.map(entry);
        harness = { status: HARNESS_STATUS[status.status], message: status.message ?? null };
        finished();
      });
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
