// node:crypto's key derivation with fixed inputs: pbkdf2, scrypt and hkdf (sync and callback
// forms), their parameters and their errors.
import crypto from "node:crypto";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};

for (const digest of ["sha1", "sha256", "sha512", "md5", "sha3-256"]) {
  console.log(digest, crypto.pbkdf2Sync("password", "salt", 1000, 32, digest).toString("hex"));
}
console.log(crypto.pbkdf2Sync(Buffer.from("pw"), new Uint8Array([1, 2, 3]), 1, 0, "sha256"), crypto.pbkdf2Sync("pw", new ArrayBuffer(4), 2, 70, "sha1").toString("base64"));
console.log(crypto.scryptSync("password", "salt", 32).toString("hex"));
console.log(crypto.scryptSync("pw", "NaCl", 16, { N: 1024, r: 8, p: 2 }).toString("hex"));
console.log(crypto.scryptSync("pw", "NaCl", 16, { cost: 256, blockSize: 4, parallelization: 1, maxmem: 1 << 20 }).toString("hex"));
console.log(crypto.scryptSync("pw", "salt", 0).length);
const hkdf = crypto.hkdfSync("sha256", "key", "salt", "info", 42);
console.log(hkdf instanceof ArrayBuffer, Buffer.from(hkdf).toString("hex"));
console.log(Buffer.from(crypto.hkdfSync("sha512", crypto.createSecretKey(Buffer.from("k")), "", "", 64)).toString("base64"));
console.log(Buffer.from(crypto.hkdfSync("sha1", Buffer.from("k"), Buffer.alloc(0), Buffer.from("i"), 255 * 20)).length);

attempt("iterations", () => crypto.pbkdf2Sync("pw", "salt", 0, 10, "sha256"));
attempt("iterations type", () => crypto.pbkdf2Sync("p", "salt", "x", 10, "sha256"));
attempt("keylen", () => crypto.pbkdf2Sync("pw", "salt", 1, -1, "sha256"));
attempt("digest", () => crypto.pbkdf2Sync("pw", "salt", 1, 10, "nope"));
attempt("digest missing", () => crypto.pbkdf2Sync("pw", "salt", 1, 10));
attempt("password type", () => crypto.pbkdf2Sync(5, "salt", 1, 10, "sha256"));
attempt("callback missing", () => crypto.pbkdf2("p", "salt", 1, 10, "sha256"));
attempt("callback digest", () => crypto.pbkdf2("p", "salt", 1, 10, "nope", () => {}));
attempt("scrypt N", () => crypto.scryptSync("pw", "salt", 16, { N: 3 }));
attempt("scrypt memory", () => crypto.scryptSync("pw", "salt", 16, { N: 2 ** 20 }));
attempt("scrypt maxmem", () => crypto.scryptSync("p", "salt", 10, { N: 16, maxmem: 100 }));
attempt("scrypt both", () => crypto.scryptSync("pw", "salt", 16, { N: 16, cost: 16 }));
attempt("scrypt keylen", () => crypto.scryptSync("p", "salt", -1));
attempt("scrypt callback memory", () => crypto.scrypt("p", "salt", 10, { N: 2 ** 20 }, () => {}));
attempt("hkdf length", () => crypto.hkdfSync("sha256", "key", "salt", "info", 255 * 32 + 1));
attempt("hkdf digest", () => crypto.hkdfSync("nope", "key", "salt", "info", 10));
attempt("hkdf ikm", () => crypto.hkdfSync("sha256", 5, "salt", "info", 10));
attempt("hkdf info", () => crypto.hkdfSync("sha256", "k", "salt", "x".repeat(1025), 10));

// Callback forms: the same bytes, called back after the synchronous code.
crypto.pbkdf2("password", "salt", 1000, 16, "sha256", (error, key) => {
  console.log("pbkdf2 callback", error, key.toString("hex"));
  crypto.scrypt("password", "salt", 16, { N: 1024 }, (error, key) => {
    console.log("scrypt callback", error, key.toString("hex"));
    crypto.hkdf("sha256", "key", "salt", "info", 16, (error, key) => {
      console.log("hkdf callback", error, key instanceof ArrayBuffer, Buffer.from(key).toString("hex"));
      crypto.scrypt("pw", "salt", 16, (error, key) => console.log("scrypt defaults", error, key.length));
    });
  });
});
console.log("sync first");
