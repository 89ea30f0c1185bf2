// node:crypto's RSA encryption with fixed keys: publicEncrypt/privateDecrypt round trips
// (OAEP with SHA-1 or another oaepHash, with a label, and no padding, whose output is fixed),
// privateEncrypt/publicDecrypt (PKCS#1 v1.5, fixed output), the ways a key may be given, and
// OpenSSL's errors as Node reports them.
import crypto from "node:crypto";
import { rsaPrivate, rsaPublic, ecPrivate } from "./crypto_fixture_keys.mjs";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};
const { RSA_NO_PADDING, RSA_PKCS1_PADDING, RSA_PKCS1_OAEP_PADDING, RSA_PKCS1_PSS_PADDING } = crypto.constants;
const key = crypto.createPrivateKey(rsaPrivate);
const message = Buffer.from("a secret message");

// Encryption is randomized: lengths, and what decryption gives back.
const oaep = crypto.publicEncrypt(rsaPublic, message);
console.log(oaep.length, crypto.privateDecrypt(rsaPrivate, oaep).toString(), crypto.privateDecrypt(key, oaep).toString());
const oaep256 = crypto.publicEncrypt({ key: rsaPublic, oaepHash: "sha256" }, message);
console.log(crypto.privateDecrypt({ key, oaepHash: "sha256" }, oaep256).toString());
const labelled = crypto.publicEncrypt({ key: rsaPublic, oaepHash: "sha512", oaepLabel: Buffer.from("label") }, "a string");
console.log(crypto.privateDecrypt({ key, oaepHash: "sha512", oaepLabel: "label" }, labelled).toString());
const pkcs1 = crypto.publicEncrypt({ key: rsaPublic, padding: RSA_PKCS1_PADDING }, message);
console.log(pkcs1.length, crypto.publicEncrypt(key, new ArrayBuffer(3)).length, crypto.publicEncrypt(crypto.createPublicKey(rsaPublic), new Uint16Array(2)).length);
console.log(crypto.publicEncrypt({ key: key.export({ format: "jwk" }), format: "jwk" }, message).length);

// Without padding, and PKCS#1 v1.5 signature padding: deterministic.
const block = Buffer.alloc(256, 1);
const raw = crypto.publicEncrypt({ key: rsaPublic, padding: RSA_NO_PADDING }, block);
console.log(raw.toString("base64"));
console.log(crypto.privateDecrypt({ key, padding: RSA_NO_PADDING }, raw).equals(block));
const signed = crypto.privateEncrypt(rsaPrivate, message);
console.log(signed.toString("base64"));
console.log(crypto.publicDecrypt(rsaPublic, signed).toString(), crypto.publicDecrypt(key, signed).toString());
console.log(crypto.privateEncrypt({ key: rsaPrivate, passphrase: "unused" }, "text").equals(crypto.privateEncrypt(key, Buffer.from("text"))));
const rawSigned = crypto.privateEncrypt({ key, padding: RSA_NO_PADDING }, block);
console.log(rawSigned.toString("hex").slice(0, 64), crypto.publicDecrypt({ key: rsaPublic, padding: RSA_NO_PADDING }, rawSigned).equals(block));
console.log(crypto.publicDecrypt({ key, padding: RSA_NO_PADDING }, Buffer.alloc(5, 1)).length);

attempt("OAEP digest mismatch", () => crypto.privateDecrypt(key, oaep256));
attempt("PKCS#1 decryption", () => crypto.privateDecrypt({ key, padding: RSA_PKCS1_PADDING }, pkcs1));
attempt("PKCS#1 as OAEP", () => crypto.privateDecrypt(key, pkcs1));
attempt("garbage to decrypt", () => crypto.privateDecrypt(key, Buffer.alloc(256, 7)));
attempt("short to decrypt", () => crypto.privateDecrypt(key, Buffer.alloc(10, 7)));
attempt("long to decrypt", () => crypto.privateDecrypt(key, Buffer.alloc(257, 7)));
attempt("too long for OAEP", () => crypto.publicEncrypt(rsaPublic, Buffer.alloc(300)));
attempt("too long for OAEP-SHA512", () => crypto.publicEncrypt({ key, oaepHash: "sha512" }, Buffer.alloc(127)));
attempt("fits OAEP-SHA512", () => crypto.publicEncrypt({ key, oaepHash: "sha512" }, Buffer.alloc(126)).length);
attempt("too long for PKCS#1", () => crypto.publicEncrypt({ key, padding: RSA_PKCS1_PADDING }, Buffer.alloc(246)));
attempt("too long to sign", () => crypto.privateEncrypt(key, Buffer.alloc(246)));
attempt("fits to sign", () => crypto.privateEncrypt(key, Buffer.alloc(245)).length);
attempt("short without padding", () => crypto.privateEncrypt({ key, padding: RSA_NO_PADDING }, message));
attempt("above the modulus", () => crypto.privateEncrypt({ key, padding: RSA_NO_PADDING }, Buffer.alloc(256, 255)));
attempt("above the modulus to encrypt", () => crypto.publicEncrypt({ key, padding: RSA_NO_PADDING }, Buffer.alloc(256, 255)));
attempt("short to encrypt without padding", () => crypto.publicEncrypt({ key, padding: RSA_NO_PADDING }, Buffer.alloc(5)));
attempt("bad signature padding", () => crypto.publicDecrypt(rsaPublic, Buffer.alloc(256, 7)));
attempt("short signature", () => crypto.publicDecrypt(key, Buffer.alloc(5, 1)));
attempt("long signature", () => crypto.publicDecrypt(key, Buffer.alloc(257, 1)));
attempt("signature above the modulus", () => crypto.publicDecrypt(key, Buffer.alloc(256, 255)));
attempt("OAEP to sign", () => crypto.privateEncrypt({ key, padding: RSA_PKCS1_OAEP_PADDING }, message));
attempt("OAEP to recover", () => crypto.publicDecrypt({ key, padding: RSA_PKCS1_OAEP_PADDING }, signed));
attempt("PSS to encrypt", () => crypto.publicEncrypt({ key: rsaPublic, padding: RSA_PKCS1_PSS_PADDING }, message));
attempt("unknown padding", () => crypto.publicEncrypt({ key: rsaPublic, padding: 99 }, message));
attempt("padding a string", () => crypto.publicEncrypt({ key: rsaPublic, padding: "x" }, message));
attempt("unknown oaepHash", () => crypto.publicEncrypt({ key: rsaPublic, oaepHash: "nope" }, message));
attempt("oaepHash a number", () => crypto.publicEncrypt({ key: rsaPublic, oaepHash: 5 }, message));
attempt("oaepLabel a number", () => crypto.publicEncrypt({ key: rsaPublic, oaepLabel: 5 }, message));
attempt("EC key", () => crypto.publicEncrypt(crypto.createPublicKey(ecPrivate), message));
attempt("data a number", () => crypto.publicEncrypt(rsaPublic, 5));
attempt("key a number", () => crypto.publicEncrypt(5, message));
attempt("public PEM to decrypt", () => crypto.privateDecrypt(rsaPublic, oaep));
attempt("public PEM to sign", () => crypto.privateEncrypt(rsaPublic, message));
attempt("public KeyObject to sign", () => crypto.privateEncrypt(crypto.createPublicKey(rsaPublic), message));
attempt("secret KeyObject", () => crypto.publicEncrypt(crypto.createSecretKey(Buffer.alloc(3)), message));
