// node:zlib: gzip, deflate (zlib and raw) and Brotli, as one-shot functions (sync, and with a
// callback: the work runs on a worker thread) and as Transform streams (internal/zlib/streams),
// with Node's constants and crc32. The engines are Python's (zlib/ops.py).
"use strict";
const {
  ArrayBufferIsView, NumberIsInteger, ObjectDefineProperty, ObjectKeys, PromisePrototypeThen, ReflectApply,
  StringPrototypeStartsWith, Uint8Array,
} = core.primordials;
const { Buffer } = require("buffer");
const { invalidArgType, outOfRange, validateFunction } = require("internal/errors");
const { arrayBufferLength, asBuffer, callbackWhenDone, dataBytes, viewBytes } = require("internal/crypto/util");
const { constants, codes } = require("internal/zlib/constants");
const { classes, closeHandle, engineError } = require("internal/zlib/streams");

const bufferFrom = Buffer.from;

// The bytes of a one-shot call's input: a string (utf8), view or ArrayBuffer; `name` and
// `types` are those the error names (Node's sync and callback forms word it differently).
function inputBytes(input, name, types) {
  if (typeof input === "string") return ReflectApply(bufferFrom, Buffer, [input, "utf8"]);
  if (ArrayBufferIsView(input)) return viewBytes(input);
  if (arrayBufferLength(input) >= 0) return new Uint8Array(input);
  throw invalidArgType(name, types, input);
}

const SYNC_INPUT = ["string", "Buffer", "TypedArray", "DataView", "ArrayBuffer"];
const CALLBACK_INPUT = ["string", "Buffer", "TypedArray", "DataView"];

// What a one-shot call gives: the output, or with the `info` option { buffer, engine }.
function resultOf(engine, buffer) {
  return engine._info ? { buffer, engine } : buffer;
}

function syncForm(Class, name) {
  const holder = {
    [name](buffer, options) {
      const data = inputBytes(buffer, "buffer", SYNC_INPUT);
      const engine = new Class(options);
      try {
        return resultOf(engine, engine._processChunk(data, engine._finishFlushFlag));
      } finally {
        closeHandle(engine);
      }
    },
  };
  return holder[name];
}

function callbackForm(Class, name) {
  const holder = {
    [name](buffer, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = {};
      }
      validateFunction(callback, "callback");
      const engine = new Class(options);
      const data = inputBytes(buffer, "chunk", CALLBACK_INPUT);
      const done = PromisePrototypeThen(engine._handle.processAsync(data, engine._finishFlushFlag), (out) => {
        closeHandle(engine);
        return out;
      }, (error) => {
        closeHandle(engine);
        throw engineError(error);
      });
      callbackWhenDone(done, callback, (out) => {
        engine.bytesWritten += data.byteLength;
        return [null, resultOf(engine, asBuffer(out))];
      });
    },
  };
  return holder[name];
}

// crc32(data[, value]): the CRC-32 (gzip's) of `data`, going on from `value`.
function crc32(data, value = 0) {
  const bytes = dataBytes(data, undefined, "data");
  if (typeof value !== "number") throw invalidArgType("value", "number", value);
  if (!NumberIsInteger(value)) throw outOfRange("value", "an integer", value);
  if (value < 0 || value > 4294967295) throw outOfRange("value", ">= 0 && <= 4294967295", value);
  return core.ops.zlibCrc32(bytes, value);
}

const {
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
} = classes;

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
  deflate: callbackForm(Deflate, "deflate"),
  deflateSync: syncForm(Deflate, "deflateSync"),
  gzip: callbackForm(Gzip, "gzip"),
  gzipSync: syncForm(Gzip, "gzipSync"),
  deflateRaw: callbackForm(DeflateRaw, "deflateRaw"),
  deflateRawSync: syncForm(DeflateRaw, "deflateRawSync"),
  unzip: callbackForm(Unzip, "unzip"),
  unzipSync: syncForm(Unzip, "unzipSync"),
  inflate: callbackForm(Inflate, "inflate"),
  inflateSync: syncForm(Inflate, "inflateSync"),
  gunzip: callbackForm(Gunzip, "gunzip"),
  gunzipSync: syncForm(Gunzip, "gunzipSync"),
  inflateRaw: callbackForm(InflateRaw, "inflateRaw"),
  inflateRawSync: syncForm(InflateRaw, "inflateRawSync"),
  brotliCompress: callbackForm(BrotliCompress, "brotliCompress"),
  brotliCompressSync: syncForm(BrotliCompress, "brotliCompressSync"),
  brotliDecompress: callbackForm(BrotliDecompress, "brotliDecompress"),
  brotliDecompressSync: syncForm(BrotliDecompress, "brotliDecompressSync"),
  createDeflate: (options) => new Deflate(options),
  createInflate: (options) => new Inflate(options),
  createDeflateRaw: (options) => new DeflateRaw(options),
  createInflateRaw: (options) => new InflateRaw(options),
  createGzip: (options) => new Gzip(options),
  createGunzip: (options) => new Gunzip(options),
  createUnzip: (options) => new Unzip(options),
  createBrotliCompress: (options) => new BrotliCompress(options),
  createBrotliDecompress: (options) => new BrotliDecompress(options),
  constants,
  codes,
};

// The legacy top-level constants (zlib's, not Brotli's): read-only and not enumerable.
const names = ObjectKeys(constants);
for (let i = 0; i < names.length; i++) {
  if (StringPrototypeStartsWith(names[i], "BROTLI_")) continue;
  ObjectDefineProperty(module.exports, names[i], { value: constants[names[i]], enumerable: false, writable: false, configurable: false });
}
