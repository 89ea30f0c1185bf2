// Duplex.from(body): a Duplex made of what `body` is: a Duplex (itself), a Readable or an
// iterable (a readable-only Duplex), a Writable, a { readable, writable } pair, a promise, or an
// async generator function (its argument is what is written; what it yields is read).
"use strict";
const { Promise, PromisePrototypeThen } = core.primordials;
const { AbortError, invalidArgType, streamError } = require("internal/errors");
const { Duplex } = require("internal/streams/duplex");
const { from } = require("internal/streams/from");
const { finished } = require("internal/streams/finished");
const u = require("internal/streams/utils");

function duplexify(body, name) {
  if (u.isDuplexNodeStream(body)) return body;
  if (u.isReadableNodeStream(body)) return pairDuplex({ readable: body });
  if (u.isWritableNodeStream(body)) return pairDuplex({ writable: body });
  if (typeof body === "function") {
    const generator = generatorStage(body);
    if (u.isIterable(generator.value)) {
      return from(Duplex, generator.value, {
        objectMode: true,
        write: generator.write,
        final: generator.final,
        destroy: generator.destroy,
      });
    }
    const then = generator.value?.then;
    if (typeof then === "function") {
      // An async function: a writable-only Duplex that finishes when its promise settles.
      let settled;
      const promise = PromisePrototypeThen(generator.value, () => { settled = null; }, (error) => { settled = error; });
      const duplex = new Duplex({
        objectMode: true,
        readable: false,
        write: generator.write,
        final(callback) {
          generator.final(() => PromisePrototypeThen(promise, () => core.nextTick(callback, settled)));
        },
        destroy: generator.destroy,
      });
      return duplex;
    }
    throw streamError("ERR_INVALID_RETURN_VALUE", "Iterable, AsyncIterable or AsyncFunction", name, generator.value);
  }
  if (u.isIterable(body)) return from(Duplex, body, { objectMode: true, writable: false });
  if (body && typeof body.then === "function") {
    const passage = new Duplex({ objectMode: true, writable: false, read() {} });
    PromisePrototypeThen(body, (value) => {
      if (value != null) passage.push(value);
      passage.push(null);
    }, (error) => passage.destroy(error));
    return passage;
  }
  if (body && typeof body === "object" && (body.readable !== undefined || body.writable !== undefined)) {
    const readable = body.readable && !u.isReadableNodeStream(body.readable) ? duplexify(body.readable) : body.readable;
    const writable = body.writable && !u.isWritableNodeStream(body.writable) ? duplexify(body.writable) : body.writable;
    return pairDuplex({ readable, writable });
  }
  throw invalidArgType(name, [
    "Blob", "ReadableStream", "WritableStream", "Stream", "Iterable", "AsyncIterable", "function",
    "{ readable, writable } pair", "Promise",
  ], body);
}

// An async generator function as a stage: writes feed the iterable it is given.
function generatorStage(fn) {
  let deliver = null;
  let next = new Promise((resolve) => { deliver = resolve; });
  const controller = new AbortController();
  const signal = controller.signal;
  async function* written() {
    for (;;) {
      const current = next;
      next = null;
      const { chunk, done, callback } = await current;
      core.nextTick(callback);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      next = new Promise((resolve) => { deliver = resolve; });
      yield chunk;
    }
  }
  const value = fn(written(), { signal });
  const hand = (item) => {
    const resolve = deliver;
    deliver = null;
    resolve(item);
  };
  return {
    value,
    write(chunk, encoding, callback) {
      hand({ chunk, done: false, callback });
    },
    final(callback) {
      hand({ done: true, callback });
    },
    destroy(error, callback) {
      controller.abort();
      callback(error);
    },
  };
}

// A Duplex that writes into `writable` and reads from `readable` (either may be absent).
function pairDuplex({ readable, writable }) {
  let onDrain = null;
  let onFinish = null;
  let onReadable = null;
  const duplex = new Duplex({
    readableObjectMode: Boolean(readable?.readableObjectMode),
    writableObjectMode: Boolean(writable?.writableObjectMode),
    readable: Boolean(readable),
    writable: Boolean(writable),
  });
  if (writable) {
    finished(writable, (error) => {
      if (error) destroyBoth(error);
      const callback = onFinish;
      onFinish = null;
      if (callback) callback(error);
    });
    duplex._write = (chunk, encoding, callback) => {
      if (writable.write(chunk, encoding)) callback();
      else onDrain = callback;
    };
    duplex._final = (callback) => {
      writable.end();
      onFinish = callback;
    };
    writable.on("drain", () => {
      const callback = onDrain;
      onDrain = null;
      if (callback) callback();
    });
    writable.on("finish", () => {
      const callback = onFinish;
      onFinish = null;
      if (callback) callback();
    });
  }
  if (readable) {
    finished(readable, (error) => {
      if (error) destroyBoth(error);
      else duplex.push(null);
    });
    readable.on("readable", () => {
      const resume = onReadable;
      onReadable = null;
      if (resume) resume();
    });
    readable.on("end", () => duplex.push(null));
    duplex._read = function () {
      for (;;) {
        const chunk = readable.read();
        if (chunk === null) {
          onReadable = duplex._read;
          return;
        }
        if (!duplex.push(chunk)) return;
      }
    };
  }
  function destroyBoth(error) {
    duplex.destroy(error);
  }
  duplex._destroy = function (error, callback) {
    onReadable = null;
    onDrain = null;
    onFinish = null;
    if (writable && !writable.destroyed) writable.destroy(error);
    if (readable && !readable.destroyed) readable.destroy(error);
    callback(error);
  };
  return duplex;
}

module.exports = { duplexify, pairDuplex };
