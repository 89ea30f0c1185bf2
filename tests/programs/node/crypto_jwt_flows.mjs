// What JWT/JOSE libraries ask of node:crypto, with fixed keys: ES256 in IEEE P1363 form with
// JWK keys, RS256 and PS256 with JWKs, HS256 with a secret KeyObject, EdDSA, ECDH-ES's agreement
// with JWKs, and verification with a certificate's key.
import crypto from "node:crypto";
import { rsaPrivate, ecPrivate, ed25519Private } from "./crypto_fixture_keys.mjs";
import { leafCert } from "./crypto_fixture_certs.mjs";
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};
const data = Buffer.from("header.payload");
const ecJwk = crypto.createPrivateKey(ecPrivate).export({ format: "jwk" });
const { d, ...ecPubJwk } = ecJwk;
const sig = crypto.sign("sha256", data, { key: ecJwk, format: "jwk", dsaEncoding: "ieee-p1363" });
console.log(sig.length, crypto.verify("sha256", data, { key: ecPubJwk, format: "jwk", dsaEncoding: "ieee-p1363" }, sig));
console.log(crypto.verify("sha256", data, { key: leafCert, dsaEncoding: "ieee-p1363" }, sig));
const rsaJwk = crypto.createPrivateKey(rsaPrivate).export({ format: "jwk" });
const rs = crypto.sign("RSA-SHA256", data, { key: rsaJwk, format: "jwk" });
console.log(rs.toString("base64url").slice(0, 30), crypto.verify("sha256", data, { key: { kty: "RSA", n: rsaJwk.n, e: rsaJwk.e }, format: "jwk" }, rs));
const ps = crypto.sign("sha256", data, { key: rsaJwk, format: "jwk", padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST });
console.log(crypto.verify("sha256", data, { key: crypto.createPublicKey({ key: rsaJwk, format: "jwk" }), padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, ps));
const hs = crypto.createHmac("sha256", crypto.createSecretKey(Buffer.from("secret"))).update(data).digest("base64url");
console.log(hs);
const edJwk = crypto.createPrivateKey(ed25519Private).export({ format: "jwk" });
console.log(crypto.sign(null, data, { key: edJwk, format: "jwk" }).toString("base64url"));
// ECDH-ES with JWKs
const eph = crypto.createPrivateKey({ key: { kty: "EC", crv: "P-256", ...(() => { const e = crypto.createECDH("prime256v1"); e.setPrivateKey(Buffer.alloc(32, 9)); const p = e.getPublicKey(); return { x: p.subarray(1, 33).toString("base64url"), y: p.subarray(33).toString("base64url"), d: e.getPrivateKey().toString("base64url") }; })() }, format: "jwk" });
console.log(crypto.diffieHellman({ privateKey: eph, publicKey: crypto.createPublicKey({ key: ecPubJwk, format: "jwk" }) }).toString("base64url"));
attempt("sign with ieee on rsa", () => crypto.sign("sha256", data, { key: rsaPrivate, dsaEncoding: "ieee-p1363" }).length);
attempt("p1363 wrong length", () => crypto.verify("sha256", data, { key: ecPubJwk, format: "jwk", dsaEncoding: "ieee-p1363" }, sig.subarray(1)));
attempt("keyobject instanceof", () => crypto.createPublicKey({ key: ecPubJwk, format: "jwk" }) instanceof crypto.KeyObject);
attempt("asymmetricKeyType of cert", () => crypto.createPublicKey(leafCert).asymmetricKeyType);
attempt("x509 publicKey jwk", () => new crypto.X509Certificate(leafCert).publicKey.export({ format: "jwk" }));
