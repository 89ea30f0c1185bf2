// node:crypto's Cipheriv and Decipheriv (createCipheriv, createDecipheriv, getCiphers). The
// cipher runs in Python (ciphers.py); each object holds the functions of its cipher in
// progress. Both are stream.Transforms too (internal/crypto/lazy_transform.js): each chunk
// written comes out through update(), and final()'s bytes at the end.
"use strict";
const { ArrayBufferIsView, Error, TypeError } = core.primordials;
const { codedError, invalidArgType, validateObject, validateString } = require("internal/errors");
const { arrayBufferLength, dataBytes, sourceBytes, encodeOutput, invalidState } = require("internal/crypto/util");
const { secretBytes } = require("internal/crypto/keys");
const { LazyTransform } = require("internal/crypto/lazy_transform");
const { normalizeEncoding } = require("internal/buffer/encodings");
const { StringDecoder } = require("string_decoder");
const { ops } = core;

const IV_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"];

// The cipher's authTagLength option: undefined or a whole number.
function tagLengthOf(options) {
  if (options === undefined || options === null) return undefined;
  validateObject(options, "options");
  const length = options.authTagLength;
  if (length !== undefined && (typeof length !== "number" || length % 1 !== 0 || length < 0)) {
    throw codedError(TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", `Invalid authentication tag length: ${length}`);
  }
  return length;
}

let cipherOf, isFinalized; // (set by CipherBase: its subclasses' view of its fields)

class CipherBase extends LazyTransform {
  #cipher;
  #finalized = false;
  #decoder = null; // text output: what is held back until it makes whole characters

  // Output bytes as `encoding` asks; text goes through a decoder, so that output split across
  // update() calls (a base64 quantum, a UTF-8 character) comes out whole, as in Node.
  #output(bytes, encoding, last) {
    if (encoding === undefined || encoding === null || encoding === "buffer" || normalizeEncoding(encoding) === undefined) {
      return encodeOutput(bytes);
    }
    if (this.#decoder === null || this.#decoder.encoding !== normalizeEncoding(encoding)) this.#decoder = new StringDecoder(encoding);
    return last ? this.#decoder.end(encodeOutput(bytes)) : this.#decoder.write(encodeOutput(bytes));
  }

  constructor(cipher, key, iv, options, decrypt) {
    super(options);
    validateString(cipher, "cipher");
    const keyBytes = secretBytes(key, "key");
    let ivBytes = null;
    if (iv !== null && iv !== undefined) {
      if (typeof iv !== "string" && !ArrayBufferIsView(iv) && arrayBufferLength(iv) < 0) throw invalidArgType("iv", IV_TYPES, iv);
      ivBytes = sourceBytes(iv, "iv");
    }
    this.#cipher = ops.cryptoCipherNew(cipher, keyBytes, ivBytes, decrypt, tagLengthOf(options));
  }

  update(data, inputEncoding, outputEncoding) {
    if (this.#finalized) throw new Error("Trying to add data in unsupported state");
    return this.#output(this.#cipher.update(dataBytes(data, inputEncoding)), outputEncoding, false);
  }

  final(outputEncoding) {
    if (this.#finalized) throw invalidState();
    this.#finalized = true;
    return this.#output(this.#cipher.final(), outputEncoding, true);
  }

  setAutoPadding(autoPadding = true) {
    if (this.#finalized) throw invalidState("setAutoPadding");
    this.#cipher.setAutoPadding(!!autoPadding);
    return this;
  }

  setAAD(buffer, options) {
    if (this.#finalized || !this.#cipher.aead) throw invalidState("setAAD");
    if (options !== undefined) validateObject(options, "options");
    this.#cipher.setAAD(dataBytes(buffer, undefined, "buffer"));
    return this;
  }

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  }

  _flush(callback) {
    let last;
    try {
      last = this.final();
    } catch (error) {
      callback(error);
      return;
    }
    this.push(last);
    callback();
  }

  static {
    cipherOf = (object) => object.#cipher;
    isFinalized = (object) => object.#finalized;
  }
}

class Cipheriv extends CipherBase {
  constructor(cipher, key, iv, options) { super(cipher, key, iv, options, false); }

  getAuthTag() {
    if (!isFinalized(this) || !cipherOf(this).aead) throw invalidState("getAuthTag");
    return encodeOutput(cipherOf(this).authTag());
  }
}

class Decipheriv extends CipherBase {
  constructor(cipher, key, iv, options) { super(cipher, key, iv, options, true); }

  setAuthTag(tagbuf, encoding) {
    if (isFinalized(this) || !cipherOf(this).aead) throw invalidState("setAuthTag");
    const tag = dataBytes(tagbuf, encoding, "buffer");
    if (tag.length < 4 || tag.length > 16) {
      throw codedError(TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", `Invalid authentication tag length: ${tag.length}`);
    }
    cipherOf(this).setAuthTag(tag);
    return this;
  }
}

let cipherNames;
function getCiphers() {
  cipherNames ??= ops.cryptoCipherNames();
  return [...cipherNames];
}

module.exports = { Cipheriv, Decipheriv, getCiphers };
