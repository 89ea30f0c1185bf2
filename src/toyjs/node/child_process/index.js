// node:child_process: spawn and its shorthands (exec, execFile), the sync forms that block
// until the program ends, and fork (a toyjs child with an IPC channel). Starting a program
// needs the run permission (see ops.py; for fork, run access to "toyjs": see fork.py).
"use strict";
const {
  ArrayBufferIsView, ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice, Error,
  ObjectAssign, ObjectDefineProperty, Promise, RangeError, Symbol,
} = core.primordials;
const { Buffer } = require("buffer");
const { setTimeout, clearTimeout } = require("timers");
const {
  codedError, invalidArgType, validateFunction, validateObject,
} = require("internal/errors");
const {
  ChildProcess, normalizeSpawnArguments, uvError, asBuffer,
} = require("internal/child_process/child_process");
const { ops } = core;

const kCustomPromisify = Symbol.for("nodejs.util.promisify.custom");
const DEFAULT_MAX_BUFFER = 1024 * 1024;
const ETIMEDOUT = { errno: -110, code: "ETIMEDOUT" };

function spawn(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  const child = new ChildProcess();
  child.spawn(normalized);
  return child;
}

// ── exec and execFile: run to the end, collecting the output for a callback ──

// (args, options, callback) of execFile, each optional.
function execFileArguments(args, options, callback) {
  if (typeof args === "function") return { args: [], options: {}, callback: args };
  if (!ArrayIsArray(args)) {
    if (args !== undefined && args !== null) {
      if (typeof args !== "object") throw invalidArgType("args", "Array", args);
      return execFileArguments([], args, options);
    }
    args = [];
  }
  if (typeof options === "function") return { args, options: {}, callback: options };
  if (options === undefined || options === null) options = {};
  validateObject(options, "options");
  if (callback !== undefined && callback !== null) validateFunction(callback, "callback");
  return { args, options, callback };
}

function isBufferEncoding(encoding) {
  return encoding === "buffer" || encoding === null || !Buffer.isEncoding(encoding);
}

// Runs `file` and calls back with (error, stdout, stderr) once it closed; `command` is how an
// error names it (exec's command line, or the file and its arguments).
function runCollecting(file, args, options, callback, command) {
  const settings = {
    encoding: "utf8", timeout: 0, maxBuffer: DEFAULT_MAX_BUFFER, killSignal: "SIGTERM", ...options,
  };
  const child = spawn(file, args, {
    cwd: settings.cwd, env: settings.env, shell: settings.shell, signal: settings.signal,
    argv0: settings.argv0, detached: settings.detached, stdio: settings.stdio,
  });
  const asBuffers = isBufferEncoding(settings.encoding);
  const output = { stdout: [], stderr: [] };
  const sizes = { stdout: 0, stderr: 0 };
  let failure = null;
  let killedByUs = false;
  let timer;
  let done = false;

  const kill = () => {
    killedByUs = true;
    try {
      child.kill(settings.killSignal);
    } catch (error) {
      failure = error;
    }
  };
  const text = (name) => {
    const bytes = Buffer.concat(output[name]);
    return asBuffers ? bytes : bytes.toString(settings.encoding);
  };
  const finish = (code, signal) => {
    if (done) return;
    done = true;
    if (timer !== undefined) clearTimeout(timer);
    const stdout = text("stdout");
    const stderr = text("stderr");
    if (failure === null && code === 0 && signal === null) {
      if (callback) callback(null, stdout, stderr);
      return;
    }
    let error = failure;
    if (error === null) {
      error = new Error(`Command failed: ${command}\n${stderr}`);
      error.code = code;
      error.killed = child.killed || killedByUs;
      error.signal = signal;
    }
    error.cmd = command;
    if (callback) callback(error, stdout, stderr);
  };
  const collect = (name) => (chunk) => {
    const room = settings.maxBuffer - sizes[name];
    if (chunk.length > room) {
      ArrayPrototypePush(output[name], chunk.subarray(0, room));
      sizes[name] = settings.maxBuffer;
      failure = codedError(RangeError, "ERR_CHILD_PROCESS_STDIO_MAXBUFFER", `${name} maxBuffer length exceeded`);
      kill();
      return;
    }
    ArrayPrototypePush(output[name], chunk);
    sizes[name] += chunk.length;
  };

  child.stdout?.on("data", collect("stdout"));
  child.stderr?.on("data", collect("stderr"));
  if (settings.timeout > 0) {
    timer = setTimeout(() => {
      timer = undefined;
      kill();
    }, settings.timeout);
  }
  child.on("close", finish);
  child.on("error", (error) => {
    failure = error;
    if (child.pid !== undefined) kill();
    finish(child.exitCode, child.signalCode);
  });
  return child;
}

function execFile(file, args, options, callback) {
  const parsed = execFileArguments(args, options, callback);
  const command = ArrayPrototypeJoin([file, ...parsed.args], " ");
  return runCollecting(file, parsed.args, parsed.options, parsed.callback, command);
}

function exec(command, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  // Options that are not an object are ignored, as Node's exec ignores them.
  options = options !== null && typeof options === "object" ? options : {};
  return runCollecting(command, [], { ...options, shell: options.shell || true }, callback, command);
}

// util.promisify(exec) and (execFile): a promise of { stdout, stderr } (a failure carries them
// too), with the child as its `child`.
function promiseForm(start) {
  return function (...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = start(...args, (error, stdout, stderr) => {
        if (error !== null) {
          error.stdout = stdout;
          error.stderr = stderr;
          reject(error);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
for (const form of [exec, execFile]) {
  ObjectDefineProperty(form, kCustomPromisify, { value: promiseForm(form), enumerable: false, configurable: true, writable: false });
}

// ── the sync forms ──

function inputBytes(input) {
  if (input === undefined || input === null) return undefined;
  if (typeof input === "string") return Buffer.from(input, "utf8");
  if (ArrayBufferIsView(input)) return input;
  throw invalidArgType("options.stdio[0]", ["Buffer", "TypedArray", "DataView", "string"], input);
}

function spawnSync(file, args, options) {
  if (!ArrayIsArray(args) && args !== undefined && args !== null && typeof args === "object") {
    options = args;
    args = [];
  }
  options = options ?? {};
  const normalized = normalizeSpawnArguments(file, args, options);
  if (normalized.ipc !== undefined) throw codedError(Error, "ERR_IPC_SYNC_FORK", "IPC cannot be used with synchronous forks");
  const answer = ops.childSpawnSync({
    file: normalized.file, args: normalized.args, cwd: normalized.cwd, env: normalized.env,
    stdio: normalized.stdio, detached: normalized.detached, input: inputBytes(options.input),
    timeout: normalized.timeout, killSignal: normalized.killSignal,
  });
  const failure = (facts) => uvError(facts, `spawnSync ${normalized.file}`, {
    path: normalized.file, spawnargs: ArrayPrototypeSlice(normalized.args, 1),
  });
  if (answer.error !== undefined) {
    return { error: failure(answer.error), status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null };
  }
  const encoding = options.encoding;
  const decode = (bytes) => {
    if (bytes === null || bytes === undefined) return null;
    const buffer = asBuffer(bytes);
    return encoding && encoding !== "buffer" ? buffer.toString(encoding) : buffer;
  };
  const stdout = decode(answer.stdout);
  const stderr = decode(answer.stderr);
  const result = { status: answer.status, signal: answer.signal, output: [null, stdout, stderr], pid: answer.pid, stdout, stderr };
  return answer.timedOut ? { error: failure(ETIMEDOUT), ...result } : result;
}

// execSync and execFileSync: stderr is piped, then shown on the program's stderr unless the
// caller chose stdio; a failure throws, carrying what spawnSync returned.
function runSyncOrThrow(file, args, options, command) {
  const inheritStderr = options.stdio === undefined;
  const stdio = inheritStderr ? ["pipe", "pipe", "pipe"] : options.stdio;
  const result = spawnSync(file, args, { ...options, stdio });
  if (inheritStderr && result.stderr) core.process.stderr.write(result.stderr);
  if (result.error) throw ObjectAssign(result.error, result);
  if (result.status !== 0) {
    let message = `Command failed: ${command}`;
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    throw ObjectAssign(new Error(message), result);
  }
  return result.stdout;
}

function execFileSync(file, args, options) {
  if (!ArrayIsArray(args)) {
    options = args;
    args = [];
  }
  options = options ?? {};
  validateObject(options, "options");
  return runSyncOrThrow(file, args, options, ArrayPrototypeJoin([file, ...args], " "));
}

function execSync(command, options) {
  options = options ?? {};
  validateObject(options, "options");
  return runSyncOrThrow(command, [], { ...options, shell: options.shell || true }, command);
}

// ── fork: a toyjs child running a module, with an IPC channel ──

function modulePathArgument(modulePath) {
  if (typeof modulePath === "string") return modulePath;
  if (Buffer.isBuffer(modulePath)) return modulePath.toString();
  const url = require("url");
  if (modulePath instanceof url.URL) return url.fileURLToPath(modulePath);
  throw invalidArgType("modulePath", ["string", "Buffer", "URL"], modulePath);
}

// fork's stdio: the child's stdin, stdout and stderr are the program's own (or pipes when
// `silent`), with the channel after them.
function forkStdio(options) {
  const stdio = options.stdio;
  if (typeof stdio === "string") return [stdio, stdio, stdio, "ipc"];
  if (ArrayIsArray(stdio)) {
    if (!ArrayPrototypeIncludes(stdio, "ipc")) {
      throw codedError(Error, "ERR_CHILD_PROCESS_IPC_REQUIRED", "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
    }
    return stdio;
  }
  return options.silent ? ["pipe", "pipe", "pipe", "ipc"] : [0, 1, 2, "ipc"];
}

function fork(modulePath, args, options) {
  modulePath = modulePathArgument(modulePath);
  if (args === undefined || args === null) {
    args = [];
  } else if (!ArrayIsArray(args)) {
    if (typeof args !== "object") throw invalidArgType("args", "Array", args);
    options = args;
    args = [];
  }
  if (options === undefined || options === null) options = {};
  validateObject(options, "options");
  const execArgv = ArrayIsArray(options.execArgv) ? options.execArgv : core.process.execArgv;
  const spawnOptions = { ...options, stdio: forkStdio(options), shell: false };
  const execPath = options.execPath;
  // Another program given as execPath (node, say) starts as spawn would start it, with the
  // channel; else the child is toyjs (see fork.py for its command line).
  const normalized = normalizeSpawnArguments(execPath ?? core.process.execPath, [...execArgv, modulePath, ...args], spawnOptions);
  if (execPath === undefined) {
    normalized.fork = {
      module: modulePath,
      args: ArrayPrototypeSlice(normalized.args, execArgv.length + 2),
      execArgv: ArrayPrototypeSlice(normalized.args, 1, execArgv.length + 1),
    };
  }
  const child = new ChildProcess();
  child.spawn(normalized);
  return child;
}

module.exports = {
  ChildProcess, spawn, exec, execFile, spawnSync, execSync, execFileSync, fork,
};
