// Worker and ErrorEvent (HTML), as Deno has them: module workers only, each with its own
// isolate, thread and event loop (the host's business: ops.workerStart). Messages are
// structured clones; the listed ArrayBuffers move to the other side.
(function (core, ops) {
  "use strict";
  const { EventTarget, Event, MessageEvent, DOMException, URL, defineEventHandlers, dispatch } = core;
  const { SafeMap, ArrayIsArray, Error, Number, String, TypeError } = core.primordials;

  const brands = new SafeMap(); // class -> its Web IDL check of `this`
  class ErrorEvent extends Event {
    #message; #filename; #lineno; #colno; #error;
    static { brands.set(this, (value) => #message in value); }
    constructor(type, options = {}) {
      super(type, options);
      this.#message = String(options?.message ?? "");
      this.#filename = String(options?.filename ?? "");
      this.#lineno = Number(options?.lineno ?? 0) >>> 0;
      this.#colno = Number(options?.colno ?? 0) >>> 0;
      this.#error = options?.error;
    }
    get message() { return this.#message; }
    get filename() { return this.#filename; }
    get lineno() { return this.#lineno; }
    get colno() { return this.#colno; }
    get error() { return this.#error; }
  }

  function transferList(transfer) {
    if (transfer === undefined || transfer === null) return [];
    if (ArrayIsArray(transfer)) return transfer;
    if (typeof transfer === "object") return transfer.transfer ?? [];
    throw new TypeError("The transfer list must be an array or an object with a transfer array");
  }

  function post(send, message, transfer, key) {
    core.cloning(() => send(message, transferList(transfer), key));
  }

  // Every worker of this runtime by id, Web and node:worker_threads ones alike: an object
  // with message(data), online(), failed(failure) and exited(exitCode), the host's news.
  const workersById = new SafeMap();

  class Worker extends EventTarget {
    #id;
    static { brands.set(this, (value) => #id in value); }
    constructor(specifier, options = undefined) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'Worker': 1 argument required, but only 0 present.");
      super();
      options ??= {};
      if (options.type !== "module") {
        throw new DOMException("Classic workers are not supported.", "NotSupportedError");
      }
      const text = String(specifier);
      // Only a relative specifier needs the base (and the permission it may take).
      const url = core.urlRecord(URL.canParse(text) ? new URL(text) : new URL(text, ops.workerBaseURL()));
      if (url.protocol !== "file:") {
        throw new DOMException(`Workers can only load file: URLs, not ${url.href}`, "NotSupportedError");
      }
      this.#id = ops.workerStart(url.href, String(options.name ?? ""), options.deno?.permissions ?? "inherit");
      workersById.set(this.#id, {
        message: (data) => dispatch(this, new MessageEvent("message", { data })),
        online() {},
        failed: (failure) => failed(this, failure),
        exited() {},
      });
    }
    postMessage(message, transfer = undefined) {
      if (!workersById.has(this.#id)) return;
      post(ops.workerPost, message, transfer, this.#id);
    }
    terminate() {
      if (!workersById.delete(this.#id)) return;
      ops.workerTerminate(this.#id);
    }
  }
  defineEventHandlers(Worker.prototype, ["message", "messageerror", "error"]);

  function deliver(id, kind, payload) {
    const worker = workersById.get(id);
    if (worker === undefined) return;
    if (kind === "online") worker.online();
    else worker.message(payload);
  }
  // Called by the host: [id, "message" or "online", payload] items that arrived together, each
  // dispatched as its own task.
  core.workerMessages = (batch) => {
    for (let i = 0; i < batch.length; i++) core.runTask(deliver, batch[i][0], batch[i][1], batch[i][2]);
  };
  // Called by the host, as a macrotask, when a worker ended by an uncaught error.
  core.workerFailed = (id, failure) => {
    const worker = workersById.get(id);
    if (worker === undefined) return;
    workersById.delete(id);
    worker.failed(failure);
  };
  core.workerExited = (id, exitCode) => {
    const worker = workersById.get(id);
    if (worker === undefined) return;
    workersById.delete(id);
    worker.exited(exitCode);
  };
  core.workersById = workersById;

  // A Web worker's uncaught error: an ErrorEvent on the Worker, and if no listener handled it,
  // the error ends this program too (as in Deno and Node).
  function failed(worker, failure) {
    const { message, filename, lineno, colno, thrown } = failure;
    const event = new ErrorEvent("error", { message, filename, lineno, colno, error: null, cancelable: true });
    if (dispatch(worker, event)) {
      const error = new Error(thrown.message);
      error.name = thrown.name;
      error.stack = thrown.stack;
      throw error;
    }
  }

  core.post = post;
  core.ErrorEvent = ErrorEvent;
  for (const cls of [ErrorEvent, Worker]) {
    core.webidl.defineInterface(cls, { brand: brands.get(cls) });
    core.defineGlobal(cls.name, cls);
  }
})
