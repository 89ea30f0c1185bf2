// node:crypto's key derivation: pbkdf2, scrypt and hkdf, each with a *Sync form. The work is
// Python's (kdf.py); the callback forms run it on a worker thread.
"use strict";
const { ArrayBufferIsView, ArrayBufferPrototypeSlice, Error, ReflectApply, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeSlice } = core.primordials;
const {
  codedError, invalidArgType, outOfRange, validateFunction, validateObject, validateString,
} = require("internal/errors");
const { sourceBytes, asBuffer, arrayBufferLength, callbackWhenDone } = require("internal/crypto/util");
const { isKeyObject, materialOf, invalidKeyObjectType } = require("internal/crypto/keys");
const { ops } = core;

const INT32_MAX = 2 ** 31 - 1;

function checkInt32(value, name, min) {
  if (typeof value !== "number") throw invalidArgType(name, "number", value);
  if (!(value >= min && value <= INT32_MAX) || value % 1 !== 0) throw outOfRange(name, `>= ${min} && <= ${INT32_MAX}`, value);
}

// The bytes an op derives, now (the *Sync functions)...
function deriveNow(op, args, wrap) {
  return wrap(ReflectApply(op, undefined, args));
}

// ... or off the loop, then callback(error, result).
function deriveLater(op, args, callback, wrap) {
  callbackWhenDone(ReflectApply(op, undefined, args), callback, (bytes) => [null, wrap(bytes)]);
}

// ── PBKDF2 ──

function pbkdf2Arguments(password, salt, iterations, keylen, digest) {
  const passwordBytes = sourceBytes(password, "password");
  const saltBytes = sourceBytes(salt, "salt");
  checkInt32(iterations, "iterations", 1);
  checkInt32(keylen, "keylen", 0);
  validateString(digest, "digest");
  return [passwordBytes, saltBytes, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return deriveNow(ops.cryptoPbkdf2, pbkdf2Arguments(password, salt, iterations, keylen, digest), asBuffer);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === "function") [digest, callback] = [undefined, digest];
  const args = pbkdf2Arguments(password, salt, iterations, keylen, digest);
  validateFunction(callback, "callback");
  ops.cryptoKdfDigest(digest); // (a digest it cannot use throws here, before the work starts)
  deriveLater(ops.cryptoPbkdf2Async, args, callback, asBuffer);
}

// ── scrypt ──

const SCRYPT_DEFAULTS = { N: 16384, r: 8, p: 1, maxmem: 32 * 1024 * 1024 };

// options' N (or cost), r (or blockSize), p (or parallelization) and maxmem; each long name
// and its short one together are an error, as in Node.
function scryptParameters(options) {
  const parameters = { ...SCRYPT_DEFAULTS };
  if (options === undefined || options === null) return parameters;
  validateObject(options, "options");
  for (const [short, long] of [["N", "cost"], ["r", "blockSize"], ["p", "parallelization"], ["maxmem", "maxmem"]]) {
    const shortValue = options[short];
    const longValue = short === long ? undefined : options[long];
    if (shortValue !== undefined && longValue !== undefined) {
      throw codedError(Error, "ERR_CRYPTO_SCRYPT_INVALID_PARAMETER", "Invalid scrypt parameter");
    }
    const value = shortValue ?? longValue;
    if (value === undefined) continue;
    const name = `options.${shortValue !== undefined ? short : long}`;
    if (typeof value !== "number") throw invalidArgType(name, "number", value);
    if (!(value >= 0 && value <= (short === "maxmem" ? 2 ** 53 - 1 : 2 ** 32 - 1)) || value % 1 !== 0) {
      throw outOfRange(name, `>= 0 && <= ${short === "maxmem" ? 2 ** 53 - 1 : 2 ** 32 - 1}`, value);
    }
    parameters[short] = value;
  }
  return parameters;
}

function scryptArguments(password, salt, keylen, options) {
  const passwordBytes = sourceBytes(password, "password");
  const saltBytes = sourceBytes(salt, "salt");
  checkInt32(keylen, "keylen", 0);
  const { N, r, p, maxmem } = scryptParameters(options);
  return [passwordBytes, saltBytes, keylen, N, r, p, maxmem];
}

function scryptSync(password, salt, keylen, options) {
  const args = scryptArguments(password, salt, keylen, options);
  return deriveNow(ops.cryptoScrypt, args, asBuffer);
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === "function") [options, callback] = [undefined, options];
  const args = scryptArguments(password, salt, keylen, options);
  validateFunction(callback, "callback");
  // Node checks the parameters before it starts: bad ones throw here, not in the callback.
  ops.cryptoScryptCheck(args[3], args[4], args[5], args[6]);
  deriveLater(ops.cryptoScryptAsync, args, callback, asBuffer);
}

// ── HKDF ──

const IKM_TYPES = ["string", "SecretKeyObject", "ArrayBuffer", "TypedArray", "DataView", "Buffer"];

function hkdfArguments(digest, ikm, salt, info, keylen) {
  validateString(digest, "digest");
  let key;
  if (isKeyObject(ikm)) {
    if (ikm.type !== "secret") throw invalidKeyObjectType(ikm.type, "secret");
    key = materialOf(ikm);
  } else if (typeof ikm === "string" || ArrayBufferIsView(ikm) || arrayBufferLength(ikm) >= 0) {
    key = sourceBytes(ikm, "ikm");
  } else {
    throw invalidArgType("ikm", IKM_TYPES, ikm);
  }
  const saltBytes = sourceBytes(salt, "salt");
  const infoBytes = sourceBytes(info, "info");
  checkInt32(keylen, "length", 0);
  if (infoBytes.length > 1024) throw outOfRange("info", "must not contain more than 1024 bytes", infoBytes.length);
  return [digest, key, saltBytes, infoBytes, keylen];
}

// HKDF's result is an ArrayBuffer of its own.
const arrayBufferOf = (bytes) => ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(TypedArrayPrototypeSlice(bytes)));

function hkdfSync(digest, ikm, salt, info, keylen) {
  return deriveNow(ops.cryptoHkdf, hkdfArguments(digest, ikm, salt, info, keylen), arrayBufferOf);
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const args = hkdfArguments(digest, ikm, salt, info, keylen);
  validateFunction(callback, "callback");
  ops.cryptoHkdfCheck(digest, keylen);
  deriveLater(ops.cryptoHkdfAsync, args, callback, arrayBufferOf);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
