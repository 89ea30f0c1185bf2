// SubtleCrypto beyond digest: keys made, imported and exported, and each operation's result on
// fixed inputs (deterministic algorithms only), with the errors' names.
const { subtle } = crypto;
const bytes = (n, start = 1) => Uint8Array.from({ length: n }, (_, i) => (start + i) & 0xff);
const hex = (buffer) => Buffer.from(buffer).toString("hex");
const show = (key) => console.log(key.type, key.extractable, key.algorithm, key.usages);
const failure = async (what, promise) => {
  try { await promise; console.log(what, "succeeded"); } catch (error) { console.log(what, error.name); }
};

const aes = await subtle.importKey("raw", bytes(16), "AES-GCM", true, ["encrypt", "decrypt"]);
show(aes);
const sealed = await subtle.encrypt({ name: "AES-GCM", iv: bytes(12) }, aes, bytes(20));
console.log(hex(sealed), hex(await subtle.decrypt({ name: "AES-GCM", iv: bytes(12) }, aes, sealed)));
const cbc = await subtle.importKey("raw", bytes(32), { name: "AES-CBC" }, true, ["encrypt"]);
console.log(hex(await subtle.encrypt({ name: "AES-CBC", iv: bytes(16) }, cbc, bytes(5))));
const ctr = await subtle.importKey("raw", bytes(16), "AES-CTR", false, ["encrypt"]);
console.log(hex(await subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(16).fill(255), length: 8 }, ctr, bytes(40))));
console.log(await subtle.exportKey("jwk", aes));

const kw = await subtle.importKey("raw", bytes(16, 9), "AES-KW", false, ["wrapKey", "unwrapKey"]);
const wrapped = await subtle.wrapKey("raw", aes, kw, "AES-KW");
console.log(hex(wrapped));
show(await subtle.unwrapKey("raw", wrapped, kw, "AES-KW", "AES-GCM", false, ["decrypt"]));

const hmac = await subtle.importKey("raw", bytes(20), { name: "HMAC", hash: "SHA-384" }, true, ["sign", "verify"]);
show(hmac);
console.log(hex(await subtle.sign("HMAC", hmac, bytes(3))));

const pbkdf2 = await subtle.importKey("raw", bytes(8), "PBKDF2", false, ["deriveBits", "deriveKey"]);
console.log(hex(await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: bytes(4), iterations: 10 }, pbkdf2, 128)));
const hkdf = await subtle.importKey("raw", bytes(8), "HKDF", false, ["deriveKey"]);
const derived = await subtle.deriveKey({ name: "HKDF", hash: "SHA-1", salt: bytes(4), info: bytes(2) }, hkdf, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
show(derived);
console.log(hex(await subtle.exportKey("raw", derived)));

const ed = await subtle.importKey("jwk", {
  kty: "OKP", crv: "Ed25519", d: Buffer.from(bytes(32)).toString("base64url"),
  x: "ebVWLo_mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ",
}, "Ed25519", true, ["sign"]);
show(ed);
console.log(hex(await subtle.sign("Ed25519", ed, bytes(10))));
console.log(await subtle.exportKey("jwk", ed));

const ec = await subtle.generateKey({ name: "ECDSA", namedCurve: "P-384" }, false, ["sign", "verify"]);
show(ec.privateKey);
show(ec.publicKey);
const signature = await subtle.sign({ name: "ECDSA", hash: "SHA-256" }, ec.privateKey, bytes(9));
console.log(signature.byteLength, await subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, signature, bytes(9)));
console.log((await subtle.exportKey("spki", ec.publicKey)).byteLength);

await failure("bad AES length", subtle.importKey("raw", bytes(15), "AES-GCM", true, ["encrypt"]));
await failure("bad usage", subtle.importKey("raw", bytes(16), "AES-GCM", true, ["sign"]));
await failure("unknown algorithm", subtle.generateKey("AES-XYZ", true, ["encrypt"]));
await failure("missing name", subtle.generateKey({}, true, ["encrypt"]));
await failure("wrong key", subtle.sign("HMAC", aes, bytes(1)));
await failure("bad tag", subtle.decrypt({ name: "AES-GCM", iv: bytes(12) }, aes, bytes(20)));
await failure("empty usages", subtle.generateKey({ name: "AES-GCM", length: 128 }, true, []));
await failure("private spki", subtle.exportKey("spki", ed));
