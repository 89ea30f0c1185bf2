// node:crypto's Hash and Hmac (createHash, createHmac, crypto.hash, getHashes). The digest
// runs in Python (hashlib, hmac); each object holds the functions of its digest in progress.
// Node's Hash and Hmac are also stream.Transforms; these have the update/digest API only, and
// keep their state in private fields so that a Transform base can be put under them later.
"use strict";
const { Error, Symbol, Uint8Array } = core.primordials;
const { invalidArgType, validateString, validateObject, outOfRange } = require("internal/errors");
const { dataBytes, encodeOutput, hashFinalized } = require("internal/crypto/util");
const { secretBytes } = require("internal/crypto/keys");
const { ops } = core;

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

class Hash {
  #digest;
  #finalized = false;

  constructor(algorithm, options) {
    if (algorithm === fromCopy) {
      this.#digest = options;
      return;
    }
    validateString(algorithm, "algorithm");
    this.#digest = ops.cryptoHashNew(algorithm, outputLengthOf(options));
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
    if (this.#finalized) throw hashFinalized();
    this.#finalized = true;
    return encodeOutput(this.#digest.digest(), encoding);
  }
}

class Hmac {
  #digest;
  #finalized = false;

  constructor(algorithm, key, options) {
    validateString(algorithm, "hmac");
    this.#digest = ops.cryptoHmacNew(algorithm, secretBytes(key, "key", options?.encoding));
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
}

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
