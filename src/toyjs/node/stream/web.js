// node:stream/web: the WHATWG stream classes (the same as the globals).
"use strict";
const NAMES = [
  "ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
  "ReadableByteStreamController", "ReadableStreamDefaultController", "TransformStream",
  "TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultWriter",
  "WritableStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy",
  "TextEncoderStream", "TextDecoderStream", "CompressionStream", "DecompressionStream",
];
for (let i = 0; i < NAMES.length; i++) {
  const value = globalThis[NAMES[i]];
  if (value !== undefined) exports[NAMES[i]] = value;
}
