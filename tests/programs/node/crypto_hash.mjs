// node:crypto's hashes and HMACs: every digest over fixed inputs, the input types and
// encodings, the output encodings, copy(), XOF output lengths, crypto.hash, and the errors.
import crypto from "node:crypto";
import { createHash, createHmac, createSecretKey, getHashes, hash } from "node:crypto";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};

const ALGORITHMS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256", "sha3-224",
  "sha3-256", "sha3-384", "sha3-512", "shake128", "shake256", "ripemd160", "blake2b512", "blake2s256",
  "RSA-SHA256", "SHA256", "sha256WithRSAEncryption", "RSA-SHA512/256", "rmd160"];
for (const algorithm of ALGORITHMS) {
  console.log(algorithm, createHash(algorithm).update("The quick brown fox").update(" jumps over the lazy dog").digest("hex"));
  console.log(algorithm, createHmac(algorithm.startsWith("shake") ? "sha256" : algorithm, "key").update("data").digest("base64"));
}
const hashes = getHashes();
console.log(ALGORITHMS.filter((name) => !name.startsWith("SHA")).every((name) => hashes.includes(name)), Array.isArray(hashes));

// Inputs: strings in encodings, Buffers, typed arrays, DataViews; outputs in encodings.
const inputs = [
  ["text", "héllo wörld"], ["hex", "deadbeef", "hex"], ["base64", "aGVsbG8=", "base64"], ["latin1", "\xff\xfe", "latin1"],
  ["unknown encoding", "ab", "nope"], ["buffer", Buffer.from([1, 2, 3])], ["uint16", new Uint16Array([258, 772])],
  ["dataview", new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2)], ["empty", ""],
];
for (const [label, data, encoding] of inputs) console.log(label, createHash("sha256").update(data, encoding).digest("hex"));
for (const encoding of ["hex", "base64", "base64url", "latin1", "binary", "utf16le", "ucs2", "buffer", undefined, "nope"]) {
  const digest = createHash("sha1").update("abc").digest(encoding);
  console.log(encoding, typeof digest, Buffer.isBuffer(digest), Buffer.from(digest, typeof digest === "string" ? encoding : undefined).length);
}

// copy(), chaining, XOF lengths.
const running = createHash("sha256").update("part one");
const copied = running.copy();
console.log(running.update(" and two").digest("hex"), copied.digest("hex"));
console.log(createHash("shake128", { outputLength: 5 }).update("a").digest("hex"), createHash("shake256").digest("hex"));
console.log(createHash("shake256", { outputLength: 0 }).digest("hex").length, createHash("shake128").update("x").copy({ outputLength: 3 }).digest("hex"));
console.log(createHash("md5").update("x") instanceof crypto.Hash, createHmac("md5", "k") instanceof crypto.Hmac);

// crypto.hash
console.log(hash("sha1", "abc"), hash("md5", Buffer.from("abc"), "base64"), hash("sha256", "abc", "buffer"));

// HMAC keys of every kind; a second digest is empty.
for (const key of ["secret", Buffer.from("secret"), new Uint8Array([115, 101, 99]), new Uint8Array([1, 2]).buffer, createSecretKey(Buffer.from("secret")), ""]) {
  console.log(createHmac("sha256", key).update("message").digest("hex"));
}
const hmac = createHmac("sha512", "k".repeat(200));
console.log(hmac.update("long key").digest("hex"), JSON.stringify(hmac.digest("hex")), hmac.digest());

// Errors
attempt("unknown algorithm", () => createHash("nope"));
attempt("algorithm type", () => createHash(5));
attempt("digest twice", () => { const h = createHash("sha256"); h.digest(); return h.digest(); });
attempt("update after digest", () => { const h = createHash("sha256"); h.digest(); return h.update("x"); });
attempt("copy after digest", () => { const h = createHash("sha256"); h.digest(); return h.copy(); });
attempt("update type", () => createHash("sha256").update(5));
attempt("update null", () => createHash("sha256").update(null));
attempt("output length type", () => createHash("shake128", { outputLength: "x" }));
attempt("output length not XOF", () => createHash("sha256", { outputLength: 5 }).digest());
attempt("output length same", () => createHash("sha256", { outputLength: 32 }).digest("hex"));
attempt("hmac unknown", () => createHmac("nope", "k"));
attempt("hmac no key", () => createHmac("sha256"));
attempt("hmac key type", () => createHmac("sha256", 5));
attempt("hmac update after digest", () => { const h = createHmac("sha256", "k"); h.digest(); return h.update("x"); });
attempt("hash unknown", () => hash("nope", "x"));
attempt("hash input", () => hash("sha1", 5));
