// node:crypto's RSA encryption: publicEncrypt and privateDecrypt (OAEP by default), and
// privateEncrypt and publicDecrypt (PKCS#1 v1.5 signature padding by default). The key's
// functions (rsa_cipher.py) do the work; the key and options are read here.
"use strict";
const { ArrayBufferIsView, TypeError } = core.primordials;
const { codedError, invalidArgType, validateString } = require("internal/errors");
const { sourceBytes, asBuffer, arrayBufferLength } = require("internal/crypto/util");
const { isKeyObject, materialOf, createPrivateKey, createPublicKey, invalidKeyObjectType } = require("internal/crypto/keys");
const { RSA_PKCS1_PADDING, RSA_PKCS1_OAEP_PADDING } = require("internal/crypto/constants");

const KEY_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView", "KeyObject", "CryptoKey"];
const LABEL_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"];

const isKeyData = (value) => typeof value === "string" || ArrayBufferIsView(value) || arrayBufferLength(value) >= 0;

// The functions of the key an operation was given (a KeyObject, PEM/DER data, or { key,
// padding, oaepHash, oaepLabel, passphrase... }). A private operation given a public key's PEM
// gets that key, and fails in Python as OpenSSL does ("missing private key").
function keyHandle(key, private_) {
  const given = isKeyObject(key) ? key : isKeyObject(key?.key) ? key.key : undefined;
  if (given !== undefined) {
    if (private_ && given.type !== "private") throw invalidKeyObjectType(given.type, "private");
    if (given.type === "secret") throw invalidKeyObjectType(given.type, "private or public");
    return materialOf(given);
  }
  if (!isKeyData(key) && (key === null || typeof key !== "object")) throw invalidArgType("key", KEY_TYPES, key);
  if (!private_) return materialOf(createPublicKey(key));
  try {
    return materialOf(createPrivateKey(key));
  } catch (error) {
    if (error?.code !== "ERR_OSSL_UNSUPPORTED") throw error;
    try {
      return materialOf(createPublicKey(key));
    } catch {
      throw error;
    }
  }
}

// The options beside the key: padding, and OAEP's digest and label.
function cipherOptions(key, defaultPadding) {
  const options = key !== null && typeof key === "object" && !isKeyObject(key) ? key : {};
  const { oaepHash, oaepLabel } = options;
  if (oaepHash !== undefined) validateString(oaepHash, "key.oaepHash");
  if (oaepLabel !== undefined && !isKeyData(oaepLabel)) throw invalidArgType("key.oaepLabel", LABEL_TYPES, oaepLabel);
  return {
    padding: options.padding ?? defaultPadding,
    oaepHash: oaepHash ?? null,
    oaepLabel: oaepLabel === undefined ? null : sourceBytes(oaepLabel, "key.oaepLabel"),
  };
}

const pkcs1DecryptionRefused = () => codedError(
  TypeError, "ERR_INVALID_ARG_VALUE",
  "RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809",
);

function publicEncrypt(key, buffer) {
  const handle = keyHandle(key, false);
  const { padding, oaepHash, oaepLabel } = cipherOptions(key, RSA_PKCS1_OAEP_PADDING);
  return asBuffer(handle.publicEncrypt(sourceBytes(buffer, "buffer"), padding, oaepHash, oaepLabel));
}

function privateDecrypt(key, buffer) {
  const handle = keyHandle(key, true);
  const { padding, oaepHash, oaepLabel } = cipherOptions(key, RSA_PKCS1_OAEP_PADDING);
  const data = sourceBytes(buffer, "buffer");
  if (padding === RSA_PKCS1_PADDING) throw pkcs1DecryptionRefused();
  return asBuffer(handle.privateDecrypt(data, padding, oaepHash, oaepLabel));
}

function privateEncrypt(key, buffer) {
  const handle = keyHandle(key, true);
  const { padding } = cipherOptions(key, RSA_PKCS1_PADDING);
  return asBuffer(handle.privateEncrypt(sourceBytes(buffer, "buffer"), padding));
}

function publicDecrypt(key, buffer) {
  const handle = keyHandle(key, false);
  const { padding } = cipherOptions(key, RSA_PKCS1_PADDING);
  return asBuffer(handle.publicDecrypt(sourceBytes(buffer, "buffer"), padding));
}

module.exports = { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt };
