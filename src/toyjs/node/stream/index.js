// node:stream. The module is the legacy Stream class, carrying the stream classes and helpers
// (internal/streams/ has one file per piece).
"use strict";
const { ArrayBufferIsView, ObjectDefineProperty, Symbol, Uint8Array } = core.primordials;
const { Buffer } = require("buffer");
const { Stream } = require("internal/streams/legacy");
const { Readable } = require("internal/streams/readable");
const { Writable } = require("internal/streams/writable");
const { Duplex } = require("internal/streams/duplex");
const { Transform } = require("internal/streams/transform");
const { PassThrough } = require("internal/streams/passthrough");
const { finished, finishedPromise } = require("internal/streams/finished");
const { pipeline, pipelinePromise } = require("internal/streams/pipeline");
const { compose } = require("internal/streams/compose");
const { addAbortSignal } = require("internal/streams/abort");
const { from } = require("internal/streams/from");
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require("internal/streams/options");
const { duplexPair } = require("internal/streams/duplex_pair");
const {
  isDestroyed, isDisturbed, isErrored, isNodeStream, isReadable, isWritable,
} = require("internal/streams/utils");
const web = require("internal/streams/web_adapters");
const operators = require("internal/streams/operators");

const kCustomPromisify = Symbol.for("nodejs.util.promisify.custom");

Readable.from = function (iterable, options) {
  return from(Readable, iterable, options);
};
Readable.fromWeb = web.readableFromWeb;
Readable.toWeb = web.readableToWeb;
Readable.isDisturbed = isDisturbed;
Writable.fromWeb = web.writableFromWeb;
Writable.toWeb = web.writableToWeb;
operators.install(Readable);

ObjectDefineProperty(pipeline, kCustomPromisify, { value: pipelinePromise, enumerable: true, configurable: true });
ObjectDefineProperty(finished, kCustomPromisify, { value: finishedPromise, enumerable: true, configurable: true });

// stream.destroy(stream, error): destroys any stream-like value.
function destroy(stream, error) {
  if (isNodeStream(stream) || typeof stream?.destroy === "function") stream.destroy(error);
  else if (typeof stream?.abort === "function") stream.abort();
  return stream;
}

Stream.isDisturbed = isDisturbed;
Stream.isErrored = isErrored;
Stream.isReadable = isReadable;
Stream.isWritable = isWritable;
Stream.isDestroyed = isDestroyed;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = finished;
Stream.destroy = destroy;
Stream.compose = compose;
Stream.duplexPair = duplexPair;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
ObjectDefineProperty(Stream, "promises", {
  get() {
    return require("stream/promises");
  },
  enumerable: true,
  configurable: true,
});
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBufferIsView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
