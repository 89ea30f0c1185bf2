// node:crypto's secret key generation (generateKey(Sync): lengths, not bytes) and primes
// (checkPrime(Sync) on known numbers; generatePrime(Sync) checked for size and primality),
// the callback forms (chained, so that their order is fixed), and the errors.
import crypto from "node:crypto";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};

attempt("hmac 512", () => { const key = crypto.generateKeySync("hmac", { length: 512 }); return [key.type, key.symmetricKeySize]; });
attempt("hmac 13 bits", () => crypto.generateKeySync("hmac", { length: 13 }).symmetricKeySize);
attempt("hmac 8 bits", () => crypto.generateKeySync("hmac", { length: 8 }).symmetricKeySize);
attempt("aes 256", () => crypto.generateKeySync("aes", { length: 256 }).export().length);
attempt("hmac 7 bits", () => crypto.generateKeySync("hmac", { length: 7 }));
attempt("hmac too long", () => crypto.generateKeySync("hmac", { length: 2 ** 31 }));
attempt("hmac length a string", () => crypto.generateKeySync("hmac", { length: "64" }));
attempt("aes 100", () => crypto.generateKeySync("aes", { length: 100 }));
attempt("aes length a string", () => crypto.generateKeySync("aes", { length: "128" }));
attempt("no options", () => crypto.generateKeySync("aes"));
attempt("unknown type", () => crypto.generateKeySync("nope", { length: 128 }));
attempt("type a number", () => crypto.generateKeySync(5, { length: 128 }));
attempt("no callback", () => crypto.generateKey("aes", { length: 128 }));

const mersenne127 = (1n << 127n) - 1n;
console.log(crypto.checkPrimeSync(7n), crypto.checkPrimeSync(Buffer.from([7])), crypto.checkPrimeSync(9n), crypto.checkPrimeSync(new Uint8Array([0, 13]).buffer));
console.log(crypto.checkPrimeSync(0n), crypto.checkPrimeSync(1n), crypto.checkPrimeSync(2n), crypto.checkPrimeSync(mersenne127), crypto.checkPrimeSync(mersenne127 * 3n));
console.log(crypto.checkPrimeSync(7n, { checks: 2 }), crypto.checkPrimeSync(crypto.getDiffieHellman("modp2").getPrime()));
attempt("candidate a number", () => crypto.checkPrimeSync(7));
attempt("negative candidate", () => crypto.checkPrimeSync(-7n));
attempt("negative checks", () => crypto.checkPrimeSync(7n, { checks: -1 }));
attempt("checks a string", () => crypto.checkPrimeSync(7n, { checks: "2" }));

attempt("64-bit prime", () => { const p = crypto.generatePrimeSync(64, { bigint: true }); return [typeof p, p.toString(2).length, crypto.checkPrimeSync(p)]; });
attempt("as an ArrayBuffer", () => { const p = crypto.generatePrimeSync(64); return [p.constructor.name, p.byteLength, crypto.checkPrimeSync(p)]; });
attempt("safe prime", () => { const p = crypto.generatePrimeSync(64, { safe: true, bigint: true }); return [p.toString(2).length, crypto.checkPrimeSync((p - 1n) / 2n)]; });
attempt("with add and rem", () => { const p = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }); return [p % 12n, crypto.checkPrimeSync(p)]; });
attempt("add as bytes", () => crypto.generatePrimeSync(32, { add: Buffer.from([12]), bigint: true }) % 12n);
attempt("2 bits", () => crypto.generatePrimeSync(2, { bigint: true }));
attempt("3 bits", () => crypto.generatePrimeSync(3, { bigint: true }) > 3n);
attempt("size 0", () => crypto.generatePrimeSync(0));
attempt("size -1", () => crypto.generatePrimeSync(-1));
attempt("size a string", () => crypto.generatePrimeSync("x"));
attempt("size 1", () => crypto.generatePrimeSync(1));
attempt("add too large", () => crypto.generatePrimeSync(8, { add: 1000n }));
attempt("rem not below add", () => crypto.generatePrimeSync(8, { add: 4n, rem: 5n }));
attempt("safe a string", () => crypto.generatePrimeSync(8, { safe: "yes" }));
attempt("bigint a number", () => crypto.generatePrimeSync(8, { bigint: 1 }));

crypto.generateKey("hmac", { length: 64 }, (error, key) => {
  console.log("generateKey", error, key.symmetricKeySize, key.type);
  crypto.checkPrime(13n, (error, prime) => {
    console.log("checkPrime", error, prime);
    crypto.generatePrime(32, { bigint: true }, (error, prime) => {
      console.log("generatePrime", error, typeof prime, crypto.checkPrimeSync(prime));
    });
  });
});
console.log("sync first");
