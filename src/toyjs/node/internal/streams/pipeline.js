// pipeline(source, ...transforms, destination, callback): pipes each stage into the next,
// destroys them all on the first error, and calls back once with that error, or when the
// last stage is done. A stage may be a stream, an iterable (as the source), or a function:
// given the previous stage as an async iterable it returns the next one (an async generator),
// or, as the last stage, a promise whose value is the callback's second argument.
"use strict";
const {
  ArrayIsArray, ArrayPrototypePop, ArrayPrototypePush, ArrayPrototypeShift,
  Promise, PromisePrototypeThen,
} = core.primordials;
const {
  AbortError, invalidArgType, missingArgs, streamError, validateAbortSignal, validateFunction,
} = require("internal/errors");
const { finished } = require("internal/streams/finished");
const u = require("internal/streams/utils");

let passThroughClass;
function PassThrough(options) {
  passThroughClass ??= require("internal/streams/passthrough").PassThrough;
  return new passThroughClass(options);
}

function pipeline(...streams) {
  const callback = ArrayPrototypePop(streams);
  validateFunction(callback, "streams[stream.length - 1]");
  return runPipeline(streams, callback, {});
}

function stagesOf(streams) {
  if (streams.length === 1 && ArrayIsArray(streams[0])) return streams[0];
  return streams;
}

// Destroys `stream` with the pipeline's error unless it is already done by itself.
function destroyerOf(stream, reading, writing) {
  let done = false;
  stream.on("close", () => { done = true; });
  const stopWatching = finished(stream, { readable: reading, writable: writing }, (error) => { done = !error; });
  return {
    destroy(error) {
      if (done) return;
      done = true;
      stream.destroy(error || streamError("ERR_STREAM_DESTROYED", "pipe"));
    },
    stopWatching,
  };
}

function asAsyncIterable(value) {
  if (u.isIterable(value)) return value;
  if (u.isReadableNodeStream(value)) {
    const { iterate } = require("internal/streams/iterate");
    return iterate(value, true);
  }
  throw invalidArgType("val", ["Readable", "Iterable", "AsyncIterable"], value);
}

function runPipeline(given, callback, options) {
  const streams = stagesOf(given);
  if (streams.length < 2) throw missingArgs("streams");
  const outerSignal = options.signal;
  validateAbortSignal(outerSignal, "options.signal");
  const controller = new AbortController();
  const signal = controller.signal;
  const onOuterAbort = () => finishWith(new AbortError(undefined, { cause: outerSignal?.reason }), true);
  outerSignal?.addEventListener("abort", onOuterAbort);

  let firstError;
  let lastValue;
  const destroys = [];
  let pending = 0;
  let called = false;

  const finishOne = (error) => finishWith(error, --pending === 0);
  function finishWith(error, final) {
    if (error && (!firstError || firstError.code === "ERR_STREAM_PREMATURE_CLOSE")) firstError = error;
    if (!firstError && !final) return;
    while (destroys.length) ArrayPrototypeShift(destroys)(firstError);
    outerSignal?.removeEventListener("abort", onOuterAbort);
    controller.abort();
    if (final && !called) {
      called = true;
      core.nextTick(callback, firstError, lastValue);
    }
  }

  let previous;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || options.end !== false;
    if (u.isNodeStream(stream)) {
      if (end) {
        const { destroy } = destroyerOf(stream, reading, writing);
        ArrayPrototypePush(destroys, destroy);
      }
      // Errors reach the callback through finished(); this listener keeps them from
      // being thrown as unhandled meanwhile.
      stream.on("error", (error) => {
        if (error && error.name !== "AbortError" && error.code !== "ERR_STREAM_PREMATURE_CLOSE") finishWith(error, false);
      });
    }
    previous = connectStage(i, stream, previous, reading, end);
  }

  function connectStage(i, stream, previous, reading, end) {
    if (i === 0) {
      if (typeof stream === "function") {
        const result = stream({ signal });
        if (!u.isIterable(result)) throw streamError("ERR_INVALID_RETURN_VALUE", "Iterable, AsyncIterable or Stream", "source", result);
        return result;
      }
      if (u.isIterable(stream) || u.isReadableNodeStream(stream)) return stream;
      return require("internal/streams/duplex").Duplex.from(stream);
    }
    if (typeof stream === "function") {
      const result = stream(asAsyncIterable(previous), { signal });
      if (reading) {
        if (!u.isIterable(result, true)) throw streamError("ERR_INVALID_RETURN_VALUE", "AsyncIterable", `transform[${i - 1}]`, result);
        return result;
      }
      // The last stage as a function: its promise's value ends the pipeline.
      const sink = PassThrough({ objectMode: true });
      if (result && typeof result.then === "function") {
        pending++;
        PromisePrototypeThen(result, (value) => {
          lastValue = value;
          if (value != null) sink.write(value);
          if (end) sink.end();
          core.nextTick(finishOne);
        }, (error) => {
          sink.destroy(error);
          core.nextTick(finishOne, error);
        });
      } else if (u.isIterable(result, true)) {
        pending++;
        pumpInto(result, sink, finishOne, end);
      } else {
        throw streamError("ERR_INVALID_RETURN_VALUE", "AsyncIterable or Promise", "destination", result);
      }
      const { destroy } = destroyerOf(sink, false, true);
      ArrayPrototypePush(destroys, destroy);
      return sink;
    }
    if (u.isNodeStream(stream)) {
      if (u.isReadableNodeStream(previous)) {
        pending += 2;
        pipeNodeStreams(previous, stream, finishOne, end);
      } else if (u.isIterable(previous)) {
        pending++;
        pumpInto(previous, stream, finishOne, end);
      } else {
        throw invalidArgType("val", ["Readable", "Iterable", "AsyncIterable", "ReadableStream", "TransformStream"], previous);
      }
      return stream;
    }
    return require("internal/streams/duplex").Duplex.from(stream);
  }

  return previous;
}

// source.pipe(destination), with both reporting once to `done`.
function pipeNodeStreams(source, destination, done, end) {
  source.pipe(destination, { end: false });
  if (end) {
    const endDestination = () => destination.end();
    if (u.isReadableFinished(source)) core.nextTick(endDestination);
    else source.once("end", endDestination);
    finished(destination, { readable: false, writable: true }, done);
  } else {
    // Not ended by us: done when the source is.
    done();
  }
  finished(source, { readable: true, writable: false }, (error) => {
    const state = source._readableState;
    if (error && error.code === "ERR_STREAM_PREMATURE_CLOSE" && state && state.ended && !state.errored && !state.errorEmitted) {
      // Closed right after its last data: 'end' is still to come.
      source.once("end", done).once("error", done);
    } else {
      done(error);
    }
  });
}

// Writes what an (async) iterable gives into a Writable, waiting for 'drain' when asked to.
async function pumpInto(iterable, writable, done, end) {
  let failure;
  let waiting = null;
  const resume = (error) => {
    if (error) failure = error;
    const next = waiting;
    waiting = null;
    if (next) next();
  };
  const wait = () => new Promise((resolve, reject) => {
    if (failure) reject(failure);
    else waiting = () => (failure ? reject(failure) : resolve());
  });
  writable.on("drain", resume);
  const stopWatching = finished(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    done();
  } catch (error) {
    done(failure !== error && failure ? failure : error);
  } finally {
    stopWatching();
    writable.off("drain", resume);
  }
}

// stream/promises' pipeline: the options (signal, end) may come last.
function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let options = {};
    const last = streams[streams.length - 1];
    if (last && typeof last === "object" && !u.isNodeStream(last) && !u.isIterable(last) && !u.isWebStream(last)) {
      options = ArrayPrototypePop(streams);
    }
    runPipeline(streams, (error, value) => (error ? reject(error) : resolve(value)), options);
  });
}

module.exports = { pipeline, pipelinePromise, runPipeline, asAsyncIterable, pumpInto };
