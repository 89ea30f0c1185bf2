// node:crypto's key agreement with fixed private keys: ECDH on each curve (point forms, secrets,
// convertKey), finite-field Diffie-Hellman over the MODP groups and groups of one's own (keys,
// secrets, verifyError), crypto.diffieHellman on KeyObjects, and the errors.
import crypto from "node:crypto";
import { rsaPrivate, ecPrivate, ed25519Private } from "./crypto_fixture_keys.mjs";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};

// ── ECDH ──
const alice = crypto.createECDH("prime256v1");
attempt("public key before any", () => alice.getPublicKey());
attempt("private key before any", () => alice.getPrivateKey());
console.log(alice.setPrivateKey(Buffer.alloc(32, 1)) === alice);
console.log(alice.getPublicKey("hex"), alice.getPublicKey("base64", "compressed"), alice.getPublicKey(null, "hybrid").toString("hex"));
console.log(alice.getPrivateKey("hex"));
const bob = crypto.ECDH("prime256v1");
console.log(bob instanceof crypto.ECDH, bob.generateKeys().length, bob.generateKeys("hex", "compressed").length);
bob.setPrivateKey("02".repeat(32), "hex");
console.log(alice.computeSecret(bob.getPublicKey()).toString("hex"));
console.log(bob.computeSecret(alice.getPublicKey(null, "compressed"), null, "hex"), bob.computeSecret(alice.getPublicKey("hex", "hybrid"), "hex", "base64"));
console.log(crypto.ECDH.convertKey(alice.getPublicKey(), "prime256v1", null, "hex", "compressed"));
console.log(crypto.ECDH.convertKey(alice.getPublicKey("hex", "compressed"), "prime256v1", "hex", "hex", "hybrid"));
console.log(crypto.ECDH.convertKey(alice.getPublicKey("hex", "compressed"), "prime256v1", "hex").length);
for (const [curve, length] of [["secp256k1", 32], ["secp384r1", 48], ["secp521r1", 66], ["secp224r1", 28], ["brainpoolP256r1", 32]]) {
  const ecdh = crypto.createECDH(curve);
  ecdh.setPrivateKey(Buffer.alloc(length, 1));
  const other = crypto.createECDH(curve);
  other.setPrivateKey(Buffer.alloc(length - 1, 2));
  console.log(curve, ecdh.getPublicKey("hex", "compressed"), ecdh.computeSecret(other.getPublicKey()).equals(other.computeSecret(ecdh.getPublicKey())));
}
const small = crypto.createECDH("prime256v1");
small.setPrivateKey(Buffer.from([5]));
console.log(small.getPrivateKey("hex"), small.getPublicKey("hex", "compressed"));
console.log(["prime256v1", "secp256k1", "secp384r1", "secp521r1"].every((curve) => crypto.getCurves().includes(curve)));

attempt("unknown curve", () => crypto.createECDH("nope"));
attempt("NIST name", () => crypto.createECDH("P-256"));
attempt("curve a number", () => crypto.createECDH(5));
attempt("unknown format", () => alice.getPublicKey(null, "weird"));
attempt("format as encoding", () => alice.getPublicKey("compressed"));
attempt("unknown output encoding", () => alice.getPublicKey("nope"));
attempt("point not on the curve", () => alice.computeSecret(Buffer.alloc(65, 1)));
attempt("short point", () => alice.computeSecret(Buffer.alloc(3, 1)));
attempt("other curve's point", () => alice.computeSecret(crypto.ECDH.convertKey(Buffer.from("02531fe6068134503d2723133227c867ac8fa6c83c537e9a44c3c5bdbdcb1fe337", "hex"), "secp256k1")));
attempt("zero private key", () => alice.setPrivateKey(Buffer.alloc(32, 0)));
attempt("private key above the order", () => alice.setPrivateKey(Buffer.alloc(32, 255)));
attempt("long private key", () => alice.setPrivateKey(Buffer.alloc(40, 1)));
attempt("no private key to agree", () => crypto.createECDH("prime256v1").computeSecret(alice.getPublicKey()));
attempt("convert garbage", () => crypto.ECDH.convertKey(Buffer.alloc(3), "prime256v1"));
attempt("convert on unknown curve", () => crypto.ECDH.convertKey(Buffer.alloc(3), "nope"));
attempt("set garbage public key", () => crypto.createECDH("prime256v1").setPublicKey(Buffer.alloc(3, 1)));
attempt("secret of a number", () => alice.computeSecret(5));

// ── Finite-field Diffie-Hellman ──
const group = crypto.getDiffieHellman("modp14");
console.log(group.constructor.name, group.getPrime().length, group.getGenerator("hex"), group.verifyError, typeof group.setPrivateKey, Object.keys(group));
console.log(group.getPrime("hex").slice(0, 32), group.getPrime("hex").slice(-32));
console.log(["modp1", "modp2", "modp5", "modp15", "modp16", "modp17", "modp18"].map((name) => crypto.createDiffieHellmanGroup(name).getPrime("hex").slice(-16)));
attempt("public key before any", () => group.getPublicKey());
attempt("private key before any", () => group.getPrivateKey());
console.log(group.generateKeys().equals(group.getPublicKey()), group.getPrivateKey().length > 20); // random keys

const prime = group.getPrime();
const dh1 = crypto.createDiffieHellman(prime, 2);
const dh2 = crypto.DiffieHellman(prime.toString("hex"), "hex", Buffer.from([2]));
console.log(dh1.constructor.name, dh1.verifyError, dh2 instanceof crypto.DiffieHellman, dh2.getGenerator("hex"));
console.log(dh1.setPrivateKey(Buffer.alloc(32, 7)) === dh1);
attempt("public key from a set private key", () => dh1.getPublicKey());
dh1.generateKeys();
dh2.setPrivateKey("09".repeat(32), "hex");
dh2.generateKeys();
console.log(dh1.getPrivateKey("hex"), dh1.getPublicKey("hex").slice(0, 40));
console.log(dh1.computeSecret(dh2.getPublicKey()).toString("hex").slice(0, 40), dh2.computeSecret(dh1.getPublicKey("hex"), "hex", "hex").slice(0, 40));
const one = crypto.createDiffieHellman(prime);
one.setPrivateKey(Buffer.from([3]));
console.log(one.computeSecret("05", "hex", "hex").length, one.computeSecret(Buffer.from([5])).subarray(-4).toString("hex"));
one.setPublicKey(Buffer.from([5]));
console.log(one.getPublicKey("hex"));
console.log(crypto.createDiffieHellman(prime, "05", "hex").getGenerator("hex"), crypto.createDiffieHellman(prime.toString("base64"), "base64", "Bw==", "base64").getGenerator("hex"));
console.log(crypto.createDiffieHellman(prime.toString("hex"), "hex", "07").getGenerator("hex"), crypto.createDiffieHellman(prime, 3).getGenerator("hex"));

// verifyError: not prime, prime but not safe, an unsuitable generator, too small.
const notPrime = Buffer.from(prime);
notPrime[notPrime.length - 1] ^= 2;
const mersenne = Buffer.from(((1n << 521n) - 1n).toString(16), "hex");
const belowP = Buffer.from(prime);
belowP[belowP.length - 1] -= 1;
console.log(crypto.createDiffieHellman(notPrime).verifyError, crypto.createDiffieHellman(mersenne).verifyError, crypto.createDiffieHellman(prime, belowP).verifyError);
console.log(crypto.createDiffieHellman(prime, prime).verifyError, crypto.createDiffieHellman(prime, 4).verifyError, crypto.createDiffieHellman(Buffer.from([23]), 2).verifyError);
console.log(crypto.createDiffieHellman(Buffer.from([0])).verifyError);
const generated = crypto.createDiffieHellman(512);
console.log(generated.getPrime().length, generated.getGenerator("hex"), generated.verifyError);
const generated7 = crypto.createDiffieHellman(512, 7);
console.log(generated7.getPrime().length, generated7.getGenerator("hex"), generated7.verifyError);

attempt("unknown group", () => crypto.getDiffieHellman("nope"));
attempt("group name a number", () => crypto.getDiffieHellman(5));
attempt("prime an object", () => crypto.createDiffieHellman({}));
attempt("generator 1", () => crypto.createDiffieHellman(prime, 1));
attempt("generator an object", () => crypto.createDiffieHellman(prime, {}));
attempt("generator out of range", () => crypto.createDiffieHellman(prime, 2 ** 40));
attempt("empty prime", () => crypto.createDiffieHellman(Buffer.alloc(0)));
attempt("small prime length", () => crypto.createDiffieHellman(8));
attempt("negative prime length", () => crypto.createDiffieHellman(-1));
attempt("fractional prime length", () => crypto.createDiffieHellman(1.5));
attempt("keys of a small group", () => crypto.createDiffieHellman(Buffer.from([23]), 5).generateKeys());
attempt("peer key 1", () => dh1.computeSecret(Buffer.from([1])));
attempt("peer key 0", () => dh1.computeSecret(Buffer.from([0])));
attempt("peer key the prime", () => dh1.computeSecret(prime));
attempt("no private key to agree", () => crypto.createDiffieHellman(prime).computeSecret(Buffer.from([5])));
attempt("peer key a number", () => dh1.computeSecret(5));

// ── crypto.diffieHellman ──
const ecKey = crypto.createPrivateKey(ecPrivate);
const point = bob.getPublicKey();
const bobKey = crypto.createPrivateKey({
  key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33).toString("base64url"), d: bob.getPrivateKey().toString("base64url") },
  format: "jwk",
});
console.log(crypto.diffieHellman({ privateKey: ecKey, publicKey: crypto.createPublicKey(bobKey) }).toString("hex"));
console.log(crypto.diffieHellman({ privateKey: bobKey, publicKey: ecKey }).toString("hex"));
const x1 = crypto.createPrivateKey({ key: { kty: "OKP", crv: "X25519", d: Buffer.alloc(32, 5).toString("base64url"), x: "" }, format: "jwk" });
const x2 = crypto.createPrivateKey({ key: { kty: "OKP", crv: "X25519", d: Buffer.alloc(32, 6).toString("base64url"), x: "" }, format: "jwk" });
console.log(crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) }).toString("hex"));
console.log(crypto.diffieHellman({ privateKey: x2, publicKey: x1 }).toString("hex"));
attempt("no options", () => crypto.diffieHellman());
attempt("options a number", () => crypto.diffieHellman(5));
attempt("no private key", () => crypto.diffieHellman({ publicKey: ecKey }));
attempt("private key a string", () => crypto.diffieHellman({ privateKey: "x", publicKey: ecKey }));
attempt("public key as private", () => crypto.diffieHellman({ privateKey: crypto.createPublicKey(ecKey), publicKey: ecKey }));
attempt("mixed kinds", () => crypto.diffieHellman({ privateKey: ecKey, publicKey: crypto.createPublicKey(ed25519Private) }));
attempt("RSA", () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(rsaPrivate), publicKey: crypto.createPublicKey(rsaPrivate) }));
attempt("other curve", () => crypto.diffieHellman({ privateKey: ecKey, publicKey: crypto.generateKeyPairSync("ec", { namedCurve: "secp384r1" }).publicKey }));
attempt("secret key", () => crypto.diffieHellman({ privateKey: crypto.createSecretKey(Buffer.alloc(3)), publicKey: ecKey }));
