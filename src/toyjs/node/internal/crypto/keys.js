// node:crypto's KeyObject (secret, public and private keys) and the functions that make them:
// createSecretKey, createPrivateKey, createPublicKey, generateKeyPair(Sync). A secret key holds
// its bytes; an asymmetric one holds the functions of its parsed key in Python (keys.py).
"use strict";
const {
  ArrayBufferIsView, ArrayPrototypeConcat, ArrayPrototypeIncludes, ArrayPrototypeJoin, ArrayPrototypeMap, BigInt, MathFloor, NumberIsInteger, ObjectPrototypeHasOwnProperty, Symbol, TypeError,
  TypedArrayPrototypeSlice,
} = core.primordials;
const {
  codedError, invalidArgType, invalidArgValue, outOfRange, validateFunction, validateObject, validateString,
} = require("internal/errors");
const { sourceBytes, asBuffer, encodeOutput, arrayBufferLength, callbackWhenDone } = require("internal/crypto/util");
const { ops } = core;

const create = Symbol("create");
const SECRET_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView", "KeyObject", "CryptoKey"];
const KEY_DATA_TYPES = ["string", "ArrayBuffer", "Buffer", "TypedArray", "DataView"];

const invalidKeyObjectType = (actual, expected) =>
  codedError(TypeError, "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE", `Invalid key object type ${actual}, expected ${expected}.`);

let materialOf; // (key) -> its bytes (secret) or the functions of its Python key

class KeyObject {
  #type;
  #material;

  constructor(token, type, material) {
    if (token !== create) throw new TypeError("Illegal constructor");
    this.#type = type;
    this.#material = material;
  }

  static {
    materialOf = (key) => key.#material;
  }

  get type() { return this.#type; }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) throw invalidArgType("otherKeyObject", "KeyObject", otherKeyObject);
    if (otherKeyObject.type !== this.#type) return false;
    const [mine, theirs] = this.#type === "secret"
      ? [this.#material, materialOf(otherKeyObject)]
      : [derOf(this), derOf(otherKeyObject)];
    if (mine.length !== theirs.length) return false;
    let difference = 0;
    for (let i = 0; i < mine.length; i++) difference |= mine[i] ^ theirs[i];
    return difference === 0;
  }
}

function isKeyObject(value) {
  try {
    materialOf(value);
    return true;
  } catch {
    return false;
  }
}

// An asymmetric key as DER (for equals): PKCS#8 or SPKI.
function derOf(key) {
  return materialOf(key).export("der", key.type === "private" ? "pkcs8" : "spki");
}

class SecretKeyObject extends KeyObject {
  constructor(bytes) { super(create, "secret", bytes); }

  get symmetricKeySize() { return materialOf(this).length; }

  export(options) {
    if (options !== undefined) validateObject(options, "options");
    const format = options?.format;
    if (format !== undefined && format !== "buffer" && format !== "jwk") {
      throw invalidArgValue("options.format", format, "must be one of: undefined, 'buffer', 'jwk'");
    }
    const bytes = TypedArrayPrototypeSlice(materialOf(this));
    if (format === "jwk") return { kty: "oct", k: encodeOutput(bytes, "base64url") };
    return asBuffer(bytes);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() { return materialOf(this).asymmetricKeyType; }

  get asymmetricKeyDetails() {
    const details = materialOf(this).details();
    if (ObjectPrototypeHasOwnProperty(details, "publicExponent")) details.publicExponent = BigInt(details.publicExponent);
    return details;
  }

  // export({ format: "pem" | "der", type, cipher, passphrase }).
  export(options) {
    validateObject(options, "options");
    const { format, type } = options;
    if (format === "jwk") return materialOf(this).jwk();
    if (format !== "pem" && format !== "der") throw invalidArgValue("options.format", format);
    const allowed = this.type === "private" ? ["pkcs8", "pkcs1", "sec1"] : ["spki", "pkcs1"];
    if (!ArrayPrototypeIncludes(allowed, type)) throw invalidArgValue("options.type", type);
    const { cipher, passphrase } = options;
    const secret = passphrase === undefined ? null : sourceBytes(passphrase, "options.passphrase");
    const exported = materialOf(this).export(format, type, cipher ?? null, secret);
    return typeof exported === "string" ? exported : asBuffer(exported);
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super(create, "public", handle); }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super(create, "private", handle); }
}

// The bytes of a secret key given as a string, view, ArrayBuffer or secret KeyObject (HMAC
// and cipher keys).
function secretBytes(key, name, encoding) {
  if (isKeyObject(key)) {
    if (key.type !== "secret") throw invalidKeyObjectType(key.type, "secret");
    return materialOf(key);
  }
  if (typeof key === "string" || ArrayBufferIsView(key) || arrayBufferLength(key) >= 0) return sourceBytes(key, name, encoding);
  throw invalidArgType(name, SECRET_TYPES, key);
}

function createSecretKey(key, encoding) {
  if (typeof key !== "string" && !ArrayBufferIsView(key) && arrayBufferLength(key) < 0) {
    throw invalidArgType("key", ["ArrayBuffer", "Buffer", "TypedArray", "DataView"], key);
  }
  return new SecretKeyObject(TypedArrayPrototypeSlice(sourceBytes(key, "key", encoding)));
}

// What createPrivateKey and createPublicKey take: PEM text or bytes, or { key, format,
// encoding, passphrase } -> [bytes, format, passphrase].
function keySource(key) {
  if (typeof key === "string" || ArrayBufferIsView(key)) return [sourceBytes(key, "key"), "pem", null];
  if (key !== null && typeof key === "object" && !isKeyObject(key)) {
    const { format = "pem", encoding, passphrase } = key;
    if (format !== "pem" && format !== "der") throw invalidArgValue("options.format", format);
    if (typeof key.key !== "string" && !ArrayBufferIsView(key.key) && arrayBufferLength(key.key) < 0) {
      throw invalidArgType("key.key", KEY_DATA_TYPES, key.key);
    }
    const bytes = sourceBytes(key.key, "key.key", encoding);
    return [bytes, format, passphrase === undefined || passphrase === null ? null : sourceBytes(passphrase, "key.passphrase", encoding)];
  }
  throw invalidArgType("key", KEY_DATA_TYPES, key);
}

// ── JWK ──

const JWK_KEY_TYPES = ["RSA", "EC", "OKP"];
// The members each kind needs: public ones, then what a private key adds.
const JWK_MEMBERS = {
  RSA: [["n", "e"], ["d", "p", "q", "dp", "dq", "qi"]],
  EC: [["x", "y"], ["d"]],
  OKP: [["x"], ["d"]],
};
const JWK_CURVES = { EC: ["P-256", "secp256k1", "P-384", "P-521"], OKP: ["Ed25519", "Ed448", "X25519", "X448"] };

const oneOf = (names) => `must be one of: ${ArrayPrototypeJoin(ArrayPrototypeMap(names, (name) => `'${name}'`), ", ")}`;

// The members of a JWK that a private (or public) key is made from, checked as Node checks
// them; keySource's caller gave { key: jwk, format: "jwk" }.
function jwkMembers(jwk, private_) {
  if (jwk === null || typeof jwk !== "object") throw invalidArgType("key.key", "object", jwk);
  const { kty } = jwk;
  if (!ArrayPrototypeIncludes(JWK_KEY_TYPES, kty)) throw invalidArgValue("key.kty", kty, oneOf(JWK_KEY_TYPES));
  const members = { kty };
  if (kty !== "RSA") {
    validateString(jwk.crv, "key.crv");
    if (!ArrayPrototypeIncludes(JWK_CURVES[kty], jwk.crv)) throw invalidArgValue("key.crv", jwk.crv, oneOf(JWK_CURVES[kty]));
    members.crv = jwk.crv;
  }
  const [publicNames, privateNames] = JWK_MEMBERS[kty];
  const names = private_ ? ArrayPrototypeConcat(publicNames, privateNames) : publicNames;
  for (let i = 0; i < names.length; i++) {
    validateString(jwk[names[i]], `key.${names[i]}`);
    members[names[i]] = jwk[names[i]];
  }
  return members;
}

const isJwkSource = (key) => key !== null && typeof key === "object" && !isKeyObject(key) && key.format === "jwk";

function createPrivateKey(key) {
  if (isJwkSource(key)) return new PrivateKeyObject(ops.cryptoKeyLoadJwk(jwkMembers(key.key, true), true));
  const [bytes, format, passphrase] = keySource(key);
  return new PrivateKeyObject(ops.cryptoKeyLoadPrivate(bytes, format, passphrase));
}

// A public key from its own encoding, from a private key's, from a certificate, or from a
// private KeyObject.
function createPublicKey(key) {
  const given = isKeyObject(key) ? key : isKeyObject(key?.key) ? key.key : undefined;
  if (given !== undefined) {
    if (given.type !== "private") throw invalidKeyObjectType(given.type, "private");
    return new PublicKeyObject(materialOf(given).public());
  }
  if (isJwkSource(key)) return new PublicKeyObject(ops.cryptoKeyLoadJwk(jwkMembers(key.key, false), false));
  const [bytes, format] = keySource(key);
  return new PublicKeyObject(ops.cryptoKeyLoadPublic(bytes, format));
}

// ── generateKeyPair ──

const KEY_TYPES = ["rsa", "ec", "ed25519", "x25519"];

function checkKeyPairOptions(type, options) {
  validateString(type, "type");
  if (!ArrayPrototypeIncludes(KEY_TYPES, type)) throw invalidArgValue("type", type, "must be a supported key type");
  if (options !== undefined) validateObject(options, "options");
  const { modulusLength, publicExponent, namedCurve } = options ?? {};
  if (type === "rsa") {
    if (typeof modulusLength !== "number") throw invalidArgType("options.modulusLength", "number", modulusLength);
    if (publicExponent !== undefined && typeof publicExponent !== "number") {
      throw invalidArgType("options.publicExponent", "number", publicExponent);
    }
  }
  if (type === "ec" && typeof namedCurve !== "string") throw invalidArgType("options.namedCurve", "string", namedCurve);
  return { modulusLength: modulusLength ?? null, publicExponent: publicExponent ?? 0x10001, namedCurve: namedCurve ?? null };
}

// A new key pair's two halves: KeyObjects, or their encodings when asked for.
function keyPairOf(handle, options) {
  const privateKey = new PrivateKeyObject(handle);
  const publicKey = new PublicKeyObject(handle.public());
  const encoded = (key, encoding) => (encoding === undefined ? key : key.export(encoding));
  return { publicKey: encoded(publicKey, options?.publicKeyEncoding), privateKey: encoded(privateKey, options?.privateKeyEncoding) };
}

function generateKeyPairSync(type, options) {
  const pairOptions = checkKeyPairOptions(type, options);
  return keyPairOf(ops.cryptoKeyGenerate(type, pairOptions), options);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, "callback");
  const pairOptions = checkKeyPairOptions(type, options);
  callbackWhenDone(ops.cryptoKeyGenerateAsync(type, pairOptions), callback, (handle) => {
    const { publicKey, privateKey } = keyPairOf(handle, options);
    return [null, publicKey, privateKey];
  });
}

// ── generateKey: secret keys ──

const AES_LENGTHS = [128, 192, 256];

// The bytes of a new secret key of `type` ("hmac": 8 to 2^31-1 bits, whole bytes of them;
// "aes": 128, 192 or 256 bits).
function secretKeyLength(type, options) {
  validateString(type, "type");
  validateObject(options, "options");
  const { length } = options;
  if (type === "hmac") {
    if (typeof length !== "number") throw invalidArgType("options.length", "number", length);
    if (!NumberIsInteger(length) || length < 8 || length > 2 ** 31 - 1) throw outOfRange("options.length", ">= 8 && <= 2147483647", length);
  } else if (type === "aes") {
    if (!ArrayPrototypeIncludes(AES_LENGTHS, length)) throw invalidArgValue("options.length", length, "must be one of: 128, 192, 256");
  } else {
    throw invalidArgValue("type", type, "must be a supported key type");
  }
  return MathFloor(length / 8);
}

function generateKeySync(type, options) {
  return new SecretKeyObject(ops.cryptoRandomBytes(secretKeyLength(type, options)));
}

function generateKey(type, options, callback) {
  const length = secretKeyLength(type, options);
  validateFunction(callback, "callback");
  callbackWhenDone(ops.cryptoRandomBytesAsync(length), callback, (bytes) => [null, new SecretKeyObject(bytes)]);
}

module.exports = {
  generateKey, generateKeySync,
  KeyObject, isKeyObject, materialOf, secretBytes,
  createSecretKey, createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync, invalidKeyObjectType,
};
