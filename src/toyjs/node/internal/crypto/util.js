// What node:crypto's parts share: turning their inputs into bytes (strings in an encoding,
// Buffers, typed arrays, DataViews, ArrayBuffers), their outputs into Buffers or strings, the
// errors only crypto throws, and calling back from an operation that ran off the loop.
"use strict";
const {
  ArrayBufferIsView, ArrayBufferPrototypeGetByteLength, PromisePrototypeThen, ReflectApply, Error, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength,
  Uint8Array,
} = core.primordials;
const { codedError, invalidArgType } = require("internal/errors");
const { normalizeEncoding } = require("internal/buffer/encodings");
const { Buffer } = require("buffer");

const bufferFrom = Buffer.from;
const bufferToString = Buffer.prototype.toString;

// The bytes of an ArrayBuffer, or -1 when `value` is none.
function arrayBufferLength(value) {
  try {
    return ArrayBufferPrototypeGetByteLength(value);
  } catch {
    return -1;
  }
}

// The bytes a view (typed array or DataView) looks at, as a Uint8Array over the same memory.
function viewBytes(view) {
  return core.viewBytes(view);
}

// `data` as bytes: a string in `encoding` (utf8 when it names none), a view, or (when
// `acceptArrayBuffer`) an ArrayBuffer; anything else is Node's ERR_INVALID_ARG_TYPE with
// `expected` as the types the message lists.
function bytesOf(data, name, encoding, expected, acceptArrayBuffer = false) {
  if (typeof data === "string") return ReflectApply(bufferFrom, Buffer, [data, normalizeEncoding(encoding) ?? "utf8"]);
  if (ArrayBufferIsView(data)) return viewBytes(data);
  if (acceptArrayBuffer && arrayBufferLength(data) >= 0) return new Uint8Array(data);
  throw invalidArgType(name, expected, data);
}

const DATA_TYPES = ["string", "Buffer", "TypedArray", "DataView"];
const BUFFER_SOURCE_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"];

// What update() and friends take: a string (in `encoding`), Buffer, TypedArray or DataView.
function dataBytes(data, encoding, name = "data") {
  return bytesOf(data, name, encoding, DATA_TYPES);
}

// What passwords, salts and the like may be: also an ArrayBuffer.
function sourceBytes(data, name, encoding) {
  return bytesOf(data, name, encoding, BUFFER_SOURCE_TYPES, true);
}

// A Buffer over the bytes an op returned (a Uint8Array of its own memory).
function asBuffer(bytes) {
  return ReflectApply(bufferFrom, Buffer, [
    TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetByteLength(bytes),
  ]);
}

// An op's bytes as a string in `encoding` when it is one of Buffer's, else as a Buffer (as
// Node does, "buffer" or an unknown name gives the Buffer).
function encodeOutput(bytes, encoding) {
  const buffer = asBuffer(bytes);
  if (encoding === undefined || encoding === "buffer") return buffer;
  const known = normalizeEncoding(encoding);
  return known === undefined ? buffer : ReflectApply(bufferToString, buffer, [known]);
}

// Errors only node:crypto throws.
const hashFinalized = () => codedError(Error, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called");
const invalidState = (what) => codedError(Error, "ERR_CRYPTO_INVALID_STATE", what === undefined ? "Invalid state" : `Invalid state for operation ${what}`);

// Calls `callback(...argumentsOf(value))` when `promise` (an op run off the loop) fulfils
// with `value` (the arguments start with the error slot: null, or undefined for randomInt as
// in Node), or `callback(error)` when it (or `argumentsOf`) fails; an error the callback
// throws is uncaught, as in Node.
function callbackWhenDone(promise, callback, argumentsOf) {
  const call = (args) => {
    try {
      ReflectApply(callback, undefined, args);
    } catch (error) {
      core.reportError(error);
    }
  };
  const fulfilled = (value) => {
    let args;
    try {
      args = argumentsOf(value);
    } catch (error) {
      args = [error];
    }
    call(args);
  };
  PromisePrototypeThen(promise, fulfilled, (error) => call([error]));
}

// Calls `callback(...argumentsOf())` (or `callback(error)`) in a later macrotask, as Node
// calls back from work it did at once.
function callbackLater(callback, argumentsOf) {
  callbackWhenDone(core.ops.cryptoNextTurn(), callback, argumentsOf);
}

module.exports = {
  viewBytes, dataBytes, sourceBytes, arrayBufferLength, asBuffer, encodeOutput, hashFinalized, invalidState,
  callbackWhenDone, callbackLater,
};
