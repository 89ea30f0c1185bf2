// node:crypto's Hash and Hmac (createHash, createHmac, crypto.hash, getHashes). The digest
// runs in Python (hashlib, hmac); each object holds the functions of its digest in progress.
// Both are stream.Transforms too (internal/crypto/lazy_transform.js): what is written is hashed,
// and at the end the digest is the one chunk read (a string after setEncoding).
"use strict";
const { Error, Symbol, Uint8Array } = core.primordials;
const { invalidArgType, validateString, validateObject, outOfRange } = require("internal/errors");
const { dataBytes, encodeOutput, hashFinalized } = require("internal/crypto/util");
const { secretBytes } = require("internal/crypto/keys");
const { LazyTransform } = require("internal/crypto/lazy_transform");
const { ops } = core;

// The stream side both share: each chunk written goes to update().
function hashChunk(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

const fromCopy = Symbol("fromCopy");

// The outputLength option (XOFs): undefined, or a whole number of bytes.
function outputLengthOf(options) {
  if (options === undefined) return undefined;
  validateObject(options, "options");
  const length = options.outputLength;
  if (length === undefined) return undefined;
  if (typeof length !== "number") throw invalidArgType("options.outputLength", "number", length);
  if (!(length >= 0 && length <= 2 ** 32 - 1) || length % 1 !== 0) {
    throw outOfRange("options.outputLength", ">= 0 && <= 4294967295", length);
  }
  return length;
}

class Hash extends LazyTransform {
  #digest;
  #finalized = false;
  #streamed; // the digest the stream gave at its end, until digest() takes it

  constructor(algorithm, options) {
    if (algorithm === fromCopy) {
      super();
      this.#digest = options;
      return;
    }
    validateString(algorithm, "algorithm");
    const digest = ops.cryptoHashNew(algorithm, outputLengthOf(options));
    super(options);
    this.#digest = digest;
  }

  copy(options) {
    if (this.#finalized) throw hashFinalized();
    return new Hash(fromCopy, this.#digest.copy(outputLengthOf(options)));
  }

  update(data, encoding) {
    if (this.#finalized) throw hashFinalized();
    this.#digest.update(dataBytes(data, encoding));
    return this;
  }

  digest(encoding) {
    if (this.#finalized) {
      // As in Node, the digest the stream gave can still be had once.
      const streamed = this.#streamed;
      if (streamed === undefined) throw hashFinalized();
      this.#streamed = undefined;
      return encodeOutput(streamed, encoding);
    }
    this.#finalized = true;
    return encodeOutput(this.#digest.digest(), encoding);
  }

  _flush(callback) {
    const bytes = this.digest();
    this.#streamed = bytes;
    this.push(bytes);
    callback();
  }
}

class Hmac extends LazyTransform {
  #digest;
  #finalized = false;

  constructor(algorithm, key, options) {
    validateString(algorithm, "hmac");
    const digest = ops.cryptoHmacNew(algorithm, secretBytes(key, "key", options?.encoding));
    super(options);
    this.#digest = digest;
  }

  update(data, encoding) {
    if (this.#finalized) throw hashFinalized();
    this.#digest.update(dataBytes(data, encoding));
    return this;
  }

  // A second digest() gives an empty result, as in Node.
  digest(encoding) {
    if (this.#finalized) return encodeOutput(new Uint8Array(0), encoding);
    this.#finalized = true;
    return encodeOutput(this.#digest.digest(), encoding);
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

Hash.prototype._transform = hashChunk;
Hmac.prototype._transform = hashChunk;

// crypto.hash(algorithm, data, outputEncoding = "hex"): one digest at once.
function hash(algorithm, data, outputEncoding = "hex") {
  validateString(algorithm, "algorithm");
  if (typeof data !== "string") dataBytes(data, undefined, "input"); // (checks the type)
  if (outputEncoding !== undefined) validateString(outputEncoding, "outputEncoding");
  let digest;
  try {
    digest = ops.cryptoHashNew(algorithm, undefined);
  } catch {
    throw new Error(`Digest method ${algorithm} is not supported`);
  }
  digest.update(dataBytes(data, undefined, "input"));
  return encodeOutput(digest.digest(), outputEncoding);
}

let hashNames;
function getHashes() {
  hashNames ??= ops.cryptoHashNames();
  return [...hashNames];
}

module.exports = { Hash, Hmac, hash, getHashes };
