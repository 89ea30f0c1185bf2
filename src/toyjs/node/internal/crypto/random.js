// node:crypto's randomness: randomBytes, randomFill(Sync), randomInt, randomUUID and
// timingSafeEqual. The bytes are the OS's (os.urandom); the callback forms get them off the
// loop and call back in a later macrotask.
"use strict";
const {
  ArrayBufferIsView, MathTrunc, NumberIsInteger, RangeError, ReflectApply, TypeError, TypedArrayPrototypeSet, Uint8Array,
} = core.primordials;
const {
  codedError, invalidArgType, outOfRange, validateBoolean, validateFunction, validateObject,
} = require("internal/errors");
const { arrayBufferLength, asBuffer, callbackLater, callbackWhenDone, viewBytes } = require("internal/crypto/util");
const { ops } = core;

const MAX_SIZE = 2 ** 31 - 1;
const isSafeInteger = (value) => NumberIsInteger(value) && value >= -(2 ** 53 - 1) && value <= 2 ** 53 - 1;
const MAX_RANGE = 2 ** 48 - 1;

function checkSize(size, name, max = MAX_SIZE) {
  if (typeof size !== "number") throw invalidArgType(name, "number", size);
  if (!(size >= 0 && size <= max) || size % 1 !== 0) throw outOfRange(name, `>= 0 && <= ${max}`, size);
}

// randomBytes takes a fractional size, and makes that many whole bytes.
function randomBytes(size, callback) {
  if (typeof size === "number" && size >= 0 && size <= MAX_SIZE) size = MathTrunc(size);
  checkSize(size, "size");
  if (callback === undefined) return asBuffer(ops.cryptoRandomBytes(size));
  validateFunction(callback, "callback");
  callbackWhenDone(ops.cryptoRandomBytesAsync(size), callback, (bytes) => [null, asBuffer(bytes)]);
}

// The bytes of `buf` (an ArrayBuffer or a view) that randomFill fills: [offset, offset + size).
function fillTarget(buf, offset, size) {
  let bytes;
  if (ArrayBufferIsView(buf)) bytes = viewBytes(buf);
  else if (arrayBufferLength(buf) >= 0) bytes = new Uint8Array(buf);
  else throw invalidArgType("buf", ["ArrayBuffer", "ArrayBufferView"], buf);
  // Offsets and sizes count elements of the view's type, as Node counts them.
  const unit = ArrayBufferIsView(buf) && buf.BYTES_PER_ELEMENT !== undefined ? buf.BYTES_PER_ELEMENT : 1;
  const length = bytes.length / unit;
  if (offset === undefined) offset = 0;
  checkSize(offset, "offset", length);
  if (size === undefined) size = length - offset;
  checkSize(size, "size", MAX_SIZE);
  if (size + offset > length) throw outOfRange("size + offset", `<= ${length}`, size + offset);
  return new Uint8Array(bytes.buffer, bytes.byteOffset + offset * unit, size * unit);
}

function randomFillSync(buf, offset, size) {
  const target = fillTarget(buf, offset, size);
  TypedArrayPrototypeSet(target, ops.cryptoRandomBytes(target.length));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === "function") [offset, callback] = [undefined, offset];
  else if (typeof size === "function") [size, callback] = [undefined, size];
  validateFunction(callback, "callback");
  const target = fillTarget(buf, offset, size);
  callbackWhenDone(ops.cryptoRandomBytesAsync(target.length), callback, (bytes) => {
    TypedArrayPrototypeSet(target, bytes);
    return [null, buf];
  });
}

// randomInt([min, ]max[, callback]): an integer in [min, max).
function randomInt(min, max, callback) {
  if (max === undefined || typeof max === "function") {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, "callback");
  if (!isSafeInteger(min)) throw invalidArgType("min", "a safe integer", min);
  if (!isSafeInteger(max)) throw invalidArgType("max", "a safe integer", max);
  if (max <= min) throw outOfRange("max", `greater than the value of "min" (${min})`, max);
  if (max - min > MAX_RANGE) throw outOfRange("max - min", `<= ${MAX_RANGE}`, max - min);
  const value = ops.cryptoRandomInt(min, max);
  if (callback === undefined) return value;
  callbackLater(callback, () => [undefined, value]);
}

// Web Crypto's object (the global crypto), which randomUUID and getRandomValues share.
const webcrypto = globalThis.crypto;
const webRandomUUID = webcrypto.randomUUID;
const webGetRandomValues = webcrypto.getRandomValues;

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, "options");
    if (options.disableEntropyCache !== undefined) validateBoolean(options.disableEntropyCache, "options.disableEntropyCache");
  }
  return ReflectApply(webRandomUUID, webcrypto, []);
}

function getRandomValues(array) {
  return ReflectApply(webGetRandomValues, webcrypto, [array]);
}

const BUFFER_TYPES = "an instance of ArrayBuffer, Buffer, TypedArray, or DataView";

function timingSafeEqual(buf1, buf2) {
  const bytes = (value, name) => {
    if (ArrayBufferIsView(value)) return viewBytes(value);
    if (arrayBufferLength(value) >= 0) return new Uint8Array(value);
    throw codedError(TypeError, "ERR_INVALID_ARG_TYPE", `The "${name}" argument must be ${BUFFER_TYPES}.`);
  };
  const first = bytes(buf1, "buf1");
  const second = bytes(buf2, "buf2");
  if (first.length !== second.length) {
    throw codedError(RangeError, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH", "Input buffers must have the same byte length");
  }
  let difference = 0;
  for (let i = 0; i < first.length; i++) difference |= first[i] ^ second[i];
  return difference === 0;
}

module.exports = {
  randomBytes, randomFillSync, randomFill, randomInt, randomUUID, getRandomValues, timingSafeEqual, webcrypto,
};
