// node:crypto: hashes, HMACs, randomness, key derivation, ciphers, keys and signatures, on
// Python's hashlib/hmac/secrets and the cryptography package (ops.py and its neighbours). The
// parts live in internal/crypto/; this file gathers them under Node's names.
"use strict";
const { ObjectDefineProperty } = core.primordials;
const { unimplemented } = require("internal/errors");
const { Hash, Hmac, hash, getHashes } = require("internal/crypto/hash");
const {
  randomBytes, randomFillSync, randomFill, randomInt, randomUUID, getRandomValues, timingSafeEqual, webcrypto,
} = require("internal/crypto/random");
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require("internal/crypto/kdf");
const { Cipheriv, Decipheriv, getCiphers } = require("internal/crypto/cipher");
const {
  KeyObject, createSecretKey, createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync, generateKey,
  generateKeySync,
} = require("internal/crypto/keys");
const { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync } = require("internal/crypto/prime");
const { Sign, Verify, sign, verify } = require("internal/crypto/sign");
const {
  ECDH, createECDH, getCurves, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman, diffieHellman,
} = require("internal/crypto/diffiehellman");
const { X509Certificate } = require("internal/crypto/x509");
const { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt } = require("internal/crypto/rsa_cipher");
const constants = require("internal/crypto/constants");

const createHash = (algorithm, options) => new Hash(algorithm, options);
const createHmac = (hmac, key, options) => new Hmac(hmac, key, options);
const createCipheriv = (cipher, key, iv, options) => new Cipheriv(cipher, key, iv, options);
const createDecipheriv = (cipher, key, iv, options) => new Decipheriv(cipher, key, iv, options);
const createSign = (algorithm, options) => new Sign(algorithm, options);
const createVerify = (algorithm, options) => new Verify(algorithm, options);

const getFips = () => 0;

module.exports = {
  createHash, createHmac, hash, getHashes, Hash, Hmac,
  randomBytes, pseudoRandomBytes: randomBytes, prng: randomBytes, rng: randomBytes, randomFillSync, randomFill,
  randomInt, randomUUID, getRandomValues, timingSafeEqual,
  pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync,
  createCipheriv, createDecipheriv, Cipheriv, Decipheriv, getCiphers,
  KeyObject, createSecretKey, createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync,
  generateKey, generateKeySync, checkPrime, checkPrimeSync, generatePrime, generatePrimeSync,
  createSign, createVerify, Sign, Verify, sign, verify,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt,
  ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman, diffieHellman, X509Certificate,
  getCurves, getFips, constants, webcrypto, subtle: webcrypto.subtle,
  // Not in toyjs yet: they throw ERR_NOT_IMPLEMENTED when called.
  getCipherInfo: unimplemented("crypto.getCipherInfo"),
  setEngine: unimplemented("crypto.setEngine"),
  setFips: unimplemented("crypto.setFips"),
  secureHeapUsed: unimplemented("crypto.secureHeapUsed"),
};
ObjectDefineProperty(module.exports, "fips", { get: getFips, enumerable: false, configurable: true });
