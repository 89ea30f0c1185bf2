// finished(stream, [options], callback): calls back once, when the stream is done (ended
// and/or finished, per `options.readable`/`options.writable`), failed, or closed too early
// (ERR_STREAM_PREMATURE_CLOSE). Returns a function that removes its listeners.
"use strict";
const { FunctionPrototypeCall, Promise } = core.primordials;
const {
  AbortError, streamError, invalidArgType, validateAbortSignal, validateFunction, validateObject,
} = require("internal/errors");
const u = require("internal/streams/utils");

function finished(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, "options");
  }
  validateFunction(callback, "callback");
  validateAbortSignal(options.signal, "options.signal");
  if (!u.isNodeStream(stream)) throw invalidArgType("stream", ["ReadableStream", "WritableStream", "Stream"], stream);
  let done = false;
  const report = (error) => {
    if (done) return;
    done = true;
    if (error === undefined) FunctionPrototypeCall(callback, stream);
    else FunctionPrototypeCall(callback, stream, error);
  };

  const readable = options.readable ?? u.isReadableNodeStream(stream);
  const writable = options.writable ?? u.isWritableNodeStream(stream);
  const writableState = stream._writableState;
  const readableState = stream._readableState;
  // When 'close' will come, it is the moment to report (after 'end'/'finish').
  let closeWillCome = u.willEmitClose(stream) && u.isReadableNodeStream(stream) === readable &&
    u.isWritableNodeStream(stream) === writable;
  let writableFinished = u.isWritableFinished(stream, false);
  let readableFinished = u.isReadableFinished(stream, false);
  let closed = u.isClosed(stream);

  const onFinish = () => {
    writableFinished = true;
    if (stream.destroyed) closeWillCome = false;
    if (closeWillCome && (!stream.readable || readable)) return;
    if (!readable || readableFinished) report();
  };
  const onEnd = () => {
    readableFinished = true;
    if (stream.destroyed) closeWillCome = false;
    if (closeWillCome && (!stream.writable || writable)) return;
    if (!writable || writableFinished) report();
  };
  const onLegacyFinish = () => {
    if (!stream.writable) onFinish();
  };
  const onError = (error) => report(error);
  const onClose = () => {
    closed = true;
    const errored = u.erroredOf(stream);
    if (errored && typeof errored !== "boolean") return report(errored);
    if (readable && !readableFinished && u.isReadableNodeStream(stream, true) && !u.isReadableFinished(stream, false)) {
      return report(streamError("ERR_STREAM_PREMATURE_CLOSE"));
    }
    if (writable && !writableFinished && !u.isWritableFinished(stream, false)) {
      return report(streamError("ERR_STREAM_PREMATURE_CLOSE"));
    }
    report();
  };
  const onClosed = () => {
    closed = true;
    const errored = u.erroredOf(stream);
    if (errored && typeof errored !== "boolean") return report(errored);
    report();
  };

  if (writable && !writableState) {
    // An old-style writable (no state): 'end' and 'close' tell.
    stream.on("end", onLegacyFinish);
    stream.on("close", onLegacyFinish);
  }
  if (!closeWillCome && typeof stream.aborted === "boolean") stream.on("aborted", onClose);
  stream.on("end", onEnd);
  stream.on("finish", onFinish);
  if (options.error !== false) stream.on("error", onError);
  stream.on("close", onClose);

  if (closed) {
    core.nextTick(onClose);
  } else if (writableState?.errorEmitted || readableState?.errorEmitted) {
    if (!closeWillCome) core.nextTick(onClosed);
  } else if (!readable && (!closeWillCome || u.isReadable(stream)) && (writableFinished || u.isWritable(stream) === false)) {
    core.nextTick(onClosed);
  } else if (!writable && (!closeWillCome || u.isWritable(stream)) && (readableFinished || u.isReadable(stream) === false)) {
    core.nextTick(onClosed);
  }

  const cleanup = () => {
    done = true;
    stream.removeListener("aborted", onClose);
    stream.removeListener("end", onLegacyFinish);
    stream.removeListener("close", onLegacyFinish);
    stream.removeListener("end", onEnd);
    stream.removeListener("finish", onFinish);
    stream.removeListener("error", onError);
    stream.removeListener("close", onClose);
  };
  if (options.signal && !closed) {
    const signal = options.signal;
    const onAbort = () => {
      const pending = !done;
      cleanup();
      if (pending) FunctionPrototypeCall(callback, stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      core.nextTick(onAbort);
    } else {
      signal.addEventListener("abort", onAbort, { once: true });
      return () => {
        signal.removeEventListener("abort", onAbort);
        cleanup();
      };
    }
  }
  return cleanup;
}

// stream/promises' finished: resolves or rejects as the callback would be called.
function finishedPromise(stream, options) {
  const autoCleanup = Boolean(options?.cleanup);
  return new Promise((resolve, reject) => {
    const cleanup = finished(stream, options, (error) => {
      if (autoCleanup) cleanup();
      if (error) reject(error);
      else resolve();
    });
  });
}

finished.finished = finished;
module.exports = { finished, finishedPromise };
