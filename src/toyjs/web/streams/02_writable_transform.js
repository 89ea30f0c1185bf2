// WritableStream, TransformStream, ReadableStream's pipeTo/pipeThrough, and the encoding
// streams built on them (Streams and Encoding Standards; the default-writer subset).
(function (core, ops) {
  "use strict";
  const { ReadableStream } = core;

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
    write(chunk) { try { return this.#state().write(chunk); } catch (e) { return Promise.reject(e); } }
    close() { try { return this.#state().close(); } catch (e) { return Promise.reject(e); } }
    abort(reason) { try { return this.#state().abort(reason); } catch (e) { return Promise.reject(e); } }
    releaseLock() {
      if (!this.#stream) return;
      core.writableState(this.#stream).writer = null;
      this.#stream = null;
    }
  }

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
      this.closedPromise.catch(() => {});
      const state = this;
      this.controller = { error(reason) { state.fail(reason); }, signal: new AbortController().signal };
      this.started = Promise.resolve(this.sink.start?.call(this.sink, this.controller)).catch((e) => this.fail(e));
    }
    desiredSize() { return this.state === "errored" ? null : this.state === "closed" ? 0 : this.highWaterMark - this.queue.length; }
    readyPromise() { return this.state === "errored" ? Promise.reject(this.storedError) : Promise.resolve(); }
    write(chunk) {
      if (this.state !== "writable" || this.closeRequest) return Promise.reject(this.storedError ?? new TypeError("The stream is closing or closed"));
      return new Promise((resolve, reject) => {
        this.queue.push({ chunk, resolve, reject });
        this.advance();
      });
    }
    close() {
      if (this.state !== "writable" || this.closeRequest) return Promise.reject(new TypeError("The stream is closing or closed"));
      return new Promise((resolve, reject) => {
        this.closeRequest = { resolve, reject };
        this.advance();
      });
    }
    abort(reason) {
      if (this.state !== "writable") return Promise.resolve();
      this.fail(reason);
      return Promise.resolve(this.sink.abort?.call(this.sink, reason)).then(() => undefined);
    }
    fail(reason) {
      if (this.state !== "writable") return;
      this.state = "errored";
      this.storedError = reason;
      for (const request of this.queue.splice(0)) request.reject(reason);
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
            await this.sink.write?.call(this.sink, chunk, this.controller);
            this.queue.shift();
            resolve();
          } catch (error) {
            this.queue.shift();
            reject(error);
            this.fail(error);
          }
        }
        if (this.state === "writable" && this.closeRequest && this.queue.length === 0) {
          try {
            await this.sink.close?.call(this.sink);
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
      if (this.locked) return Promise.reject(new TypeError("WritableStream is locked"));
      return this.#state.abort(reason);
    }
    close() {
      if (this.locked) return Promise.reject(new TypeError("WritableStream is locked"));
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
      let readableController;
      this.#readable = new ReadableStream({ start(c) { readableController = c; } }, readableStrategy);
      const controller = {
        enqueue(chunk) { readableController.enqueue(chunk); },
        error(reason) { readableController.error(reason); },
        terminate() { try { readableController.close(); } catch {} },
        get desiredSize() { return readableController.desiredSize; },
      };
      const started = Promise.resolve(transformer.start?.call(transformer, controller));
      this.#writable = new WritableStream({
        async write(chunk) {
          await started;
          if (transformer.transform) await transformer.transform.call(transformer, chunk, controller);
          else controller.enqueue(chunk);
        },
        async close() {
          await started;
          await transformer.flush?.call(transformer, controller);
          controller.terminate();
        },
        abort(reason) { controller.error(reason); },
      }, writableStrategy);
    }
    get readable() { return this.#readable; }
    get writable() { return this.#writable; }
  }

  Object.defineProperties(ReadableStream.prototype, {
    pipeTo: {
      value: async function pipeTo(destination, options = {}) {
        const reader = this.getReader();
        const writer = destination.getWriter();
        const signal = options?.signal;
        try {
          for (;;) {
            if (signal?.aborted) throw signal.reason;
            const { value, done } = await reader.read();
            if (done) break;
            await writer.write(value);
          }
          if (!options?.preventClose) await writer.close();
        } catch (error) {
          if (!options?.preventAbort) await writer.abort(error);
          if (!options?.preventCancel) await reader.cancel(error);
          throw error;
        } finally {
          reader.releaseLock();
          writer.releaseLock();
        }
      },
      writable: true, configurable: true,
    },
    pipeThrough: {
      value: function pipeThrough(transform, options = {}) {
        this.pipeTo(transform.writable, options).catch(() => {});
        return transform.readable;
      },
      writable: true, configurable: true,
    },
  });

  class TextEncoderStream extends TransformStream {
    constructor() {
      const encoder = new TextEncoder();
      let pending = "";
      super({
        transform(chunk, controller) {
          let text = pending + String(chunk);
          pending = "";
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pending = text.slice(-1);
            text = text.slice(0, -1);
          }
          if (text) controller.enqueue(encoder.encode(text));
        },
        flush(controller) { if (pending) controller.enqueue(encoder.encode(pending)); },
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
          const text = decoder.decode(chunk, { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
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
