// process.stdin, process.stdout and process.stderr: streams over descriptors 0, 1 and 2, made
// the first time a program reads one of them (tty.ReadStream and tty.WriteStream where the
// descriptor is a terminal).
//
// Writing is synchronous, through the same writer as console (web/console/ops.py): what
// process.stdout.write and console.log write comes out in the order it was written, and
// nothing is left in a buffer when the program exits right after (as Node's writes to files
// and terminals; Node writes to pipes in the background, and process.exit can cut that
// short). Stdin is read on a thread (node/process/ops.py) and only while the program
// wants data.
"use strict";
const { ObjectSetPrototypeOf, FunctionPrototypeCall, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength } = core.primordials;
const { Readable } = require("internal/streams/readable");
const { Writable } = require("internal/streams/writable");
const { Buffer } = require("buffer");
require("process"); // (its ops read stdin)

// A stream over descriptor 1 or 2 whose writes are done when write() returns.
function SyncWriteStream(fd) {
  FunctionPrototypeCall(Writable, this, { decodeStrings: false, emitClose: false });
  this.fd = fd;
}
ObjectSetPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function _write(chunk, encoding, callback) {
  if (typeof chunk === "string" && encoding !== "utf8" && encoding !== "utf-8") chunk = Buffer.from(chunk, encoding);
  core.ops.write(this.fd, chunk);
  callback();
};

// Nothing waits once write() returns, so there is never a reason to ask the writer to wait
// ('drain'): a chunk larger than the high-water mark is written at once too.
SyncWriteStream.prototype.write = function write(chunk, encoding, callback) {
  const accepted = FunctionPrototypeCall(Writable.prototype.write, this, chunk, encoding, callback);
  const state = this._writableState;
  if (accepted || state.length !== 0 || state.errored || state.destroyed) return accepted;
  state.needDrain = false;
  return true;
};

core.standardWrite = SyncWriteStream.prototype.write; // (see web/console/02_console.js)

// The standard streams stay open: destroying one only marks it destroyed (as in Node).
SyncWriteStream.prototype._destroy = function _destroy(error, callback) {
  callback(error);
};

// Stdin: chunks come from the reading thread while the stream wants them. The thread reads
// once `_read` asks; push() refusing more, pause() and the end stop it (and let the event
// loop end); resume() starts it again when a read was left waiting.
function StdinStream(fd) {
  FunctionPrototypeCall(Readable, this, { emitClose: !core.ops.processStdinIsFile() });
  this.fd = fd;
  this._deliver = (bytes) => {
    if (bytes === null) {
      this.push(null);
      return;
    }
    const chunk = Buffer.from(
      TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetByteLength(bytes),
    );
    if (!this.push(chunk)) core.ops.processStdinStop();
  };
}
ObjectSetPrototypeOf(StdinStream.prototype, Readable.prototype);
ObjectSetPrototypeOf(StdinStream, Readable);

// (The read-ahead a paused stream does waits for resume(): reading on would hold the loop.)
StdinStream.prototype._read = function _read() {
  if (this._readableState.paused !== true) core.ops.processStdinStart(this._deliver);
};
StdinStream.prototype.pause = function pause() {
  core.ops.processStdinStop();
  return FunctionPrototypeCall(Readable.prototype.pause, this);
};
StdinStream.prototype.resume = function resume() {
  FunctionPrototypeCall(Readable.prototype.resume, this);
  const state = this._readableState;
  if (state.reading && !state.ended) core.ops.processStdinStart(this._deliver);
  return this;
};
StdinStream.prototype._destroy = function _destroy(error, callback) {
  core.ops.processStdinStop();
  callback(error);
};

let tty;
function terminalModule() {
  tty ??= require("tty");
  return tty;
}

function makeWriter(fd) {
  const { isatty, WriteStream } = terminalModule();
  return isatty(fd) ? new WriteStream(fd) : new SyncWriteStream(fd);
}

function makeStdin() {
  const { isatty, ReadStream } = terminalModule();
  return isatty(0) ? new ReadStream(0) : new StdinStream(0);
}

module.exports = { SyncWriteStream, StdinStream, makeWriter, makeStdin };
