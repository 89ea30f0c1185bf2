// What node:fs and node:fs/promises share: their arguments read and checked as Node reads them
// (paths, flags, modes, encodings, data), and the bridge to the system calls of fs/ops.py, whose
// failures become Node's errors.
//
// An operation is described once, as a plan: `{ op, args, finish }` names the Python operation,
// its arguments, and what turns its value into the JS result. `runSync`, `runCallback` and
// `runPromise` carry a plan out in each of the three styles, so every call has its three forms
// from one description (fs/index.js, fs/promises.js).
"use strict";
const {
  ArrayBufferIsView, Error, ErrorCaptureStackTrace, NumberIsInteger, NumberParseInt, ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty, Promise, ReflectApply, Symbol, RegExpPrototypeTest, StringPrototypeIncludes,
  TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag, Uint8Array, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
} = core.primordials;
const { codedError, invalidArgType, invalidArgValue, outOfRange, validateFunction, AbortError } = require("internal/errors");
const { normalizeEncoding } = require("internal/buffer/encodings");
const { Buffer } = require("buffer");
const constants = require("internal/constants").fs();

// ── Errors ──

const UV_KEYS = ["errno", "code", "syscall", "path", "dest"];

// A failed system call as Node reports it: "ENOENT: no such file or directory, open '/x'",
// with errno, code, syscall, path and dest as own properties in that order (or the facts
// `keys` names, in its order). Errors that reach a callback or a promise carry no stack frames
// (the call that failed has long returned).
function uvError(facts, framesFrom, keys = UV_KEYS) {
  let message = `${facts.code}: ${facts.message}, ${facts.syscall}`;
  if (facts.path !== undefined) message += ` '${facts.path}'`;
  if (facts.dest !== undefined) message += ` -> '${facts.dest}'`;
  const error = new Error(message);
  if (framesFrom === undefined) ObjectDefineProperty(error, "stack", { value: `Error: ${message}`, writable: true, configurable: true });
  else ErrorCaptureStackTrace(error, framesFrom);
  for (let i = 0; i < keys.length; i++) {
    if (facts[keys[i]] !== undefined) error[keys[i]] = facts[keys[i]];
  }
  return error;
}

class SystemError extends Error {}
ObjectDefineProperty(SystemError.prototype, "name", { value: "SystemError", configurable: true, writable: true });

// Node's ERR_FS_* errors: "Path is a directory: rm returned EISDIR (is a directory) /x".
function fsSystemError(code, prefix, facts) {
  const message = `${prefix}: ${facts.syscall} returned ${facts.code} (${facts.message}) ${facts.path}`;
  const error = codedError(SystemError, code, message, fsSystemError);
  const info = { code: facts.code, message: facts.message, path: facts.path, syscall: facts.syscall, errno: facts.errno };
  ObjectDefineProperty(error, "info", { value: info, enumerable: true, configurable: true });
  for (const key of ["errno", "syscall", "path"]) {
    ObjectDefineProperty(error, key, { value: info[key], enumerable: true, configurable: true, writable: true });
  }
  return error;
}

// (Node gives these errors positive errno values, and cp's EISDIR the number of EINVAL.)
function isDirectoryError(syscall, path, detail, errno = 21) {
  const facts = { code: "EISDIR", message: detail, path, syscall, errno };
  return fsSystemError("ERR_FS_EISDIR", "Path is a directory", facts);
}

function existsError(syscall, path) {
  const facts = { code: "EEXIST", message: `${path} already exists`, path, syscall, errno: 17 };
  return fsSystemError("ERR_FS_CP_EEXIST", "Target already exists", facts);
}

// ── Running a plan ──

function plan(op, args, finish) {
  return { op, args, finish };
}

function finished(plan, value) {
  return plan.finish === undefined ? value : plan.finish(value);
}

function runSync(plan, framesFrom = runSync) {
  const answer = ReflectApply(core.ops.fsSync, undefined, [plan.op, ...plan.args]);
  if (answer[0] !== null) throw uvError(answer[0], framesFrom);
  return finished(plan, answer[1]);
}

// The Python side calls `done(failure, value)` as a macrotask of its own; `failure` is the
// facts of a system error, or a function throwing the error a permission check raised.
function runAsync(plan, settle) {
  const done = (failure, value) => {
    if (failure === null) {
      let result;
      try {
        result = finished(plan, value);
      } catch (error) {
        settle(error);
        return;
      }
      settle(null, result);
    } else if (typeof failure === "function") {
      try {
        failure();
      } catch (error) {
        settle(error);
      }
    } else {
      settle(uvError(failure));
    }
  };
  ReflectApply(core.ops.fsAsync, undefined, [done, plan.op, ...plan.args]);
}

// `callback(error)` or `callback(null, result)`; `spread`: the result is the callback's
// arguments after the error (fs.read's bytesRead and buffer).
function runCallback(plan, callback, spread = false) {
  runAsync(plan, (error, result) => {
    if (error) callback(error);
    else if (spread) ReflectApply(callback, undefined, [null, ...result]);
    else callback(null, result);
  });
}

function runPromise(plan) {
  return new Promise((resolve, reject) => {
    runAsync(plan, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// The callback of a callback-style call whose other arguments are at most `arity`: its last
// argument when that is a function; else what Node names in its error (undefined when the
// callback was left out).
function takeCallback(args, arity) {
  const last = args[args.length - 1];
  if (typeof last === "function") {
    args.length -= 1;
    return last;
  }
  throw invalidArgType("cb", "function", args.length > arity ? last : undefined);
}

// ── Arguments ──

function isURL(value) {
  return value !== null && typeof value === "object" && typeof value.href === "string" &&
    typeof value.protocol === "string" && value.auth === undefined && value.path === undefined;
}

function isUint8Array(value) {
  return ArrayBufferIsView(value) && TypedArrayPrototypeGetSymbolToStringTag(value) === "Uint8Array";
}

// A path as the Python side takes it: a string, or a Uint8Array for a Buffer (bytes).
function toPath(value, name = "path") {
  if (isURL(value)) value = require("url").fileURLToPath(value);
  if (typeof value === "string") {
    if (StringPrototypeIncludes(value, "\u0000")) {
      throw invalidArgValue(name, value, "must be a string, Uint8Array, or URL without null bytes");
    }
    return value;
  }
  if (isUint8Array(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === 0) throw invalidArgValue(name, value, "must be a string, Uint8Array, or URL without null bytes");
    }
    return new Uint8Array(TypedArrayPrototypeGetBuffer(value), TypedArrayPrototypeGetByteOffset(value), value.length);
  }
  throw invalidArgType(name, ["string", "Buffer", "URL"], value);
}

function toFd(value, name = "fd") {
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsInteger(value)) throw outOfRange(name, "an integer", value);
  if (value < 0 || value > 2147483647) throw outOfRange(name, ">= 0 && <= 2147483647", value);
  return value;
}

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, O_SYNC } = constants;
const FLAGS = {
  __proto__: null,
  r: O_RDONLY, rs: O_RDONLY | O_SYNC, sr: O_RDONLY | O_SYNC,
  "r+": O_RDWR, "rs+": O_RDWR | O_SYNC, "sr+": O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY, wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  "w+": O_TRUNC | O_CREAT | O_RDWR, "wx+": O_TRUNC | O_CREAT | O_RDWR | O_EXCL, "xw+": O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY, ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL, xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC, sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  "a+": O_APPEND | O_CREAT | O_RDWR, "ax+": O_APPEND | O_CREAT | O_RDWR | O_EXCL, "xa+": O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  "as+": O_APPEND | O_CREAT | O_RDWR | O_SYNC, "sa+": O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

// Open flags: a number as it is, a string as fopen's modes ('r', 'w+', 'ax'...).
function toFlags(value, fallback = "r") {
  if (value === undefined || value === null) value = fallback;
  if (typeof value === "number") return value;
  const flags = typeof value === "string" ? FLAGS[value] : undefined;
  if (flags === undefined) throw invalidArgValue("flags", value);
  return flags;
}

// A mode: a 32-bit unsigned integer, or an octal string ("755").
function toMode(value, name, fallback) {
  if (value === undefined || value === null) return fallback;
  if (typeof value === "string") {
    if (!RegExpPrototypeTest(/^[0-7]+$/, value)) {
      throw invalidArgValue(name, value, "must be a 32-bit unsigned integer or an octal string");
    }
    value = NumberParseInt(value, 8);
  }
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsInteger(value)) throw outOfRange(name, "an integer", value);
  if (value < 0 || value > 4294967295) throw outOfRange(name, ">= 0 && <= 4294967295", value);
  return value;
}

// The options object of a call that also takes an encoding name in its place.
function toOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === "function") return defaults;
  if (typeof options === "string") return { ...defaults, encoding: options };
  if (typeof options !== "object") throw invalidArgType("options", ["string", "Object"], options);
  const merged = { ...defaults };
  for (const key in options) merged[key] = options[key];
  return merged;
}

// An encoding option: undefined/null (bytes), "buffer", or one of Buffer's encodings.
function toEncoding(value) {
  if (value === undefined || value === null || value === "buffer") return value ?? undefined;
  if (normalizeEncoding(value) === undefined) throw invalidArgValue("encoding", value, "is invalid encoding");
  return value;
}

// Bytes as the encoding asks: a Buffer (no copy) or a string.
function encoded(bytes, encoding) {
  const buffer = Buffer.from(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetByteLength(bytes));
  return encoding === undefined || encoding === null || encoding === "buffer" ? buffer : buffer.toString(encoding);
}

// The bytes of data to write: a string in `encoding`, or any typed array or DataView.
function toBytes(data, encoding, name = "data") {
  if (typeof data === "string") return Buffer.from(data, encoding ?? "utf8");
  if (ArrayBufferIsView(data)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(data) === undefined) {
      return new Uint8Array(DataViewPrototypeGetBuffer(data), DataViewPrototypeGetByteOffset(data), DataViewPrototypeGetByteLength(data));
    }
    return new Uint8Array(TypedArrayPrototypeGetBuffer(data), TypedArrayPrototypeGetByteOffset(data), TypedArrayPrototypeGetByteLength(data));
  }
  throw invalidArgType(name, ["string", "Buffer", "TypedArray", "DataView"], data);
}

// A time for utimes: a Date, seconds as a number, or a numeric string.
function toSeconds(value, name) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value !== "" && !(+value !== +value)) return +value;
  if (value instanceof core.primordials.Date) return core.primordials.DatePrototypeGetTime(value) / 1000;
  throw invalidArgType(name, ["number", "string", "Date"], value);
}

// The descriptor of a fs/promises FileHandle, under a key only node:fs's files know.
const kFd = Symbol("kFd");

function isFileHandle(value) {
  return value !== null && typeof value === "object" && kFd in value;
}

function validateSignal(signal) {
  if (signal !== undefined && signal !== null && !core.isAbortSignal(signal)) throw invalidArgType("options.signal", "AbortSignal", signal);
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

module.exports = {
  uvError, isDirectoryError, existsError, plan, runSync, runCallback, runPromise, takeCallback, isURL,
  isUint8Array, toPath, toFd, toFlags, toMode, toOptions, toEncoding, encoded, toBytes, toSeconds,
  validateSignal, abortError, hasOwn: ObjectPrototypeHasOwnProperty, kFd, isFileHandle,
};
