// node:crypto's signatures: Sign and Verify (createSign, createVerify), and the one-shot
// sign and verify. The key's functions (keys.py) do the work; the data is gathered here.
// Sign and Verify are stream.Writables too: what is written goes to update().
"use strict";
const { ArrayPrototypePush, TypeError, TypedArrayPrototypeSet, TypedArrayPrototypeSlice, Uint8Array } = core.primordials;
const { codedError, validateFunction, validateString } = require("internal/errors");
const { dataBytes, encodeOutput, callbackLater } = require("internal/crypto/util");
const { isKeyObject, materialOf, createPrivateKey, createPublicKey, invalidKeyObjectType } = require("internal/crypto/keys");
const { Writable } = require("stream");
const { ops } = core;

const RSA_PKCS1_PADDING = 1;

// The key and options a signing function was given: a KeyObject, PEM, or { key, padding,
// saltLength, dsaEncoding, passphrase... }. `wanted`: "private" to sign, "public" to verify
// (which takes a private key too, using its public half).
function signingKey(key, wanted) {
  const options = key !== null && typeof key === "object" && !isKeyObject(key) && key.key !== undefined ? key : {};
  let keyObject = options === key ? key.key : key;
  if (!isKeyObject(keyObject)) keyObject = wanted === "private" ? createPrivateKey(key) : createPublicKey(key);
  else if (wanted === "private" && keyObject.type !== "private") throw invalidKeyObjectType(keyObject.type, "private");
  else if (keyObject.type === "secret") throw invalidKeyObjectType(keyObject.type, wanted);
  const dsaEncoding = options.dsaEncoding ?? "der";
  if (dsaEncoding !== "der" && dsaEncoding !== "ieee-p1363") {
    throw codedError(TypeError, "ERR_INVALID_ARG_VALUE", `The property 'options.dsaEncoding' is invalid. Received '${dsaEncoding}'`);
  }
  return { handle: materialOf(keyObject), padding: options.padding ?? RSA_PKCS1_PADDING, saltLength: options.saltLength, dsaEncoding };
}

function concatenated(chunks, total) {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < chunks.length; i++) {
    TypedArrayPrototypeSet(bytes, chunks[i], at);
    at += chunks[i].length;
  }
  return bytes;
}

let signedData; // (set by Signer: its subclasses' view of its fields)

// What Sign and Verify share: the digest's name and the data given so far.
class Signer extends Writable {
  #algorithm;
  #chunks = [];
  #length = 0;

  constructor(algorithm, options) {
    validateString(algorithm, "algorithm");
    super(options);
    try {
      ops.cryptoKdfDigest(algorithm);
    } catch {
      throw codedError(TypeError, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest");
    }
    this.#algorithm = algorithm;
  }

  update(data, encoding) {
    const bytes = dataBytes(data, encoding);
    ArrayPrototypePush(this.#chunks, TypedArrayPrototypeSlice(bytes));
    this.#length += bytes.length;
    return this;
  }

  _write(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  static {
    signedData = (signer) => [signer.#algorithm, concatenated(signer.#chunks, signer.#length)];
  }
}

class Sign extends Signer {
  sign(privateKey, outputEncoding) {
    const { handle, padding, saltLength, dsaEncoding } = signingKey(privateKey, "private");
    const [algorithm, data] = signedData(this);
    return encodeOutput(handle.sign(algorithm, data, padding, saltLength, dsaEncoding), outputEncoding);
  }
}

class Verify extends Signer {
  verify(object, signature, signatureEncoding) {
    const { handle, padding, saltLength, dsaEncoding } = signingKey(object, "public");
    const [algorithm, data] = signedData(this);
    return handle.verify(algorithm, data, dataBytes(signature, signatureEncoding, "signature"), padding, saltLength, dsaEncoding);
  }
}

// crypto.sign(algorithm, data, key[, callback]): algorithm may be null (Ed25519, or the key's
// default digest).
function sign(algorithm, data, key, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, "algorithm");
  if (callback !== undefined) validateFunction(callback, "callback");
  const bytes = dataBytes(data, undefined, "data");
  const { handle, padding, saltLength, dsaEncoding } = signingKey(key, "private");
  const signed = () => encodeOutput(handle.sign(algorithm ?? null, bytes, padding, saltLength, dsaEncoding));
  if (callback === undefined) return signed();
  callbackLater(callback, () => [null, signed()]);
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, "algorithm");
  if (callback !== undefined) validateFunction(callback, "callback");
  const bytes = dataBytes(data, undefined, "data");
  const { handle, padding, saltLength, dsaEncoding } = signingKey(key, "public");
  const signatureBytes = dataBytes(signature, undefined, "signature");
  const verified = () => handle.verify(algorithm ?? null, bytes, signatureBytes, padding, saltLength, dsaEncoding);
  if (callback === undefined) return verified();
  callbackLater(callback, () => [null, verified()]);
}

module.exports = { Sign, Verify, sign, verify };
