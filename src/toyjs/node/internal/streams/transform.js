// Transform: a Duplex whose output is computed from its input, by `_transform(chunk,
// encoding, callback)` (which pushes, or calls back with, what a chunk becomes) and at the
// end `_flush(callback)`. A write is answered only once the readable side has room, so that a
// slow reader holds the writer back.
"use strict";
const { FunctionPrototypeCall, ObjectSetPrototypeOf } = core.primordials;
const { streamError } = require("internal/errors");
const { Duplex } = require("internal/streams/duplex");

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  FunctionPrototypeCall(Duplex, this, options);
  // Pushes from _transform are emitted at once in flowing mode: they are not inside _read.
  this._readableState.sync = false;
  this._pendingWriteCallback = null;
  if (options) {
    if (typeof options.transform === "function") this._transform = options.transform;
    if (typeof options.flush === "function") this._flush = options.flush;
  }
  // A subclass with its own _final still gets its _flush (when it ends).
  this.on("prefinish", flushUnlessFinalReplaced);
}
ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Transform, Duplex);

function flushAndEnd(callback) {
  if (typeof this._flush === "function" && !this.destroyed) {
    this._flush((error, data) => {
      if (error) {
        if (callback) callback(error);
        else this.destroy(error);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (callback) callback();
    });
  } else {
    this.push(null);
    if (callback) callback();
  }
}

function flushUnlessFinalReplaced() {
  if (this._final !== flushAndEnd) FunctionPrototypeCall(flushAndEnd, this);
}

Transform.prototype._final = flushAndEnd;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw streamError("ERR_METHOD_NOT_IMPLEMENTED", "_transform()");
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const readableState = this._readableState;
  const writableState = this._writableState;
  const lengthBefore = readableState.length;
  this._transform(chunk, encoding, (error, value) => {
    if (error) {
      callback(error);
      return;
    }
    if (value != null) this.push(value);
    if (writableState.ended || lengthBefore === readableState.length || readableState.length < readableState.highWaterMark) {
      callback();
    } else {
      this._pendingWriteCallback = callback; // answered when the reader asks for more
    }
  });
};

Transform.prototype._read = function _read() {
  const callback = this._pendingWriteCallback;
  if (callback) {
    this._pendingWriteCallback = null;
    callback();
  }
};

module.exports = { Transform };
