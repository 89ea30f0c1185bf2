// node:crypto's randomness, checked by shape, length and range only; timingSafeEqual,
// webcrypto and constants; the errors of each.
import crypto from "node:crypto";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};

const bytes = crypto.randomBytes(16);
console.log(Buffer.isBuffer(bytes), bytes.length, crypto.randomBytes(0).length);
const filled = crypto.randomFillSync(new Uint32Array(4), 1, 2);
console.log(filled[0], filled[3], filled.length);
const view = crypto.randomFillSync(new DataView(new ArrayBuffer(8)));
console.log(view.byteLength, crypto.randomFillSync(new ArrayBuffer(5)).byteLength);
const ints = Array.from({ length: 200 }, () => crypto.randomInt(3, 7));
console.log(ints.every((n) => Number.isInteger(n) && n >= 3 && n < 7), new Set(ints).size, crypto.randomInt(1) === 0);
console.log(crypto.randomInt(-5, -4), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
console.log(crypto.getRandomValues(new Uint8Array(4)).length, crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle);
console.log(crypto.timingSafeEqual(Buffer.from("abc"), Buffer.from("abc")), crypto.timingSafeEqual(Buffer.from("abc"), Buffer.from("abd")));
console.log(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), crypto.timingSafeEqual(new ArrayBuffer(2), new DataView(new ArrayBuffer(2))));
console.log(crypto.constants.RSA_PKCS1_PSS_PADDING, crypto.constants.RSA_PSS_SALTLEN_DIGEST, crypto.constants.POINT_CONVERSION_COMPRESSED);
console.log(["aes-128-cbc", "aes-256-gcm", "aes-192-ctr", "chacha20-poly1305"].every((name) => crypto.getCiphers().includes(name)));

attempt("size negative", () => crypto.randomBytes(-1));
attempt("size type", () => crypto.randomBytes("a"));
attempt("size fraction", () => crypto.randomBytes(1.5).length);
attempt("callback type", () => crypto.randomBytes(4, 5));
attempt("fill type", () => crypto.randomFillSync(5));
attempt("fill offset", () => crypto.randomFillSync(Buffer.alloc(4), 5));
attempt("fill size", () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
attempt("int order", () => crypto.randomInt(10, 5));
attempt("int fraction", () => crypto.randomInt(1.5));
attempt("int string", () => crypto.randomInt("a"));
attempt("int range", () => crypto.randomInt(0, 2 ** 48 + 1));
attempt("int negative max", () => crypto.randomInt(-1));
attempt("int callback", () => crypto.randomInt(1, 5, 5));
attempt("uuid options", () => crypto.randomUUID({ disableEntropyCache: 1 }));
attempt("equal lengths", () => crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab")));
attempt("equal type", () => crypto.timingSafeEqual("a", Buffer.from("ab")));
attempt("equal second type", () => crypto.timingSafeEqual(Buffer.from("a"), 5));

// The callback forms call back later (a sync line runs first), each when its work ends: one
// is started from the callback of the one before, since works running side by side may end
// in either order (in node's thread pool as here).
crypto.randomInt(10, (error, n) => {
  console.log("randomInt callback", error, n >= 0 && n < 10);
  crypto.randomBytes(8, (error, buffer) => {
    console.log("randomBytes callback", error, buffer.length);
    crypto.randomFill(new Uint8Array(6), 2, (error, array) => console.log("randomFill callback", error, array.length));
  });
});
console.log("sync first");
