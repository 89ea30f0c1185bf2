// node:crypto's keys and signatures with fixed keys: loading and exporting PEM/DER, KeyObject's
// properties and equals, RSA PKCS#1 v1.5 and PSS, ECDSA (DER and IEEE P1363), Ed25519, key
// pair generation (shapes only), and the errors.
import crypto from "node:crypto";
import { rsaPrivate, rsaPublic, ecPrivate, ed25519Private } from "./crypto_fixture_keys.mjs";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};
const data = Buffer.from("a message to sign");

const rsaKey = crypto.createPrivateKey(rsaPrivate);
const rsaPub = crypto.createPublicKey(rsaPublic);
console.log(rsaKey.type, rsaKey.asymmetricKeyType, rsaKey.asymmetricKeyDetails, rsaPub.type, rsaKey instanceof crypto.KeyObject);
console.log(crypto.createPublicKey(rsaKey).equals(rsaPub), crypto.createPublicKey(rsaPrivate).equals(rsaPub), rsaKey.equals(rsaPub));
console.log(rsaKey.export({ type: "pkcs8", format: "pem" }) === rsaPrivate, rsaPub.export({ type: "spki", format: "pem" }) === rsaPublic);
console.log(rsaKey.export({ type: "pkcs1", format: "pem" }).split("\n")[0], rsaPub.export({ type: "pkcs1", format: "der" }).length);
const der = rsaKey.export({ type: "pkcs8", format: "der" });
console.log(crypto.createPrivateKey({ key: der, format: "der", type: "pkcs8" }).equals(rsaKey));
console.log(crypto.createPublicKey({ key: rsaPub.export({ type: "spki", format: "der" }), format: "der", type: "spki" }).equals(rsaPub));

// RSA: PKCS#1 v1.5 is deterministic; PSS is checked by verifying.
const rsaSignature = crypto.sign("sha256", data, rsaKey);
console.log(rsaSignature.toString("base64"));
console.log(crypto.createSign("RSA-SHA256").update("a message ").update("to sign").sign(rsaPrivate, "base64") === rsaSignature.toString("base64"));
console.log(crypto.verify("sha256", data, rsaPub, rsaSignature), crypto.verify("sha256", Buffer.from("other"), rsaPublic, rsaSignature));
console.log(crypto.createVerify("sha256").update(data).verify(rsaPublic, rsaSignature.toString("hex"), "hex"));
const pss = crypto.sign("sha512", data, { key: rsaKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
console.log(pss.length, crypto.verify("sha512", data, { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss));
console.log(crypto.verify("sha512", data, { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, pss), crypto.verify("sha512", data, rsaPub, pss));

// ECDSA: random signatures, verified; DER or r||s.
const ecKey = crypto.createPrivateKey(ecPrivate);
const ecPub = crypto.createPublicKey(ecKey);
console.log(ecKey.asymmetricKeyType, ecKey.asymmetricKeyDetails, ecKey.export({ type: "sec1", format: "pem" }) === ecPrivate);
const ecDer = crypto.sign("sha256", data, ecKey);
const ecRaw = crypto.sign("sha256", data, { key: ecKey, dsaEncoding: "ieee-p1363" });
console.log(ecDer[0], ecRaw.length, crypto.verify("sha256", data, ecPub, ecDer), crypto.verify("sha256", data, { key: ecPub, dsaEncoding: "ieee-p1363" }, ecRaw));
console.log(crypto.verify("sha256", data, ecPub, ecRaw), crypto.createVerify("SHA256").update(data).verify(ecPrivate, ecDer));

// Ed25519: deterministic.
const edKey = crypto.createPrivateKey(ed25519Private);
const edSignature = crypto.sign(null, data, edKey);
console.log(edKey.asymmetricKeyType, edKey.asymmetricKeyDetails, edSignature.toString("hex"));
console.log(crypto.verify(null, data, crypto.createPublicKey(edKey), edSignature), crypto.verify(undefined, Buffer.from("x"), edKey, edSignature));
console.log(crypto.createPublicKey(edKey).export({ type: "spki", format: "pem" }));

// Secret keys
const secret = crypto.createSecretKey("abc", "utf8");
console.log(secret.type, secret.symmetricKeySize, secret.asymmetricKeyType, secret.export().toString(), secret.export({ format: "jwk" }));
console.log(secret.equals(crypto.createSecretKey(Buffer.from("abc"))), secret.equals(crypto.createSecretKey(Buffer.from("abd"))), secret.equals(rsaKey));

// Generated pairs: shapes only.
const rsaPair = crypto.generateKeyPairSync("rsa", { modulusLength: 1024, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });
console.log(rsaPair.publicKey.split("\n")[0], rsaPair.privateKey.split("\n")[0]);
const ecPair = crypto.generateKeyPairSync("ec", { namedCurve: "P-384", privateKeyEncoding: { type: "sec1", format: "der" } });
console.log(ecPair.publicKey.asymmetricKeyDetails, Buffer.isBuffer(ecPair.privateKey));
const edPair = crypto.generateKeyPairSync("ed25519");
console.log(edPair.privateKey.type, edPair.publicKey.type, crypto.verify(null, data, edPair.publicKey, crypto.sign(null, data, edPair.privateKey)));
console.log(crypto.generateKeyPairSync("x25519").publicKey.asymmetricKeyType);

attempt("export without options", () => edKey.export());
attempt("export without type", () => edKey.export({ format: "pem" }));
attempt("pkcs1 for ed25519", () => edKey.export({ format: "pem", type: "pkcs1" }));
attempt("pkcs8 for public", () => rsaPub.export({ format: "pem", type: "pkcs8" }));
attempt("equals type", () => edKey.equals(5));
attempt("garbage private", () => crypto.createPrivateKey("garbage"));
attempt("garbage public", () => crypto.createPublicKey("garbage"));
attempt("private type", () => crypto.createPrivateKey(5));
attempt("secret type", () => crypto.createSecretKey(5));
attempt("sign digest", () => crypto.createSign("nope"));
attempt("sign with public", () => crypto.createSign("sha256").update("x").sign(rsaPub));
attempt("sign garbage", () => crypto.sign("sha256", data, "garbage"));
attempt("hmac with private", () => crypto.createHmac("sha256", rsaKey));
attempt("pair type", () => crypto.generateKeyPairSync("nope", {}));
attempt("rsa options", () => crypto.generateKeyPairSync("rsa", {}));
attempt("ec options", () => crypto.generateKeyPairSync("ec", {}));
attempt("ec curve", () => crypto.generateKeyPairSync("ec", { namedCurve: "nope" }));

crypto.generateKeyPair("ec", { namedCurve: "prime256v1" }, (error, publicKey, privateKey) => {
  console.log("generateKeyPair callback", error, publicKey.type, privateKey.asymmetricKeyDetails);
  crypto.sign(null, data, edKey, (error, signature) => console.log("sign callback", error, signature.equals(edSignature)));
});
console.log("sync first");
