// duplexPair(): two Duplexes joined crosswise: what one is written, the other reads. A write
// waits (its callback held) until the other side's reader asks for more.
"use strict";
const { FunctionPrototypeCall, ObjectSetPrototypeOf } = core.primordials;
const { Duplex } = require("internal/streams/duplex");

function DuplexSide(options) {
  FunctionPrototypeCall(Duplex, this, options);
  this._otherSide = null;
  this._heldCallback = null;
}
ObjectSetPrototypeOf(DuplexSide.prototype, Duplex.prototype);
ObjectSetPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function _read() {
  const callback = this._heldCallback;
  if (callback) {
    this._heldCallback = null;
    callback();
  }
};

DuplexSide.prototype._write = function _write(chunk, encoding, callback) {
  if (chunk.length === 0) core.nextTick(callback);
  else if (this._otherSide.push(chunk)) callback();
  else this._otherSide._heldCallback = callback;
};

DuplexSide.prototype._final = function _final(callback) {
  this._otherSide.on("end", callback);
  this._otherSide.push(null);
};

function duplexPair(options) {
  const first = new DuplexSide(options);
  const second = new DuplexSide(options);
  first._otherSide = second;
  second._otherSide = first;
  return [first, second];
}

module.exports = { duplexPair };
