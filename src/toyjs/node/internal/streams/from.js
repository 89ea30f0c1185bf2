// Readable.from(iterable): a stream (object mode by default) of what a sync or async iterable
// gives, pulled as the stream is read. A string or Buffer is one chunk, not its characters.
"use strict";
const { PromisePrototypeThen, SymbolAsyncIterator, SymbolIterator } = core.primordials;
const { Buffer } = require("buffer");
const { invalidArgType, streamError } = require("internal/errors");

function from(Stream, iterable, options) {
  if (typeof iterable === "string" || iterable instanceof Buffer) {
    return new Stream({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && iterable[SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[SymbolAsyncIterator]();
  } else if (iterable && iterable[SymbolIterator]) {
    isAsync = false;
    iterator = iterable[SymbolIterator]();
  } else {
    throw invalidArgType("iterable", ["Iterable"], iterable);
  }
  const readable = new Stream({ objectMode: true, highWaterMark: 1, ...options });
  let pulling = false;
  readable._read = function () {
    if (!pulling) {
      pulling = true;
      pull();
    }
  };
  readable._destroy = function (error, callback) {
    PromisePrototypeThen(close(error), () => core.nextTick(callback, error), (closeError) => core.nextTick(callback, closeError || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === "function";
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === "function") {
      const { value } = await iterator.return();
      await value;
    }
  }

  async function pull() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          const chunk = value && typeof value.then === "function" ? await value : value;
          if (chunk === null) {
            pulling = false;
            throw streamError("ERR_STREAM_NULL_VALUES");
          } else if (readable.push(chunk)) {
            continue;
          } else {
            pulling = false;
          }
        }
      } catch (error) {
        readable.destroy(error);
      }
      break;
    }
  }
  return readable;
}

module.exports = { from };
