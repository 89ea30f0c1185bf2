// WritableStream (Streams Standard §5): the stream, its default writer and controller, with
// the standard's erroring/abort state machine. Records hold the internal slots, as for readable
// streams.
(function (core, ops) {
  "use strict";
  const { ArrayPrototypeShift, RangeError, ReflectApply, TypeError } = core.primordials;
  const kit = core.streamsKit;
  const {
    deferred, resolvedDeferred, rejectedDeferred, resolvedWith, rejectedWith, markHandled, upon, promiseCall,
    enqueueValueWithSize, dequeueValue, peekQueueValue, resetQueue, callbackMember, queuingStrategy,
    extractHighWaterMark, extractSizeAlgorithm, defineInterface,
  } = kit;
  const internal = Symbol("internal");
  const closeSentinel = Symbol("close");

  class WritableStream {
    #r;
    constructor(underlyingSink = undefined, strategy = undefined) {
      if (underlyingSink === internal) {
        this.#r = strategy;
        strategy.object = this;
        return;
      }
      if (underlyingSink !== undefined && (underlyingSink === null || typeof underlyingSink !== "object" && typeof underlyingSink !== "function")) {
        throw new TypeError('The "underlyingSink" argument must be an object');
      }
      const strategyDict = queuingStrategy(strategy);
      const sink = underlyingSink === undefined ? null : underlyingSink;
      const sinkDict = underlyingSinkDict(sink);
      if (sinkDict.type !== undefined) throw new RangeError("Invalid type is specified");
      const stream = newStreamRecord();
      this.#r = stream;
      stream.object = this;
      const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
      const highWaterMark = extractHighWaterMark(strategyDict, 1);
      setUpControllerFromSink(stream, sink, sinkDict, highWaterMark, sizeAlgorithm);
    }
    get locked() { return isLocked(this.#r); }
    abort(reason = undefined) {
      if (!isWritableStream(this)) return rejectedWith(new TypeError("Illegal invocation"));
      if (isLocked(this.#r)) return rejectedWith(new TypeError("Cannot abort a locked WritableStream"));
      return writableStreamAbort(this.#r, reason);
    }
    close() {
      if (!isWritableStream(this)) return rejectedWith(new TypeError("Illegal invocation"));
      const stream = this.#r;
      if (isLocked(stream)) return rejectedWith(new TypeError("Cannot close a locked WritableStream"));
      if (closeQueuedOrInFlight(stream)) return rejectedWith(new TypeError("The stream is already closing"));
      return writableStreamClose(stream);
    }
    getWriter() { return acquireWriter(this.#r).object; }
    static is(value) { return value !== null && typeof value === "object" && #r in value; }
    static record(stream) { return stream.#r; }
  }
  const isWritableStream = WritableStream.is;
  const recordOf = WritableStream.record;
  delete WritableStream.is;
  delete WritableStream.record;

  function underlyingSinkDict(sink) {
    const dict = sink === null ? undefined : sink;
    const result = {};
    result.abort = callbackMember(dict, "abort", "The underlying sink");
    result.close = callbackMember(dict, "close", "The underlying sink");
    result.start = callbackMember(dict, "start", "The underlying sink");
    result.type = dict === undefined ? undefined : dict.type;
    result.write = callbackMember(dict, "write", "The underlying sink");
    return result;
  }

  function newStreamRecord() {
    return {
      state: "writable", storedError: undefined, writer: undefined, controller: undefined, writeRequests: [],
      inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
      pendingAbortRequest: undefined, backpressure: false, object: undefined,
    };
  }
  function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
    const stream = newStreamRecord();
    // eslint-disable-next-line no-new
    new WritableStream(internal, stream);
    setUpController(stream, newController(), startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }

  function isLocked(stream) { return stream.writer !== undefined; }

  function writableStreamAbort(stream, reason) {
    if (stream.state === "closed" || stream.state === "errored") return resolvedWith(undefined);
    core.signalAbort(stream.controller.signal, reason);
    const state = stream.state;
    if (state === "closed" || state === "errored") return resolvedWith(undefined);
    if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.settle.promise;
    let wasAlreadyErroring = false;
    if (state === "erroring") {
      wasAlreadyErroring = true;
      reason = undefined;
    }
    const settle = deferred();
    stream.pendingAbortRequest = { settle, reason, wasAlreadyErroring };
    if (!wasAlreadyErroring) startErroring(stream, reason);
    return settle.promise;
  }
  function writableStreamClose(stream) {
    const state = stream.state;
    if (state === "closed" || state === "errored") return rejectedWith(new TypeError("The stream is closed or errored"));
    const settle = deferred();
    stream.closeRequest = settle;
    const writer = stream.writer;
    if (writer !== undefined && stream.backpressure && state === "writable") writer.ready.resolve(undefined);
    controllerClose(stream.controller);
    return settle.promise;
  }
  function addWriteRequest(stream) {
    const settle = deferred();
    stream.writeRequests[stream.writeRequests.length] = settle;
    return settle.promise;
  }
  function closeQueuedOrInFlight(stream) {
    return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
  }
  function dealWithRejection(stream, error) {
    if (stream.state === "writable") {
      startErroring(stream, error);
      return;
    }
    finishErroring(stream);
  }
  function finishErroring(stream) {
    stream.state = "errored";
    stream.controller.errorSteps();
    const storedError = stream.storedError;
    const requests = stream.writeRequests;
    stream.writeRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].reject(storedError);
    const abortRequest = stream.pendingAbortRequest;
    if (abortRequest === undefined) {
      rejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    stream.pendingAbortRequest = undefined;
    if (abortRequest.wasAlreadyErroring) {
      abortRequest.settle.reject(storedError);
      rejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const promise = stream.controller.abortSteps(abortRequest.reason);
    upon(promise, () => {
      abortRequest.settle.resolve(undefined);
      rejectCloseAndClosedPromiseIfNeeded(stream);
    }, (reason) => {
      abortRequest.settle.reject(reason);
      rejectCloseAndClosedPromiseIfNeeded(stream);
    });
  }
  function finishInFlightClose(stream) {
    stream.inFlightCloseRequest.resolve(undefined);
    stream.inFlightCloseRequest = undefined;
    if (stream.state === "erroring") {
      stream.storedError = undefined;
      if (stream.pendingAbortRequest !== undefined) {
        stream.pendingAbortRequest.settle.resolve(undefined);
        stream.pendingAbortRequest = undefined;
      }
    }
    stream.state = "closed";
    if (stream.writer !== undefined) stream.writer.closed.resolve(undefined);
  }
  function finishInFlightCloseWithError(stream, error) {
    stream.inFlightCloseRequest.reject(error);
    stream.inFlightCloseRequest = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.settle.reject(error);
      stream.pendingAbortRequest = undefined;
    }
    dealWithRejection(stream, error);
  }
  function finishInFlightWrite(stream) {
    stream.inFlightWriteRequest.resolve(undefined);
    stream.inFlightWriteRequest = undefined;
  }
  function finishInFlightWriteWithError(stream, error) {
    stream.inFlightWriteRequest.reject(error);
    stream.inFlightWriteRequest = undefined;
    dealWithRejection(stream, error);
  }
  function hasOperationMarkedInFlight(stream) {
    return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
  }
  function rejectCloseAndClosedPromiseIfNeeded(stream) {
    if (stream.closeRequest !== undefined) {
      stream.closeRequest.reject(stream.storedError);
      stream.closeRequest = undefined;
    }
    const writer = stream.writer;
    if (writer !== undefined) {
      writer.closed.reject(stream.storedError);
      markHandled(writer.closed.promise);
    }
  }
  function startErroring(stream, reason) {
    const controller = stream.controller;
    stream.state = "erroring";
    stream.storedError = reason;
    const writer = stream.writer;
    if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
    if (!hasOperationMarkedInFlight(stream) && controller.started) finishErroring(stream);
  }
  function updateBackpressure(stream, backpressure) {
    const writer = stream.writer;
    if (writer !== undefined && backpressure !== stream.backpressure) {
      if (backpressure) writer.ready = deferred();
      else writer.ready.resolve(undefined);
    }
    stream.backpressure = backpressure;
  }

  // ---- WritableStreamDefaultWriter ---------------------------------------------------------

  function newWriterRecord(stream) {
    if (isLocked(stream)) throw new TypeError("WritableStream is locked");
    const writer = { stream, ready: undefined, closed: undefined, object: undefined };
    stream.writer = writer;
    const state = stream.state;
    if (state === "writable") {
      writer.ready = !closeQueuedOrInFlight(stream) && stream.backpressure ? deferred() : resolvedDeferred(undefined);
      writer.closed = deferred();
    } else if (state === "erroring") {
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = deferred();
    } else if (state === "closed") {
      writer.ready = resolvedDeferred(undefined);
      writer.closed = resolvedDeferred(undefined);
    } else {
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = rejectedDeferred(stream.storedError);
    }
    return writer;
  }
  function acquireWriter(stream) {
    const writer = newWriterRecord(stream);
    // eslint-disable-next-line no-new
    new WritableStreamDefaultWriter(internal, writer);
    return writer;
  }

  class WritableStreamDefaultWriter {
    #r;
    constructor(stream, record = undefined) {
      if (stream === internal) {
        this.#r = record;
        record.object = this;
        return;
      }
      if (!isWritableStream(stream)) throw new TypeError('The "stream" argument must be a WritableStream');
      this.#r = newWriterRecord(recordOf(stream));
      this.#r.object = this;
    }
    get closed() {
      if (!isWriter(this)) return rejectedWith(new TypeError("Illegal invocation"));
      return this.#r.closed.promise;
    }
    get desiredSize() {
      if (this.#r.stream === undefined) throw new TypeError("The writer is not attached to a stream");
      return writerGetDesiredSize(this.#r);
    }
    get ready() {
      if (!isWriter(this)) return rejectedWith(new TypeError("Illegal invocation"));
      return this.#r.ready.promise;
    }
    abort(reason = undefined) {
      if (!isWriter(this)) return rejectedWith(new TypeError("Illegal invocation"));
      if (this.#r.stream === undefined) return rejectedWith(new TypeError("The writer is not attached to a stream"));
      return writableStreamAbort(this.#r.stream, reason);
    }
    close() {
      if (!isWriter(this)) return rejectedWith(new TypeError("Illegal invocation"));
      const stream = this.#r.stream;
      if (stream === undefined) return rejectedWith(new TypeError("The writer is not attached to a stream"));
      if (closeQueuedOrInFlight(stream)) return rejectedWith(new TypeError("The stream is already closing"));
      return writableStreamClose(stream);
    }
    releaseLock() {
      if (this.#r.stream === undefined) return;
      writerRelease(this.#r);
    }
    write(chunk = undefined) {
      if (!isWriter(this)) return rejectedWith(new TypeError("Illegal invocation"));
      if (this.#r.stream === undefined) return rejectedWith(new TypeError("The writer is not attached to a stream"));
      return writerWrite(this.#r, chunk);
    }
    static is(value) { return value !== null && typeof value === "object" && #r in value; }
  }

  function writerCloseWithErrorPropagation(writer) {
    const stream = writer.stream;
    const state = stream.state;
    if (closeQueuedOrInFlight(stream) || state === "closed") return resolvedWith(undefined);
    if (state === "errored") return rejectedWith(stream.storedError);
    return writableStreamClose(stream);
  }
  function writerEnsureClosedPromiseRejected(writer, error) {
    if (writer.closed.pending) writer.closed.reject(error);
    else writer.closed = rejectedDeferred(error);
    markHandled(writer.closed.promise);
  }
  function writerEnsureReadyPromiseRejected(writer, error) {
    if (writer.ready.pending) writer.ready.reject(error);
    else writer.ready = rejectedDeferred(error);
    markHandled(writer.ready.promise);
  }
  function writerGetDesiredSize(writer) {
    const stream = writer.stream;
    const state = stream.state;
    if (state === "errored" || state === "erroring") return null;
    if (state === "closed") return 0;
    return controllerGetDesiredSize(stream.controller);
  }
  function writerRelease(writer) {
    const stream = writer.stream;
    const releasedError = new TypeError("The writer's lock was released");
    writerEnsureReadyPromiseRejected(writer, releasedError);
    writerEnsureClosedPromiseRejected(writer, releasedError);
    stream.writer = undefined;
    writer.stream = undefined;
  }
  function writerWrite(writer, chunk) {
    const stream = writer.stream;
    const controller = stream.controller;
    const chunkSize = controllerGetChunkSize(controller, chunk);
    if (stream !== writer.stream) return rejectedWith(new TypeError("The writer's lock was released"));
    const state = stream.state;
    if (state === "errored") return rejectedWith(stream.storedError);
    if (closeQueuedOrInFlight(stream) || state === "closed") return rejectedWith(new TypeError("The stream is closing or closed"));
    if (state === "erroring") return rejectedWith(stream.storedError);
    const promise = addWriteRequest(stream);
    controllerWrite(controller, chunk, chunkSize);
    return promise;
  }

  // ---- WritableStreamDefaultController -----------------------------------------------------

  function newController() {
    const controller = {
      stream: undefined, queue: undefined, queueTotalSize: 0, signal: undefined, started: false, strategyHWM: 1,
      strategySizeAlgorithm: undefined, writeAlgorithm: undefined, closeAlgorithm: undefined, abortAlgorithm: undefined,
      object: undefined,
      abortSteps(reason) {
        const result = controller.abortAlgorithm(reason);
        controllerClearAlgorithms(controller);
        return result;
      },
      errorSteps() { resetQueue(controller); },
    };
    // eslint-disable-next-line no-new
    new WritableStreamDefaultController(internal, controller);
    return controller;
  }

  class WritableStreamDefaultController {
    #r;
    constructor(key = undefined, record = undefined) {
      if (key !== internal) throw new TypeError("Illegal constructor");
      this.#r = record;
      record.object = this;
    }
    get signal() { return this.#r.signal; }
    error(e = undefined) {
      if (this.#r.stream.state !== "writable") return;
      controllerError(this.#r, e);
    }
  }

  function setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
    controller.stream = stream;
    stream.controller = controller;
    resetQueue(controller);
    controller.signal = core.newAbortSignal();
    controller.started = false;
    controller.strategySizeAlgorithm = sizeAlgorithm;
    controller.strategyHWM = highWaterMark;
    controller.writeAlgorithm = writeAlgorithm;
    controller.closeAlgorithm = closeAlgorithm;
    controller.abortAlgorithm = abortAlgorithm;
    updateBackpressure(stream, controllerGetBackpressure(controller));
    const startResult = startAlgorithm();
    upon(resolvedWith(startResult), () => {
      controller.started = true;
      controllerAdvanceQueueIfNeeded(controller);
    }, (reason) => {
      controller.started = true;
      dealWithRejection(stream, reason);
    });
  }
  function setUpControllerFromSink(stream, sink, dict, highWaterMark, sizeAlgorithm) {
    const controller = newController();
    const object = controller.object;
    const startAlgorithm = dict.start === undefined ? () => undefined : () => ReflectApply(dict.start, sink, [object]);
    const writeAlgorithm = dict.write === undefined ? () => resolvedWith(undefined) : (chunk) => promiseCall(dict.write, sink, [chunk, object]);
    const closeAlgorithm = dict.close === undefined ? () => resolvedWith(undefined) : () => promiseCall(dict.close, sink, []);
    const abortAlgorithm = dict.abort === undefined ? () => resolvedWith(undefined) : (reason) => promiseCall(dict.abort, sink, [reason]);
    setUpController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  }
  function controllerAdvanceQueueIfNeeded(controller) {
    const stream = controller.stream;
    if (!controller.started) return;
    if (stream.inFlightWriteRequest !== undefined) return;
    if (stream.state === "erroring") {
      finishErroring(stream);
      return;
    }
    if (controller.queue.length === 0) return;
    const value = peekQueueValue(controller);
    if (value === closeSentinel) controllerProcessClose(controller);
    else controllerProcessWrite(controller, value);
  }
  function controllerClearAlgorithms(controller) {
    controller.writeAlgorithm = undefined;
    controller.closeAlgorithm = undefined;
    controller.abortAlgorithm = undefined;
    controller.strategySizeAlgorithm = undefined;
  }
  function controllerClose(controller) {
    enqueueValueWithSize(controller, closeSentinel, 0);
    controllerAdvanceQueueIfNeeded(controller);
  }
  function controllerError(controller, error) {
    controllerClearAlgorithms(controller);
    startErroring(controller.stream, error);
  }
  function controllerErrorIfNeeded(controller, error) {
    if (controller.stream.state === "writable") controllerError(controller, error);
  }
  function controllerGetBackpressure(controller) { return controllerGetDesiredSize(controller) <= 0; }
  function controllerGetChunkSize(controller, chunk) {
    if (controller.strategySizeAlgorithm === undefined) return 1;
    try {
      return controller.strategySizeAlgorithm(chunk);
    } catch (error) {
      controllerErrorIfNeeded(controller, error);
      return 1;
    }
  }
  function controllerGetDesiredSize(controller) { return controller.strategyHWM - controller.queueTotalSize; }
  function controllerProcessClose(controller) {
    const stream = controller.stream;
    stream.inFlightCloseRequest = stream.closeRequest;
    stream.closeRequest = undefined;
    dequeueValue(controller);
    const sinkClosePromise = controller.closeAlgorithm();
    controllerClearAlgorithms(controller);
    upon(sinkClosePromise, () => finishInFlightClose(stream), (reason) => finishInFlightCloseWithError(stream, reason));
  }
  function controllerProcessWrite(controller, chunk) {
    const stream = controller.stream;
    stream.inFlightWriteRequest = ArrayPrototypeShift(stream.writeRequests);
    const sinkWritePromise = controller.writeAlgorithm(chunk);
    upon(sinkWritePromise, () => {
      finishInFlightWrite(stream);
      dequeueValue(controller);
      if (!closeQueuedOrInFlight(stream) && stream.state === "writable") {
        updateBackpressure(stream, controllerGetBackpressure(controller));
      }
      controllerAdvanceQueueIfNeeded(controller);
    }, (reason) => {
      if (stream.state === "writable") controllerClearAlgorithms(controller);
      finishInFlightWriteWithError(stream, reason);
    });
  }
  function controllerWrite(controller, chunk, chunkSize) {
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      controllerErrorIfNeeded(controller, error);
      return;
    }
    const stream = controller.stream;
    if (!closeQueuedOrInFlight(stream) && stream.state === "writable") {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }

  defineInterface(WritableStream);
  defineInterface(WritableStreamDefaultWriter);
  defineInterface(WritableStreamDefaultController);
  const isWriter = WritableStreamDefaultWriter.is;
  delete WritableStreamDefaultWriter.is;

  Object.assign(kit, {
    isWritableStream, writableRecordOf: recordOf, createWritableStream, writableStreamAbort,
    isWritableLocked: isLocked, closeQueuedOrInFlight, acquireWriter, writerRelease, writerWrite,
    writerCloseWithErrorPropagation, controllerErrorIfNeeded,
  });
  core.WritableStream = WritableStream;
})
