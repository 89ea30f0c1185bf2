// node:worker_threads: Workers that run a file (or eval code) as a program of their own, each
// with its own isolate, thread and event loop (the host's machinery, shared with the Web
// Worker), and Node's EventEmitter-style MessageChannel and MessagePort, whose ports may move
// between threads. Messages are structured clones; transferred ArrayBuffers and ports move.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeIndexOf, ArrayPrototypePush, ArrayPrototypeShift, Error, EvalError,
  FunctionPrototypeCall, ObjectGetPrototypeOf, ObjectKeys, Promise, PromiseResolve,
  RangeError, ReferenceError, SafeMap, SafeWeakMap, String, StringPrototypeStartsWith, Symbol, SyntaxError,
  TypeError, URIError,
} = core.primordials;
const EventEmitter = require("events");
const { codedError, invalidArgType, invalidArgValue, notImplemented, validateObject } = require("internal/errors");
const path = require("path");
const { URL, pathToFileURL } = require("url");
const { isArrayBuffer } = require("util/types");
const { ops, process } = core;

const kCreate = Symbol("kCreate");
const SHARE_ENV = Symbol.for("nodejs.worker_threads.SHARE_ENV");
const untransferable = new SafeWeakMap(); // object -> true

// ---- Ports inside a message
// A message's ports cannot go through V8's serializer: they leave the value (a copy of the
// plain objects and arrays on the way to each, with null in their place) and travel beside it
// as [paths, ids]; the receiving side puts new MessagePorts, holding the same channel ends,
// back at those paths.

// The transfer list split: what V8 moves (ArrayBuffers) and the ports.
function splitTransfer(transferList) {
  if (transferList === undefined || transferList === null) return [undefined, []];
  const list = ArrayIsArray(transferList) ? transferList : transferList.transfer;
  if (list === undefined) return [undefined, []];
  if (!ArrayIsArray(list)) {
    throw invalidArgType("transferList", "Array", transferList);
  }
  const buffers = [];
  const ports = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (untransferable.has(item)) continue; // copied, not moved (as node 20 does)
    if (item instanceof MessagePort) {
      if (item === parentPort || !portIsOpen(item)) {
        throw new core.DOMException("Transfer list contains source port", "DataCloneError");
      }
      ArrayPrototypePush(ports, item);
    } else {
      ArrayPrototypePush(buffers, item);
    }
  }
  return [buffers, ports];
}

const ObjectPrototype = ObjectGetPrototypeOf({});
function isPlainContainer(value) {
  if (ArrayIsArray(value)) return true;
  const prototype = ObjectGetPrototypeOf(value);
  return prototype === ObjectPrototype || prototype === null;
}

// [the value without the ports, the paths to them (one per port)].
function takePortsOut(value, ports) {
  const paths = [];
  const copies = new SafeMap();
  function walk(item, path) {
    if (item === null || typeof item !== "object") return item;
    const index = ArrayPrototypeIndexOf(ports, item);
    if (index !== -1) {
      if (paths[index] === undefined) paths[index] = path;
      return null;
    }
    if (!isPlainContainer(item)) return item;
    if (copies.has(item)) return copies.get(item);
    const copy = ArrayIsArray(item) ? [] : {};
    copies.set(item, copy);
    const keys = ObjectKeys(item);
    for (let i = 0; i < keys.length; i++) copy[keys[i]] = walk(item[keys[i]], [...path, keys[i]]);
    return copy;
  }
  const stripped = walk(value, []);
  return [stripped, paths];
}

// Sends `value` with `send(value, buffers, extra)`, where `extra` says where its ports went.
function sendMessage(send, value, transferList) {
  const [buffers, ports] = splitTransfer(transferList);
  if (ports.length === 0) {
    core.cloning(() => send(value, buffers, null));
    return;
  }
  const [stripped, paths] = takePortsOut(value, ports);
  const ids = [];
  for (let i = 0; i < ports.length; i++) ArrayPrototypePush(ids, detachPort(ports[i]));
  core.cloning(() => send(stripped, buffers, [paths, ids]));
}

// A received [value, extra]: the value with its ports back in place.
function receivedValue(payload) {
  const value = payload[0];
  const extra = payload[1];
  if (extra === null || extra === undefined) return value;
  const [paths, ids] = extra;
  let result = value;
  for (let i = 0; i < ids.length; i++) {
    const port = adoptPort(ids[i]);
    const path = paths[i] ?? [];
    if (path.length === 0) {
      result = port;
      continue;
    }
    let holder = result;
    for (let step = 0; step < path.length - 1; step++) holder = holder[path[step]];
    holder[path[path.length - 1]] = port;
  }
  return result;
}

// ---- MessagePort

const portsById = new SafeMap(); // this thread's ports that hold a channel end
let portIsOpen;
let detachPort;
let adoptPort;
let deliverToPort;
let receiveOn;

class MessagePort extends EventEmitter {
  #id; // the channel end's id (null for parentPort)
  #send; // (value, buffers, extra) => void
  #queue = []; // received, not yet dispatched
  #closed = false;
  #refed = true;
  #held = false;
  #scheduled = false;
  #closeDue = false; // the channel closed: 'close' after what is queued

  constructor(key, id = null, send = undefined) {
    if (key !== kCreate) throw new TypeError("Illegal constructor");
    super();
    this.#id = id;
    this.#send = send ?? ((value, buffers, extra) => ops.workerThreadsPortPost(value, buffers, [id, extra]));
    if (id !== null) portsById.set(id, this);
    this.on("newListener", (name) => {
      if (name === "message") core.nextTick(() => this.#update());
    });
    this.on("removeListener", (name) => {
      if (name === "message") this.#update();
    });
  }

  postMessage(value, transferList = undefined) {
    if (this.#closed) return;
    sendMessage(this.#send, value, transferList);
  }

  // Closes the channel: this port's 'close' comes next, the other end's once it learns it.
  close() {
    if (this.#closed) return;
    if (this.#id !== null) ops.workerThreadsPortClose(this.#id);
    this.#end();
    core.nextTick(() => this.emit("close"));
  }

  start() {
    this.#update();
  }

  ref() {
    this.#refed = true;
    this.#update();
    return this;
  }

  unref() {
    this.#refed = false;
    this.#update();
    return this;
  }

  hasRef() {
    return this.#held;
  }

  // A listened port delivers what is queued; one refed and listened keeps the loop alive.
  #update() {
    const listened = this.listenerCount("message") > 0;
    const hold = listened && this.#refed && !this.#closed;
    if (hold !== this.#held) {
      this.#held = hold;
      if (hold) ops.holdLoop();
      else ops.releaseLoop();
    }
    if (listened) this.#schedule();
  }

  #schedule() {
    if (this.#scheduled || (this.#queue.length === 0 && !this.#closeDue)) return;
    this.#scheduled = true;
    core.setUnrefTimeout(() => {
      this.#scheduled = false;
      this.#dispatchQueued();
    }, 0);
  }

  #dispatchQueued() {
    while (this.#queue.length > 0 && this.listenerCount("message") > 0) {
      core.runTask(emitMessage, this, ArrayPrototypeShift(this.#queue));
    }
    if (this.#closeDue && this.#queue.length === 0) {
      this.#closeDue = false;
      this.#end();
      core.runTask(() => this.emit("close"));
    }
  }

  #end() {
    this.#closed = true;
    this.#queue = [];
    if (this.#id !== null) portsById.delete(this.#id);
    this.#update();
  }

  static {
    portIsOpen = (port) => !port.#closed;
    // The port's end leaves for another thread: this object stops holding it.
    detachPort = (port) => {
      const id = port.#id;
      ops.workerThreadsPortRelease(id);
      port.#end();
      return id;
    };
    adoptPort = (id) => {
      const port = new MessagePort(kCreate, id);
      ops.workerThreadsPortAdopt(id);
      return port;
    };
    // Messages (already received values' payloads) and a closing, from the host.
    deliverToPort = (port, payloads, closed) => {
      for (let i = 0; i < payloads.length; i++) ArrayPrototypePush(port.#queue, payloads[i]);
      if (closed) port.#closeDue = true;
      if (port.listenerCount("message") > 0 || closed) {
        // Within this host task, each message a task of its own, as Node dispatches them.
        port.#dispatchQueued();
      }
    };
    receiveOn = (port) => {
      if (port.#queue.length > 0) return { message: receivedValue(ArrayPrototypeShift(port.#queue)) };
      if (port.#id === null || port.#closed) return undefined;
      const payload = ops.workerThreadsPortReceive(port.#id);
      return payload === undefined ? undefined : { message: receivedValue(payload) };
    };
  }
}

function emitMessage(port, payload) {
  let value;
  try {
    value = receivedValue(payload);
  } catch (error) {
    port.emit("messageerror", error);
    return;
  }
  port.emit("message", value);
}

// Called by the host: [port id, payloads, closed] for this thread's ports that had news.
core.portNews = (news) => {
  for (let i = 0; i < news.length; i++) {
    const port = portsById.get(news[i][0]);
    if (port !== undefined) deliverToPort(port, news[i][1], news[i][2]);
  }
};

class MessageChannel {
  constructor() {
    const [first, second] = ops.workerThreadsChannel();
    this.port1 = new MessagePort(kCreate, first);
    this.port2 = new MessagePort(kCreate, second);
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw invalidArgType("port", "MessagePort", port);
  }
  return receiveOn(port);
}

// ---- Worker (the parent's side)

// The error a worker's uncaught exception became, as the parent sees it.
const ERROR_CLASSES = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };
function errorFromWorker(thrown) {
  const Class = ERROR_CLASSES[thrown.name] ?? Error;
  const error = new Class(thrown.message);
  if (Class === Error && thrown.name !== "Error") error.name = thrown.name;
  error.stack = thrown.stack;
  return error;
}

function workerURL(filename, options) {
  if (options.eval) {
    if (typeof filename !== "string") {
      throw invalidArgValue("options.eval", options.eval, "must be false when 'filename' is not a string");
    }
    return `${pathToFileURL(process.cwd()).href}/[worker eval]`;
  }
  if (filename instanceof URL) {
    if (filename.protocol !== "file:") throw codedError(TypeError, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file");
    return filename.href;
  }
  if (typeof filename !== "string") throw invalidArgType("filename", ["string", "URL"], filename);
  if (StringPrototypeStartsWith(filename, "file:")) {
    return new URL(filename).href;
  }
  const relative = StringPrototypeStartsWith(filename, "./") || StringPrototypeStartsWith(filename, "../");
  if (!relative && !StringPrototypeStartsWith(filename, "/")) {
    throw codedError(
      TypeError,
      "ERR_WORKER_PATH",
      "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. " +
        `Received "${filename}"`,
    );
  }
  return pathToFileURL(path.resolve(filename)).href;
}

// The worker's process.env: a copy of ours by default, or the object given.
function envFor(option) {
  if (option === undefined || option === SHARE_ENV) {
    try {
      return { ...process.env };
    } catch {
      return null; // this program may not read its environment: the worker may not either
    }
  }
  validateObject(option, "options.env");
  const env = {};
  const keys = ObjectKeys(option);
  for (let i = 0; i < keys.length; i++) env[keys[i]] = String(option[keys[i]]);
  return env;
}

function limitsFrom(resourceLimits) {
  if (resourceLimits === undefined) return {};
  validateObject(resourceLimits, "options.resourceLimits");
  const limits = {};
  for (const name of ["maxYoungGenerationSizeMb", "maxOldGenerationSizeMb", "codeRangeSizeMb", "stackSizeMb"]) {
    const value = resourceLimits[name];
    if (typeof value === "number" && value > 0) limits[name] = value;
  }
  return limits;
}

const environmentData = new SafeMap();

class Worker extends EventEmitter {
  #id;
  #threadId;
  #exitCode;
  #exited = false;
  #exitWaiters = [];
  #resourceLimits;

  constructor(filename, options = {}) {
    super();
    validateObject(options, "options");
    const url = workerURL(filename, options);
    const argv = options.argv === undefined ? [] : options.argv;
    if (!ArrayIsArray(argv)) throw invalidArgType("options.argv", "Array", argv);
    if (options.stdout === true || options.stderr === true || options.stdin === true) {
      throw notImplemented("worker_threads Worker's stdin, stdout and stderr streams");
    }
    const limits = limitsFrom(options.resourceLimits);
    sendMessage(ops.workerThreadsPack, [options.workerData, environmentData], options.transferList);
    const [id, threadId] = ops.workerThreadsStart(url, {
      name: String(options.name ?? ""),
      argv,
      env: envFor(options.env),
      resourceLimits: limits,
      source: options.eval ? String(filename) : null,
    });
    this.#id = id;
    this.#threadId = threadId;
    this.#resourceLimits = limits;
    core.workersById.set(id, {
      online: () => this.emit("online"),
      message: (payload) => emitMessage(this, payload),
      failed: (failure) => {
        this.emit("error", errorFromWorker(failure.thrown)); // throws here when nobody listens
        this.#exit(1);
      },
      exited: (code) => this.#exit(code),
    });
  }

  #exit(code) {
    if (this.#exited) return;
    this.#exited = true;
    this.#exitCode = code;
    this.#threadId = -1;
    this.emit("exit", code);
    const waiters = this.#exitWaiters;
    this.#exitWaiters = [];
    for (let i = 0; i < waiters.length; i++) waiters[i](code);
  }

  get threadId() {
    return this.#threadId;
  }

  get resourceLimits() {
    return this.#exited ? {} : { ...this.#resourceLimits };
  }

  get stdin() { return null; }
  get stdout() { return null; }
  get stderr() { return null; }

  postMessage(value, transferList = undefined) {
    if (this.#exited) return;
    const id = this.#id;
    sendMessage((message, buffers, extra) => ops.workerThreadsPost(message, buffers, [id, extra]), value, transferList);
  }

  // A promise for the exit code; undefined when the worker had already exited.
  terminate() {
    if (this.#exited) return PromiseResolve(undefined);
    const promise = new Promise((resolve) => ArrayPrototypePush(this.#exitWaiters, resolve));
    ops.workerThreadsTerminate(this.#id);
    return promise;
  }

  ref() {
    if (!this.#exited) ops.workerThreadsRef(this.#id, true);
  }

  unref() {
    if (!this.#exited) ops.workerThreadsRef(this.#id, false);
  }

  getHeapSnapshot() {
    return Promise.reject(notImplemented("worker.getHeapSnapshot()"));
  }
}

// ---- The worker's side

let isMainThread = true;
let threadId = 0;
let parentPort = null;
let workerData = null;
let resourceLimits = {};

// Makes process.env what the parent gave (as far as this worker may read and change it).
function applyEnv(env) {
  if (env === null) return;
  try {
    const current = ObjectKeys(process.env);
    for (let i = 0; i < current.length; i++) if (!(current[i] in env)) delete process.env[current[i]];
    const keys = ObjectKeys(env);
    for (let i = 0; i < keys.length; i++) process.env[keys[i]] = env[keys[i]];
  } catch {
    // no env permission: the worker sees the environment as little as its parent
  }
}

if (ops.workerThreadsSetup !== undefined) {
  const setup = ops.workerThreadsSetup();
  const [data, environment] = receivedValue(setup.data);
  isMainThread = false;
  threadId = setup.threadId;
  workerData = data;
  resourceLimits = setup.resourceLimits;
  for (const [key, value] of environment) environmentData.set(key, value);
  applyEnv(setup.env);
  parentPort = new MessagePort(kCreate, null, (value, buffers, extra) => ops.workerThreadsParentPost(value, buffers, extra));
  // Called by the host: messages from the parent ([value, extra] each) that arrived together.
  core.parentMessages = (batch) => {
    const port = parentPort;
    deliverToPort(port, batch, false);
  };
  // The worker's program when it was given as code (eval: true): CommonJS, as node -e runs.
  core.runWorkerEval = (source) => {
    const { Module } = require("internal/cjs_loader");
    const folder = process.cwd();
    const filename = path.join(folder, "[worker eval]");
    const module = new Module("[worker eval]");
    module.filename = filename;
    module.paths = Module._nodeModulePaths(folder);
    process.argv[1] = "[worker eval]";
    FunctionPrototypeCall(module._compile, module, source, filename);
  };
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function markAsUntransferable(object) {
  if (object !== null && (typeof object === "object" || typeof object === "function")) untransferable.set(object, true);
  if (isArrayBuffer(object)) ops.untransferable.mark(object); // (structuredClone copies it too)
}

function isMarkedAsUntransferable(object) {
  // (Buffer's pool and the sockets' read slabs are marked by the runtime itself)
  return untransferable.has(object) || ops.untransferable.marked(object);
}

function moveMessagePortToContext() {
  throw notImplemented("worker_threads.moveMessagePortToContext()");
}

function postMessageToThread() {
  return Promise.reject(notImplemented("worker_threads.postMessageToThread()"));
}

// The global BroadcastChannel: its named channels reach every thread.
const { BroadcastChannel } = core;

module.exports = {
  isMainThread,
  threadId,
  parentPort,
  workerData,
  resourceLimits,
  SHARE_ENV,
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  getEnvironmentData,
  setEnvironmentData,
  postMessageToThread,
};
