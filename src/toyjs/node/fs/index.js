// node:fs: each operation of internal/fs/operations.js in its synchronous form (`readFileSync`)
// and its callback form (`readFile(path, options, callback)`, the callback called in a later
// macrotask with an error or null and the result). The system calls are fs/ops.py's.
//
// The file streams (createReadStream, createWriteStream) are internal/fs/streams.js's, loaded
// with node:stream on first use; watching (watch, watchFile, unwatchFile) is
// internal/fs/watchers.js's, loaded on first use too.
"use strict";
const { ObjectDefineProperty, ReflectApply } = core.primordials;
const { unimplemented, validateFunction } = require("internal/errors");
const { runSync, runCallback, takeCallback, toPath } = require("internal/fs/utils");
const { operations } = require("internal/fs/operations");
const { Stats, Dirent } = require("internal/fs/stats");
const { Dir, opendirPlan } = require("internal/fs/dir");
const { F_OK, R_OK, W_OK, X_OK } = require("internal/constants").fs();

// Operations whose callback gets one result; read and write give two (see below).
const NAMES = [
  "access", "readFile", "writeFile", "appendFile", "open", "close", "stat", "lstat", "fstat", "readdir",
  "mkdir", "mkdtemp", "rm", "rmdir", "unlink", "rename", "link", "symlink", "readlink", "realpath",
  "copyFile", "cp", "chmod", "fchmod", "utimes", "lutimes", "futimes", "truncate", "ftruncate", "fsync",
  "fdatasync",
];

function named(name, length, body) {
  ObjectDefineProperty(body, "name", { value: name });
  ObjectDefineProperty(body, "length", { value: length });
  return body;
}

for (let i = 0; i < NAMES.length; i++) {
  const name = NAMES[i];
  const describe = operations[name];
  const length = describe.length;
  const sync = named(`${name}Sync`, length, function (...args) {
    return runSync(ReflectApply(describe, undefined, args), sync);
  });
  exports[`${name}Sync`] = sync;
  exports[name] = named(name, length + 1, function (...args) {
    const callback = takeCallback(args, length);
    runCallback(ReflectApply(describe, undefined, args), callback);
  });
}

// read and write: the sync forms return the count, the callbacks get the count and the buffer.
for (const name of ["read", "write"]) {
  const describe = operations[name];
  const sync = named(`${name}Sync`, describe.length, function (...args) {
    return runSync(ReflectApply(describe, undefined, args), sync)[0];
  });
  exports[`${name}Sync`] = sync;
  exports[name] = named(name, describe.length + 1, function (...args) {
    const callback = takeCallback(args, describe.length);
    runCallback(ReflectApply(describe, undefined, args), callback, true);
  });
}

// exists: false for anything that cannot be a path, and for what may not be read (a denial
// would say the path exists: see fs/ops.py). Its callback gets no error, only the answer.
function existsSync(path) {
  let target;
  try {
    target = toPath(path);
  } catch {
    return false;
  }
  return runSync({ op: "exists", args: [target], finish: undefined });
}
function exists(path, callback) {
  validateFunction(callback, "cb");
  let target;
  try {
    target = toPath(path);
  } catch {
    core.nextTick(callback, false);
    return;
  }
  runCallback({ op: "exists", args: [target], finish: undefined }, (error, found) => callback(!error && found));
}

exports.exists = exists;
exports.existsSync = existsSync;
exports.realpath.native = function (path, ...rest) {
  const callback = takeCallback(rest, 1);
  runCallback(operations.realpath(path, rest[0], true), callback);
};
exports.realpathSync.native = function (path, options) {
  return runSync(operations.realpath(path, options, true));
};

function opendirSync(path, options) {
  return runSync(opendirPlan(path, options), opendirSync);
}
function opendir(path, ...rest) {
  const callback = takeCallback(rest, 1);
  runCallback(opendirPlan(path, rest[0]), callback);
}
exports.opendir = opendir;
exports.opendirSync = opendirSync;

let streams;
function fileStreams() {
  streams ??= require("internal/fs/streams");
  return streams;
}
exports.createReadStream = function createReadStream(path, options) {
  return fileStreams().createReadStream(path, options);
};
exports.createWriteStream = function createWriteStream(path, options) {
  return fileStreams().createWriteStream(path, options);
};
// (FileReadStream and FileWriteStream: older names of the same classes.)
for (const [name, key] of [["ReadStream", "ReadStream"], ["WriteStream", "WriteStream"], ["FileReadStream", "ReadStream"], ["FileWriteStream", "WriteStream"]]) {
  ObjectDefineProperty(exports, name, {
    enumerable: true,
    configurable: true,
    get() {
      return fileStreams()[key];
    },
    set(value) {
      ObjectDefineProperty(exports, name, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

let watchers;
function fileWatchers() {
  watchers ??= require("internal/fs/watchers");
  return watchers;
}
exports.watch = function watch(filename, options, listener) {
  return fileWatchers().watch(filename, options, listener);
};
exports.watchFile = function watchFile(filename, options, listener) {
  return fileWatchers().watchFile(filename, options, listener);
};
exports.unwatchFile = function unwatchFile(filename, listener) {
  return fileWatchers().unwatchFile(filename, listener);
};
exports.openAsBlob = unimplemented("fs.openAsBlob");
for (const name of ["chown", "lchown", "fchown", "readv", "writev", "statfs"]) {
  exports[name] = unimplemented(`fs.${name}`);
  exports[`${name}Sync`] = unimplemented(`fs.${name}Sync`);
}

exports.Stats = Stats;
exports.Dirent = Dirent;
exports.Dir = Dir;
exports.F_OK = F_OK;
exports.R_OK = R_OK;
exports.W_OK = W_OK;
exports.X_OK = X_OK;
exports.constants = require("internal/constants").fs();
ObjectDefineProperty(exports, "promises", {
  enumerable: true,
  configurable: true,
  get() {
    return require("fs/promises");
  },
});
