// How streams end badly or early, shared by Readable and Writable (and so Duplex): `destroy`,
// the 'error' then 'close' events it schedules, errors raised while streaming
// (`errorOrDestroy`), and `_construct`, which holds a stream's work until it is ready.
//
// A Duplex has both states; each flag is set on both, and an event is emitted once.
"use strict";
const { FunctionPrototypeCall } = core.primordials;
const { streamError } = require("internal/errors");

function statesOf(stream) {
  return { readable: stream._readableState, writable: stream._writableState };
}

function forEachState(stream, apply) {
  const { readable, writable } = statesOf(stream);
  if (readable) apply(readable);
  if (writable) apply(writable);
}

function anyState(stream, test) {
  const { readable, writable } = statesOf(stream);
  return Boolean((readable && test(readable)) || (writable && test(writable)));
}

// The first error a stream meets is the one it keeps (and reports).
function recordError(stream, error) {
  if (!error) return;
  void error.stack; // the stack as it was where the error was made
  forEachState(stream, (state) => {
    if (!state.errored) state.errored = error;
  });
}

function emitError(stream, error) {
  if (anyState(stream, (state) => state.errorEmitted)) return;
  forEachState(stream, (state) => { state.errorEmitted = true; });
  stream.emit("error", error);
}

function emitClose(stream) {
  forEachState(stream, (state) => { state.closeEmitted = true; });
  if (anyState(stream, (state) => state.emitClose)) stream.emit("close");
}

function emitErrorThenClose(stream, error) {
  emitError(stream, error);
  emitClose(stream);
}

// Stream.prototype.destroy of Readable and Writable.
function destroy(error, callback) {
  if (anyState(this, (state) => state.destroyed)) {
    if (typeof callback === "function") callback();
    return this;
  }
  recordError(this, error);
  forEachState(this, (state) => { state.destroyed = true; });
  const state = this._writableState || this._readableState;
  if (state.constructed) runDestroy(this, error, callback);
  else state.afterConstruct.push((constructError) => runDestroy(this, constructError || error, callback));
  return this;
}

function runDestroy(stream, error, callback) {
  let done = false;
  const onDestroyed = (destroyError) => {
    if (done) return;
    done = true;
    recordError(stream, destroyError);
    forEachState(stream, (state) => { state.closed = true; });
    if (typeof callback === "function") callback(destroyError);
    if (destroyError) core.nextTick(emitErrorThenClose, stream, destroyError);
    else core.nextTick(emitClose, stream);
  };
  try {
    stream._destroy(error || null, onDestroyed);
  } catch (thrown) {
    onDestroyed(thrown);
  }
}

// An error while streaming: the stream is destroyed with it (autoDestroy, the default), or
// only reports it; `sync` when the caller is still inside the user's call, so that 'error'
// waits a tick.
function errorOrDestroy(stream, error, sync) {
  if (anyState(stream, (state) => state.destroyed)) return;
  if (anyState(stream, (state) => state.autoDestroy)) {
    stream.destroy(error);
    return;
  }
  if (!error) return;
  recordError(stream, error);
  if (sync) core.nextTick(emitError, stream, error);
  else emitError(stream, error);
}

// A new state's error fields: no error yet. Each is first given another value, so that V8
// marks the field as one that changes from the first stream on. A field written once counts
// as constant to V8, and the first stream that fails (a server's first client gone mid-request)
// would otherwise throw away the optimized code of every stream function that reads it.
function initErrorState(state) {
  state.errored = undefined;
  state.errored = null;
  state.errorEmitted = true;
  state.errorEmitted = false;
}

// Back to a fresh stream (what net does before reconnecting a socket).
function undestroy() {
  const { readable, writable } = statesOf(this);
  forEachState(this, (state) => {
    state.constructed = true;
    state.closed = false;
    state.closeEmitted = false;
    state.destroyed = false;
    state.errored = null;
    state.errorEmitted = false;
  });
  if (readable) {
    readable.reading = false;
    readable.ended = readable.readable === false;
    readable.endEmitted = readable.readable === false;
  }
  if (writable) {
    writable.ended = writable.writable === false;
    writable.ending = writable.writable === false;
    writable.finalCalled = false;
    writable.prefinished = false;
    writable.finished = writable.writable === false;
  }
}

// Runs the stream's `_construct(callback)` on the next tick; until it calls back, the
// stream's states say `constructed: false`, and reading, writing and destroying wait.
function construct(stream, whenReady) {
  forEachState(stream, (state) => { state.constructed = false; });
  core.nextTick(() => {
    let called = false;
    const onConstructed = (error) => {
      if (called) {
        errorOrDestroy(stream, streamError("ERR_MULTIPLE_CALLBACK"));
        return;
      }
      called = true;
      forEachState(stream, (state) => { state.constructed = true; });
      const state = stream._writableState || stream._readableState;
      const waiting = state.afterConstruct;
      state.afterConstruct = [];
      for (let i = 0; i < waiting.length; i++) waiting[i](error);
      if (error) errorOrDestroy(stream, error, true);
      else if (!anyState(stream, (s) => s.destroyed)) core.nextTick(whenReady);
    };
    try {
      FunctionPrototypeCall(stream._construct, stream, onConstructed);
    } catch (thrown) {
      onConstructed(thrown);
    }
  });
}

function isDestroyed(stream) {
  return anyState(stream, (state) => state.destroyed);
}

module.exports = { destroy, undestroy, errorOrDestroy, construct, isDestroyed, recordError, initErrorState };
