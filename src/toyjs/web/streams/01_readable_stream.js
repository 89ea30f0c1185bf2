// ReadableStream (Streams Standard), the default-reader subset: an underlying source with
// start/pull/cancel, a queue with a high-water mark, getReader(), async iteration, tee(),
// cancel() and the static from(). Byte streams, BYOB readers and pipes are not here yet.
(function (core, ops) {
  "use strict";
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
    read() {
      if (!this.#stream) return Promise.reject(new TypeError("The reader is not attached to a stream"));
      return core.streamState(this.#stream).read();
    }
    releaseLock() {
      if (!this.#stream) return;
      core.streamState(this.#stream).reader = null;
      this.#stream = null;
    }
    cancel(reason) {
      if (!this.#stream) return Promise.reject(new TypeError("The reader is not attached to a stream"));
      return core.streamState(this.#stream).cancel(reason);
    }
  }

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
      this.closedPromise.catch(() => {});
      this.controller = new ReadableStreamDefaultController(create, stream);
    }
    desiredSize() {
      if (this.state === "errored") return null;
      if (this.state === "closed") return 0;
      return this.highWaterMark - this.queue.length;
    }
    enqueue(chunk) {
      if (this.state !== "readable" || this.closeRequested) throw new TypeError("Invalid state: the stream is not readable");
      if (this.pending.length > 0) this.pending.shift().resolve({ value: chunk, done: false });
      else this.queue.push(chunk);
      this.pullIfNeeded();
    }
    close() {
      if (this.state !== "readable" || this.closeRequested) throw new TypeError("Invalid state: the stream is not readable");
      this.closeRequested = true;
      if (this.queue.length === 0) this.finishClose();
    }
    finishClose() {
      this.state = "closed";
      for (const request of this.pending.splice(0)) request.resolve({ value: undefined, done: true });
      this.resolveClosed();
    }
    error(reason) {
      if (this.state !== "readable") return;
      this.state = "errored";
      this.storedError = reason;
      this.queue = [];
      for (const request of this.pending.splice(0)) request.reject(reason);
      this.rejectClosed(reason);
    }
    read() {
      this.disturbed = true;
      if (this.queue.length > 0) {
        const value = this.queue.shift();
        if (this.closeRequested && this.queue.length === 0) this.finishClose();
        else this.pullIfNeeded();
        return Promise.resolve({ value, done: false });
      }
      if (this.state === "closed") return Promise.resolve({ value: undefined, done: true });
      if (this.state === "errored") return Promise.reject(this.storedError);
      const request = {};
      const promise = new Promise((resolve, reject) => Object.assign(request, { resolve, reject }));
      this.pending.push(request);
      this.pullIfNeeded();
      return promise;
    }
    cancel(reason) {
      this.disturbed = true;
      if (this.state === "closed") return Promise.resolve();
      if (this.state === "errored") return Promise.reject(this.storedError);
      this.queue = [];
      this.finishClose();
      return Promise.resolve(this.source?.cancel?.call(this.source, reason)).then(() => undefined);
    }
    start() {
      Promise.resolve(this.source?.start?.call(this.source, this.controller)).then(
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
      Promise.resolve()
        .then(() => this.source.pull(this.controller))
        .then(
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
      if (this.locked) return Promise.reject(new TypeError("ReadableStream is locked"));
      return this.#state.cancel(reason);
    }
    tee() {
      const reader = this.getReader();
      const branches = [];
      let reading = false;
      const pull = async () => {
        if (reading) return;
        reading = true;
        const { value, done } = await reader.read();
        reading = false;
        for (const branch of branches) {
          if (done) branch.close();
          else branch.enqueue(value);
        }
      };
      for (let i = 0; i < 2; i++) {
        let controller;
        const stream = new ReadableStream({ start(c) { controller = c; }, pull });
        branches.push({
          enqueue: (value) => { try { controller.enqueue(value); } catch {} },
          close: () => { try { controller.close(); } catch {} },
        });
        branches[i].stream = stream;
      }
      return [branches[0].stream, branches[1].stream];
    }
    async *values(options = {}) {
      const reader = this.getReader();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        if (!options?.preventCancel) await reader.cancel();
        reader.releaseLock();
      }
    }
    [Symbol.asyncIterator](options) { return this.values(options); }

    static from(iterable) {
      const iterator = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
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
  const streamState = ReadableStream.state;
  core.streamState = streamState;
  core.isReadableStream = ReadableStream.isStream;
  core.isDisturbed = (stream) => streamState(stream).disturbed;
  // Streams of bytes from the host (bodies) say so when inspected, as byte streams do.
  core.markByteStream = (stream) => { streamState(stream).bytes = true; return stream; };
  delete ReadableStream.state;
  delete ReadableStream.isStream;
  for (const cls of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController]) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    core.defineGlobal(cls.name, cls);
  }
  core.ReadableStream = ReadableStream;
})
