// What a stream accepts as a chunk when it is not in object mode: strings (with an encoding),
// Buffers, and any other ArrayBufferView, taken as a Buffer over the same bytes.
"use strict";
const {
  ArrayBufferIsView, DataView, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
} = core.primordials;
const { Buffer } = require("buffer");
const { invalidArgType } = require("internal/errors");

// A Buffer over a view's bytes (no copy), or undefined when `value` is no view.
function bytesAsBuffer(value) {
  if (Buffer.isBuffer(value)) return value;
  if (!ArrayBufferIsView(value)) return undefined;
  if (value instanceof DataView) {
    return Buffer.from(DataViewPrototypeGetBuffer(value), DataViewPrototypeGetByteOffset(value), DataViewPrototypeGetByteLength(value));
  }
  return Buffer.from(TypedArrayPrototypeGetBuffer(value), TypedArrayPrototypeGetByteOffset(value), TypedArrayPrototypeGetByteLength(value));
}

function invalidChunk(chunk) {
  return invalidArgType("chunk", ["string", "Buffer", "TypedArray", "DataView"], chunk);
}

module.exports = { bytesAsBuffer, invalidChunk };
