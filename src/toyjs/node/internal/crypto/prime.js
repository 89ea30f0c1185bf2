// node:crypto's primes: checkPrime(Sync) and generatePrime(Sync). Candidates and results are
// bigints or big-endian bytes; the work is Python's (primes.py), the callback forms on a
// worker thread. As in Node, their callbacks get `undefined` as the error when there is none.
"use strict";
const {
  ArrayBufferIsView, BigInt, BigIntPrototypeToString, NumberIsInteger, ReflectApply, TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeSlice, Uint8Array,
} = core.primordials;
const { invalidArgType, outOfRange, validateBoolean, validateFunction, validateObject } = require("internal/errors");
const { arrayBufferLength, viewBytes, callbackWhenDone, encodeOutput } = require("internal/crypto/util");
const { Buffer } = require("buffer");

const bufferFrom = Buffer.from;
const { ops } = core;

const MAX_INT32 = 2 ** 31 - 1;
const CANDIDATE_TYPES = ["bigint", "ArrayBuffer", "TypedArray", "Buffer", "DataView"];

// A bigint or bytes (view or ArrayBuffer) as big-endian bytes.
function bigEndian(value, name) {
  if (typeof value === "bigint") {
    if (value < 0n) throw outOfRange(name, ">= 0", value);
    const hex = BigIntPrototypeToString(value, 16);
    return ReflectApply(bufferFrom, Buffer, [hex.length % 2 === 0 ? hex : `0${hex}`, "hex"]);
  }
  if (ArrayBufferIsView(value)) return viewBytes(value);
  if (arrayBufferLength(value) >= 0) return new Uint8Array(value);
  throw invalidArgType(name, CANDIDATE_TYPES, value);
}

function checkInteger(value, name, min) {
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!NumberIsInteger(value) || value < min || value > MAX_INT32) throw outOfRange(name, `>= ${min} && <= ${MAX_INT32}`, value);
}

function checkPrimeArguments(candidate, options) {
  const bytes = bigEndian(candidate, "candidate");
  if (options !== undefined) validateObject(options, "options");
  const { checks = 0 } = options ?? {};
  checkInteger(checks, "options.checks", 0);
  return [bytes, checks];
}

function checkPrimeSync(candidate, options) {
  const [bytes, checks] = checkPrimeArguments(candidate, options);
  return ops.cryptoPrimeCheck(bytes, checks);
}

function checkPrime(candidate, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  const [bytes, checks] = checkPrimeArguments(candidate, options);
  validateFunction(callback, "callback");
  callbackWhenDone(ops.cryptoPrimeCheckAsync(bytes, checks), callback, (prime) => [undefined, prime]);
}

function generatePrimeArguments(size, options) {
  checkInteger(size, "size", 1);
  if (options !== undefined) validateObject(options, "options");
  const { safe = false, bigint = false, add, rem } = options ?? {};
  validateBoolean(safe, "options.safe");
  validateBoolean(bigint, "options.bigint");
  const addBytes = add === undefined ? null : bigEndian(add, "options.add");
  const remBytes = rem === undefined ? null : bigEndian(rem, "options.rem");
  return [[size, safe, addBytes, remBytes], bigint];
}

// A prime's bytes as a bigint, or as an ArrayBuffer of their own.
function primeResult(bytes, bigint) {
  if (bigint) return BigInt(`0x${encodeOutput(bytes, "hex")}`);
  return TypedArrayPrototypeGetBuffer(TypedArrayPrototypeSlice(bytes));
}

function generatePrimeSync(size, options) {
  const [args, bigint] = generatePrimeArguments(size, options);
  return primeResult(ReflectApply(ops.cryptoPrimeGenerate, undefined, args), bigint);
}

function generatePrime(size, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  const [args, bigint] = generatePrimeArguments(size, options);
  validateFunction(callback, "callback");
  callbackWhenDone(ReflectApply(ops.cryptoPrimeGenerateAsync, undefined, args), callback, (bytes) => [undefined, primeResult(bytes, bigint)]);
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };
