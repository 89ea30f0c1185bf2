// ReadableStream (Streams Standard §4): default and byte controllers, default and BYOB readers,
// BYOB requests, tee (of both kinds), ReadableStream.from and async iteration. Each public
// object holds a record (#r) of the standard's internal slots; the abstract operations work on
// records, so the runtime's own uses (bodies, tee, pipeTo) reach nothing a program can patch.
(function (core, ops) {
  "use strict";
  const {
    ArrayBuffer, ArrayBufferIsView, DataView, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength,
    DataViewPrototypeGetByteOffset, MathMin, ObjectCreate, ObjectDefineProperty, ObjectGetPrototypeOf,
    RangeError, ReflectApply, SafeWeakMap, String, SymbolAsyncIterator, SymbolIterator, TypeError, Uint8Array,
    TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength, TypedArrayPrototypeGetByteOffset,
    TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag,
  } = core.primordials;
  const kit = core.streamsKit;
  const {
    deferred, resolvedDeferred, rejectedDeferred, resolvedWith, rejectedWith, markHandled, upon, react, promiseCall,
    Queue, enqueueValueWithSize, dequeueValue, resetQueue, dictionary, callbackMember, enforceRangeInteger,
    queuingStrategy, extractHighWaterMark, extractSizeAlgorithm, isDetached, bufferByteLength, transferArrayBuffer,
    cloneArrayBuffer, copyDataBlockBytes, defineInterface,
  } = kit;
  const internal = Symbol("internal");

  // [[TypedArrayName]] → constructor and element size, from the realm's own constructors.
  const typedArrays = {};
  for (const name of ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"]) {
    const ctor = globalThis[name];
    if (typeof ctor === "function") typedArrays[name] = { ctor, elementSize: ctor.BYTES_PER_ELEMENT };
  }
  // A view's facts, read through the built-in getters (a program's overrides do not apply).
  function viewInfo(view) {
    const name = ArrayBufferIsView(view) ? TypedArrayPrototypeGetSymbolToStringTag(view) : undefined;
    if (name !== undefined) {
      return {
        buffer: TypedArrayPrototypeGetBuffer(view), byteOffset: TypedArrayPrototypeGetByteOffset(view),
        byteLength: TypedArrayPrototypeGetByteLength(view), length: TypedArrayPrototypeGetLength(view),
        ctor: typedArrays[name].ctor, elementSize: typedArrays[name].elementSize, typed: true,
      };
    }
    return {
      buffer: DataViewPrototypeGetBuffer(view), byteOffset: DataViewPrototypeGetByteOffset(view),
      byteLength: DataViewPrototypeGetByteLength(view), length: undefined, ctor: DataView, elementSize: 1, typed: false,
    };
  }
  function requireView(value, context) {
    if (!ArrayBufferIsView(value)) throw new TypeError(`${context} must be an ArrayBuffer view`);
    return value;
  }

  // ---- ReadableStream ----------------------------------------------------------------------

  class ReadableStream {
    #r;
    constructor(underlyingSource = undefined, strategy = undefined) {
      if (underlyingSource === internal) {
        this.#r = strategy;
        strategy.object = this;
        return;
      }
      if (underlyingSource !== undefined && (underlyingSource === null || typeof underlyingSource !== "object" && typeof underlyingSource !== "function")) {
        throw new TypeError('The "underlyingSource" argument must be an object');
      }
      const strategyDict = queuingStrategy(strategy);
      const source = underlyingSource === undefined ? null : underlyingSource;
      const sourceDict = underlyingSourceDict(source);
      const stream = newStreamRecord();
      this.#r = stream;
      stream.object = this;
      if (sourceDict.type === "bytes") {
        if (strategyDict.size !== undefined) throw new RangeError("A byte stream's strategy cannot have a size");
        const highWaterMark = extractHighWaterMark(strategyDict, 0);
        setUpByteControllerFromSource(stream, source, sourceDict, highWaterMark);
      } else {
        const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
        const highWaterMark = extractHighWaterMark(strategyDict, 1);
        setUpDefaultControllerFromSource(stream, source, sourceDict, highWaterMark, sizeAlgorithm);
      }
    }
    get locked() { return isLocked(this.#r); }
    cancel(reason = undefined) {
      if (!isReadableStream(this)) return rejectedWith(new TypeError("Illegal invocation"));
      if (isLocked(this.#r)) return rejectedWith(new TypeError("Cannot cancel a locked ReadableStream"));
      return readableStreamCancel(this.#r, reason);
    }
    getReader(options = undefined) {
      const stream = this.#r;
      const dict = dictionary(options, "The options");
      const mode = dict === undefined ? undefined : dict.mode;
      if (mode === undefined) return acquireDefaultReader(stream).object;
      if (String(mode) !== "byob") throw new TypeError(`'${String(mode)}' is not a valid reader mode`);
      return acquireBYOBReader(stream).object;
    }
    pipeThrough(transform, options = undefined) { return core.streamsPipeThrough(this, this.#r, transform, options); }
    pipeTo(destination, options = undefined) {
      if (!isReadableStream(this)) return rejectedWith(new TypeError("Illegal invocation"));
      return core.streamsPipeTo(this.#r, destination, options);
    }
    tee() {
      const branches = readableStreamTee(this.#r, false);
      return [branches[0].object, branches[1].object];
    }
    values(options = undefined) {
      const stream = this.#r;
      const dict = dictionary(options, "The options");
      const preventCancel = dict === undefined ? false : !!dict.preventCancel;
      return newAsyncIterator(stream, preventCancel);
    }
    static from(asyncIterable) { return readableStreamFromIterable(asyncIterable).object; }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const stream = this.#r;
      const shown = { locked: isLocked(stream), state: stream.state, supportsBYOB: stream.controller.kind === "bytes" };
      return `ReadableStream ${inspect(shown, options)}`;
    }
    static is(value) { return value !== null && typeof value === "object" && #r in value; }
    static record(stream) { return stream.#r; }
  }
  const isReadableStream = ReadableStream.is;
  const recordOf = ReadableStream.record;
  delete ReadableStream.is;
  delete ReadableStream.record;

  function underlyingSourceDict(source) {
    const dict = source === null ? undefined : source;
    const result = {};
    const chunkSize = dict === undefined ? undefined : dict.autoAllocateChunkSize;
    result.autoAllocateChunkSize = chunkSize === undefined ? undefined : enforceRangeInteger(chunkSize, "autoAllocateChunkSize");
    result.cancel = callbackMember(dict, "cancel", "The underlying source");
    result.pull = callbackMember(dict, "pull", "The underlying source");
    result.start = callbackMember(dict, "start", "The underlying source");
    const type = dict === undefined ? undefined : dict.type;
    if (type !== undefined) {
      result.type = String(type);
      if (result.type !== "bytes") throw new TypeError(`'${result.type}' is not a valid ReadableStream type`);
    }
    return result;
  }

  function newStreamRecord() {
    return { state: "readable", reader: undefined, storedError: undefined, disturbed: false, controller: undefined, object: undefined };
  }
  function wrapStream(stream) {
    // eslint-disable-next-line no-new
    new ReadableStream(internal, stream);
    return stream;
  }
  function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
    const stream = wrapStream(newStreamRecord());
    setUpDefaultController(stream, newDefaultController(), startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }
  function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
    const stream = wrapStream(newStreamRecord());
    setUpByteController(stream, newByteController(), startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
    return stream;
  }

  function isLocked(stream) { return stream.reader !== undefined; }

  function readableStreamCancel(stream, reason) {
    stream.disturbed = true;
    if (stream.state === "closed") return resolvedWith(undefined);
    if (stream.state === "errored") return rejectedWith(stream.storedError);
    readableStreamClose(stream);
    const reader = stream.reader;
    if (reader !== undefined && reader.kind === "byob") {
      const requests = reader.readIntoRequests.take();
      for (let i = 0; i < requests.length; i++) requests[i].close(undefined);
    }
    const sourceCancelPromise = stream.controller.cancelSteps(reason);
    return react(sourceCancelPromise, () => undefined);
  }
  function readableStreamClose(stream) {
    stream.state = "closed";
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.resolve(undefined);
    if (reader.kind === "default") {
      const requests = reader.readRequests.take();
      for (let i = 0; i < requests.length; i++) requests[i].close();
    }
  }
  function readableStreamError(stream, error) {
    stream.state = "errored";
    stream.storedError = error;
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.reject(error);
    markHandled(reader.closed.promise);
    if (reader.kind === "default") errorReadRequests(reader, error);
    else errorReadIntoRequests(reader, error);
  }
  function addReadRequest(stream, request) { stream.reader.readRequests.push(request); }
  function addReadIntoRequest(stream, request) { stream.reader.readIntoRequests.push(request); }
  function fulfillReadRequest(stream, chunk, done) {
    const request = stream.reader.readRequests.shift();
    if (done) request.close();
    else request.chunk(chunk);
  }
  function fulfillReadIntoRequest(stream, chunk, done) {
    const request = stream.reader.readIntoRequests.shift();
    if (done) request.close(chunk);
    else request.chunk(chunk);
  }
  function numReadRequests(stream) { return stream.reader.readRequests.length; }
  function numReadIntoRequests(stream) { return stream.reader.readIntoRequests.length; }
  function hasDefaultReader(stream) { return stream.reader !== undefined && stream.reader.kind === "default"; }
  function hasBYOBReader(stream) { return stream.reader !== undefined && stream.reader.kind === "byob"; }

  // ---- Readers -----------------------------------------------------------------------------

  function readerGenericInitialize(reader, stream) {
    reader.stream = stream;
    stream.reader = reader;
    if (stream.state === "readable") reader.closed = deferred();
    else if (stream.state === "closed") reader.closed = resolvedDeferred(undefined);
    else reader.closed = rejectedDeferred(stream.storedError);
  }
  function readerGenericCancel(reader, reason) { return readableStreamCancel(reader.stream, reason); }
  function readerGenericRelease(reader) {
    const stream = reader.stream;
    const error = new TypeError("The reader's lock was released");
    if (stream.state === "readable") reader.closed.reject(error);
    else reader.closed = rejectedDeferred(error);
    markHandled(reader.closed.promise);
    stream.controller.releaseSteps();
    stream.reader = undefined;
    reader.stream = undefined;
  }
  function errorReadRequests(reader, error) {
    const requests = reader.readRequests.take();
    for (let i = 0; i < requests.length; i++) requests[i].error(error);
  }
  function errorReadIntoRequests(reader, error) {
    const requests = reader.readIntoRequests.take();
    for (let i = 0; i < requests.length; i++) requests[i].error(error);
  }

  function newDefaultReaderRecord(stream) {
    if (isLocked(stream)) throw new TypeError("ReadableStream is locked");
    const reader = { kind: "default", stream: undefined, closed: undefined, readRequests: new Queue(), object: undefined };
    readerGenericInitialize(reader, stream);
    return reader;
  }
  function acquireDefaultReader(stream) {
    const reader = newDefaultReaderRecord(stream);
    // eslint-disable-next-line no-new
    new ReadableStreamDefaultReader(internal, reader);
    return reader;
  }
  function defaultReaderRead(reader, request) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === "closed") request.close();
    else if (stream.state === "errored") request.error(stream.storedError);
    else stream.controller.pullSteps(request);
  }
  function defaultReaderRelease(reader) {
    readerGenericRelease(reader);
    errorReadRequests(reader, new TypeError("The reader's lock was released"));
  }
  // A read request settling a promise with an iterator result.
  function promiseReadRequest() {
    const settle = deferred();
    return {
      promise: settle.promise,
      chunk(value) { settle.resolve({ value, done: false }); },
      close(value) { settle.resolve({ value, done: true }); },
      error(reason) { settle.reject(reason); },
    };
  }

  class ReadableStreamDefaultReader {
    #r;
    constructor(stream, record = undefined) {
      if (stream === internal) {
        this.#r = record;
        record.object = this;
        return;
      }
      if (!isReadableStream(stream)) throw new TypeError('The "stream" argument must be a ReadableStream');
      this.#r = newDefaultReaderRecord(recordOf(stream));
      this.#r.object = this;
    }
    get closed() {
      if (!isDefaultReader(this)) return rejectedWith(new TypeError("Illegal invocation"));
      return this.#r.closed.promise;
    }
    cancel(reason = undefined) {
      if (!isDefaultReader(this)) return rejectedWith(new TypeError("Illegal invocation"));
      if (this.#r.stream === undefined) return rejectedWith(new TypeError("The reader is not attached to a stream"));
      return readerGenericCancel(this.#r, reason);
    }
    read() {
      if (!isDefaultReader(this)) return rejectedWith(new TypeError("Illegal invocation"));
      if (this.#r.stream === undefined) return rejectedWith(new TypeError("The reader is not attached to a stream"));
      const request = promiseReadRequest();
      defaultReaderRead(this.#r, request);
      return request.promise;
    }
    releaseLock() {
      if (this.#r.stream === undefined) return;
      defaultReaderRelease(this.#r);
    }
    static is(value) { return value !== null && typeof value === "object" && #r in value; }
    static record(reader) { return reader.#r; }
  }

  function newBYOBReaderRecord(stream) {
    if (isLocked(stream)) throw new TypeError("ReadableStream is locked");
    if (stream.controller.kind !== "bytes") throw new TypeError("A BYOB reader needs a byte stream");
    const reader = { kind: "byob", stream: undefined, closed: undefined, readIntoRequests: new Queue(), object: undefined };
    readerGenericInitialize(reader, stream);
    return reader;
  }
  function acquireBYOBReader(stream) {
    const reader = newBYOBReaderRecord(stream);
    // eslint-disable-next-line no-new
    new ReadableStreamBYOBReader(internal, reader);
    return reader;
  }
  function byobReaderRead(reader, view, min, request) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === "errored") request.error(stream.storedError);
    else byteControllerPullInto(stream.controller, view, min, request);
  }
  function byobReaderRelease(reader) {
    readerGenericRelease(reader);
    errorReadIntoRequests(reader, new TypeError("The reader's lock was released"));
  }

  class ReadableStreamBYOBReader {
    #r;
    constructor(stream, record = undefined) {
      if (stream === internal) {
        this.#r = record;
        record.object = this;
        return;
      }
      if (!isReadableStream(stream)) throw new TypeError('The "stream" argument must be a ReadableStream');
      this.#r = newBYOBReaderRecord(recordOf(stream));
      this.#r.object = this;
    }
    get closed() {
      if (!isBYOBReader(this)) return rejectedWith(new TypeError("Illegal invocation"));
      return this.#r.closed.promise;
    }
    cancel(reason = undefined) {
      if (!isBYOBReader(this)) return rejectedWith(new TypeError("Illegal invocation"));
      if (this.#r.stream === undefined) return rejectedWith(new TypeError("The reader is not attached to a stream"));
      return readerGenericCancel(this.#r, reason);
    }
    read(view, options = undefined) {
      if (!isBYOBReader(this)) return rejectedWith(new TypeError("Illegal invocation"));
      let min;
      let info;
      try {
        requireView(view, "view");
        const dict = dictionary(options, "The options");
        const rawMin = dict === undefined ? undefined : dict.min;
        min = rawMin === undefined ? 1 : enforceRangeInteger(rawMin, "options.min");
        info = viewInfo(view);
      } catch (error) {
        return rejectedWith(error);
      }
      if (info.byteLength === 0) return rejectedWith(new TypeError("The view must have a non-zero byteLength"));
      if (bufferByteLength(info.buffer) === 0) return rejectedWith(new TypeError("The view's buffer must have a non-zero byteLength"));
      if (min === 0) return rejectedWith(new TypeError("options.min must be greater than 0"));
      if (info.typed ? min > info.length : min > info.byteLength) return rejectedWith(new RangeError("options.min is larger than the view"));
      if (this.#r.stream === undefined) return rejectedWith(new TypeError("The reader is not attached to a stream"));
      const request = promiseReadRequest();
      byobReaderRead(this.#r, view, min, request);
      return request.promise;
    }
    releaseLock() {
      if (this.#r.stream === undefined) return;
      byobReaderRelease(this.#r);
    }
    static is(value) { return value !== null && typeof value === "object" && #r in value; }
  }

  // ---- ReadableStreamDefaultController -------------------------------------------------------

  function newDefaultController() {
    const controller = {
      kind: "default", stream: undefined, queue: undefined, queueTotalSize: 0, started: false, closeRequested: false,
      pullAgain: false, pulling: false, strategySizeAlgorithm: undefined, strategyHWM: 0, pullAlgorithm: undefined,
      cancelAlgorithm: undefined, object: undefined,
      cancelSteps(reason) {
        resetQueue(controller);
        const result = controller.cancelAlgorithm(reason);
        defaultControllerClearAlgorithms(controller);
        return result;
      },
      pullSteps(request) {
        const stream = controller.stream;
        if (controller.queue.length > 0) {
          const chunk = dequeueValue(controller);
          if (controller.closeRequested && controller.queue.length === 0) {
            defaultControllerClearAlgorithms(controller);
            readableStreamClose(stream);
          } else {
            defaultControllerCallPullIfNeeded(controller);
          }
          request.chunk(chunk);
        } else {
          addReadRequest(stream, request);
          defaultControllerCallPullIfNeeded(controller);
        }
      },
      releaseSteps() {},
    };
    // eslint-disable-next-line no-new
    new ReadableStreamDefaultController(internal, controller);
    return controller;
  }

  class ReadableStreamDefaultController {
    #r;
    constructor(key = undefined, record = undefined) {
      if (key !== internal) throw new TypeError("Illegal constructor");
      this.#r = record;
      record.object = this;
    }
    get desiredSize() { return defaultControllerGetDesiredSize(this.#r); }
    close() {
      if (!defaultControllerCanCloseOrEnqueue(this.#r)) throw new TypeError("The stream is not in a state that permits close");
      defaultControllerClose(this.#r);
    }
    enqueue(chunk = undefined) {
      if (!defaultControllerCanCloseOrEnqueue(this.#r)) throw new TypeError("The stream is not in a state that permits enqueue");
      defaultControllerEnqueue(this.#r, chunk);
    }
    error(e = undefined) { defaultControllerError(this.#r, e); }
  }

  function setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
    controller.stream = stream;
    resetQueue(controller);
    controller.started = controller.closeRequested = controller.pullAgain = controller.pulling = false;
    controller.strategySizeAlgorithm = sizeAlgorithm;
    controller.strategyHWM = highWaterMark;
    controller.pullAlgorithm = pullAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
    stream.controller = controller;
    const startResult = startAlgorithm();
    upon(resolvedWith(startResult), () => {
      controller.started = true;
      defaultControllerCallPullIfNeeded(controller);
    }, (reason) => defaultControllerError(controller, reason));
  }
  function sourceAlgorithms(source, dict, controllerObject) {
    return {
      start: dict.start === undefined ? () => undefined : () => ReflectApply(dict.start, source, [controllerObject]),
      pull: dict.pull === undefined ? () => resolvedWith(undefined) : () => promiseCall(dict.pull, source, [controllerObject]),
      cancel: dict.cancel === undefined ? () => resolvedWith(undefined) : (reason) => promiseCall(dict.cancel, source, [reason]),
    };
  }
  function setUpDefaultControllerFromSource(stream, source, dict, highWaterMark, sizeAlgorithm) {
    const controller = newDefaultController();
    const algorithms = sourceAlgorithms(source, dict, controller.object);
    setUpDefaultController(stream, controller, algorithms.start, algorithms.pull, algorithms.cancel, highWaterMark, sizeAlgorithm);
  }
  function defaultControllerCallPullIfNeeded(controller) {
    if (!defaultControllerShouldCallPull(controller)) return;
    if (controller.pulling) {
      controller.pullAgain = true;
      return;
    }
    controller.pulling = true;
    upon(controller.pullAlgorithm(), () => {
      controller.pulling = false;
      if (controller.pullAgain) {
        controller.pullAgain = false;
        defaultControllerCallPullIfNeeded(controller);
      }
    }, (reason) => defaultControllerError(controller, reason));
  }
  function defaultControllerShouldCallPull(controller) {
    const stream = controller.stream;
    if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
    if (!controller.started) return false;
    if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
    return defaultControllerGetDesiredSize(controller) > 0;
  }
  function defaultControllerClearAlgorithms(controller) {
    controller.pullAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
    controller.strategySizeAlgorithm = undefined;
  }
  function defaultControllerClose(controller) {
    if (!defaultControllerCanCloseOrEnqueue(controller)) return;
    controller.closeRequested = true;
    if (controller.queue.length === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(controller.stream);
    }
  }
  function defaultControllerEnqueue(controller, chunk) {
    if (!defaultControllerCanCloseOrEnqueue(controller)) return;
    const stream = controller.stream;
    if (isLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) {
      fulfillReadRequest(stream, chunk, false);
    } else {
      let chunkSize;
      try {
        chunkSize = controller.strategySizeAlgorithm(chunk);
      } catch (error) {
        defaultControllerError(controller, error);
        throw error;
      }
      try {
        enqueueValueWithSize(controller, chunk, chunkSize);
      } catch (error) {
        defaultControllerError(controller, error);
        throw error;
      }
    }
    defaultControllerCallPullIfNeeded(controller);
  }
  function defaultControllerError(controller, error) {
    const stream = controller.stream;
    if (stream.state !== "readable") return;
    resetQueue(controller);
    defaultControllerClearAlgorithms(controller);
    readableStreamError(stream, error);
  }
  function defaultControllerGetDesiredSize(controller) {
    const state = controller.stream.state;
    if (state === "errored") return null;
    if (state === "closed") return 0;
    return controller.strategyHWM - controller.queueTotalSize;
  }
  function defaultControllerHasBackpressure(controller) { return !defaultControllerShouldCallPull(controller); }
  function defaultControllerCanCloseOrEnqueue(controller) {
    return !controller.closeRequested && controller.stream.state === "readable";
  }

  // ---- ReadableByteStreamController ----------------------------------------------------------

  function newByteController() {
    const controller = {
      kind: "bytes", stream: undefined, queue: undefined, queueTotalSize: 0, started: false, closeRequested: false,
      pullAgain: false, pulling: false, byobRequest: null, strategyHWM: 0, pullAlgorithm: undefined,
      cancelAlgorithm: undefined, autoAllocateChunkSize: undefined, pendingPullIntos: new Queue(), object: undefined,
      cancelSteps(reason) {
        byteControllerClearPendingPullIntos(controller);
        resetQueue(controller);
        const result = controller.cancelAlgorithm(reason);
        byteControllerClearAlgorithms(controller);
        return result;
      },
      pullSteps(request) {
        const stream = controller.stream;
        if (controller.queueTotalSize > 0) {
          byteControllerFillReadRequestFromQueue(controller, request);
          return;
        }
        const chunkSize = controller.autoAllocateChunkSize;
        if (chunkSize !== undefined) {
          let buffer;
          try {
            buffer = new ArrayBuffer(chunkSize);
          } catch (error) {
            request.error(error);
            return;
          }
          controller.pendingPullIntos.push({
            buffer, bufferByteLength: chunkSize, byteOffset: 0, byteLength: chunkSize, bytesFilled: 0, minimumFill: 1,
            elementSize: 1, viewConstructor: Uint8Array, readerType: "default",
          });
        }
        addReadRequest(stream, request);
        byteControllerCallPullIfNeeded(controller);
      },
      releaseSteps() {
        if (controller.pendingPullIntos.length > 0) {
          const first = controller.pendingPullIntos.peek();
          first.readerType = "none";
          controller.pendingPullIntos.clear();
          controller.pendingPullIntos.push(first);
        }
      },
    };
    // eslint-disable-next-line no-new
    new ReadableByteStreamController(internal, controller);
    return controller;
  }

  class ReadableByteStreamController {
    #r;
    constructor(key = undefined, record = undefined) {
      if (key !== internal) throw new TypeError("Illegal constructor");
      this.#r = record;
      record.object = this;
    }
    get byobRequest() {
      const request = byteControllerGetBYOBRequest(this.#r);
      return request === null ? null : request.object;
    }
    get desiredSize() { return byteControllerGetDesiredSize(this.#r); }
    close() {
      const controller = this.#r;
      if (controller.closeRequested) throw new TypeError("The stream is already closing");
      if (controller.stream.state !== "readable") throw new TypeError("The stream is not readable");
      byteControllerClose(controller);
    }
    enqueue(chunk) {
      const controller = this.#r;
      requireView(chunk, "chunk");
      const info = viewInfo(chunk);
      if (info.byteLength === 0) throw new TypeError("The chunk must have a non-zero byteLength");
      if (bufferByteLength(info.buffer) === 0) throw new TypeError("The chunk's buffer must have a non-zero byteLength");
      if (controller.closeRequested) throw new TypeError("The stream is already closing");
      if (controller.stream.state !== "readable") throw new TypeError("The stream is not readable");
      byteControllerEnqueue(controller, chunk);
    }
    error(e = undefined) { byteControllerError(this.#r, e); }
  }

  class ReadableStreamBYOBRequest {
    #r;
    constructor(key = undefined, record = undefined) {
      if (key !== internal) throw new TypeError("Illegal constructor");
      this.#r = record;
      record.object = this;
    }
    get view() { return this.#r.view; }
    respond(bytesWritten) {
      const request = this.#r;
      const written = enforceRangeInteger(bytesWritten, "bytesWritten");
      if (request.controller === undefined) throw new TypeError("This BYOB request has been invalidated");
      if (isDetached(viewInfo(request.view).buffer)) throw new TypeError("The view's buffer has been detached");
      byteControllerRespond(request.controller, written);
    }
    respondWithNewView(view) {
      const request = this.#r;
      requireView(view, "view");
      if (request.controller === undefined) throw new TypeError("This BYOB request has been invalidated");
      if (isDetached(viewInfo(view).buffer)) throw new TypeError("The view's buffer has been detached");
      byteControllerRespondWithNewView(request.controller, view);
    }
  }

  function setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
    controller.stream = stream;
    controller.pullAgain = controller.pulling = false;
    controller.byobRequest = null;
    resetQueue(controller);
    controller.closeRequested = controller.started = false;
    controller.strategyHWM = highWaterMark;
    controller.pullAlgorithm = pullAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
    controller.autoAllocateChunkSize = autoAllocateChunkSize;
    controller.pendingPullIntos = new Queue();
    stream.controller = controller;
    const startResult = startAlgorithm();
    upon(resolvedWith(startResult), () => {
      controller.started = true;
      byteControllerCallPullIfNeeded(controller);
    }, (reason) => byteControllerError(controller, reason));
  }
  function setUpByteControllerFromSource(stream, source, dict, highWaterMark) {
    const controller = newByteController();
    const algorithms = sourceAlgorithms(source, dict, controller.object);
    if (dict.autoAllocateChunkSize === 0) throw new TypeError("autoAllocateChunkSize must be greater than 0");
    setUpByteController(stream, controller, algorithms.start, algorithms.pull, algorithms.cancel, highWaterMark, dict.autoAllocateChunkSize);
  }
  function byteControllerCallPullIfNeeded(controller) {
    if (!byteControllerShouldCallPull(controller)) return;
    if (controller.pulling) {
      controller.pullAgain = true;
      return;
    }
    controller.pulling = true;
    upon(controller.pullAlgorithm(), () => {
      controller.pulling = false;
      if (controller.pullAgain) {
        controller.pullAgain = false;
        byteControllerCallPullIfNeeded(controller);
      }
    }, (reason) => byteControllerError(controller, reason));
  }
  function byteControllerShouldCallPull(controller) {
    const stream = controller.stream;
    if (stream.state !== "readable" || controller.closeRequested || !controller.started) return false;
    if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
    if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
    return byteControllerGetDesiredSize(controller) > 0;
  }
  function byteControllerClearAlgorithms(controller) {
    controller.pullAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
  }
  function byteControllerClearPendingPullIntos(controller) {
    byteControllerInvalidateBYOBRequest(controller);
    controller.pendingPullIntos = new Queue();
  }
  function byteControllerClose(controller) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== "readable") return;
    if (controller.queueTotalSize > 0) {
      controller.closeRequested = true;
      return;
    }
    if (controller.pendingPullIntos.length > 0) {
      const first = controller.pendingPullIntos.peek();
      if (first.bytesFilled % first.elementSize !== 0) {
        const error = new TypeError("Insufficient bytes to fill elements in the given buffer");
        byteControllerError(controller, error);
        throw error;
      }
    }
    byteControllerClearAlgorithms(controller);
    readableStreamClose(stream);
  }
  function byteControllerCommitPullIntoDescriptor(stream, descriptor) {
    let done = false;
    if (stream.state === "closed") done = true;
    const filledView = byteControllerConvertPullIntoDescriptor(descriptor);
    if (descriptor.readerType === "default") fulfillReadRequest(stream, filledView, done);
    else fulfillReadIntoRequest(stream, filledView, done);
  }
  function byteControllerConvertPullIntoDescriptor(descriptor) {
    const buffer = transferArrayBuffer(descriptor.buffer);
    return new descriptor.viewConstructor(buffer, descriptor.byteOffset, descriptor.bytesFilled / descriptor.elementSize);
  }
  function byteControllerEnqueue(controller, chunk) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== "readable") return;
    const { buffer, byteOffset, byteLength } = viewInfo(chunk);
    if (isDetached(buffer)) throw new TypeError("The chunk's buffer has been detached");
    const transferredBuffer = transferArrayBuffer(buffer);
    if (controller.pendingPullIntos.length > 0) {
      const first = controller.pendingPullIntos.peek();
      if (isDetached(first.buffer)) throw new TypeError("The BYOB request's buffer has been detached");
      byteControllerInvalidateBYOBRequest(controller);
      first.buffer = transferArrayBuffer(first.buffer);
      if (first.readerType === "none") byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
    if (hasDefaultReader(stream)) {
      byteControllerProcessReadRequestsUsingQueue(controller);
      if (numReadRequests(stream) === 0) {
        byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
      } else {
        if (controller.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(controller);
        fulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
      }
    } else if (hasBYOBReader(stream)) {
      byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
      const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
      for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
    } else {
      byteControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    }
    byteControllerCallPullIfNeeded(controller);
  }
  function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
    controller.queue.push({ buffer, byteOffset, byteLength });
    controller.queueTotalSize += byteLength;
  }
  function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
    let clone;
    try {
      clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
    } catch (error) {
      byteControllerError(controller, error);
      throw error;
    }
    byteControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
  }
  function byteControllerEnqueueDetachedPullIntoToQueue(controller, descriptor) {
    if (descriptor.bytesFilled > 0) {
      byteControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset, descriptor.bytesFilled);
    }
    byteControllerShiftPendingPullInto(controller);
  }
  function byteControllerError(controller, error) {
    const stream = controller.stream;
    if (stream.state !== "readable") return;
    byteControllerClearPendingPullIntos(controller);
    resetQueue(controller);
    byteControllerClearAlgorithms(controller);
    readableStreamError(stream, error);
  }
  function byteControllerFillHeadPullIntoDescriptor(controller, size, descriptor) {
    descriptor.bytesFilled += size;
  }
  function byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor) {
    const maxBytesToCopy = MathMin(controller.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
    const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
    let totalBytesToCopyRemaining = maxBytesToCopy;
    let ready = false;
    const remainderBytes = maxBytesFilled % descriptor.elementSize;
    const maxAlignedBytes = maxBytesFilled - remainderBytes;
    if (maxAlignedBytes >= descriptor.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
      ready = true;
    }
    const queue = controller.queue;
    while (totalBytesToCopyRemaining > 0) {
      const head = queue.peek();
      const bytesToCopy = MathMin(totalBytesToCopyRemaining, head.byteLength);
      const destStart = descriptor.byteOffset + descriptor.bytesFilled;
      copyDataBlockBytes(descriptor.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
      if (head.byteLength === bytesToCopy) {
        queue.shift();
      } else {
        head.byteOffset += bytesToCopy;
        head.byteLength -= bytesToCopy;
      }
      controller.queueTotalSize -= bytesToCopy;
      byteControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, descriptor);
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }
  function byteControllerFillReadRequestFromQueue(controller, request) {
    const entry = controller.queue.shift();
    controller.queueTotalSize -= entry.byteLength;
    byteControllerHandleQueueDrain(controller);
    request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
  }
  function byteControllerGetBYOBRequest(controller) {
    if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
      const first = controller.pendingPullIntos.peek();
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
      const request = { controller, view, object: undefined };
      // eslint-disable-next-line no-new
      new ReadableStreamBYOBRequest(internal, request);
      controller.byobRequest = request;
    }
    return controller.byobRequest;
  }
  function byteControllerGetDesiredSize(controller) {
    const state = controller.stream.state;
    if (state === "errored") return null;
    if (state === "closed") return 0;
    return controller.strategyHWM - controller.queueTotalSize;
  }
  function byteControllerHandleQueueDrain(controller) {
    if (controller.queueTotalSize === 0 && controller.closeRequested) {
      byteControllerClearAlgorithms(controller);
      readableStreamClose(controller.stream);
    } else {
      byteControllerCallPullIfNeeded(controller);
    }
  }
  function byteControllerInvalidateBYOBRequest(controller) {
    if (controller.byobRequest === null) return;
    controller.byobRequest.controller = undefined;
    controller.byobRequest.view = null;
    controller.byobRequest = null;
  }
  function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
    const filled = [];
    while (controller.pendingPullIntos.length > 0) {
      if (controller.queueTotalSize === 0) break;
      const descriptor = controller.pendingPullIntos.peek();
      if (byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
        byteControllerShiftPendingPullInto(controller);
        filled[filled.length] = descriptor;
      }
    }
    return filled;
  }
  function byteControllerProcessReadRequestsUsingQueue(controller) {
    const reader = controller.stream.reader;
    while (reader.readRequests.length > 0) {
      if (controller.queueTotalSize === 0) return;
      byteControllerFillReadRequestFromQueue(controller, reader.readRequests.shift());
    }
  }
  function byteControllerPullInto(controller, view, min, request) {
    const stream = controller.stream;
    const info = viewInfo(view);
    const minimumFill = min * info.elementSize;
    let buffer;
    try {
      buffer = transferArrayBuffer(info.buffer);
    } catch (error) {
      request.error(error);
      return;
    }
    const descriptor = {
      buffer, bufferByteLength: bufferByteLength(buffer), byteOffset: info.byteOffset, byteLength: info.byteLength,
      bytesFilled: 0, minimumFill, elementSize: info.elementSize, viewConstructor: info.ctor, readerType: "byob",
    };
    if (controller.pendingPullIntos.length > 0) {
      controller.pendingPullIntos.push(descriptor);
      addReadIntoRequest(stream, request);
      return;
    }
    if (stream.state === "closed") {
      request.close(new descriptor.viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
      return;
    }
    if (controller.queueTotalSize > 0) {
      if (byteControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
        const filledView = byteControllerConvertPullIntoDescriptor(descriptor);
        byteControllerHandleQueueDrain(controller);
        request.chunk(filledView);
        return;
      }
      if (controller.closeRequested) {
        const error = new TypeError("Insufficient bytes to fill elements in the given buffer");
        byteControllerError(controller, error);
        request.error(error);
        return;
      }
    }
    controller.pendingPullIntos.push(descriptor);
    addReadIntoRequest(stream, request);
    byteControllerCallPullIfNeeded(controller);
  }
  function byteControllerRespond(controller, bytesWritten) {
    const first = controller.pendingPullIntos.peek();
    const state = controller.stream.state;
    if (state === "closed") {
      if (bytesWritten !== 0) throw new TypeError("bytesWritten must be 0 when calling respond() on a closed stream");
    } else {
      if (bytesWritten === 0) throw new TypeError("bytesWritten must be greater than 0 when calling respond() on a readable stream");
      if (first.bytesFilled + bytesWritten > first.byteLength) throw new RangeError("bytesWritten out of range");
    }
    first.buffer = transferArrayBuffer(first.buffer);
    byteControllerRespondInternal(controller, bytesWritten);
  }
  function byteControllerRespondInClosedState(controller, first) {
    if (first.readerType === "none") byteControllerShiftPendingPullInto(controller);
    const stream = controller.stream;
    if (hasBYOBReader(stream)) {
      const filled = [];
      while (filled.length < numReadIntoRequests(stream)) filled[filled.length] = byteControllerShiftPendingPullInto(controller);
      for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  }
  function byteControllerRespondInReadableState(controller, bytesWritten, descriptor) {
    const stream = controller.stream;
    byteControllerFillHeadPullIntoDescriptor(controller, bytesWritten, descriptor);
    if (descriptor.readerType === "none") {
      byteControllerEnqueueDetachedPullIntoToQueue(controller, descriptor);
      const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
      for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
      return;
    }
    if (descriptor.bytesFilled < descriptor.minimumFill) return;
    byteControllerShiftPendingPullInto(controller);
    const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
    if (remainderSize > 0) {
      const end = descriptor.byteOffset + descriptor.bytesFilled;
      byteControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainderSize, remainderSize);
    }
    descriptor.bytesFilled -= remainderSize;
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    byteControllerCommitPullIntoDescriptor(stream, descriptor);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
  function byteControllerRespondInternal(controller, bytesWritten) {
    const first = controller.pendingPullIntos.peek();
    byteControllerInvalidateBYOBRequest(controller);
    if (controller.stream.state === "closed") byteControllerRespondInClosedState(controller, first);
    else byteControllerRespondInReadableState(controller, bytesWritten, first);
    byteControllerCallPullIfNeeded(controller);
  }
  function byteControllerRespondWithNewView(controller, view) {
    const first = controller.pendingPullIntos.peek();
    const info = viewInfo(view);
    if (controller.stream.state === "closed") {
      if (info.byteLength !== 0) throw new TypeError("The view's length must be 0 when calling respondWithNewView() on a closed stream");
    } else if (info.byteLength === 0) {
      throw new TypeError("The view's length must be greater than 0 when calling respondWithNewView() on a readable stream");
    }
    if (first.byteOffset + first.bytesFilled !== info.byteOffset) throw new RangeError("The region specified by view does not match byobRequest");
    if (first.bufferByteLength !== bufferByteLength(info.buffer)) throw new RangeError("The buffer of view has different capacity than byobRequest");
    if (first.bytesFilled + info.byteLength > first.byteLength) throw new RangeError("The region specified by view is larger than byobRequest");
    first.buffer = transferArrayBuffer(info.buffer);
    byteControllerRespondInternal(controller, info.byteLength);
  }
  function byteControllerShiftPendingPullInto(controller) { return controller.pendingPullIntos.shift(); }

  // ---- tee ---------------------------------------------------------------------------------

  function readableStreamTee(stream, cloneForBranch2) {
    if (stream.controller.kind === "bytes") return byteStreamTee(stream);
    return defaultTee(stream, cloneForBranch2);
  }
  function queueMicrotask(fn) { upon(resolvedWith(undefined), fn); }

  function defaultTee(stream, cloneForBranch2) {
    const reader = acquireDefaultReader(stream);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = deferred();
    function pullAlgorithm() {
      if (reading) {
        readAgain = true;
        return resolvedWith(undefined);
      }
      reading = true;
      defaultReaderRead(reader, {
        chunk(chunk) {
          queueMicrotask(() => {
            readAgain = false;
            const chunk1 = chunk;
            let chunk2 = chunk;
            if (!canceled2 && cloneForBranch2) {
              try {
                chunk2 = core.structuredClone(chunk2);
              } catch (error) {
                defaultControllerError(branch1.controller, error);
                defaultControllerError(branch2.controller, error);
                cancelPromise.resolve(readableStreamCancel(stream, error));
                return;
              }
            }
            if (!canceled1) defaultControllerEnqueue(branch1.controller, chunk1);
            if (!canceled2) defaultControllerEnqueue(branch2.controller, chunk2);
            reading = false;
            if (readAgain) pullAlgorithm();
          });
        },
        close() {
          reading = false;
          if (!canceled1) defaultControllerClose(branch1.controller);
          if (!canceled2) defaultControllerClose(branch2.controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        },
        error() { reading = false; },
      });
      return resolvedWith(undefined);
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    const startAlgorithm = () => undefined;
    branch1 = createReadableStream(startAlgorithm, pullAlgorithm, cancel1Algorithm);
    branch2 = createReadableStream(startAlgorithm, pullAlgorithm, cancel2Algorithm);
    upon(reader.closed.promise, undefined, (reason) => {
      defaultControllerError(branch1.controller, reason);
      defaultControllerError(branch2.controller, reason);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
    return [branch1, branch2];
  }

  function cloneAsUint8Array(view) {
    const info = viewInfo(view);
    return new Uint8Array(cloneArrayBuffer(info.buffer, info.byteOffset, info.byteLength));
  }

  function byteStreamTee(stream) {
    let reader = acquireDefaultReader(stream);
    let reading = false;
    let readAgainForBranch1 = false;
    let readAgainForBranch2 = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = deferred();
    function forwardReaderError(thisReader) {
      upon(thisReader.closed.promise, undefined, (reason) => {
        if (thisReader !== reader) return;
        byteControllerError(branch1.controller, reason);
        byteControllerError(branch2.controller, reason);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      });
    }
    function readAgain() {
      if (readAgainForBranch1) pull1Algorithm();
      else if (readAgainForBranch2) pull2Algorithm();
    }
    function pullWithDefaultReader() {
      if (reader.kind === "byob") {
        byobReaderRelease(reader);
        reader = acquireDefaultReader(stream);
        forwardReaderError(reader);
      }
      defaultReaderRead(reader, {
        chunk(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const chunk1 = chunk;
            let chunk2 = chunk;
            if (!canceled1 && !canceled2) {
              try {
                chunk2 = cloneAsUint8Array(chunk);
              } catch (error) {
                byteControllerError(branch1.controller, error);
                byteControllerError(branch2.controller, error);
                cancelPromise.resolve(readableStreamCancel(stream, error));
                return;
              }
            }
            if (!canceled1) byteControllerEnqueue(branch1.controller, chunk1);
            if (!canceled2) byteControllerEnqueue(branch2.controller, chunk2);
            reading = false;
            readAgain();
          });
        },
        close() {
          reading = false;
          if (!canceled1) byteControllerClose(branch1.controller);
          if (!canceled2) byteControllerClose(branch2.controller);
          if (branch1.controller.pendingPullIntos.length > 0) byteControllerRespond(branch1.controller, 0);
          if (branch2.controller.pendingPullIntos.length > 0) byteControllerRespond(branch2.controller, 0);
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        },
        error() { reading = false; },
      });
    }
    function pullWithBYOBReader(view, forBranch2) {
      if (reader.kind === "default") {
        defaultReaderRelease(reader);
        reader = acquireBYOBReader(stream);
        forwardReaderError(reader);
      }
      const byobBranch = forBranch2 ? branch2 : branch1;
      const otherBranch = forBranch2 ? branch1 : branch2;
      byobReaderRead(reader, view, 1, {
        chunk(chunk) {
          queueMicrotask(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const byobCanceled = forBranch2 ? canceled2 : canceled1;
            const otherCanceled = forBranch2 ? canceled1 : canceled2;
            if (!otherCanceled) {
              let clonedChunk;
              try {
                clonedChunk = cloneAsUint8Array(chunk);
              } catch (error) {
                byteControllerError(byobBranch.controller, error);
                byteControllerError(otherBranch.controller, error);
                cancelPromise.resolve(readableStreamCancel(stream, error));
                return;
              }
              if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
              byteControllerEnqueue(otherBranch.controller, clonedChunk);
            } else if (!byobCanceled) {
              byteControllerRespondWithNewView(byobBranch.controller, chunk);
            }
            reading = false;
            readAgain();
          });
        },
        close(chunk) {
          reading = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!byobCanceled) byteControllerClose(byobBranch.controller);
          if (!otherCanceled) byteControllerClose(otherBranch.controller);
          if (chunk !== undefined) {
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
            if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) byteControllerRespond(otherBranch.controller, 0);
          }
          if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
        },
        error() { reading = false; },
      });
    }
    function pull1Algorithm() {
      if (reading) {
        readAgainForBranch1 = true;
        return resolvedWith(undefined);
      }
      reading = true;
      const request = byteControllerGetBYOBRequest(branch1.controller);
      if (request === null) pullWithDefaultReader();
      else pullWithBYOBReader(request.view, false);
      return resolvedWith(undefined);
    }
    function pull2Algorithm() {
      if (reading) {
        readAgainForBranch2 = true;
        return resolvedWith(undefined);
      }
      reading = true;
      const request = byteControllerGetBYOBRequest(branch2.controller);
      if (request === null) pullWithDefaultReader();
      else pullWithBYOBReader(request.view, true);
      return resolvedWith(undefined);
    }
    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
      return cancelPromise.promise;
    }
    const startAlgorithm = () => undefined;
    branch1 = createReadableByteStream(startAlgorithm, pull1Algorithm, cancel1Algorithm);
    branch2 = createReadableByteStream(startAlgorithm, pull2Algorithm, cancel2Algorithm);
    forwardReaderError(reader);
    return [branch1, branch2];
  }

  // ---- ReadableStream.from -----------------------------------------------------------------

  function getMethod(object, key) {
    const method = object[key];
    if (method === undefined || method === null) return undefined;
    if (typeof method !== "function") throw new TypeError(`${String(key)} is not a function`);
    return method;
  }
  function isObject(value) { return value !== null && (typeof value === "object" || typeof value === "function"); }
  // GetIterator(obj, async), with a sync iterator wrapped as CreateAsyncFromSyncIterator does.
  function getAsyncIterator(object) {
    const method = object === null || object === undefined ? undefined : getMethod(object, SymbolAsyncIterator);
    if (method !== undefined) {
      const iterator = ReflectApply(method, object, []);
      if (!isObject(iterator)) throw new TypeError("The async iterator is not an object");
      return { iterator, next: iterator.next };
    }
    const syncMethod = object === null || object === undefined ? undefined : getMethod(object, SymbolIterator);
    if (syncMethod === undefined) throw new TypeError("The argument is not async iterable");
    const syncIterator = ReflectApply(syncMethod, object, []);
    if (!isObject(syncIterator)) throw new TypeError("The iterator is not an object");
    const syncNext = syncIterator.next;
    const unwrap = (result) => {
      if (!isObject(result)) throw new TypeError("The iterator result is not an object");
      const done = !!result.done;
      return react(resolvedWith(result.value), (value) => ({ value, done }));
    };
    const iterator = {
      next() { return unwrap(ReflectApply(syncNext, syncIterator, [])); },
      return(value) {
        const returnMethod = getMethod(syncIterator, "return");
        if (returnMethod === undefined) return resolvedWith({ value, done: true });
        return unwrap(ReflectApply(returnMethod, syncIterator, [value]));
      },
    };
    return { iterator, next: iterator.next };
  }
  function readableStreamFromIterable(asyncIterable) {
    const record = getAsyncIterator(asyncIterable);
    let stream;
    const startAlgorithm = () => undefined;
    function pullAlgorithm() {
      let nextResult;
      try {
        nextResult = ReflectApply(record.next, record.iterator, []);
      } catch (error) {
        return rejectedWith(error);
      }
      return react(resolvedWith(nextResult), (result) => {
        if (!isObject(result)) throw new TypeError("The iterator result is not an object");
        if (result.done) defaultControllerClose(stream.controller);
        else defaultControllerEnqueue(stream.controller, result.value);
      });
    }
    function cancelAlgorithm(reason) {
      const iterator = record.iterator;
      let returnResult;
      try {
        const returnMethod = getMethod(iterator, "return");
        if (returnMethod === undefined) return resolvedWith(undefined);
        returnResult = ReflectApply(returnMethod, iterator, [reason]);
      } catch (error) {
        return rejectedWith(error);
      }
      return react(resolvedWith(returnResult), (result) => {
        if (!isObject(result)) throw new TypeError("The iterator's return() result is not an object");
      });
    }
    stream = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
    return stream;
  }

  // ---- async iteration (Web IDL async iterable) --------------------------------------------

  const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);
  const endOfIteration = Symbol("end of iteration");
  const iteratorState = new SafeWeakMap();
  const ReadableStreamAsyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype);
  function newAsyncIterator(stream, preventCancel) {
    const reader = acquireDefaultReader(stream);
    const iterator = ObjectCreate(ReadableStreamAsyncIteratorPrototype);
    iteratorState.set(iterator, { reader, preventCancel, ongoing: undefined, finished: false });
    return iterator;
  }
  function nextIterationResult(state) {
    const settle = deferred();
    const reader = state.reader;
    defaultReaderRead(reader, {
      chunk(value) { settle.resolve(value); },
      close() {
        defaultReaderRelease(reader);
        settle.resolve(endOfIteration);
      },
      error(reason) {
        defaultReaderRelease(reader);
        settle.reject(reason);
      },
    });
    return settle.promise;
  }
  function iteratorReturn(state, value) {
    const reader = state.reader;
    if (reader.stream === undefined) return resolvedWith(undefined);
    if (!state.preventCancel) {
      const result = readerGenericCancel(reader, value);
      defaultReaderRelease(reader);
      return result;
    }
    defaultReaderRelease(reader);
    return resolvedWith(undefined);
  }
  const iteratorMethods = {
    next() {
      const state = iteratorState.get(this);
      if (state === undefined) return rejectedWith(new TypeError("Illegal invocation"));
      const nextSteps = () => {
        if (state.finished) return resolvedWith({ value: undefined, done: true });
        return react(nextIterationResult(state), (next) => {
          state.ongoing = undefined;
          if (next === endOfIteration) {
            state.finished = true;
            return { value: undefined, done: true };
          }
          return { value: next, done: false };
        }, (reason) => {
          state.ongoing = undefined;
          state.finished = true;
          throw reason;
        });
      };
      state.ongoing = state.ongoing === undefined ? nextSteps() : react(state.ongoing, nextSteps, nextSteps);
      return state.ongoing;
    },
    return(value) {
      const state = iteratorState.get(this);
      if (state === undefined) return rejectedWith(new TypeError("Illegal invocation"));
      const returnSteps = () => {
        if (state.finished) return resolvedWith({ value, done: true });
        state.finished = true;
        return iteratorReturn(state, value);
      };
      const returnPromise = state.ongoing === undefined ? returnSteps() : react(state.ongoing, returnSteps, returnSteps);
      state.ongoing = returnPromise;
      return react(returnPromise, () => ({ value, done: true }));
    },
  };
  ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype, "next", { value: iteratorMethods.next, writable: true, enumerable: true, configurable: true });
  ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype, "return", { value: iteratorMethods.return, writable: true, enumerable: true, configurable: true });
  ObjectDefineProperty(ReadableStreamAsyncIteratorPrototype, Symbol.toStringTag, { value: "ReadableStream AsyncIterator", configurable: true });

  defineInterface(ReadableStream);
  ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
    value: ReadableStream.prototype.values, writable: true, configurable: true,
  });
  defineInterface(ReadableStreamDefaultReader);
  defineInterface(ReadableStreamBYOBReader);
  defineInterface(ReadableStreamDefaultController);
  defineInterface(ReadableByteStreamController);
  defineInterface(ReadableStreamBYOBRequest);

  const readerRecordOf = ReadableStreamDefaultReader.record;
  const isDefaultReader = ReadableStreamDefaultReader.is;
  const isBYOBReader = ReadableStreamBYOBReader.is;
  delete ReadableStreamDefaultReader.is;
  delete ReadableStreamDefaultReader.record;
  delete ReadableStreamBYOBReader.is;

  Object.assign(kit, {
    isReadableStream, createReadableStream, readableStreamCancel, isLocked, acquireDefaultReader, defaultReaderRead,
    defaultReaderRelease, defaultControllerClose, defaultControllerEnqueue, defaultControllerError,
    defaultControllerGetDesiredSize, defaultControllerHasBackpressure, defaultControllerCanCloseOrEnqueue,
  });

  // The runtime's own uses (fetch bodies, node:stream's adapters).
  core.ReadableStream = ReadableStream;
  core.isReadableStream = isReadableStream;
  core.isDisturbed = (stream) => recordOf(stream).disturbed;
  core.isLocked = (stream) => isLocked(recordOf(stream));
  core.tee = (stream) => {
    const branches = readableStreamTee(recordOf(stream), false);
    return [branches[0].object, branches[1].object];
  };
  core.ReadableStreamDefaultReader = ReadableStreamDefaultReader;
  core.readerRead = (reader) => {
    const record = readerRecordOf(reader);
    if (record.stream === undefined) return rejectedWith(new TypeError("The reader is not attached to a stream"));
    const request = promiseReadRequest();
    defaultReaderRead(record, request);
    return request.promise;
  };
  core.readerRelease = (reader) => {
    const record = readerRecordOf(reader);
    if (record.stream !== undefined) defaultReaderRelease(record);
  };
  core.readerCancel = (reader, reason) => {
    const record = readerRecordOf(reader);
    if (record.stream === undefined) return rejectedWith(new TypeError("The reader is not attached to a stream"));
    return readerGenericCancel(record, reason);
  };
  // Errors a stream whatever its controller's kind (a fetch body whose request was aborted).
  core.errorReadableStream = (stream, reason) => {
    const record = recordOf(stream);
    if (record.controller.kind === "bytes") byteControllerError(record.controller, reason);
    else defaultControllerError(record.controller, reason);
  };
})
