// ReadableStream (Streams Standard), the default-reader subset: an underlying source with
// start/pull/cancel, a queue with a high-water mark, getReader(), async iteration, tee(),
// cancel() and the static from(). Byte streams, BYOB readers and pipes are not here yet.
(function (core, ops) {
  "use strict";
  const {
    Boolean, Promise, RangeError, TypeError, PromisePrototypeThen, PromiseReject, PromiseResolve,
    ArrayPrototypePush, ArrayPrototypeShift, ArrayPrototypeSplice, SymbolAsyncIterator, SymbolIterator,
  } = core.primordials;
  const create = Symbol("create");

  class ReadableStreamDefaultController {
    #stream;
    constructor(key, stream) {
      if (key !== create) throw new TypeError("Illegal constructor");
      this.#stream = stream;
    }
    get desiredSize() { return core.streamState(this.#stream).desiredSize(); }
    enqueue(chunk) { core.streamState(this.#stream).enqueue(chunk); }
    close() { core.streamState(this.#stream).close(); }
    error(reason) { core.streamState(this.#stream).error(reason); }
  }

  // The reader's methods are also the runtime's own way to read (a body, tee, pipeTo), which a
  // program replacing them on the prototype does not change.
  class ReadableStreamDefaultReader {
    #stream;
    #closed;
    constructor(stream) {
      if (!core.isReadableStream(stream)) throw new TypeError('The "stream" argument must be an instance of ReadableStream.');
      const state = core.streamState(stream);
      if (state.reader) throw new TypeError("ReadableStream is locked");
      state.reader = this;
      this.#stream = stream;
      this.#closed = state.closedPromise;
    }
    get closed() { return this.#closed; }
    read() { return readerRead(this); }
    releaseLock() { readerRelease(this); }
    cancel(reason) { return readerCancel(this, reason); }

    static read(reader) {
      if (!reader.#stream) return PromiseReject(new TypeError("The reader is not attached to a stream"));
      return core.streamState(reader.#stream).read();
    }
    static release(reader) {
      if (!reader.#stream) return;
      core.streamState(reader.#stream).reader = null;
      reader.#stream = null;
    }
    static cancel(reader, reason) {
      if (!reader.#stream) return PromiseReject(new TypeError("The reader is not attached to a stream"));
      return core.streamState(reader.#stream).cancel(reason);
    }
  }
  const { read: readerRead, release: readerRelease, cancel: readerCancel } = ReadableStreamDefaultReader;
  delete ReadableStreamDefaultReader.read;
  delete ReadableStreamDefaultReader.release;
  delete ReadableStreamDefaultReader.cancel;

  class StreamState {
    queue = [];
    pending = []; // read requests waiting for a chunk
    state = "readable";
    storedError = undefined;
    reader = null;
    pulling = false;
    pullAgain = false;
    started = false;
    disturbed = false;

    constructor(stream, source, highWaterMark) {
      this.stream = stream;
      this.source = source;
      this.highWaterMark = highWaterMark;
      this.closedPromise = new Promise((resolve, reject) => {
        this.resolveClosed = resolve;
        this.rejectClosed = reject;
      });
      PromisePrototypeThen(this.closedPromise, undefined, () => {});
      this.controller = new ReadableStreamDefaultController(create, stream);
    }
    desiredSize() {
      if (this.state === "errored") return null;
      if (this.state === "closed") return 0;
      return this.highWaterMark - this.queue.length;
    }
    enqueue(chunk) {
      if (this.state !== "readable" || this.closeRequested) throw new TypeError("Invalid state: the stream is not readable");
      if (this.pending.length > 0) ArrayPrototypeShift(this.pending).resolve({ value: chunk, done: false });
      else ArrayPrototypePush(this.queue, chunk);
      this.pullIfNeeded();
    }
    close() {
      if (this.state !== "readable" || this.closeRequested) throw new TypeError("Invalid state: the stream is not readable");
      this.closeRequested = true;
      if (this.queue.length === 0) this.finishClose();
    }
    finishClose() {
      this.state = "closed";
      const requests = ArrayPrototypeSplice(this.pending, 0);
      for (let i = 0; i < requests.length; i++) requests[i].resolve({ value: undefined, done: true });
      this.resolveClosed();
    }
    error(reason) {
      if (this.state !== "readable") return;
      this.state = "errored";
      this.storedError = reason;
      this.queue = [];
      const requests = ArrayPrototypeSplice(this.pending, 0);
      for (let i = 0; i < requests.length; i++) requests[i].reject(reason);
      this.rejectClosed(reason);
    }
    read() {
      this.disturbed = true;
      if (this.queue.length > 0) {
        const value = ArrayPrototypeShift(this.queue);
        if (this.closeRequested && this.queue.length === 0) this.finishClose();
        else this.pullIfNeeded();
        return PromiseResolve({ value, done: false });
      }
      if (this.state === "closed") return PromiseResolve({ value: undefined, done: true });
      if (this.state === "errored") return PromiseReject(this.storedError);
      const request = {};
      const promise = new Promise((resolve, reject) => {
        request.resolve = resolve;
        request.reject = reject;
      });
      ArrayPrototypePush(this.pending, request);
      this.pullIfNeeded();
      return promise;
    }
    cancel(reason) {
      this.disturbed = true;
      if (this.state === "closed") return PromiseResolve();
      if (this.state === "errored") return PromiseReject(this.storedError);
      this.queue = [];
      this.finishClose();
      return PromisePrototypeThen(PromiseResolve(this.source?.cancel?.(reason)), () => undefined);
    }
    start() {
      PromisePrototypeThen(
        PromiseResolve(this.source?.start?.(this.controller)),
        () => { this.started = true; this.pullIfNeeded(); },
        (error) => this.error(error),
      );
    }
    pullIfNeeded() {
      if (!this.started || this.state !== "readable" || this.closeRequested || typeof this.source?.pull !== "function") return;
      if (this.pending.length === 0 && this.desiredSize() <= 0) return;
      if (this.pulling) {
        this.pullAgain = true;
        return;
      }
      this.pulling = true;
      const pulled = PromisePrototypeThen(PromiseResolve(), () => this.source.pull(this.controller));
      PromisePrototypeThen(
        pulled,
        () => {
          this.pulling = false;
          if (this.pullAgain) {
            this.pullAgain = false;
            this.pullIfNeeded();
          }
        },
        (error) => this.error(error),
      );
    }
  }

  class ReadableStream {
    #state;
    constructor(source = undefined, strategy = {}) {
      if (source !== undefined && (source === null || typeof source !== "object")) {
        throw new TypeError('The "source" argument must be of type object.');
      }
      if (source?.type === "bytes") throw new RangeError("Byte streams are not supported yet");
      const highWaterMark = strategy?.highWaterMark ?? 1;
      this.#state = new StreamState(this, source, highWaterMark);
      this.#state.start();
    }
    get locked() { return this.#state.reader !== null; }
    getReader(options = undefined) {
      if (options?.mode !== undefined) throw new RangeError(`Unsupported reader mode: ${options.mode}`);
      return new ReadableStreamDefaultReader(this);
    }
    cancel(reason) {
      if (this.locked) return PromiseReject(new TypeError("ReadableStream is locked"));
      return this.#state.cancel(reason);
    }
    tee() { return tee(this); }
    async *values(options = {}) {
      const reader = new ReadableStreamDefaultReader(this);
      try {
        for (;;) {
          const { value, done } = await readerRead(reader);
          if (done) return;
          yield value;
        }
      } finally {
        if (!options?.preventCancel) await readerCancel(reader);
        readerRelease(reader);
      }
    }
    [Symbol.asyncIterator](options) { return this.values(options); }

    static from(iterable) {
      const iterator = iterable[SymbolAsyncIterator] ? iterable[SymbolAsyncIterator]() : iterable[SymbolIterator]();
      return new ReadableStream({
        async pull(controller) {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        async cancel(reason) { await iterator.return?.(reason); },
      }, { highWaterMark: 0 });
    }

    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const shown = { locked: this.locked, state: this.#state.state, supportsBYOB: Boolean(this.#state.bytes) };
      return `ReadableStream ${inspect(shown, options)}`;
    }

    static state(stream) { return stream.#state; }
    static isStream(value) { return value !== null && typeof value === "object" && #state in value; }
  }
  // Two streams that each get every chunk of `stream`.
  function tee(stream) {
    const reader = new ReadableStreamDefaultReader(stream);
    const states = [];
    let reading = false;
    const pull = async () => {
      if (reading) return;
      reading = true;
      const { value, done } = await readerRead(reader);
      reading = false;
      for (let i = 0; i < states.length; i++) {
        try {
          if (done) states[i].close();
          else states[i].enqueue(value);
        } catch {}
      }
    };
    const branches = [new ReadableStream({ pull }), new ReadableStream({ pull })];
    states[0] = streamState(branches[0]);
    states[1] = streamState(branches[1]);
    return branches;
  }

  const streamState = ReadableStream.state;
  core.streamState = streamState;
  core.isReadableStream = ReadableStream.isStream;
  core.isDisturbed = (stream) => streamState(stream).disturbed;
  // Streams of bytes from the host (bodies) say so when inspected, as byte streams do.
  core.markByteStream = (stream) => { streamState(stream).bytes = true; return stream; };
  core.isLocked = (stream) => streamState(stream).reader !== null;
  core.tee = tee;
  core.ReadableStreamDefaultReader = ReadableStreamDefaultReader;
  core.readerRead = readerRead;
  core.readerRelease = readerRelease;
  core.readerCancel = readerCancel;
  delete ReadableStream.state;
  delete ReadableStream.isStream;
  for (const cls of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController]) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    core.defineGlobal(cls.name, cls);
  }
  core.ReadableStream = ReadableStream;
})
