// node:crypto's key agreement: ECDH (createECDH, ECDH.convertKey), finite-field
// Diffie-Hellman (createDiffieHellman, getDiffieHellman / createDiffieHellmanGroup), and
// crypto.diffieHellman on KeyObjects. The exchanges themselves live in Python (exchange.py);
// here their inputs and outputs are read and written in the encodings Node takes. As in Node,
// the constructors may be called without `new`.
"use strict";
const {
  ArrayBufferIsView, ArrayPrototypeIncludes, Error, NumberIsInteger, ObjectDefineProperty, ReflectApply, SafeWeakMap,
  TypeError, Uint8Array,
} = core.primordials;
const { codedError, invalidArgType, invalidArgValue, outOfRange, validateObject, validateString } = require("internal/errors");
const { sourceBytes, asBuffer, arrayBufferLength } = require("internal/crypto/util");
const { isKeyObject, materialOf, invalidKeyObjectType } = require("internal/crypto/keys");
const { normalizeEncoding } = require("internal/buffer/encodings");
const { Buffer } = require("buffer");
const { ops } = core;

const bufferFrom = Buffer.from;
const bufferToString = Buffer.prototype.toString;
const NUMBER_OR_DATA_TYPES = ["number", "string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"];

const handles = new SafeWeakMap(); // an ECDH or DiffieHellman -> its Python functions
const handleOf = (exchange) => handles.get(exchange);

// An input key: a string in `encoding` (utf8 when none; an unknown name throws, as
// Buffer.from does), or bytes.
function keyBytes(key, name, encoding) {
  if (typeof key === "string") {
    const known = encoding === undefined || encoding === null || encoding === "buffer" ? "utf8" : encoding;
    return ReflectApply(bufferFrom, Buffer, [key, known]);
  }
  return sourceBytes(key, name);
}

// An output: a Buffer, or a string when `encoding` names one (an unknown name throws).
function encoded(bytes, encoding) {
  const buffer = asBuffer(bytes);
  if (encoding === undefined || encoding === null || encoding === "buffer") return buffer;
  return ReflectApply(bufferToString, buffer, [encoding]);
}

// ── ECDH ──

const POINT_FORMATS = ["compressed", "uncompressed", "hybrid"];

function pointFormat(format) {
  if (format === undefined || format === null) return "uncompressed";
  if (!ArrayPrototypeIncludes(POINT_FORMATS, format)) {
    throw codedError(TypeError, "ERR_CRYPTO_ECDH_INVALID_FORMAT", `Invalid ECDH format: ${format}`);
  }
  return format;
}

function ECDH(curve) {
  if (new.target === undefined) return new ECDH(curve);
  validateString(curve, "curve");
  handles.set(this, ops.cryptoEcdhNew(curve));
}

ECDH.convertKey = function convertKey(key, curve, inputEncoding, outputEncoding, format) {
  validateString(curve, "curve");
  const bytes = keyBytes(key, "key", inputEncoding);
  return encoded(ops.cryptoEcdhConvertKey(bytes, curve, pointFormat(format)), outputEncoding);
};

ECDH.prototype.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
  return encoded(handleOf(this).computeSecret(keyBytes(key, "key", inputEncoding)), outputEncoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  handleOf(this).setPrivateKey(keyBytes(key, "key", encoding));
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  handleOf(this).setPublicKey(keyBytes(key, "key", encoding));
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encoded(handleOf(this).getPrivateKey(), encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  handleOf(this).generateKeys();
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  return encoded(handleOf(this).getPublicKey(pointFormat(format)), encoding);
};

const createECDH = (curve) => new ECDH(curve);
const getCurves = () => ops.cryptoEcdhCurves();

// ── Finite-field Diffie-Hellman ──

const isBytes = (value) => ArrayBufferIsView(value) || arrayBufferLength(value) >= 0;
const isEncodingName = (name) => name === "buffer" || normalizeEncoding(name) !== undefined;

// A generator as bytes: 2 by default, a 32-bit integer, or bytes (a string in `encoding`).
function generatorBytes(generator, encoding) {
  if (generator === undefined) return new Uint8Array([2]);
  if (typeof generator === "number") {
    if (!NumberIsInteger(generator) || generator < -(2 ** 31) || generator > 2 ** 31 - 1) {
      throw outOfRange("generator", ">= -2147483648 && <= 2147483647", generator);
    }
    // A generator below 2 is OpenSSL's "bad generator", whatever its sign.
    const value = generator < 0 ? 0 : generator;
    return new Uint8Array([value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]);
  }
  if (typeof generator === "string" || isBytes(generator)) return keyBytes(generator, "generator", encoding);
  throw invalidArgType("generator", NUMBER_OR_DATA_TYPES, generator);
}

// What DiffieHellman and DiffieHellmanGroup share: keys, secrets and the group's numbers.
function exchangeMethods(target) {
  target.generateKeys = function generateKeys(encoding) {
    return encoded(handleOf(this).generateKeys(), encoding);
  };
  target.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
    return encoded(handleOf(this).computeSecret(keyBytes(key, "key", inputEncoding)), outputEncoding);
  };
  target.getPrime = function getPrime(encoding) { return encoded(handleOf(this).getPrime(), encoding); };
  target.getGenerator = function getGenerator(encoding) { return encoded(handleOf(this).getGenerator(), encoding); };
  target.getPublicKey = function getPublicKey(encoding) { return encoded(handleOf(this).getPublicKey(), encoding); };
  target.getPrivateKey = function getPrivateKey(encoding) { return encoded(handleOf(this).getPrivateKey(), encoding); };
}

function adopt(exchange, handle) {
  handles.set(exchange, handle);
  ObjectDefineProperty(exchange, "verifyError", { value: handle.verifyError(), enumerable: true });
}

// DiffieHellman(prime[, primeEncoding][, generator][, generatorEncoding]) or
// DiffieHellman(primeLength[, generator]): a group of one's own.
function DiffieHellman(sizeOrKey, keyEncoding, generator, generatorEncoding) {
  if (new.target === undefined) return new DiffieHellman(sizeOrKey, keyEncoding, generator, generatorEncoding);
  if (typeof sizeOrKey !== "number" && typeof sizeOrKey !== "string" && !isBytes(sizeOrKey)) {
    throw invalidArgType("sizeOrKey", NUMBER_OR_DATA_TYPES, sizeOrKey);
  }
  // A second argument that names no encoding is the generator.
  if (keyEncoding && !isEncodingName(keyEncoding)) {
    generatorEncoding = generator;
    generator = keyEncoding;
    keyEncoding = undefined;
  }
  const base = generatorBytes(generator, generatorEncoding);
  if (typeof sizeOrKey === "number") {
    if (!NumberIsInteger(sizeOrKey)) throw outOfRange("sizeOrKey", "an integer", sizeOrKey);
    adopt(this, ops.cryptoDhGenerate(sizeOrKey, base));
  } else {
    adopt(this, ops.cryptoDhNew(keyBytes(sizeOrKey, "sizeOrKey", keyEncoding), base));
  }
}
exchangeMethods(DiffieHellman.prototype);
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  handleOf(this).setPublicKey(keyBytes(key, "key", encoding));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  handleOf(this).setPrivateKey(keyBytes(key, "key", encoding));
  return this;
};

// DiffieHellmanGroup(name): one of the named MODP groups (modp1, 2, 5, 14-18); its keys
// cannot be set.
function DiffieHellmanGroup(name) {
  if (new.target === undefined) return new DiffieHellmanGroup(name);
  if (typeof name !== "string") throw codedError(TypeError, "ERR_INVALID_ARG_TYPE", "Group name must be a string");
  adopt(this, ops.cryptoDhGroup(name));
}
exchangeMethods(DiffieHellmanGroup.prototype);

const createDiffieHellman = (sizeOrKey, keyEncoding, generator, generatorEncoding) =>
  new DiffieHellman(sizeOrKey, keyEncoding, generator, generatorEncoding);
const getDiffieHellman = (name) => new DiffieHellmanGroup(name);

// ── crypto.diffieHellman({ privateKey, publicKey }) ──

const AGREEMENT_KEY_TYPES = ["ec", "x25519", "x448", "dh"];

function diffieHellman(options) {
  validateObject(options, "options");
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw invalidArgValue("options.privateKey", privateKey);
  if (!isKeyObject(publicKey)) throw invalidArgValue("options.publicKey", publicKey);
  if (privateKey.type !== "private") throw invalidKeyObjectType(privateKey.type, "private");
  if (publicKey.type === "secret") throw invalidKeyObjectType(publicKey.type, "public or private");
  const mine = privateKey.asymmetricKeyType;
  const theirs = publicKey.asymmetricKeyType;
  if (mine !== theirs || !ArrayPrototypeIncludes(AGREEMENT_KEY_TYPES, mine)) {
    throw codedError(Error, "ERR_CRYPTO_INCOMPATIBLE_KEY", `Incompatible key types for Diffie-Hellman: ${mine} and ${theirs}`);
  }
  const peer = publicKey.type === "public" ? materialOf(publicKey) : materialOf(publicKey).public();
  return asBuffer(materialOf(privateKey).exchange(peer.export("der", "spki")));
}

module.exports = {
  ECDH, createECDH, getCurves, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman, diffieHellman,
};
