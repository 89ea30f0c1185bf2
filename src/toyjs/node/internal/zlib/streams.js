// node:zlib's stream classes: ZlibBase, a Transform over one engine (zlib/ops.py), with
// Zlib (Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip) and Brotli
// (BrotliCompress, BrotliDecompress) under it, callable with or without `new` as in Node.
//
// Each write goes to the engine on a worker thread; its output is pushed in pieces of at most
// chunkSize bytes, cut where Node cuts them (Node fills output buffers of chunkSize bytes one
// after the other, and pushes what each step added). flush() and params() travel as marked
// empty writes, so that they take their turn after the writes before them.
"use strict";
const {
  Error, FunctionPrototypeCall, MathMin, ObjectSetPrototypeOf, PromisePrototypeThen, StringPrototypeSlice, Symbol,
  Uint8Array,
} = core.primordials;
const { Buffer } = require("buffer");
const { Transform } = require("internal/streams/transform");
const { finished } = require("internal/streams/finished");
const { codedError } = require("internal/errors");
const { asBuffer } = require("internal/crypto/util");
const { constants, codes } = require("internal/zlib/constants");
const { settingsOf, checkParams } = require("internal/zlib/options");

const kFlushFlag = Symbol("kFlushFlag");
const kParams = Symbol("kParams");
const EMPTY = new Uint8Array(0);

// Node's error for an engine's failure (zlib's or Brotli's): `errno` and `code` as own
// properties; a failure with no errno (initialisation) keeps its ERR_ code alone.
function engineError(error) {
  const code = error?.code;
  if (typeof code !== "string") return error;
  const errno = code[0] === "Z" ? codes[code] : constants[`BROTLI_DECODER${StringPrototypeSlice(code, 4)}`];
  if (errno === undefined) return codedError(Error, code, error.message, engineError);
  const failure = new Error(error.message);
  failure.errno = errno;
  failure.code = code;
  return failure;
}

// `settings`: settingsOf(options, mode), worked out by the subclass.
function ZlibBase(options, mode, settings) {
  FunctionPrototypeCall(Transform, this, { autoDestroy: true, ...(options !== null && typeof options === "object" ? options : {}) });
  let handle;
  try {
    handle = core.ops.zlibCreate(mode, settings.engine);
  } catch (error) {
    throw engineError(error);
  }
  this.bytesWritten = 0;
  this._handle = handle;
  this._chunkSize = settings.chunkSize;
  this._outOffset = 0; // where the next output starts in Node's current chunkSize buffer
  this._defaultFlushFlag = settings.flush;
  this._finishFlushFlag = settings.finishFlush;
  this._defaultFullFlushFlag = settings.fullFlush;
  this._info = settings.info;
}
ObjectSetPrototypeOf(ZlibBase.prototype, Transform.prototype);
ObjectSetPrototypeOf(ZlibBase, Transform);

// An empty write that makes the engine flush with `kind` (Z_FULL_FLUSH by default); after the
// end, `callback` runs once the stream has ended.
ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === "function" || kind === undefined) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) core.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once("end", callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, "", callback && (() => callback()));
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype.reset = function reset() {
  if (this._handle) this._handle.reset();
  this._outOffset = 0;
};

ZlibBase.prototype._destroy = function _destroy(error, callback) {
  closeHandle(this);
  callback(error);
};

// Frees the engine now (a write still running on a worker thread finishes first).
function closeHandle(stream) {
  if (stream._handle) stream._handle.close();
  stream._handle = null;
}

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  const handle = this._handle;
  if (!handle) {
    callback(codedError(Error, "ERR_ZLIB_BINDING_CLOSED", "zlib binding closed"));
    return;
  }
  if (chunk[kParams]) {
    let out;
    try {
      out = handle.params ? handle.params(chunk[kParams][0], chunk[kParams][1]) : EMPTY;
    } catch (error) {
      callback(engineError(error));
      return;
    }
    this._pushOutput(out);
    callback();
    return;
  }
  let flag = chunk[kFlushFlag] ?? this._defaultFlushFlag;
  // The last write before end() finishes the data at once, as Node's does (the end's own
  // flush then adds nothing).
  const state = this._writableState;
  if (state.ending && state.length === chunk.byteLength) flag = this._finishFlushFlag;
  this._processAsync(chunk, flag, callback);
};

// As in Node, 'finish' does not wait for the last output: the end's flush (_flush) starts at
// 'prefinish' and only the readable side's end waits for it.
ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._processAsync(EMPTY, this._finishFlushFlag, callback);
};

ZlibBase.prototype._processAsync = function _processAsync(chunk, flag, callback) {
  const handle = this._handle;
  if (!handle) {
    callback();
    return;
  }
  PromisePrototypeThen(handle.processAsync(chunk, flag), (out) => {
    if (this.destroyed) return;
    this.bytesWritten += chunk.byteLength;
    this._pushOutput(out);
    callback();
  }, (error) => {
    if (!this.destroyed) callback(engineError(error));
  });
};

// One chunk processed at once: the whole output as one Buffer (what the *Sync functions use).
ZlibBase.prototype._processChunk = function _processChunk(chunk, flag) {
  const handle = this._handle;
  if (!handle) throw codedError(Error, "ERR_ZLIB_BINDING_CLOSED", "zlib binding closed");
  let out;
  try {
    out = handle.process(chunk, flag);
  } catch (error) {
    throw engineError(error);
  }
  this.bytesWritten += chunk.byteLength;
  return asBuffer(out);
};

// Pushes `out` (a Uint8Array) in the pieces Node's chunkSize buffers would hold.
ZlibBase.prototype._pushOutput = function _pushOutput(out) {
  const buffer = asBuffer(out);
  const size = this._chunkSize;
  for (let start = 0; start < buffer.length;) {
    const piece = MathMin(size - this._outOffset, buffer.length - start);
    this.push(buffer.subarray(start, start + piece));
    start += piece;
    this._outOffset = (this._outOffset + piece) % size;
  }
};

function Zlib(options, mode) {
  const settings = settingsOf(options, mode);
  FunctionPrototypeCall(ZlibBase, this, options, mode, settings);
  this._level = settings.engine.level;
  this._strategy = settings.engine.strategy;
}
ObjectSetPrototypeOf(Zlib.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zlib, ZlibBase);

// Changes the level and strategy from here on (after a sync flush of what came before).
Zlib.prototype.params = function params(level, strategy, callback) {
  checkParams(level, strategy);
  if (level === this._level && strategy === this._strategy) {
    if (callback) core.nextTick(callback);
    return;
  }
  this._level = level;
  this._strategy = strategy;
  const marker = Buffer.alloc(0);
  marker[kParams] = [level, strategy];
  this.write(marker, "", callback && (() => callback()));
};

// Brotli's streams sit under Zlib in Node's class tree (params() changes nothing for them).
function Brotli(options, mode) {
  FunctionPrototypeCall(ZlibBase, this, options, mode, settingsOf(options, mode));
}
ObjectSetPrototypeOf(Brotli.prototype, Zlib.prototype);
ObjectSetPrototypeOf(Brotli, Zlib);

// A public class of `Base` working in `mode`; callable without `new`.
function subclass(name, Base, mode) {
  const holder = {
    [name]: function (options) {
      if (!new.target) return new holder[name](options);
      FunctionPrototypeCall(Base, this, options, mode);
    },
  };
  const Class = holder[name];
  ObjectSetPrototypeOf(Class.prototype, Base.prototype);
  ObjectSetPrototypeOf(Class, Base);
  return Class;
}

const classes = {
  Deflate: subclass("Deflate", Zlib, constants.DEFLATE),
  Inflate: subclass("Inflate", Zlib, constants.INFLATE),
  Gzip: subclass("Gzip", Zlib, constants.GZIP),
  Gunzip: subclass("Gunzip", Zlib, constants.GUNZIP),
  DeflateRaw: subclass("DeflateRaw", Zlib, constants.DEFLATERAW),
  InflateRaw: subclass("InflateRaw", Zlib, constants.INFLATERAW),
  Unzip: subclass("Unzip", Zlib, constants.UNZIP),
  BrotliCompress: subclass("BrotliCompress", Brotli, constants.BROTLI_ENCODE),
  BrotliDecompress: subclass("BrotliDecompress", Brotli, constants.BROTLI_DECODE),
};

module.exports = { classes, closeHandle, engineError };
