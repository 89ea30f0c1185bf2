// Writable: a sink of chunks. Each write goes to `_write(chunk, encoding, callback)` one at a
// time; writes made while one is under way (or while corked) wait in a buffer, and go to
// `_writev` together when it exists. `write` returns false once the buffered amount reaches
// the high-water mark, and 'drain' tells when it is worth writing again. `end` then runs
// `_final`, and 'finish' follows once every write has called back.
"use strict";
const {
  ArrayPrototypePush, FunctionPrototypeBind, FunctionPrototypeCall, ObjectDefineProperties, ObjectDefineProperty,
  ObjectSetPrototypeOf, Symbol,
} = core.primordials;
const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
const EventEmitter = require("events");
const { Buffer } = require("buffer");
const { streamError, unknownEncoding } = require("internal/errors");
const { Stream } = require("internal/streams/legacy");
const { highWaterMarkFrom } = require("internal/streams/options");
const { bytesAsBuffer, invalidChunk } = require("internal/streams/chunks");
const destroyImpl = require("internal/streams/destroy");

const { errorOrDestroy } = destroyImpl;

let duplexModule;
function isDuplex(stream) {
  duplexModule ??= require("internal/streams/duplex");
  return stream instanceof duplexModule.Duplex;
}

function WritableState(options, stream, duplex) {
  const objectMode = Boolean(options?.objectMode || (duplex && options?.writableObjectMode));
  this.objectMode = objectMode;
  this.highWaterMark = highWaterMarkFrom(options, objectMode, "writableHighWaterMark", duplex);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false; // end() called
  this.ended = false; // end() returned
  this.finished = false; // 'finish' emitted
  this.destroyed = false;
  this.decodeStrings = options?.decodeStrings !== false;
  this.defaultEncoding = options?.defaultEncoding || "utf8";
  this.length = 0; // bytes (or objects) written but not called back yet
  this.writing = false;
  this.corked = 0;
  this.sync = true; // inside a _write call: its callback's work waits a tick
  this.bufferProcessing = false;
  this.writecb = null;
  this.writelen = 0;
  this.onwrite = null; // the callback every write gets (writeCallback), made at the first write
  this.afterWriteTickInfo = null; // callbacks of synchronous writes, called together a tick later
  this.buffered = []; // { chunk, encoding, callback } waiting for their turn
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  this.pendingcb = 0;
  this.constructed = true;
  this.afterConstruct = [];
  this.prefinished = false;
  destroyImpl.initErrorState(this); // errored, errorEmitted
  this.emitClose = options?.emitClose !== false;
  this.autoDestroy = options?.autoDestroy !== false;
  this.closed = false;
  this.closeEmitted = false;
  this.onFinished = []; // end()'s callbacks
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};
ObjectDefineProperty(WritableState.prototype, "bufferedRequestCount", {
  get() {
    return this.buffered.length - this.bufferedIndex;
  },
  configurable: true,
});

function Writable(options) {
  const duplex = isDuplex(this);
  if (!duplex && !(this instanceof Writable)) return new Writable(options);
  this._writableState = new WritableState(options, this, duplex);
  if (options) {
    if (typeof options.write === "function") this._write = options.write;
    if (typeof options.writev === "function") this._writev = options.writev;
    if (typeof options.destroy === "function") this._destroy = options.destroy;
    if (typeof options.final === "function") this._final = options.final;
    if (typeof options.construct === "function") this._construct = options.construct;
    if (options.signal) require("internal/streams/abort").addAbortSignal(options.signal, this);
  }
  FunctionPrototypeCall(Stream, this, options);
  if (typeof this._construct === "function") {
    destroyImpl.construct(this, () => {
      const state = this._writableState;
      if (!state.writing) clearBuffer(this, state);
      finishMaybe(this, state);
      const readableState = this._readableState;
      if (readableState?.needReadable) require("internal/streams/readable").Readable.prototype.read.call(this, 0);
    });
  }
}
ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Writable, Stream);
Writable.WritableState = WritableState;

// A Duplex is a Writable too, though its prototype chain goes through Readable.
ObjectDefineProperty(Writable, Symbol.hasInstance, {
  value(object) {
    if (FunctionPrototypeCall(ordinaryHasInstance, this, object)) return true;
    if (this !== Writable) return false;
    return Boolean(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, streamError("ERR_STREAM_CANNOT_PIPE"));
};

Writable.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === "function") {
    callback = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, callback) === true;
};

function noop() {}

function writeChunk(stream, chunk, encoding, callback) {
  const state = stream._writableState;
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== "buffer" && !Buffer.isEncoding(encoding)) throw unknownEncoding(encoding);
  }
  if (typeof callback !== "function") callback = noop;

  if (chunk === null) throw streamError("ERR_STREAM_NULL_VALUES");
  if (!state.objectMode) {
    if (typeof chunk === "string") {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = "buffer";
      }
    } else {
      const bytes = bytesAsBuffer(chunk);
      if (bytes === undefined) throw invalidChunk(chunk);
      chunk = bytes;
      encoding = "buffer";
    }
  }

  let error;
  if (state.ending) error = streamError("ERR_STREAM_WRITE_AFTER_END");
  else if (state.destroyed) error = streamError("ERR_STREAM_DESTROYED", "write");
  if (error) {
    core.nextTick(callback, error);
    errorOrDestroy(stream, error, true);
    return error;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, callback);
}

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const size = state.objectMode ? 1 : chunk.length;
  state.length += size;
  const belowMark = state.length < state.highWaterMark;
  if (!belowMark) state.needDrain = true;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    ArrayPrototypePush(state.buffered, { chunk, encoding, callback });
    if (state.allBuffers && encoding !== "buffer") state.allBuffers = false;
    if (state.allNoop && callback !== noop) state.allNoop = false;
  } else {
    state.writelen = size;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, writeCallback(stream, state));
    state.sync = false;
  }
  return belowMark && !state.errored && !state.destroyed;
}

// Hands `_writev` (or `_write`) its chunks; the stream's one write callback is onWrite.
function startWrite(stream, state, writev, size, chunk, encoding, callback) {
  state.writelen = size;
  state.writecb = callback;
  state.writing = true;
  state.sync = true;
  const onwrite = writeCallback(stream, state);
  if (state.destroyed) onwrite(streamError("ERR_STREAM_DESTROYED", "write"));
  else if (writev) stream._writev(chunk, onwrite);
  else stream._write(chunk, encoding, onwrite);
  state.sync = false;
}

// The callback every write of the stream gets: onWrite bound to the stream, made once. (An
// arrow closing over `stream` here had V8's scavenges keep ~1.5 MB of an HTTP server's
// finished responses alive while that code ran unoptimized, 10 KB with the bound function:
// measured with --trace-gc-nvp under --no-opt, and during V8's warm-up after a burst of new
// connections.)
function writeCallback(stream, state) {
  return (state.onwrite ??= FunctionPrototypeBind(onWrite, undefined, stream));
}

function onWriteError(stream, state, error, callback) {
  --state.pendingcb;
  callback(error);
  failBuffered(state);
  errorOrDestroy(stream, error);
}

function onWrite(stream, error) {
  const state = stream._writableState;
  const sync = state.sync;
  const callback = state.writecb;
  if (typeof callback !== "function") {
    errorOrDestroy(stream, streamError("ERR_MULTIPLE_CALLBACK"));
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (error) {
    void error.stack;
    if (!state.errored) state.errored = error;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = error;
    if (sync) core.nextTick(onWriteError, stream, state, error, callback);
    else onWriteError(stream, state, error, callback);
    return;
  }
  if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
  if (sync) {
    // Synchronous writes in a row share one tick for their callbacks.
    const pending = state.afterWriteTickInfo;
    if (pending !== null && pending.callback === callback) {
      pending.count++;
    } else {
      state.afterWriteTickInfo = { count: 1, callback, stream, state };
      core.nextTick(afterWriteTick, state.afterWriteTickInfo);
    }
  } else {
    afterWrite(stream, state, 1, callback);
  }
}

function afterWriteTick({ stream, state, count, callback }) {
  state.afterWriteTickInfo = null;
  afterWrite(stream, state, count, callback);
}

function afterWrite(stream, state, count, callback) {
  const drained = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (drained) {
    state.needDrain = false;
    stream.emit("drain");
  }
  while (count-- > 0) {
    state.pendingcb--;
    callback(null);
  }
  if (state.destroyed) failBuffered(state);
  finishMaybe(stream, state);
}

// A destroyed or failed stream calls back its waiting writes with an error.
function failBuffered(state) {
  if (state.writing) return;
  for (let i = state.bufferedIndex; i < state.buffered.length; i++) {
    const { chunk, callback } = state.buffered[i];
    state.length -= state.objectMode ? 1 : chunk.length;
    callback(state.errored ?? streamError("ERR_STREAM_DESTROYED", "write"));
  }
  const finishedCallbacks = state.onFinished;
  state.onFinished = [];
  for (let i = 0; i < finishedCallbacks.length; i++) {
    finishedCallbacks[i](state.errored ?? streamError("ERR_STREAM_DESTROYED", "end"));
  }
  resetBuffer(state);
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

// Writes what waits in the buffer: all at once through _writev, or one by one while each
// _write calls back synchronously.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered } = state;
  let index = state.bufferedIndex;
  const waiting = buffered.length - index;
  if (!waiting) return;
  state.bufferProcessing = true;
  if (waiting > 1 && stream._writev) {
    state.pendingcb -= waiting - 1;
    const callback = state.allNoop ? noop : (error) => {
      for (let i = index; i < buffered.length; i++) buffered[i].callback(error);
    };
    const chunks = state.allNoop && index === 0 ? buffered : buffered.slice(index);
    chunks.allBuffers = state.allBuffers;
    startWrite(stream, state, true, state.length, chunks, "", callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[index];
      buffered[index++] = null;
      const size = state.objectMode ? 1 : chunk.length;
      startWrite(stream, state, false, size, chunk, encoding, callback);
    } while (index < buffered.length && !state.writing);
    if (index === buffered.length) resetBuffer(state);
    else if (index > 256) {
      buffered.splice(0, index);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = index;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, callback) {
  if (this._writev) this._writev([{ chunk, encoding }], callback);
  else throw streamError("ERR_METHOD_NOT_IMPLEMENTED", "_write()");
};
Writable.prototype._writev = null;

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === "string") encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

Writable.prototype.end = function end(chunk, encoding, callback) {
  const state = this._writableState;
  if (typeof chunk === "function") {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === "function") {
    callback = encoding;
    encoding = null;
  }
  let error;
  if (chunk !== null && chunk !== undefined) {
    const written = writeChunk(this, chunk, encoding);
    if (written instanceof Error) error = written;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (error) {
    // the write's error is the answer
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    error = streamError("ERR_STREAM_ALREADY_FINISHED", "end");
  } else if (state.destroyed) {
    error = streamError("ERR_STREAM_DESTROYED", "end");
  }
  if (typeof callback === "function") {
    if (error) core.nextTick(callback, error);
    else if (state.errored) core.nextTick(callback, state.errored);
    else if (state.finished) core.nextTick(callback, null);
    else ArrayPrototypePush(state.onFinished, callback);
  }
  return this;
};

function needsFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

// Runs _final (once), then 'prefinish'.
function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === "function" && !state.destroyed) {
    state.finalCalled = true;
    callFinal(stream, state);
  } else {
    state.prefinished = true;
    stream.emit("prefinish");
  }
}

function callFinal(stream, state) {
  let called = false;
  const onFinal = (error) => {
    if (called) {
      errorOrDestroy(stream, streamError("ERR_MULTIPLE_CALLBACK"));
      return;
    }
    called = true;
    state.pendingcb--;
    if (error) {
      const callbacks = state.onFinished;
      state.onFinished = [];
      for (let i = 0; i < callbacks.length; i++) callbacks[i](error);
      errorOrDestroy(stream, error, state.sync);
    } else if (needsFinish(state)) {
      state.prefinished = true;
      stream.emit("prefinish");
      state.pendingcb++;
      core.nextTick(finish, stream, state);
    }
  };
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (error) {
    onFinal(error);
  }
  state.sync = false;
}

function finishMaybe(stream, state, sync) {
  if (!needsFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    core.nextTick(() => {
      if (needsFinish(state)) finish(stream, state);
      else state.pendingcb--;
    });
  } else if (needsFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  const callbacks = state.onFinished;
  state.onFinished = [];
  for (let i = 0; i < callbacks.length; i++) callbacks[i](null);
  stream.emit("finish");
  if (state.autoDestroy) {
    // A Duplex closes once both sides are done.
    const readableState = stream._readableState;
    if (!readableState || (readableState.autoDestroy && (readableState.endEmitted || readableState.readable === false))) {
      stream.destroy();
    }
  }
}

Writable.prototype.destroy = function destroy(error, callback) {
  const state = this._writableState;
  // Writes still waiting are answered with the error (on the next tick).
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    core.nextTick(failBuffered, state);
  }
  FunctionPrototypeCall(destroyImpl.destroy, this, error, callback);
  return this;
};
Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function _destroy(error, callback) {
  callback(error);
};
Writable.prototype[EventEmitter.captureRejectionSymbol] = function (error) {
  this.destroy(error);
};

function stateGetter(read) {
  return {
    get() {
      const state = this._writableState;
      return state ? read(state) : undefined;
    },
    configurable: true,
  };
}

const writableProperties = {
  closed: stateGetter((state) => state.closed),
  destroyed: {
    get() {
      return this._writableState ? this._writableState.destroyed : false;
    },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
    configurable: true,
  },
  writable: {
    get() {
      const state = this._writableState;
      return Boolean(state) && state.writable !== false && !state.destroyed && !state.errored && !state.ending && !state.ended;
    },
    set(value) {
      if (this._writableState) this._writableState.writable = Boolean(value);
    },
    configurable: true,
  },
  writableFinished: stateGetter((state) => state.finished),
  writableObjectMode: stateGetter((state) => state.objectMode),
  writableBuffer: stateGetter((state) => state.getBuffer()),
  writableEnded: stateGetter((state) => state.ending),
  writableNeedDrain: stateGetter((state) => !state.destroyed && !state.ending && state.needDrain),
  writableHighWaterMark: stateGetter((state) => state.highWaterMark),
  writableCorked: stateGetter((state) => state.corked),
  writableLength: stateGetter((state) => state.length),
  errored: stateGetter((state) => state.errored),
  writableAborted: stateGetter((state) => Boolean(state.writable !== false && (state.destroyed || state.errored) && !state.finished)),
};
ObjectDefineProperties(Writable.prototype, writableProperties);

module.exports = { Writable, WritableState, writableProperties };
