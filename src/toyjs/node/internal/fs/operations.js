// node:fs's operations, each described once as a plan (see internal/fs/utils.js): its
// arguments checked and read as Node reads them, the Python operation to run, and what makes
// the result. fs/index.js gives each its sync and callback forms, fs/promises.js its promise.
"use strict";
const { Number, NumberIsInteger, RangeError, TypedArrayPrototypeSet, Uint8Array, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength, ArrayBufferIsView } = core.primordials;
const { codedError, invalidArgType, outOfRange, validateBoolean, validateObject } = require("internal/errors");
const {
  plan, toPath, toFd, toFlags, toMode, toOptions, toEncoding, encoded, toBytes, toSeconds, isDirectoryError,
  existsError,
} = require("internal/fs/utils");
const { makeStats, Dirent } = require("internal/fs/stats");
const { Buffer } = require("buffer");
const { F_OK } = require("internal/constants").fs();

// How a path argument reads in an error toyjs's JS words itself (Node prints Buffers as text).
function shown(path) {
  return typeof path === "string" ? path : Buffer.from(path).toString();
}

// A file argument: a descriptor number or a path.
function toFile(file) {
  return typeof file === "number" ? toFd(file) : toPath(file);
}

function checkAccessMode(mode) {
  if (mode === undefined) return F_OK;
  if (typeof mode !== "number") throw invalidArgType("mode", "integer", mode);
  // (Node words this one range error in an older style of its own.)
  if (!NumberIsInteger(mode) || mode < F_OK || mode > 7) throw codedError(RangeError, "ERR_OUT_OF_RANGE", "mode is out of range: >= 0 && <= 7");
  return mode;
}

function checkLength(length, name = "len") {
  if (length === undefined || length === null) return 0;
  if (typeof length !== "number") throw invalidArgType(name, "number", length);
  if (!NumberIsInteger(length)) throw outOfRange(name, "an integer", length);
  return length < 0 ? 0 : length;
}

function statOptions(options) {
  const bigint = options !== undefined && options !== null && typeof options === "object" && options.bigint === true;
  return bigint;
}

const operations = {
  access(path, mode) {
    return plan("access", [toPath(path), checkAccessMode(mode)], () => undefined);
  },

  readFile(file, options) {
    const { encoding, flag } = toOptions(options, { flag: "r" });
    toEncoding(encoding);
    return plan("readFile", [toFile(file), toFlags(flag)], (bytes) => encoded(bytes, encoding));
  },

  writeFile(file, data, options, defaultFlag = "w") {
    const { encoding, mode, flag } = toOptions(options, { encoding: "utf8", mode: 0o666, flag: defaultFlag });
    const target = toFile(file);
    toEncoding(encoding);
    return plan("writeFile", [target, toBytes(data, encoding), toFlags(flag), toMode(mode, "mode", 0o666)], () => undefined);
  },

  appendFile(file, data, options) {
    return operations.writeFile(file, data, options, "a");
  },

  open(path, flags, mode) {
    return plan("open", [toPath(path), toFlags(flags), toMode(mode, "mode", 0o666)]);
  },

  close(fd) {
    return plan("close", [toFd(fd)], () => undefined);
  },

  // read(fd, buffer, offset, length, position), or (fd, buffer, { offset, length, position }),
  // or (fd, { buffer, offset, length, position }); the result is [bytesRead, buffer].
  read(fd, buffer, offset, length, position) {
    toFd(fd);
    if (!ArrayBufferIsView(buffer)) {
      const options = buffer ?? {};
      buffer = options.buffer ?? Buffer.alloc(16384);
      ({ offset, length, position } = options);
    } else if (offset !== null && typeof offset === "object") {
      ({ offset, length, position } = offset);
    }
    if (!ArrayBufferIsView(buffer)) throw invalidArgType("buffer", ["Buffer", "TypedArray", "DataView"], buffer);
    const bytes = toBytes(buffer, undefined, "buffer");
    offset = offset ?? 0;
    length = checkRange(bytes, offset, length);
    const at = toPosition(position);
    return plan("read", [fd, length, at], (read) => {
      TypedArrayPrototypeSet(bytes, read, offset);
      return [read.length, buffer];
    });
  },

  // write(fd, buffer, offset, length, position), write(fd, buffer, { offset, length,
  // position }) or write(fd, string, position, encoding); the result is [written, what].
  write(fd, data, offsetOrPosition, lengthOrEncoding, position) {
    toFd(fd);
    if (typeof data === "string") {
      const bytes = Buffer.from(data, lengthOrEncoding ?? "utf8");
      return plan("write", [fd, bytes, toPosition(offsetOrPosition)], (written) => [written, data]);
    }
    if (!ArrayBufferIsView(data)) throw invalidArgType("buffer", ["string", "Buffer", "TypedArray", "DataView"], data);
    let offset = offsetOrPosition;
    let length = lengthOrEncoding;
    if (offset !== null && typeof offset === "object") ({ offset, length, position } = offset);
    const bytes = toBytes(data, undefined, "buffer");
    offset = offset ?? 0;
    length = checkRange(bytes, offset, length);
    const part = new Uint8Array(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes) + offset, length);
    return plan("write", [fd, part, toPosition(position)], (written) => [written, data]);
  },

  stat(path, options) {
    return plan("stat", [toPath(path), true], (fields) => makeStats(fields, statOptions(options)));
  },
  lstat(path, options) {
    return plan("stat", [toPath(path), false], (fields) => makeStats(fields, statOptions(options)));
  },
  fstat(fd, options) {
    return plan("fstat", [toFd(fd)], (fields) => makeStats(fields, statOptions(options)));
  },

  readdir(path, options) {
    const { encoding, withFileTypes, recursive } = toOptions(options, { encoding: "utf8", withFileTypes: false, recursive: false });
    toEncoding(encoding);
    const asBytes = encoding === "buffer";
    return plan("readdir", [toPath(path), !!withFileTypes, !!recursive, asBytes], (entries) => {
      if (!withFileTypes) {
        if (asBytes) for (let i = 0; i < entries.length; i++) entries[i] = asBuffer(entries[i]);
        return entries;
      }
      const dirents = [];
      for (let i = 0; i < entries.length; i++) {
        const [name, parent, type] = entries[i];
        dirents[i] = new Dirent(asBytes ? asBuffer(name) : name, type, asBytes ? asBuffer(parent) : parent);
      }
      return dirents;
    });
  },

  mkdir(path, options) {
    let recursive = false;
    let mode = 0o777;
    if (typeof options === "number" || typeof options === "string") mode = toMode(options, "mode", 0o777);
    else if (options !== undefined && options !== null) {
      if (options.recursive !== undefined) validateBoolean(options.recursive, "options.recursive");
      recursive = options.recursive ?? false;
      mode = toMode(options.mode, "mode", 0o777);
    }
    return plan("mkdir", [toPath(path), recursive, mode]);
  },

  mkdtemp(prefix, options) {
    const { encoding } = toOptions(options, { encoding: "utf8" });
    toEncoding(encoding);
    return plan("mkdtemp", [toPath(prefix, "prefix")], (made) => (encoding === "buffer" ? Buffer.from(made) : made));
  },

  rm(path, options) {
    const target = toPath(path);
    const { recursive, force } = toOptions(options, { recursive: false, force: false });
    if (options !== undefined && options !== null) validateObject(options, "options");
    validateBoolean(recursive, "options.recursive");
    validateBoolean(force, "options.force");
    return plan("rm", [target, recursive, force], (outcome) => {
      if (outcome === "directory") throw isDirectoryError("rm", shown(target), "is a directory");
    });
  },

  rmdir(path, options) {
    const target = toPath(path);
    if (options?.recursive) return plan("rm", [target, true, false], () => undefined);
    return plan("rmdir", [target], () => undefined);
  },

  unlink(path) {
    return plan("unlink", [toPath(path)], () => undefined);
  },

  rename(oldPath, newPath) {
    return plan("rename", [toPath(oldPath, "oldPath"), toPath(newPath, "newPath")], () => undefined);
  },

  link(existingPath, newPath) {
    return plan("link", [toPath(existingPath, "existingPath"), toPath(newPath, "newPath")], () => undefined);
  },

  symlink(target, path) {
    return plan("symlink", [toPath(target, "target"), toPath(path)], () => undefined);
  },

  readlink(path, options) {
    const { encoding } = toOptions(options, { encoding: "utf8" });
    toEncoding(encoding);
    return plan("readlink", [toPath(path), encoding === "buffer"], bufferOrText);
  },

  // Node's realpath walks the path with lstat (and says so when it fails); its `native`
  // form makes one realpath call.
  realpath(path, options, native = false) {
    const { encoding } = toOptions(options, { encoding: "utf8" });
    toEncoding(encoding);
    return plan("realpath", [toPath(path), encoding === "buffer", native], bufferOrText);
  },

  copyFile(src, dest, mode) {
    return plan("copyFile", [toPath(src, "src"), toPath(dest, "dest"), toMode(mode, "mode", 0)], () => undefined);
  },

  cp(src, dest, options) {
    const source = toPath(src, "src");
    const target = toPath(dest, "dest");
    const { recursive, force, errorOnExist } = toOptions(options, { recursive: false, force: true, errorOnExist: false });
    return plan("cp", [source, target, !!recursive, !!force, !!errorOnExist], (outcome) => {
      if (outcome === "directory") throw isDirectoryError("cp", shown(source), `${shown(source)} is a directory (not copied)`, 22);
      if (outcome === "exists") throw existsError("cp", shown(target));
    });
  },

  chmod(path, mode) {
    return plan("chmod", [toPath(path), toMode(mode, "mode")], () => undefined);
  },
  fchmod(fd, mode) {
    return plan("fchmod", [toFd(fd), toMode(mode, "mode")], () => undefined);
  },

  utimes(path, atime, mtime) {
    return plan("utimes", [toPath(path), toSeconds(atime, "atime"), toSeconds(mtime, "mtime"), true], () => undefined);
  },
  lutimes(path, atime, mtime) {
    return plan("utimes", [toPath(path), toSeconds(atime, "atime"), toSeconds(mtime, "mtime"), false], () => undefined);
  },
  futimes(fd, atime, mtime) {
    return plan("futimes", [toFd(fd), toSeconds(atime, "atime"), toSeconds(mtime, "mtime")], () => undefined);
  },

  truncate(path, length) {
    if (typeof path === "number") return operations.ftruncate(path, length);
    return plan("truncate", [toPath(path), checkLength(length)], () => undefined);
  },
  ftruncate(fd, length) {
    return plan("ftruncate", [toFd(fd), checkLength(length)], () => undefined);
  },

  fsync(fd) {
    return plan("fsync", [toFd(fd)], () => undefined);
  },
};
operations.fdatasync = operations.fsync;

function asBuffer(bytes) {
  return Buffer.from(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetByteLength(bytes));
}

function bufferOrText(value) {
  return typeof value === "string" ? value : asBuffer(value);
}

// The part of `bytes` a read or write uses, as Node checks it: its length (all from `offset`
// on when undefined).
function checkRange(bytes, offset, length) {
  if (typeof offset !== "number") throw invalidArgType("offset", "number", offset);
  if (!NumberIsInteger(offset)) throw outOfRange("offset", "an integer", offset);
  if (offset < 0 || offset > bytes.length) throw outOfRange("offset", `>= 0 && <= ${bytes.length}`, offset);
  length = length ?? bytes.length - offset;
  if (typeof length !== "number") throw invalidArgType("length", "number", length);
  if (!NumberIsInteger(length)) throw outOfRange("length", "an integer", length);
  if (length < 0) throw outOfRange("length", ">= 0", length);
  if (length > bytes.length - offset) throw outOfRange("length", `<= ${bytes.length - offset}`, length);
  return length;
}

// A read or write position: null/undefined/-1 for the file's offset, else a byte index.
function toPosition(position) {
  if (position === undefined || position === null) return -1;
  if (typeof position === "bigint") position = Number(position);
  if (typeof position !== "number") throw invalidArgType("position", ["integer", "bigint"], position);
  if (!NumberIsInteger(position)) throw outOfRange("position", "an integer", position);
  return position < 0 ? -1 : position;
}

module.exports = { operations, shown, checkAccessMode };
