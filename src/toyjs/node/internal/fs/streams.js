// fs.ReadStream and fs.WriteStream (createReadStream, createWriteStream): node:stream's
// Readable and Writable over a file descriptor, opened by `_construct` (then 'open' and
// 'ready'), read a high-water mark at a time (64 KiB by default) and closed on destroy.
// The descriptor operations come from internal/fs/file_io.js.
"use strict";
const {
  FunctionPrototypeCall, MathMin, NumberIsInteger, ObjectDefineProperty,
  ObjectSetPrototypeOf, Symbol,
} = core.primordials;
const { invalidArgType, outOfRange, validateBoolean, validateFunction } = require("internal/errors");
const { toPath, toFd, toEncoding, validateSignal, isFileHandle } = require("internal/fs/utils");
const { systemCalls, optionCalls, handleCalls } = require("internal/fs/file_io");
const { Readable, Writable, finished } = require("stream");
const { Buffer } = require("buffer");

const MAX_SAFE_INTEGER = 2 ** 53 - 1;
const kIo = Symbol("kIo");
const kBusy = Symbol("kBusy"); // a read or write is under way
const kAfterBusy = Symbol("kAfterBusy"); // what waits for it to end (closing)

// The options argument: an encoding name, or an object (copied: the stream adds its own).
function streamOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options === "string") return { encoding: options };
  if (typeof options !== "object") throw invalidArgType("options", ["string", "object"], options);
  return { ...options };
}

function checkInteger(value, name) {
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsInteger(value)) throw outOfRange(name, "an integer", value);
  if (value < 0 || value > MAX_SAFE_INTEGER) throw outOfRange(name, `>= 0 && <= ${MAX_SAFE_INTEGER}`, value);
  return value;
}

// What both streams set up before their stream base: the descriptor (or a FileHandle's), the
// path, the open flags and mode, and the calls that carry out the I/O. `needed`: the names of
// the `fs` option's functions this kind of stream uses.
function setUpFile(stream, path, options, defaultFlags, needed) {
  const fd = options.fd;
  if (isFileHandle(fd)) {
    stream[kIo] = handleCalls(fd);
    stream.fd = fd.fd;
    fd.on("close", () => stream.destroy());
  } else {
    if (fd !== undefined && fd !== null && typeof fd !== "number") throw invalidArgType("options.fd", ["number", "FileHandle"], fd);
    stream.fd = fd === undefined || fd === null ? null : toFd(fd, "options.fd");
    stream[kIo] = systemCalls;
    if (options.fs !== undefined && options.fs !== null) {
      for (let i = 0; i < needed.length; i++) {
        if (needed[i] !== "open" || stream.fd === null) validateFunction(options.fs[needed[i]], `options.fs.${needed[i]}`);
      }
      stream[kIo] = optionCalls(options.fs);
    }
  }
  if (stream.fd === null) stream.path = toPathShown(path);
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  if (options.encoding !== undefined && options.encoding !== null) toEncoding(options.encoding);
  validateSignal(options.signal);
  // autoClose: whether the stream destroys itself (closing the descriptor) once done.
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  stream[kBusy] = false;
  stream[kAfterBusy] = null;
}

// A path as the stream keeps it: a string, or the Buffer (a file: URL becomes its path).
function toPathShown(path) {
  const checked = toPath(path);
  return typeof checked === "string" ? checked : Buffer.from(checked);
}

// _construct: opens the path unless the stream was given a descriptor.
function openFile(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  this[kIo].open(this.path, this.flags, this.mode, (error, fd) => {
    if (error) {
      callback(error);
      return;
    }
    this.fd = fd;
    callback();
    this.emit("open", fd);
    this.emit("ready");
  });
}

// Runs one read or write; closing waits for it to end.
function startIo(stream) {
  stream[kBusy] = true;
}
function endIo(stream) {
  stream[kBusy] = false;
  const waiting = stream[kAfterBusy];
  if (waiting !== null) {
    stream[kAfterBusy] = null;
    waiting();
  }
}

// _destroy: closes the descriptor once no read or write is under way (flushing it first when
// the write stream was asked to).
function closeFile(error, callback) {
  const close = () => {
    const fd = this.fd;
    if (fd === null || fd === undefined) {
      callback(error);
      return;
    }
    this.fd = null;
    const io = this[kIo];
    const release = () => io.close(fd, (closeError) => callback(error || closeError));
    if (this.flush && !error) io.fsync(fd, (syncError) => (syncError ? callback(syncError) : release()));
    else release();
  };
  if (this[kBusy]) this[kAfterBusy] = close;
  else close();
}

const pendingProperty = {
  get() {
    return this.fd === null;
  },
  enumerable: true,
  configurable: true,
};

// ── ReadStream ──

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = streamOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setUpFile(this, path, options, "r", ["open", "read", "close"]);
  this.start = options.start === undefined ? undefined : checkInteger(options.start, "start");
  this.end = options.end === undefined || options.end === Infinity ? Infinity : checkInteger(options.end, "end");
  if (this.start !== undefined && this.start > this.end) throw outOfRange("start", `<= "end" (here: ${this.end})`, this.start);
  this.pos = this.start; // undefined: read from the descriptor's offset
  this.bytesRead = 0;
  FunctionPrototypeCall(Readable, this, options);
}
ObjectSetPrototypeOf(ReadStream.prototype, Readable.prototype);
ObjectSetPrototypeOf(ReadStream, Readable);
ObjectDefineProperty(ReadStream.prototype, "pending", pendingProperty);

ReadStream.prototype._construct = openFile;
ReadStream.prototype._destroy = closeFile;

// One read of up to `size` bytes (the high-water mark), no further than `end`.
ReadStream.prototype._read = function _read(size) {
  const left = this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1;
  const length = MathMin(size, left);
  if (length <= 0) {
    this.push(null);
    return;
  }
  startIo(this);
  this[kIo].read(this.fd, length, this.pos ?? null, (error, bytes) => {
    endIo(this);
    if (error) {
      this.destroy(error);
    } else if (bytes.length === 0) {
      this.push(null);
    } else {
      if (this.pos !== undefined) this.pos += bytes.length;
      this.bytesRead += bytes.length;
      this.push(bytes);
    }
  });
};

ReadStream.prototype.close = function close(callback) {
  if (typeof callback === "function") finished(this, callback);
  this.destroy();
};

// ── WriteStream ──

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = streamOptions(options);
  options.decodeStrings = true;
  setUpFile(this, path, options, "w", ["open", "write", "close"]);
  if (options.flush !== undefined) validateBoolean(options.flush, "options.flush");
  this.flush = options.flush === true;
  this.start = options.start === undefined ? undefined : checkInteger(options.start, "start");
  this.pos = this.start;
  this.bytesWritten = 0;
  FunctionPrototypeCall(Writable, this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
ObjectSetPrototypeOf(WriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(WriteStream, Writable);
ObjectDefineProperty(WriteStream.prototype, "pending", pendingProperty);

WriteStream.prototype._construct = openFile;
WriteStream.prototype._destroy = closeFile;

function writeBytes(stream, bytes, callback) {
  startIo(stream);
  stream[kIo].write(stream.fd, bytes, stream.pos ?? null, (error, written) => {
    endIo(stream);
    if (error) {
      callback(error);
      return;
    }
    stream.bytesWritten += written;
    if (stream.pos !== undefined) stream.pos += written;
    callback();
  });
}

WriteStream.prototype._write = function _write(chunk, encoding, callback) {
  writeBytes(this, chunk, callback);
};

// Chunks that waited for a write under way go out together, in one write.
WriteStream.prototype._writev = function _writev(chunks, callback) {
  const parts = [];
  for (let i = 0; i < chunks.length; i++) parts[i] = chunks[i].chunk;
  writeBytes(this, Buffer.concat(parts), callback);
};

// Ends the stream; `callback` once it has closed.
WriteStream.prototype.close = function close(callback) {
  if (typeof callback === "function") {
    if (this.closed) {
      core.nextTick(callback);
      return;
    }
    this.on("close", callback);
  }
  if (!this.autoClose) this.on("finish", this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

ObjectDefineProperty(WriteStream.prototype, "autoClose", {
  get() {
    return this._writableState.autoDestroy;
  },
  set(value) {
    this._writableState.autoDestroy = value;
  },
  configurable: true,
});
ObjectDefineProperty(ReadStream.prototype, "autoClose", {
  get() {
    return this._readableState.autoDestroy;
  },
  set(value) {
    this._readableState.autoDestroy = value;
  },
  configurable: true,
});

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
