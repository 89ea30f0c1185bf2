// The Modern Algorithms draft's KMAC, cSHAKE, AES-OCB (64, 96 and 128-bit tags) and ML-KEM-512,
// as Node 24 has them: NIST SP 800-185's KMAC and cSHAKE samples, RFC 7253's OCB test of many
// inputs, deterministic ML-KEM-512 keys and implicit rejection, and the errors.
const { subtle } = globalThis.crypto;
const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
const bytes = (length, at = (i) => i) => Uint8Array.from({ length }, (_, i) => at(i));
const text = (value) => new TextEncoder().encode(value);
const outcome = async (label, work) => {
  try {
    console.log(label, await work());
  } catch (error) {
    console.log(label, error.name, error.constructor.name);
  }
};
// (a JWK's members sorted: implementations order them differently)
const sortedJwk = (jwk) => JSON.stringify(Object.fromEntries(Object.entries(jwk).sort(([a], [b]) => (a < b ? -1 : 1))));

// --- KMAC: SP 800-185's samples (key 0x40..0x5F) ---
const sampleKey = bytes(32, (i) => 0x40 + i);
const tagged = text("My Tagged Application");
const samples = [
  ["KMAC128", bytes(4), undefined, 256],
  ["KMAC128", bytes(4), tagged, 256],
  ["KMAC128", bytes(200), tagged, 256],
  ["KMAC256", bytes(4), tagged, 512],
  ["KMAC256", bytes(200), undefined, 512],
  ["KMAC256", bytes(200), tagged, 512],
];
for (const [name, data, customization, outputLength] of samples) {
  const key = await subtle.importKey("raw-secret", sampleKey, { name }, false, ["sign", "verify"]);
  const algorithm = customization === undefined ? { name, outputLength } : { name, outputLength, customization };
  const tag = await subtle.sign(algorithm, key, data);
  console.log(name, data.length, hex(tag), await subtle.verify(algorithm, key, tag, data));
  console.log("  other length verifies:", await subtle.verify({ ...algorithm, outputLength: outputLength - 8 }, key, tag.slice(1), data));
}

// Keys of any length, tags of any length (bits past the length cleared).
const kmacKey = await subtle.importKey("raw-secret", bytes(32, () => 0x41), { name: "KMAC128" }, true, ["sign", "verify"]);
for (const outputLength of [0, 8, 12, 100]) {
  console.log("tag of", outputLength, "bits:", hex(await subtle.sign({ name: "KMAC128", outputLength }, kmacKey, bytes(4))));
}
for (const length of [0, 4, 16]) {
  const key = await subtle.importKey("raw-secret", bytes(length), { name: "KMAC256" }, true, ["sign"]);
  console.log("key of", length, "bytes:", key.algorithm.length, hex(await subtle.sign({ name: "KMAC256", outputLength: 128 }, key, bytes(4))));
}

// Keys: generated (default lengths), exported and imported, derived.
for (const name of ["KMAC128", "KMAC256"]) {
  const key = await subtle.generateKey({ name }, true, ["sign", "verify"]);
  console.log(name, "generated:", key.type, key.algorithm, key.usages, (await subtle.exportKey("raw-secret", key)).byteLength);
  const jwk = await subtle.exportKey("jwk", key);
  console.log("  jwk:", jwk.kty, jwk.alg, jwk.ext, jwk.key_ops);
  const back = await subtle.importKey("jwk", jwk, { name }, true, ["verify"]);
  console.log("  round trip:", hex(await subtle.exportKey("raw-secret", back)) === hex(await subtle.exportKey("raw-secret", key)));
}
console.log("gen 100 bits:", (await subtle.generateKey({ name: "KMAC256", length: 100 }, true, ["sign"])).algorithm);
console.log("import 124 of 128 bits:", (await subtle.importKey("raw-secret", bytes(16), { name: "KMAC128", length: 124 }, true, ["sign"])).algorithm);
console.log("jwk export:", sortedJwk(await subtle.exportKey("jwk", kmacKey)));
const hkdf = await subtle.importKey("raw", bytes(16), "HKDF", false, ["deriveKey"]);
const derived = await subtle.deriveKey({ name: "HKDF", hash: "SHA-256", salt: bytes(0), info: bytes(0) }, hkdf, { name: "KMAC256" }, true, ["sign"]);
console.log("derived:", derived.algorithm, hex(await subtle.exportKey("raw-secret", derived)));

await outcome("usage encrypt:", () => subtle.generateKey({ name: "KMAC128" }, true, ["encrypt"]));
await outcome("no usage:", () => subtle.generateKey({ name: "KMAC128" }, true, []));
await outcome("raw import:", () => subtle.importKey("raw", bytes(16), { name: "KMAC128" }, true, ["sign"]));
await outcome("raw export:", () => subtle.exportKey("raw", kmacKey));
await outcome("length not the data's:", () => subtle.importKey("raw-secret", bytes(16), { name: "KMAC128", length: 100 }, true, ["sign"]));
await outcome("jwk alg of the other:", () => subtle.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "K256" }, { name: "KMAC128" }, true, ["sign"]));
await outcome("jwk use enc:", () => subtle.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", use: "enc" }, { name: "KMAC128" }, true, ["sign"]));
await outcome("no output length:", () => subtle.sign({ name: "KMAC128" }, kmacKey, bytes(4)));
await outcome("another algorithm's key:", () => subtle.sign({ name: "KMAC256", outputLength: 256 }, kmacKey, bytes(4)));
await outcome("output length too large:", () => subtle.sign({ name: "KMAC128", outputLength: 2 ** 32 }, kmacKey, bytes(4)));

// --- cSHAKE: SP 800-185's samples (N empty, S "Email Signature") and other lengths ---
const email = text("Email Signature");
for (const [name, data, outputLength] of [["cSHAKE128", bytes(4), 256], ["cSHAKE128", bytes(200), 256], ["cSHAKE256", bytes(4), 512], ["cSHAKE256", bytes(200), 512]]) {
  console.log(name, data.length, hex(await subtle.digest({ name, outputLength, customization: email }, data)));
}
for (const outputLength of [0, 12, 264]) {
  console.log("cSHAKE128 of", outputLength, "bits:", hex(await subtle.digest({ name: "cSHAKE128", outputLength }, bytes(4))));
}
console.log("empty customization is SHAKE:", hex(await subtle.digest({ name: "cSHAKE256", outputLength: 64, customization: bytes(0) }, bytes(0))));
await outcome("cSHAKE without a length:", () => subtle.digest({ name: "cSHAKE128" }, bytes(4)));
await outcome("cSHAKE by name:", () => subtle.digest("cSHAKE256", bytes(4)));

// --- AES-OCB: RFC 7253 appendix A's test of many inputs, for each key and tag length ---
const number = (value) => { const nonce = new Uint8Array(12); new DataView(nonce.buffer).setUint32(8, value); return nonce; };
for (const keyBits of [128, 192, 256]) {
  for (const tagLength of [128, 96, 64]) {
    const raw = new Uint8Array(keyBits / 8);
    raw[raw.length - 1] = tagLength;
    const key = await subtle.importKey("raw-secret", raw, "AES-OCB", false, ["encrypt"]);
    const seal = (nonce, additionalData, data) => subtle.encrypt({ name: "AES-OCB", iv: number(nonce), additionalData, tagLength }, key, data);
    const parts = [];
    for (let i = 0; i < 128; i++) {
      const s = new Uint8Array(i);
      parts.push(new Uint8Array(await seal(3 * i + 1, s, s)), new Uint8Array(await seal(3 * i + 2, bytes(0), s)), new Uint8Array(await seal(3 * i + 3, s, bytes(0))));
    }
    const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    parts.reduce((at, part) => (all.set(part, at), at + part.length), 0);
    console.log(`AES-${keyBits}-OCB tag ${tagLength}:`, hex(await seal(385, all, bytes(0))));
  }
}
const ocbKey = await subtle.importKey("raw-secret", bytes(16), "AES-OCB", false, ["encrypt", "decrypt"]);
for (const [ivLength, tagLength] of [[1, 64], [12, 96], [15, 128]]) {
  const algorithm = { name: "AES-OCB", iv: bytes(ivLength), tagLength };
  const sealed = await subtle.encrypt(algorithm, ocbKey, text("attack at dawn"));
  console.log("iv", ivLength, "tag", tagLength, hex(sealed), new TextDecoder().decode(await subtle.decrypt(algorithm, ocbKey, sealed)));
  const forged = new Uint8Array(sealed);
  forged[forged.length - 1] ^= 1;
  await outcome("  forged tag:", () => subtle.decrypt(algorithm, ocbKey, forged));
}
await outcome("OCB tag of 32 bits:", () => subtle.encrypt({ name: "AES-OCB", iv: bytes(12), tagLength: 32 }, ocbKey, bytes(4)));
await outcome("OCB iv of 16 bytes:", () => subtle.encrypt({ name: "AES-OCB", iv: bytes(16) }, ocbKey, bytes(4)));

// --- ML-KEM-512: keys from a seed are the same everywhere; so is implicit rejection ---
const seeded = await subtle.importKey("raw-seed", bytes(64), "ML-KEM-512", true, ["decapsulateBits", "decapsulateKey"]);
const publicKey = await subtle.getPublicKey(seeded, ["encapsulateBits", "encapsulateKey"]);
console.log("ML-KEM-512 key:", seeded.algorithm, publicKey.algorithm, publicKey.usages);
const sha256 = async (buffer) => hex(await subtle.digest("SHA-256", buffer));
console.log("  raw-public:", (await subtle.exportKey("raw-public", publicKey)).byteLength, await sha256(await subtle.exportKey("raw-public", publicKey)));
console.log("  spki:", (await subtle.exportKey("spki", publicKey)).byteLength, await sha256(await subtle.exportKey("spki", publicKey)));
console.log("  pkcs8:", hex(await subtle.exportKey("pkcs8", seeded)));
const jwk = await subtle.exportKey("jwk", seeded);
console.log("  jwk:", jwk.kty, jwk.alg, jwk.priv.length, jwk.pub.length);
console.log("  rejection:", hex(await subtle.decapsulateBits("ML-KEM-512", seeded, new Uint8Array(768))));
const { sharedKey, ciphertext } = await subtle.encapsulateBits("ML-KEM-512", publicKey);
console.log("  round trip:", ciphertext.byteLength, hex(sharedKey) === hex(await subtle.decapsulateBits("ML-KEM-512", seeded, ciphertext)));
for (const format of ["spki", "pkcs8", "raw-public"]) {
  const exported = await subtle.exportKey(format, format === "pkcs8" ? seeded : publicKey);
  const back = await subtle.importKey(format, exported, "ML-KEM-512", true, format === "pkcs8" ? ["decapsulateBits"] : ["encapsulateBits"]);
  console.log("  imported from", format, back.type);
}
const generated = await subtle.generateKey("ML-KEM-512", true, ["encapsulateKey", "decapsulateKey"]);
const sealedKey = await subtle.encapsulateKey("ML-KEM-512", generated.publicKey, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
const openedKey = await subtle.decapsulateKey({ name: "ML-KEM-512" }, generated.privateKey, sealedKey.ciphertext, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
console.log("  shared HMAC key:", openedKey.algorithm.name, openedKey.algorithm.length);
await outcome("  ciphertext of another length:", () => subtle.decapsulateBits("ML-KEM-512", seeded, new Uint8Array(767)));
await outcome("  ML-KEM-768 key data:", async () => subtle.importKey("spki", await subtle.exportKey("spki", (await subtle.generateKey("ML-KEM-768", true, ["decapsulateBits"])).publicKey), "ML-KEM-512", true, []));
await outcome("  seed of 63 bytes:", () => subtle.importKey("raw-seed", bytes(63), "ML-KEM-512", true, ["decapsulateBits"]));
await outcome("  encrypt usage:", () => subtle.generateKey("ML-KEM-512", true, ["encrypt"]));
