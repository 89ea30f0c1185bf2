// node:fs/promises: node:fs's operations returning promises (internal/fs/operations.js), and
// FileHandle, an open file whose methods read and write through its descriptor; watch, the
// events of fs.watch as an async iterator (internal/fs/watchers.js).
"use strict";
const { ObjectDefineProperty, Promise, PromisePrototypeThen, PromiseReject, ReflectApply, Symbol } = core.primordials;
const { unimplemented } = require("internal/errors");
const { runPromise, validateSignal, abortError, toOptions, kFd } = require("internal/fs/utils");
const { operations } = require("internal/fs/operations");
const { opendirPlan } = require("internal/fs/dir");
const EventEmitter = require("events");

const NAMES = [
  "access", "rename", "truncate", "rm", "rmdir", "mkdir", "readdir", "readlink", "symlink", "lstat",
  "stat", "link", "unlink", "chmod", "utimes", "lutimes", "realpath", "mkdtemp", "copyFile", "cp",
];

// Calls `describe` (which may throw on bad arguments) and runs its plan: a bad argument
// rejects the promise, as in Node.
function attempt(describe, args) {
  try {
    return runPromise(ReflectApply(describe, undefined, args));
  } catch (error) {
    return PromiseReject(error);
  }
}

for (let i = 0; i < NAMES.length; i++) {
  const describe = operations[NAMES[i]];
  exports[NAMES[i]] = function (...args) {
    return attempt(describe, args);
  };
  ObjectDefineProperty(exports[NAMES[i]], "name", { value: NAMES[i] });
}

const asyncDispose = Symbol.asyncDispose;

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
  }

  get fd() {
    return this[kFd];
  }

  // Runs a descriptor operation on this handle's descriptor.
  #run(name, ...args) {
    return attempt(operations[name], [this[kFd], ...args]);
  }

  read(buffer, offset, length, position) {
    return PromisePrototypeThen(this.#run("read", buffer, offset, length, position), (answer) => ({ __proto__: null, bytesRead: answer[0], buffer: answer[1] }));
  }
  write(data, offsetOrPosition, lengthOrEncoding, position) {
    return PromisePrototypeThen(this.#run("write", data, offsetOrPosition, lengthOrEncoding, position), (answer) => ({ __proto__: null, bytesWritten: answer[0], buffer: answer[1] }));
  }
  readFile(options) {
    return readFile(this, options);
  }
  writeFile(data, options) {
    return writeFile(this, data, options);
  }
  appendFile(data, options) {
    return appendFile(this, data, options);
  }
  stat(options) {
    return this.#run("fstat", options);
  }
  truncate(length) {
    return this.#run("ftruncate", length);
  }
  sync() {
    return this.#run("fsync");
  }
  datasync() {
    return this.#run("fsync");
  }
  chmod(mode) {
    return this.#run("fchmod", mode);
  }
  utimes(atime, mtime) {
    return this.#run("futimes", atime, mtime);
  }
  // File streams on this handle's descriptor (closing the handle when they are done, unless
  // autoClose is false).
  createReadStream(options) {
    return require("internal/fs/streams").createReadStream(undefined, { ...options, fd: this });
  }
  createWriteStream(options) {
    return require("internal/fs/streams").createWriteStream(undefined, { ...options, fd: this });
  }
  close() {
    if (this[kFd] === -1) return Promise.resolve();
    const fd = this[kFd];
    this[kFd] = -1;
    return PromisePrototypeThen(attempt(operations.close, [fd]), () => {
      this.emit("close");
    });
  }
}
for (const name of ["readLines", "readableWebStream", "readv", "writev", "chown"]) {
  FileHandle.prototype[name] = unimplemented(`FileHandle.${name}`);
}
if (asyncDispose !== undefined) {
  ObjectDefineProperty(FileHandle.prototype, asyncDispose, {
    value() { return this.close(); },
    writable: true, configurable: true,
  });
}

// A FileHandle's descriptor in place of the handle, for the whole-file operations.
function fileOf(file) {
  return file instanceof FileHandle ? file[kFd] : file;
}

// Runs a whole-file operation unless `signal` is aborted before it starts or after it ends.
function withSignal(options, describe, args) {
  const { signal } = toOptions(options, {});
  validateSignal(signal);
  if (signal?.aborted) return PromiseReject(abortError(signal));
  return PromisePrototypeThen(attempt(describe, args), (value) => {
    if (signal?.aborted) throw abortError(signal);
    return value;
  });
}

function readFile(path, options) {
  return withSignal(options, operations.readFile, [fileOf(path), options]);
}
function writeFile(file, data, options) {
  return withSignal(options, operations.writeFile, [fileOf(file), data, options]);
}
function appendFile(file, data, options) {
  return withSignal(options, operations.appendFile, [fileOf(file), data, options]);
}

function open(path, flags, mode) {
  return PromisePrototypeThen(attempt(operations.open, [path, flags, mode]), (fd) => new FileHandle(fd));
}

function opendir(path, options) {
  return attempt(opendirPlan, [path, options]);
}

exports.open = open;
exports.opendir = opendir;
exports.readFile = readFile;
exports.writeFile = writeFile;
exports.appendFile = appendFile;
exports.watch = function watch(filename, options) {
  return require("internal/fs/watchers").watchEvents(filename, options);
};
for (const name of ["chown", "lchown", "lchmod", "statfs"]) exports[name] = unimplemented(`fsPromises.${name}`);
exports.constants = require("internal/constants").fs();
