// WritableStream, TransformStream, ReadableStream's pipeTo/pipeThrough, and the encoding
// streams built on them (Streams and Encoding Standards; the default-writer subset).
(function (core, ops) {
  "use strict";
  const { ReadableStream, ReadableStreamDefaultReader, TextDecoder, readerRead, readerRelease, readerCancel, encodeUtf8 } = core;
  const {
    Promise, String, TypeError, PromisePrototypeThen, PromiseReject, PromiseResolve, ReflectApply,
    ArrayPrototypePush, ArrayPrototypeShift, ArrayPrototypeSplice, ObjectDefineProperties,
    StringPrototypeCharCodeAt, StringPrototypeSlice,
  } = core.primordials;

  class WritableStreamDefaultWriter {
    #stream;
    constructor(stream) {
      const state = core.writableState(stream);
      if (state.writer) throw new TypeError("WritableStream is locked");
      state.writer = this;
      this.#stream = stream;
    }
    #state() {
      if (!this.#stream) throw new TypeError("The writer is not attached to a stream");
      return core.writableState(this.#stream);
    }
    get closed() { return this.#state().closedPromise; }
    get ready() { return this.#state().readyPromise(); }
    get desiredSize() { return this.#state().desiredSize(); }
    write(chunk) { try { return this.#state().write(chunk); } catch (e) { return PromiseReject(e); } }
    close() { try { return this.#state().close(); } catch (e) { return PromiseReject(e); } }
    abort(reason) { try { return this.#state().abort(reason); } catch (e) { return PromiseReject(e); } }
    releaseLock() { writerRelease(this); }
    static release(writer) {
      if (!writer.#stream) return;
      core.writableState(writer.#stream).writer = null;
      writer.#stream = null;
    }
  }
  const writerRelease = WritableStreamDefaultWriter.release;
  delete WritableStreamDefaultWriter.release;

  class WritableState {
    state = "writable";
    queue = []; // {chunk, resolve, reject}
    writing = false;
    writer = null;
    storedError = undefined;
    closeRequest = null;

    constructor(sink, highWaterMark) {
      this.sink = sink ?? {};
      this.highWaterMark = highWaterMark;
      this.closedPromise = new Promise((resolve, reject) => { this.resolveClosed = resolve; this.rejectClosed = reject; });
      PromisePrototypeThen(this.closedPromise, undefined, () => {});
      const state = this;
      this.controller = { error(reason) { state.fail(reason); }, signal: core.newAbortSignal() };
      this.started = PromisePrototypeThen(PromiseResolve(this.sink.start?.(this.controller)), undefined, (e) => this.fail(e));
    }
    desiredSize() { return this.state === "errored" ? null : this.state === "closed" ? 0 : this.highWaterMark - this.queue.length; }
    readyPromise() { return this.state === "errored" ? PromiseReject(this.storedError) : PromiseResolve(); }
    write(chunk) {
      if (this.state !== "writable" || this.closeRequest) return PromiseReject(this.storedError ?? new TypeError("The stream is closing or closed"));
      return new Promise((resolve, reject) => {
        ArrayPrototypePush(this.queue, { chunk, resolve, reject });
        this.advance();
      });
    }
    close() {
      if (this.state !== "writable" || this.closeRequest) return PromiseReject(new TypeError("The stream is closing or closed"));
      return new Promise((resolve, reject) => {
        this.closeRequest = { resolve, reject };
        this.advance();
      });
    }
    abort(reason) {
      if (this.state !== "writable") return PromiseResolve();
      this.fail(reason);
      return PromisePrototypeThen(PromiseResolve(this.sink.abort?.(reason)), () => undefined);
    }
    fail(reason) {
      if (this.state !== "writable") return;
      this.state = "errored";
      this.storedError = reason;
      const requests = ArrayPrototypeSplice(this.queue, 0);
      for (let i = 0; i < requests.length; i++) requests[i].reject(reason);
      this.closeRequest?.reject(reason);
      this.rejectClosed(reason);
    }
    async advance() {
      if (this.writing) return;
      this.writing = true;
      await this.started;
      try {
        while (this.state === "writable" && this.queue.length > 0) {
          const { chunk, resolve, reject } = this.queue[0];
          try {
            await this.sink.write?.(chunk, this.controller);
            ArrayPrototypeShift(this.queue);
            resolve();
          } catch (error) {
            ArrayPrototypeShift(this.queue);
            reject(error);
            this.fail(error);
          }
        }
        if (this.state === "writable" && this.closeRequest && this.queue.length === 0) {
          try {
            await this.sink.close?.();
            this.state = "closed";
            this.closeRequest.resolve();
            this.resolveClosed();
          } catch (error) {
            this.fail(error);
          }
        }
      } finally {
        this.writing = false;
      }
    }
  }

  class WritableStream {
    #state;
    constructor(sink = undefined, strategy = {}) {
      this.#state = new WritableState(sink, strategy?.highWaterMark ?? 1);
    }
    get locked() { return this.#state.writer !== null; }
    getWriter() { return new WritableStreamDefaultWriter(this); }
    abort(reason) {
      if (this.locked) return PromiseReject(new TypeError("WritableStream is locked"));
      return this.#state.abort(reason);
    }
    close() {
      if (this.locked) return PromiseReject(new TypeError("WritableStream is locked"));
      return this.#state.close();
    }
    static state(stream) { return stream.#state; }
  }
  core.writableState = WritableStream.state;
  delete WritableStream.state;

  class TransformStream {
    #readable;
    #writable;
    constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
      transformer ??= {};
      this.#readable = new ReadableStream(undefined, readableStrategy);
      const readable = core.streamState(this.#readable);
      const controller = {
        enqueue(chunk) { readable.enqueue(chunk); },
        error(reason) { readable.error(reason); },
        terminate() { try { readable.close(); } catch {} },
        get desiredSize() { return readable.desiredSize(); },
      };
      const started = PromiseResolve(transformer.start?.(controller));
      // What a transformer's transform or flush throws errors the readable side too.
      const erroringReadable = async (step) => {
        try {
          await step();
        } catch (error) {
          try { readable.error(error); } catch {} // (already closed or errored)
          throw error;
        }
      };
      this.#writable = new WritableStream({
        write(chunk) {
          return erroringReadable(async () => {
            await started;
            if (transformer.transform) await ReflectApply(transformer.transform, transformer, [chunk, controller]);
            else controller.enqueue(chunk);
          });
        },
        close() {
          return erroringReadable(async () => {
            await started;
            await transformer.flush?.(controller);
            controller.terminate();
          });
        },
        abort(reason) { controller.error(reason); },
      }, writableStrategy);
    }
    get readable() { return this.#readable; }
    get writable() { return this.#writable; }
  }

  async function pipeTo(destination, options = {}) {
    const reader = new ReadableStreamDefaultReader(this);
    const writer = new WritableStreamDefaultWriter(destination);
    const sink = core.writableState(destination);
    const signal = options?.signal;
    try {
      for (;;) {
        if (signal?.aborted) throw signal.reason;
        const { value, done } = await readerRead(reader);
        if (done) break;
        await sink.write(value);
      }
      if (!options?.preventClose) await sink.close();
    } catch (error) {
      if (!options?.preventAbort) await sink.abort(error);
      if (!options?.preventCancel) await readerCancel(reader, error);
      throw error;
    } finally {
      readerRelease(reader);
      writerRelease(writer);
    }
  }
  function pipeThrough(transform, options = {}) {
    PromisePrototypeThen(ReflectApply(pipeTo, this, [transform.writable, options]), undefined, () => {});
    return transform.readable;
  }
  ObjectDefineProperties(ReadableStream.prototype, {
    pipeTo: { value: pipeTo, writable: true, configurable: true },
    pipeThrough: { value: pipeThrough, writable: true, configurable: true },
  });

  class TextEncoderStream extends TransformStream {
    constructor() {
      let pending = "";
      super({
        transform(chunk, controller) {
          let text = pending + String(chunk);
          pending = "";
          const last = StringPrototypeCharCodeAt(text, text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pending = StringPrototypeSlice(text, -1);
            text = StringPrototypeSlice(text, 0, -1);
          }
          if (text) controller.enqueue(encodeUtf8(text));
        },
        flush(controller) { if (pending) controller.enqueue(encodeUtf8(pending)); },
      });
    }
    get encoding() { return "utf-8"; }
  }

  class TextDecoderStream extends TransformStream {
    #decoder;
    constructor(label = "utf-8", options = {}) {
      const decoder = new TextDecoder(label, options);
      super({
        transform(chunk, controller) {
          // (decode() takes no input as none; a stream's chunk must be bytes)
          if (chunk === undefined) throw new TypeError('The "input" argument must be an instance of ArrayBuffer or ArrayBufferView.');
          const text = core.textDecode(decoder, chunk, { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = core.textDecode(decoder);
          if (text) controller.enqueue(text);
        },
      });
      this.#decoder = decoder;
    }
    get encoding() { return this.#decoder.encoding; }
    get fatal() { return this.#decoder.fatal; }
    get ignoreBOM() { return this.#decoder.ignoreBOM; }
  }

  for (const cls of [WritableStream, WritableStreamDefaultWriter, TransformStream, TextEncoderStream, TextDecoderStream]) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    core.defineGlobal(cls.name, cls);
  }
})
