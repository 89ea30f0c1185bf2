// Readable: a source of chunks. A producer pushes chunks (`push`, usually from `_read`) into a
// buffer; a consumer takes them by calling `read()` (paused mode, told by 'readable') or by
// listening to 'data' (flowing mode). `_read` is asked for more while the buffer holds less
// than the high-water mark.
//
// Timing follows Node's: a chunk pushed to a flowing stream with an empty buffer outside a
// `_read` call is emitted as 'data' at once; 'readable', 'end', 'resume' and the reading ahead
// happen on process.nextTick.
"use strict";
const {
  ArrayPrototypeIndexOf, ArrayPrototypePush, ArrayPrototypeShift, ArrayPrototypeSplice,
  ArrayPrototypeUnshift, FunctionPrototypeCall, NumberIsInteger, NumberIsNaN, NumberParseInt,
  ObjectDefineProperties, ObjectKeys, ObjectSetPrototypeOf, SafeSet, SymbolAsyncIterator,
} = core.primordials;
const EventEmitter = require("events");
const { Buffer } = require("buffer");
const { StringDecoder } = require("string_decoder");
const { streamError, outOfRange, validateObject } = require("internal/errors");
const { Stream, prependListener } = require("internal/streams/legacy");
const { highWaterMarkFrom } = require("internal/streams/options");
const { bytesAsBuffer, invalidChunk } = require("internal/streams/chunks");
const destroyImpl = require("internal/streams/destroy");

const { errorOrDestroy } = destroyImpl;
const MAX_HIGH_WATER_MARK = 2 ** 30;

let duplexModule;
function isDuplex(stream) {
  duplexModule ??= require("internal/streams/duplex");
  return stream instanceof duplexModule.Duplex;
}

function ReadableState(options, stream, duplex) {
  const objectMode = Boolean(options?.objectMode || (duplex && options?.readableObjectMode));
  this.objectMode = objectMode;
  this.highWaterMark = highWaterMarkFrom(options, objectMode, "readableHighWaterMark", duplex);
  this.buffer = []; // chunks not read yet, oldest first
  this.length = 0; // bytes (characters with an encoding; chunks in object mode) in `buffer`
  this.pipes = [];
  this.flowing = null; // null: no consumer yet; true: flowing; false: paused
  this.paused = null; // pause() called (and no resume() since)
  this.ended = false; // push(null) seen
  this.endEmitted = false;
  this.reading = false; // _read called, nothing pushed since
  this.constructed = true;
  this.afterConstruct = [];
  this.sync = true; // inside _read: a push there is not emitted as 'data' at once
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  destroyImpl.initErrorState(this); // errored, errorEmitted
  this.emitClose = options?.emitClose !== false;
  this.autoDestroy = options?.autoDestroy !== false;
  this.destroyed = false;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = options?.defaultEncoding || "utf8";
  this.awaitDrainWriters = null; // the destination (or Set of them) a pipe waits on
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options?.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const duplex = isDuplex(this);
  this._readableState = new ReadableState(options, this, duplex);
  if (options) {
    if (typeof options.read === "function") this._read = options.read;
    if (typeof options.destroy === "function") this._destroy = options.destroy;
    if (typeof options.construct === "function") this._construct = options.construct;
    if (options.signal && !duplex) require("internal/streams/abort").addAbortSignal(options.signal, this);
  }
  FunctionPrototypeCall(Stream, this, options);
  if (typeof this._construct === "function" && !duplex) {
    destroyImpl.construct(this, () => {
      const state = this._readableState;
      if (state.needReadable) maybeReadMore(this, state);
    });
  }
}
ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);
Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(error, callback) {
  callback(error);
};
Readable.prototype[EventEmitter.captureRejectionSymbol] = function (error) {
  this.destroy(error);
};

Readable.prototype._read = function _read(size) {
  throw streamError("ERR_METHOD_NOT_IMPLEMENTED", "_read()");
};

Readable.prototype.push = function push(chunk, encoding) {
  return addChunkFromProducer(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkFromProducer(this, chunk, encoding, true);
};

// push() and unshift(): the chunk checked and normalized (a string becomes a Buffer unless
// the stream decodes to that same encoding), then buffered or emitted.
function addChunkFromProducer(stream, chunk, encoding, toFront) {
  const state = stream._readableState;
  if (!state.objectMode && chunk !== null && chunk !== undefined) {
    if (typeof chunk === "string") {
      encoding ||= state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (toFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = "";
        }
      }
    } else {
      const bytes = bytesAsBuffer(chunk);
      if (bytes === undefined) {
        errorOrDestroy(stream, invalidChunk(chunk));
        return canPushMore(state);
      }
      chunk = bytes;
      encoding = "";
    }
  }
  if (chunk === null) {
    state.reading = false;
    onEndOfData(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (toFront) {
      if (state.endEmitted) errorOrDestroy(stream, streamError("ERR_STREAM_UNSHIFT_AFTER_END_EVENT"));
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, streamError("ERR_STREAM_PUSH_AFTER_EOF"));
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!toFront) {
    state.reading = false; // an empty chunk: nothing to add, but the read is answered
    maybeReadMore(stream, state);
  }
  return canPushMore(state);
}

function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function chunkSize(state, chunk) {
  return state.objectMode ? 1 : chunk.length;
}

function addChunk(stream, state, chunk, toFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount("data") > 0) {
    clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit("data", chunk);
  } else {
    state.length += chunkSize(state, chunk);
    if (toFront) ArrayPrototypeUnshift(state.buffer, chunk);
    else ArrayPrototypePush(state.buffer, chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

// push(null): no more data. What the decoder still holds is the last chunk.
function onEndOfData(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      ArrayPrototypePush(state.buffer, rest);
      state.length += chunkSize(state, rest);
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    core.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit("readable");
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Reads ahead (on the next tick) while the buffer is under its high-water mark, so that
// data is ready before the consumer asks.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    core.nextTick(readMore, stream, state);
  }
}

function readMore(stream, state) {
  while (!state.reading && !state.ended &&
    (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break; // nothing came (yet)
  }
  state.readingMore = false;
}

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// How much read(n) may return now: 0 when it must wait.
function readableAmount(state, n) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (NumberIsNaN(n)) {
    // read(): in flowing mode one chunk at a time, else all there is.
    if (state.flowing && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

// The next power of two at or above n: how far the mark grows for a read(n) past it.
function grownHighWaterMark(n) {
  if (n > MAX_HIGH_WATER_MARK) throw outOfRange("size", "<= 1GiB", n);
  let mark = 1;
  while (mark < n) mark *= 2;
  return mark;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!NumberIsInteger(n)) n = NumberParseInt(n, 10);
  const state = this._readableState;
  const asked = n;
  if (n > state.highWaterMark) state.highWaterMark = grownHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) only to trigger 'readable' (or 'end') when there is enough already.
  if (n === 0 && state.needReadable &&
    ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = readableAmount(state, n);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask the producer for more when the buffer would fall under the mark.
  let askProducer = state.needReadable || state.length === 0 || state.length - n < state.highWaterMark;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) askProducer = false;
  if (askProducer) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (error) {
      errorOrDestroy(this, error);
    }
    state.sync = false;
    // What _read pushed synchronously may answer this very read.
    if (!state.reading) n = readableAmount(state, asked);
  }

  let chunk = n > 0 ? takeFromBuffer(n, state) : null;
  if (chunk === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (asked !== n && state.ended) endReadable(this);
  }
  if (chunk !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit("data", chunk);
  }
  return chunk;
};

// Removes and returns n units from the front of the buffer (n <= state.length): a chunk in
// object mode, else bytes or characters, joined across chunks as needed.
function takeFromBuffer(n, state) {
  const buffer = state.buffer;
  if (buffer.length === 0) return null;
  if (state.objectMode) return ArrayPrototypeShift(buffer);
  if (n >= state.length) {
    let all;
    if (buffer.length === 1) all = buffer[0];
    else if (state.decoder) all = joinStrings(buffer, buffer.length);
    else all = Buffer.concat(buffer, state.length);
    state.buffer = [];
    return all;
  }
  const first = buffer[0];
  if (n < first.length) {
    buffer[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return ArrayPrototypeShift(buffer);
  return typeof first === "string" ? takeString(n, buffer) : takeBytes(n, buffer);
}

function joinStrings(buffer, count) {
  let text = "";
  for (let i = 0; i < count; i++) text += buffer[i];
  return text;
}

function takeString(n, buffer) {
  let text = "";
  while (text.length < n) {
    const chunk = buffer[0];
    const wanted = n - text.length;
    if (chunk.length <= wanted) {
      text += chunk;
      ArrayPrototypeShift(buffer);
    } else {
      text += chunk.slice(0, wanted);
      buffer[0] = chunk.slice(wanted);
    }
  }
  return text;
}

function takeBytes(n, buffer) {
  const out = Buffer.allocUnsafe(n);
  let filled = 0;
  while (filled < n) {
    const chunk = buffer[0];
    const wanted = n - filled;
    if (chunk.length <= wanted) {
      out.set(chunk, filled);
      filled += chunk.length;
      ArrayPrototypeShift(buffer);
    } else {
      out.set(chunk.subarray(0, wanted), filled);
      buffer[0] = chunk.slice(wanted);
      filled += wanted;
    }
  }
  return out;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    core.nextTick(emitEnd, state, stream);
  }
}

function emitEnd(state, stream) {
  if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
  state.endEmitted = true;
  stream.emit("end");
  if (stream.writable && stream.allowHalfOpen === false) {
    core.nextTick(endWritableSide, stream);
  } else if (state.autoDestroy) {
    // A Duplex closes once both sides are done.
    const writableState = stream._writableState;
    if (!writableState || (writableState.autoDestroy && (writableState.finished || writableState.writable === false))) {
      stream.destroy();
    }
  }
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.prototype.setEncoding = function setEncoding(encoding) {
  const decoder = new StringDecoder(encoding);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is buffered already is decoded now.
  let text = "";
  for (let i = 0; i < state.buffer.length; i++) text += decoder.write(state.buffer[i]);
  state.buffer = text === "" ? [] : [text];
  state.length = text.length;
  return this;
};

Readable.prototype.on = function on(event, listener) {
  const result = FunctionPrototypeCall(Stream.prototype.on, this, event, listener);
  const state = this._readableState;
  if (event === "data") {
    state.readableListening = this.listenerCount("readable") > 0;
    if (state.flowing !== false) this.resume();
  } else if (event === "readable") {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) core.nextTick(readZero, this);
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

function readZero(stream) {
  stream.read(0);
}

Readable.prototype.removeListener = function removeListener(event, listener) {
  const result = FunctionPrototypeCall(Stream.prototype.removeListener, this, event, listener);
  if (event === "readable") core.nextTick(updateReadableListening, this);
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(event) {
  const result = event === undefined
    ? FunctionPrototypeCall(Stream.prototype.removeAllListeners, this)
    : FunctionPrototypeCall(Stream.prototype.removeAllListeners, this, event);
  if (event === "readable" || event === undefined) core.nextTick(updateReadableListening, this);
  return result;
};

// After 'readable' listeners go: back to flowing if data listeners remain.
function updateReadableListening(stream) {
  const state = stream._readableState;
  state.readableListening = stream.listenerCount("readable") > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (stream.listenerCount("data") > 0) stream.resume();
  else if (!state.readableListening) state.flowing = null;
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners, they stay in charge: not flowing.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      core.nextTick(resumeNow, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resumeNow(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit("resume");
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit("pause");
  }
  state.paused = true;
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.pipe = function pipe(destination, pipeOptions) {
  const source = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    // A second destination: wait on a set of them.
    state.multiAwaitDrain = true;
    const waiting = new SafeSet();
    if (state.awaitDrainWriters) waiting.add(state.awaitDrainWriters);
    state.awaitDrainWriters = waiting;
  }
  ArrayPrototypePush(state.pipes, destination);

  const endsDestination = (!pipeOptions || pipeOptions.end !== false) &&
    destination !== globalThis.process?.stdout && destination !== globalThis.process?.stderr;
  const onEnd = endsDestination ? endDestination : unpipe;
  if (state.endEmitted) core.nextTick(onEnd);
  else source.once("end", onEnd);

  let onDrain;
  let cleanedUp = false;
  function endDestination() {
    destination.end();
  }
  function unpipe() {
    source.unpipe(destination);
  }
  function onUnpipe(readable, info) {
    if (readable === source && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      cleanup();
    }
  }
  function cleanup() {
    destination.removeListener("close", onClose);
    destination.removeListener("finish", onFinish);
    if (onDrain) destination.removeListener("drain", onDrain);
    destination.removeListener("error", onError);
    destination.removeListener("unpipe", onUnpipe);
    source.removeListener("end", endDestination);
    source.removeListener("end", unpipe);
    source.removeListener("data", onData);
    cleanedUp = true;
    // A destination gone while we waited on it must not hold the source paused.
    if (onDrain && state.awaitDrainWriters && (!destination._writableState || destination._writableState.needDrain)) onDrain();
  }
  function pauseForDrain() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === destination) {
        state.awaitDrainWriters = destination;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && ArrayPrototypeIndexOf(state.pipes, destination) !== -1) {
        state.awaitDrainWriters.add(destination);
      }
      source.pause();
    }
    if (!onDrain) {
      onDrain = drainedFor(source, destination);
      destination.on("drain", onDrain);
    }
  }
  function onData(chunk) {
    if (destination.write(chunk) === false) pauseForDrain();
  }
  function onError(error) {
    unpipe();
    destination.removeListener("error", onError);
    if (destination.listenerCount("error") === 0) {
      const destinationState = destination._writableState || destination._readableState;
      if (destinationState && !destinationState.errorEmitted) errorOrDestroy(destination, error);
      else destination.emit("error", error);
    }
  }
  function onClose() {
    destination.removeListener("finish", onFinish);
    unpipe();
  }
  function onFinish() {
    destination.removeListener("close", onClose);
    unpipe();
  }
  source.on("data", onData);
  prependListener(destination, "error", onError);
  destination.once("close", onClose);
  destination.once("finish", onFinish);
  destination.on("unpipe", onUnpipe);
  destination.emit("pipe", source);

  if (destination.writableNeedDrain === true) pauseForDrain();
  else if (!state.flowing) source.resume();
  return destination;
};

// The 'drain' listener of a pipe: resumes the source once no destination holds it.
function drainedFor(source, destination) {
  return function pipeOnDrain() {
    const state = source._readableState;
    if (state.awaitDrainWriters === destination) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(destination);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && source.listenerCount("data")) {
      source.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(destination) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!destination) {
    const destinations = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < destinations.length; i++) destinations[i].emit("unpipe", this, { hasUnpiped: false });
    return this;
  }
  const index = ArrayPrototypeIndexOf(state.pipes, destination);
  if (index === -1) return this;
  ArrayPrototypeSplice(state.pipes, index, 1);
  if (state.pipes.length === 0) this.pause();
  destination.emit("unpipe", this, { hasUnpiped: false });
  return this;
};

// An old-style stream (data/end events, pause/resume) as the source of this Readable.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on("data", (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on("end", () => this.push(null));
  stream.on("error", (error) => errorOrDestroy(this, error));
  stream.on("close", () => this.destroy());
  stream.on("destroy", () => this.destroy());
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const names = ObjectKeys(stream);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (this[name] === undefined && typeof stream[name] === "function") this[name] = stream[name].bind(stream);
  }
  return this;
};

Readable.prototype[SymbolAsyncIterator] = function () {
  return require("internal/streams/iterate").iterate(this, true);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, "options");
  return require("internal/streams/iterate").iterate(this, options?.destroyOnReturn !== false);
};

function stateGetter(read) {
  return {
    get() {
      const state = this._readableState;
      return state ? read(state) : undefined;
    },
    enumerable: false,
    configurable: true,
  };
}

ObjectDefineProperties(Readable.prototype, {
  readable: {
    get() {
      const state = this._readableState;
      return Boolean(state) && state.readable !== false && !state.destroyed && !state.errorEmitted && !state.endEmitted;
    },
    set(value) {
      if (this._readableState) this._readableState.readable = Boolean(value);
    },
    configurable: true,
  },
  readableDidRead: stateGetter((state) => state.dataEmitted),
  readableAborted: stateGetter((state) => Boolean(state.readable !== false && (state.destroyed || state.errored) && !state.endEmitted)),
  readableHighWaterMark: stateGetter((state) => state.highWaterMark),
  readableBuffer: stateGetter((state) => state.buffer),
  readableFlowing: {
    get() {
      return this._readableState.flowing;
    },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
    configurable: true,
  },
  readableLength: stateGetter((state) => state.length),
  readableObjectMode: stateGetter((state) => state.objectMode),
  readableEncoding: stateGetter((state) => state.encoding),
  errored: stateGetter((state) => state.errored),
  closed: stateGetter((state) => state.closed),
  readableEnded: stateGetter((state) => state.endEmitted),
  destroyed: {
    get() {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
    configurable: true,
  },
});

module.exports = { Readable, ReadableState };
