// Readable.toWeb/fromWeb and Writable.toWeb/fromWeb: Node streams as the WHATWG streams
// toyjs has as globals, and back. Bytes cross as Uint8Arrays; backpressure is the other
// side's: a Readable pauses while the ReadableStream's queue is full, a Writable's write
// waits for the WritableStream writer's `ready`.
"use strict";
const { Promise, PromisePrototypeThen, Uint8Array } = core.primordials;
// The runtime's own stream classes (a program may replace the globals).
const { ReadableStream, WritableStream } = core;
const { Buffer } = require("buffer");
const { AbortError, invalidArgType, validateObject } = require("internal/errors");
const { finished } = require("internal/streams/finished");
const { isReadableNodeStream, isWritableNodeStream, isDestroyed } = require("internal/streams/utils");

function requireInstance(value, Class, name) {
  if (!(value instanceof Class)) throw invalidArgType(name, Class.name, value);
}

function readableToWeb(readable, options) {
  if (!isReadableNodeStream(readable)) throw invalidArgType("streamReadable", "an stream.Readable", readable); // sic: node's wording
  const objectMode = readable.readableObjectMode;
  const strategy = options?.strategy ?? (objectMode
    ? { highWaterMark: readable.readableHighWaterMark }
    : { highWaterMark: 1 }); // one chunk at a time, of any size
  let controller;
  let closed = false;
  const onData = (chunk) => {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) readable.pause();
  };
  readable.pause();
  finished(readable, (error) => {
    if (error && error.code === "ERR_STREAM_PREMATURE_CLOSE") {
      error = new AbortError(undefined, { cause: error });
    }
    readable.off("data", onData);
    if (closed) return;
    closed = true;
    if (error) controller.error(error);
    else controller.close();
  });
  readable.on("data", onData);
  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      readable.resume();
    },
    cancel(reason) {
      closed = true;
      readable.destroy(reason);
    },
  }, strategy);
}

function readableFromWeb(readableStream, options = {}) {
  requireInstance(readableStream, ReadableStream, "readableStream");
  validateObject(options, "options");
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const { Readable } = require("internal/streams/readable");
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      PromisePrototypeThen(reader.read(), (result) => {
        if (result.done) readable.push(null);
        else readable.push(result.value);
      }, (error) => readable.destroy(error));
    },
    destroy(error, callback) {
      const done = () => core.nextTick(callback, error);
      if (closed) return done();
      PromisePrototypeThen(reader.cancel(error), done, done);
    },
  });
  PromisePrototypeThen(reader.closed, () => { closed = true; }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

function writableToWeb(writable) {
  if (!isWritableNodeStream(writable)) throw invalidArgType("streamWritable", "an stream.Writable", writable);
  if (isDestroyed(writable) || !writable.writable) {
    const stream = new WritableStream();
    stream.close();
    return stream;
  }
  let waitingDrain = null;
  writable.on("drain", () => {
    const resolve = waitingDrain;
    waitingDrain = null;
    if (resolve) resolve();
  });
  let controller;
  finished(writable, (error) => {
    if (error && controller) controller.error(error);
  });
  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (writable.writableNeedDrain || !writable.write(chunk)) {
        return new Promise((resolve) => { waitingDrain = resolve; });
      }
      return undefined;
    },
    close() {
      return new Promise((resolve, reject) => {
        writable.end((error) => (error ? reject(error) : resolve()));
      });
    },
    abort(reason) {
      writable.destroy(reason);
    },
  }, { highWaterMark: writable.writableHighWaterMark });
}

function writableFromWeb(writableStream, options = {}) {
  requireInstance(writableStream, WritableStream, "writableStream");
  validateObject(options, "options");
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const { Writable } = require("internal/streams/writable");
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      if (Buffer.isBuffer(chunk)) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk), () => callback(), callback), callback);
    },
    final(callback) {
      PromisePrototypeThen(writer.close(), () => {
        closed = true;
        callback();
      }, callback);
    },
    destroy(error, callback) {
      const done = () => core.nextTick(callback, error);
      if (closed) return done();
      PromisePrototypeThen(writer.abort(error), done, done);
    },
  });
  return writable;
}

module.exports = { readableToWeb, readableFromWeb, writableToWeb, writableFromWeb };
