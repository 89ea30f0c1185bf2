// node:crypto's JSON Web Keys with fixed keys: export of RSA, EC, Ed25519, X25519 and secret
// keys, import back (private and public halves), keys made from known scalars on each curve,
// KeyObject's details and equals, and the errors for malformed JWKs.
import crypto from "node:crypto";
import { rsaPrivate, rsaPublic, ecPrivate, ed25519Private } from "./crypto_fixture_keys.mjs";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};
const jwkOf = (key) => key.export({ format: "jwk" });

const rsaKey = crypto.createPrivateKey(rsaPrivate);
const rsaJwk = jwkOf(rsaKey);
console.log(Object.keys(rsaJwk), rsaJwk.e, rsaJwk.n.slice(0, 24), rsaJwk.qi.slice(0, 24));
console.log(jwkOf(crypto.createPublicKey(rsaPublic)));
console.log(crypto.createPrivateKey({ key: rsaJwk, format: "jwk" }).equals(rsaKey));
const rsaFromJwk = crypto.createPublicKey({ key: rsaJwk, format: "jwk" });
console.log(rsaFromJwk.type, rsaFromJwk.asymmetricKeyDetails, rsaFromJwk.equals(crypto.createPublicKey(rsaPublic)));
console.log(Object.keys(rsaKey.export({ format: "jwk", type: "pkcs1" }))); // the type does not matter for a JWK

const ecKey = crypto.createPrivateKey(ecPrivate);
console.log(jwkOf(ecKey), jwkOf(crypto.createPublicKey(ecKey)));
console.log(crypto.createPrivateKey({ key: jwkOf(ecKey), format: "jwk" }).export({ type: "sec1", format: "pem" }) === ecPrivate);

const edKey = crypto.createPrivateKey(ed25519Private);
console.log(jwkOf(edKey), jwkOf(crypto.createPublicKey(edKey)));
console.log(crypto.createPrivateKey({ key: jwkOf(edKey), format: "jwk" }).equals(edKey));
console.log(crypto.createPublicKey({ key: jwkOf(edKey), format: "jwk" }).equals(crypto.createPublicKey(edKey)));

// Keys from known private scalars: the public halves are fixed.
const scalar = (length, byte) => Buffer.alloc(length, byte).toString("base64url");
for (const [crv, length] of [["P-256", 32], ["P-384", 48], ["P-521", 66], ["secp256k1", 32]]) {
  const ecdh = crypto.createECDH({ "P-256": "prime256v1", "P-384": "secp384r1", "P-521": "secp521r1", secp256k1: "secp256k1" }[crv]);
  ecdh.setPrivateKey(Buffer.alloc(length, 1));
  const point = ecdh.getPublicKey();
  const size = (point.length - 1) / 2;
  const jwk = { kty: "EC", crv, x: point.subarray(1, 1 + size).toString("base64url"), y: point.subarray(1 + size).toString("base64url"), d: scalar(length, 1) };
  const key = crypto.createPrivateKey({ key: jwk, format: "jwk" });
  console.log(crv, key.asymmetricKeyDetails, JSON.stringify(jwkOf(key)) === JSON.stringify({ kty: "EC", x: jwk.x, y: jwk.y, crv, d: jwk.d }));
  console.log(crypto.createPublicKey({ key: jwk, format: "jwk" }).export({ type: "spki", format: "der" }).toString("base64"));
}
const x25519 = crypto.createPrivateKey({ key: { kty: "OKP", crv: "X25519", d: scalar(32, 5), x: "" }, format: "jwk" });
console.log(x25519.asymmetricKeyType, jwkOf(x25519), jwkOf(crypto.createPublicKey(x25519)));

// Secret keys
const secret = crypto.createSecretKey(Buffer.from("a secret key"));
console.log(jwkOf(secret), Object.keys(jwkOf(secret)), secret.symmetricKeySize, secret.asymmetricKeyDetails, secret.export({ format: "buffer" }).toString());
console.log(rsaKey.symmetricKeySize, edKey.asymmetricKeyDetails, ecKey.equals(crypto.createPrivateKey(ecPrivate)), ecKey.equals(edKey));

attempt("no kty", () => crypto.createPrivateKey({ key: {}, format: "jwk" }));
attempt("unknown kty", () => crypto.createPrivateKey({ key: { kty: "foo" }, format: "jwk" }));
attempt("oct kty", () => crypto.createPublicKey({ key: { kty: "oct", k: "AAAA" }, format: "jwk" }));
attempt("key not an object", () => crypto.createPrivateKey({ key: "abc", format: "jwk" }));
attempt("key null", () => crypto.createPublicKey({ key: null, format: "jwk" }));
attempt("EC without crv", () => crypto.createPrivateKey({ key: { kty: "EC" }, format: "jwk" }));
attempt("EC unknown crv", () => crypto.createPrivateKey({ key: { kty: "EC", crv: "P-999" }, format: "jwk" }));
attempt("EC without x", () => crypto.createPrivateKey({ key: { kty: "EC", crv: "P-256" }, format: "jwk" }));
attempt("EC without d", () => crypto.createPrivateKey({ key: { kty: "EC", crv: "P-256", x: "AA", y: "AA" }, format: "jwk" }));
attempt("EC bad point", () => crypto.createPublicKey({ key: { kty: "EC", crv: "P-256", x: "AA", y: "AA" }, format: "jwk" }));
attempt("EC bad key", () => crypto.createPrivateKey({ key: { kty: "EC", crv: "secp256k1", x: "AA", y: "AA", d: "AA" }, format: "jwk" }));
attempt("OKP without crv", () => crypto.createPrivateKey({ key: { kty: "OKP" }, format: "jwk" }));
attempt("OKP unknown crv", () => crypto.createPrivateKey({ key: { kty: "OKP", crv: "P-256" }, format: "jwk" }));
attempt("OKP without x", () => crypto.createPublicKey({ key: { kty: "OKP", crv: "Ed25519" }, format: "jwk" }));
attempt("OKP bad length", () => crypto.createPrivateKey({ key: { kty: "OKP", crv: "Ed25519", x: "AAAA", d: "AAAA" }, format: "jwk" }));
attempt("RSA without n", () => crypto.createPrivateKey({ key: { kty: "RSA" }, format: "jwk" }));
attempt("RSA public for private", () => crypto.createPrivateKey({ key: { kty: "RSA", n: rsaJwk.n, e: rsaJwk.e }, format: "jwk" }));
attempt("RSA e a number", () => crypto.createPublicKey({ key: { kty: "RSA", n: rsaJwk.n, e: 5 }, format: "jwk" }));
attempt("kty a number", () => crypto.createPublicKey({ key: { kty: 5 }, format: "jwk" }));
attempt("secret from a JWK", () => crypto.createSecretKey({ kty: "oct", k: "AAAA" }));
attempt("secret export as pem", () => secret.export({ format: "pem" }));
attempt("export format", () => rsaKey.export({ format: "xyz" }));

// A curve JWK has no name for.
const brainpool = crypto.generateKeyPairSync("ec", { namedCurve: "brainpoolP256r1" });
console.log(brainpool.privateKey.asymmetricKeyDetails, brainpool.publicKey.asymmetricKeyDetails);
attempt("brainpool to JWK", () => jwkOf(brainpool.publicKey));
