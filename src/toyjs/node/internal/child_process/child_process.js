// ChildProcess: a program node:child_process started, as an EventEmitter with its pipes as
// streams. The Python side (child_process/ops.py) starts the program and reports its output,
// the end of each pipe and its exit; this side turns them into Node's events, in Node's order:
// 'spawn' (on the next tick), the pipes' data, 'exit', then 'close' once the exit came and
// every output pipe closed. A program that cannot start gets 'error' (`spawn nope ENOENT`),
// then 'close' with the negative errno as its code.
"use strict";
const {
  ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice, Error,
  NumberIsInteger, ObjectKeys, String, StringPrototypeIncludes, TypeError,
} = core.primordials;
const EventEmitter = require("events");
const { Readable, Writable } = require("stream");
const { Buffer } = require("buffer");
const { setTimeout, clearTimeout } = require("timers");
const {
  codedError, invalidArgType, invalidArgValue, notImplemented, validateAbortSignal, validateObject,
  validateString, AbortError,
} = require("internal/errors");
const { signals } = require("internal/constants");
const { serializationOption, attachToChild, asBuffer } = require("internal/child_process/ipc");
const { ops } = core;

const SIGNALS = signals();
const STDIO_KINDS = ["pipe", "inherit", "ignore"];

// A signal given by name or number, as its number; ERR_UNKNOWN_SIGNAL otherwise.
function signalNumber(signal, name = "signal") {
  if (typeof signal === "number") {
    if (!NumberIsInteger(signal)) throw invalidArgType(name, "number", signal);
    return signal;
  }
  if (typeof signal === "string") {
    const number = SIGNALS[signal];
    if (number === undefined) throw codedError(TypeError, "ERR_UNKNOWN_SIGNAL", `Unknown signal: ${signal}`, signalNumber);
    return number;
  }
  throw invalidArgType(name, ["string", "number"], signal);
}

// The error of a failed system call as libuv names it: "spawn nope ENOENT", "write EPIPE".
function uvError(facts, syscall, extra = undefined) {
  const error = new Error(`${syscall} ${facts.code}`);
  error.errno = facts.errno;
  error.code = facts.code;
  error.syscall = syscall;
  if (extra !== undefined) {
    const names = ObjectKeys(extra);
    for (let i = 0; i < names.length; i++) error[names[i]] = extra[names[i]];
  }
  return error;
}

// stdio as given ("pipe", ["pipe", "inherit", 2, "ipc"]...): the first three slots as "pipe",
// "inherit", "ignore" or a descriptor number, and whether an 'ipc' slot asks for a channel.
// Slots past the third may be 'ipc' or left empty ("ignore", null, undefined).
function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) return { slots: ["pipe", "pipe", "pipe"], ipc: false, count: 3 };
  if (typeof stdio === "string") {
    const kind = stdio === "overlapped" ? "pipe" : stdio;
    if (!ArrayPrototypeIncludes(STDIO_KINDS, kind)) throw invalidArgValue("stdio", stdio);
    return { slots: [kind, kind, kind], ipc: false, count: 3 };
  }
  if (!ArrayIsArray(stdio)) throw invalidArgValue("stdio", stdio);
  const ipcAt = ArrayPrototypeIndexOf(stdio, "ipc");
  const ipc = ipcAt !== -1;
  if (ipc && ArrayPrototypeIndexOf(stdio, "ipc", ipcAt + 1) !== -1) {
    throw codedError(Error, "ERR_IPC_ONE_PIPE", "Child process can have only one IPC pipe");
  }
  if (ipc && ipcAt < 3) throw notImplemented("An 'ipc' slot among stdin, stdout and stderr");
  const slots = [];
  for (let i = 0; i < 3; i++) {
    const entry = stdio[i];
    if (entry === undefined || entry === null || entry === "overlapped") ArrayPrototypePush(slots, "pipe");
    else if (ArrayPrototypeIncludes(STDIO_KINDS, entry)) ArrayPrototypePush(slots, entry);
    else if (typeof entry === "number") ArrayPrototypePush(slots, entry);
    else if (typeof entry?.fd === "number") ArrayPrototypePush(slots, entry.fd);
    else throw invalidArgValue("stdio", entry);
  }
  for (let i = 3; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry !== "ipc" && entry !== "ignore" && entry !== undefined && entry !== null) {
      throw notImplemented(`stdio[${i}] other than 'ipc' or 'ignore'`);
    }
  }
  return { slots, ipc, count: stdio.length > 3 ? stdio.length : 3 };
}

// The environment for the child as [name, value] pairs, or undefined for the host's own.
function normalizeEnv(env) {
  if (env === undefined || env === null) return undefined;
  validateObject(env, "options.env");
  const pairs = [];
  for (const name in env) {
    const value = env[name];
    if (value === undefined) continue;
    const text = String(value);
    if (StringPrototypeIncludes(name, "\u0000") || StringPrototypeIncludes(text, "\u0000")) {
      throw invalidArgValue("options.env", env, "must be a string without null bytes");
    }
    ArrayPrototypePush(pairs, [name, text]);
  }
  return pairs;
}

// stdio's slots, and the IPC channel's serialization when stdio asks for one (else undefined).
function stdioAndChannel(options) {
  const { slots, ipc, count } = normalizeStdio(options.stdio);
  const serialization = serializationOption(options.serialization);
  return { stdio: slots, stdioCount: count, ipc: ipc ? serialization : undefined };
}

// (file, args, options) as spawn and spawnSync take them: checked, with the shell applied.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, "file");
  if (file.length === 0) throw invalidArgValue("file", file, "cannot be empty");
  if (ArrayIsArray(args)) {
    args = ArrayPrototypeSlice(args);
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args !== "object") {
    throw invalidArgType("args", "object", args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  validateObject(options, "options");
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== "string") args[i] = String(args[i]);
  }
  const cwd = options.cwd;
  if (cwd !== undefined && cwd !== null) validateString(cwd, "options.cwd");
  if (options.argv0 !== undefined) validateString(options.argv0, "options.argv0");
  if (options.shell !== undefined && options.shell !== false && options.shell !== true) {
    validateString(options.shell, "options.shell");
  }
  if (options.shell) {
    const command = ArrayPrototypeJoin([file, ...args], " ");
    file = typeof options.shell === "string" ? options.shell : "/bin/sh";
    args = ["-c", command];
  }
  validateAbortSignal(options.signal, "options.signal");
  const timeout = options.timeout;
  if (timeout !== undefined && timeout !== null && !(NumberIsInteger(timeout) && timeout >= 0)) {
    throw invalidArgType("options.timeout", "integer", timeout);
  }
  return {
    file,
    args: [options.argv0 ?? file, ...args],
    cwd: cwd ?? undefined,
    env: normalizeEnv(options.env),
    ...stdioAndChannel(options),
    detached: !!options.detached,
    timeout: timeout ?? 0,
    killSignal: signalNumber(options.killSignal ?? "SIGTERM", "options.killSignal"),
    signal: options.signal,
  };
}

class ChildProcess extends EventEmitter {
  #id = undefined;
  #closesNeeded = 1; // the exit, and each output pipe's close
  #closesGot = 0;
  #timer = undefined;

  constructor() {
    super();
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
  }

  // Starts the program described by normalizeSpawnArguments's result (with `fork`, the
  // module a toyjs child runs: see child_process/fork.py).
  spawn(options) {
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const request = {
      file: options.file, args: options.args, cwd: options.cwd, env: options.env, stdio: options.stdio,
      detached: options.detached, ipc: options.ipc, fork: options.fork,
    };
    let result;
    const onEvent = (kind, a, b) => this.#onEvent(kind, a, b);
    if (options.ipc === undefined) {
      result = ops.childSpawn(request, onEvent);
    } else {
      attachToChild(this, options.ipc, (onChannelEvent) => {
        result = ops.childSpawn(request, onEvent, onChannelEvent);
        return result.channel;
      });
    }
    this.#makeStreams(options.stdio, options.stdioCount);
    if (result.error !== undefined) {
      const error = uvError(result.error, `spawn ${options.file}`, { path: options.file, spawnargs: ArrayPrototypeSlice(options.args, 1) });
      for (let i = 0; i < 3; i++) this.stdio[i]?.destroy();
      core.nextTick(() => {
        this.exitCode = result.error.errno;
        this.emit("error", error);
        this.#closed();
      });
      return;
    }
    this.#id = result.id;
    this.pid = result.pid;
    if (options.timeout > 0) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.kill(options.killSignal);
      }, options.timeout);
    }
    if (options.signal !== undefined) this.#watchSignal(options.signal, options.killSignal);
    core.nextTick(() => this.emit("spawn"));
  }

  #watchSignal(signal, killSignal) {
    const abort = () => {
      if (this.exitCode !== null || this.signalCode !== null) return;
      this.kill(killSignal);
      this.emit("error", new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      core.nextTick(abort);
      return;
    }
    signal.addEventListener("abort", abort, { once: true });
    this.once("exit", () => signal.removeEventListener("abort", abort));
  }

  #makeStreams(stdio, count) {
    const child = this;
    for (let index = 3; index < count; index++) this.stdio[index] = null;
    for (let index = 0; index < 3; index++) {
      if (stdio[index] !== "pipe") continue;
      let stream;
      if (index === 0) {
        stream = new Writable({
          write(chunk, _encoding, callback) {
            ops.childWrite(child.#id, chunk, (facts) => callback(facts ? uvError(facts, "write") : undefined));
          },
          final(callback) {
            if (child.#id !== undefined) ops.childEndInput(child.#id);
            callback();
          },
          destroy(error, callback) {
            if (child.#id !== undefined) ops.childEndInput(child.#id);
            callback(error);
          },
        });
      } else {
        stream = new Readable({
          read() {
            if (child.#id !== undefined) ops.childReading(child.#id, index, true);
          },
        });
        this.#closesNeeded++;
        stream.on("close", () => this.#closed());
      }
      this.stdio[index] = stream;
    }
    this.stdin = this.stdio[0];
    this.stdout = this.stdio[1];
    this.stderr = this.stdio[2];
  }

  #onEvent(kind, a, b) {
    if (kind === "data") {
      if (!this.stdio[a].push(asBuffer(b))) ops.childReading(this.#id, a, false);
    } else if (kind === "end") {
      this.stdio[a].push(null);
    } else if (kind === "exit") {
      this.#exited(a, b);
    }
  }

  #exited(code, signal) {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.exitCode = code;
    this.signalCode = signal;
    this.stdin?.destroy();
    this.emit("exit", code, signal);
    // Output nobody reads is drained, so that its pipe ends and 'close' can come.
    for (let i = 1; i < 3; i++) {
      const stream = this.stdio[i];
      if (stream !== null && stream.readableFlowing === null) stream.resume();
    }
    this.#closed();
  }

  // 'close' comes on the tick after the last pipe closed, after that pipe's own 'close'
  // listeners, as in Node.
  #closed() {
    if (++this.#closesGot === this.#closesNeeded) core.nextTick(() => this.emit("close", this.exitCode, this.signalCode));
  }

  kill(signal = "SIGTERM") {
    const number = signalNumber(signal);
    if (this.#id === undefined) return false;
    const sent = ops.childKill(this.#id, number);
    if (sent) this.killed = true;
    return sent;
  }

  ref() {
    if (this.#id !== undefined) ops.childRef(this.#id, true);
  }

  unref() {
    if (this.#id !== undefined) ops.childRef(this.#id, false);
  }

}

module.exports = { ChildProcess, normalizeSpawnArguments, signalNumber, uvError, asBuffer };
