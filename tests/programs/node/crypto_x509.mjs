// node:crypto's X509Certificate with fixed certificates (crypto_fixture_certs.mjs): the fields,
// PEM and DER, the public key, host/email/IP checks, issuer and key checks, signatures,
// inspection, and the errors.
import crypto from "node:crypto";
import util from "node:util";
import { caCert, leafCert } from "./crypto_fixture_certs.mjs";
import { rsaPrivate, ecPrivate, ed25519Private } from "./crypto_fixture_keys.mjs";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};
const ca = new crypto.X509Certificate(caCert);
const leaf = new crypto.X509Certificate(Buffer.from(leafCert));

for (const certificate of [ca, leaf]) {
  const { subject, issuer, validFrom, validTo, serialNumber, fingerprint, fingerprint256, fingerprint512 } = certificate;
  console.log(JSON.stringify({ subject, issuer, validFrom, validTo, serialNumber, fingerprint, fingerprint256, fingerprint512 }));
  console.log(certificate.ca, certificate.keyUsage, certificate.subjectAltName, certificate.infoAccess, certificate.issuerCertificate);
  console.log(certificate.publicKey.type, certificate.publicKey.asymmetricKeyType, certificate.publicKey.asymmetricKeyDetails);
  console.log(certificate.raw.length, Buffer.isBuffer(certificate.raw), certificate.raw.toString("base64", 0, 24));
  console.log(certificate.toString() === certificate.toJSON(), JSON.stringify({ certificate }).length, String(certificate).split("\n")[0]);
}
console.log(leaf.toString() === leafCert, new crypto.X509Certificate(leaf.raw).fingerprint256 === leaf.fingerprint256);
console.log(leaf.publicKey === leaf.publicKey, leaf.raw === leaf.raw, leaf.publicKey.equals(crypto.createPublicKey(ecPrivate)));
console.log(util.inspect(leaf));
console.log(ca);
console.log(Object.getOwnPropertyNames(crypto.X509Certificate.prototype).filter((name) => name !== "toLegacyObject"));

// Signatures and issuers
console.log(leaf.verify(ca.publicKey), leaf.verify(leaf.publicKey), ca.verify(ca.publicKey), leaf.verify(crypto.createPublicKey(ed25519Private)));
console.log(leaf.checkIssued(ca), ca.checkIssued(leaf), ca.checkIssued(ca), leaf.checkIssued(leaf));
console.log(leaf.checkPrivateKey(crypto.createPrivateKey(ecPrivate)), leaf.checkPrivateKey(crypto.createPrivateKey(rsaPrivate)), ca.checkPrivateKey(crypto.createPrivateKey(rsaPrivate)));

// Names
for (const host of ["toy.example.com", "TOY.example.com", "a.toy.example.org", "b.a.toy.example.org", "toy.example.org", "other.com", "127.0.0.1", ""]) {
  console.log(JSON.stringify(host), leaf.checkHost(host));
}
console.log(leaf.checkHost("a.toy.example.org", { wildcards: false }), leaf.checkHost("toy.example.com", { subject: "never" }), leaf.checkHost("toy.example.com", { subject: "always" }));
console.log(ca.checkHost("Toy Root"), ca.checkHost("toy root", { subject: "always" }), ca.checkHost("Toy Root", { subject: "never" }));
for (const ip of ["127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "127.0.0.2", "::2"]) console.log(ip, leaf.checkIP(ip));
console.log(leaf.checkEmail("admin@toy.example.com"), leaf.checkEmail("x@toy.example.com"), ca.checkEmail("admin@toy.example.com"));

attempt("not a certificate", () => new crypto.X509Certificate("nope"));
attempt("DER garbage", () => new crypto.X509Certificate(Buffer.from([1, 2, 3])));
attempt("PEM with a broken body", () => new crypto.X509Certificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
attempt("a number", () => new crypto.X509Certificate(5));
attempt("an ArrayBuffer", () => new crypto.X509Certificate(new ArrayBuffer(3)));
attempt("without new", () => crypto.X509Certificate(leafCert));
attempt("checkIP garbage", () => leaf.checkIP("nope"));
attempt("checkIP a number", () => leaf.checkIP(5));
attempt("checkHost a number", () => leaf.checkHost(5));
attempt("checkHost options a number", () => leaf.checkHost("toy.example.com", 5));
attempt("checkHost unknown subject", () => leaf.checkHost("toy.example.com", { subject: "x" }));
attempt("checkEmail a number", () => leaf.checkEmail(5));
attempt("verify a string", () => leaf.verify("x"));
attempt("checkIssued a string", () => leaf.checkIssued("x"));
attempt("checkPrivateKey a string", () => leaf.checkPrivateKey("x"));
for (const [label, fn] of [
  ["verify a private key", () => leaf.verify(crypto.createPrivateKey(rsaPrivate))],
  ["verify a secret key", () => leaf.verify(crypto.createSecretKey(Buffer.alloc(3)))],
  ["checkPrivateKey a public key", () => leaf.checkPrivateKey(crypto.createPublicKey(ecPrivate))],
]) {
  try {
    fn();
  } catch (error) {
    console.log(label, "throws", error.name, error.code); // the message shows the key as Node inspects it
  }
}
