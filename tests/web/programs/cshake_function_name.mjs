// What Node 24 lacks of the draft's cSHAKE and KMAC: cSHAKE's function name (N), checked
// through SP 800-185's definition of KMAC as the cSHAKE named "KMAC" of an encoded input, and
// the earlier draft's `length` (WPT's name) for `outputLength`.
const { subtle } = globalThis.crypto;
const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
const text = (value) => new TextEncoder().encode(value);
const concat = (...parts) => {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (all.set(part, at), at + part.length), 0);
  return all;
};
// SP 800-185 section 2.3's encodings
const digits = (value) => {
  const out = [];
  do { out.unshift(value & 0xff); value = Math.floor(value / 256); } while (value > 0);
  return Uint8Array.from(out);
};
const leftEncode = (value) => concat([digits(value).length], digits(value));
const rightEncode = (value) => concat(digits(value), [digits(value).length]);
const encodeString = (bytes) => concat(leftEncode(bytes.length * 8), bytes);
const bytepad = (bytes, width) => {
  const padded = concat(leftEncode(width), bytes);
  return concat(padded, new Uint8Array((width - (padded.length % width)) % width));
};

const keyBytes = Uint8Array.from({ length: 32 }, (_, i) => 0x40 + i);
const data = Uint8Array.from({ length: 200 }, (_, i) => i);
const customization = text("My Tagged Application");
for (const [name, cshake, rate, bits] of [["KMAC128", "cSHAKE128", 168, 256], ["KMAC256", "cSHAKE256", 136, 512]]) {
  const key = await subtle.importKey("raw-secret", keyBytes, name, false, ["sign"]);
  const tag = await subtle.sign({ name, outputLength: bits, customization }, key, data);
  const input = concat(bytepad(encodeString(keyBytes), rate), data, rightEncode(bits));
  const digest = await subtle.digest({ name: cshake, outputLength: bits, functionName: text("KMAC"), customization }, input);
  const withLength = await subtle.sign({ name, length: bits, customization }, key, data);
  console.log(name, hex(tag).slice(0, 16), hex(digest) === hex(tag), hex(withLength) === hex(tag));
}
console.log("another function name:", hex(await subtle.digest({ name: "cSHAKE128", outputLength: 64, functionName: text("A") }, new Uint8Array(4))));
console.log("supports cSHAKE with a length:", SubtleCrypto.supports("digest", { name: "cSHAKE128", outputLength: 256 }), SubtleCrypto.supports("digest", "cSHAKE128"));
try {
  await subtle.generateKey({ name: "HMAC", hash: "cSHAKE128" }, true, ["sign"]);
} catch (error) {
  console.log("cSHAKE as HMAC's hash:", error.name);
}
