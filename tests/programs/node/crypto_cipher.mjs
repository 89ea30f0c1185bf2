// node:crypto's ciphers with fixed keys and IVs: AES-CBC/ECB/CTR/GCM of each key size and
// ChaCha20-Poly1305, encryption outputs, decryption round trips, padding, tags, and errors.
import crypto from "node:crypto";

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, "throws", error.name, error.code, error.message);
  }
};
const key = (size) => Buffer.from(Array.from({ length: size }, (_, i) => i * 7 + 1));
const iv = (size) => Buffer.from(Array.from({ length: size }, (_, i) => 255 - i * 3));
const text = "The quick brown fox jumps over the lazy dog, twice: the quick brown fox.";

for (const bits of [128, 192, 256]) {
  for (const mode of ["cbc", "ecb", "ctr"]) {
    const name = `aes-${bits}-${mode}`;
    const ivBytes = mode === "ecb" ? null : iv(16);
    const cipher = crypto.createCipheriv(name, key(bits / 8), ivBytes);
    const encrypted = cipher.update(text, "utf8", "hex") + cipher.final("hex");
    const decipher = crypto.createDecipheriv(name, key(bits / 8), ivBytes);
    const decrypted = decipher.update(encrypted, "hex", "utf8") + decipher.final("utf8");
    console.log(name, encrypted, decrypted === text);
  }
  const gcm = crypto.createCipheriv(`aes-${bits}-gcm`, key(bits / 8), iv(12));
  gcm.setAAD(Buffer.from("header"));
  const sealed = Buffer.concat([gcm.update(text), gcm.final()]);
  const tag = gcm.getAuthTag();
  console.log(`aes-${bits}-gcm`, sealed.toString("base64"), tag.toString("hex"));
  const opener = crypto.createDecipheriv(`aes-${bits}-gcm`, key(bits / 8), iv(12));
  opener.setAAD(Buffer.from("header")).setAuthTag(tag);
  console.log(Buffer.concat([opener.update(sealed), opener.final()]).toString() === text);
}

// Pieces of any size; no padding; short tags; strings as key and IV.
const pieces = crypto.createCipheriv("aes-128-cbc", key(16), iv(16));
const parts = [pieces.update("abc"), pieces.update(Buffer.from("defghijklmnopqrstu")), pieces.update(new Uint8Array(0)), pieces.final()];
console.log(Buffer.concat(parts).toString("hex"));
const unpadded = crypto.createCipheriv("aes-128-cbc", key(16), iv(16)).setAutoPadding(false);
console.log(Buffer.concat([unpadded.update(Buffer.alloc(32, 1)), unpadded.final()]).toString("hex"));
const short = crypto.createCipheriv("aes-256-gcm", key(32), iv(16), { authTagLength: 8 });
console.log(short.update("x", "utf8", "base64") + short.final("base64"), short.getAuthTag().toString("hex"));
const withStrings = crypto.createCipheriv("aes-128-cbc", "k".repeat(16), "i".repeat(16));
console.log(withStrings.update("hello", "utf8", "hex") + withStrings.final("hex"));
const secret = crypto.createSecretKey(key(32));
const ctr = crypto.createCipheriv("aes-256-ctr", secret, iv(16));
console.log(ctr.update("hello", "utf8", "base64") + ctr.final("base64"));

const chacha = crypto.createCipheriv("chacha20-poly1305", key(32), iv(12), { authTagLength: 16 });
chacha.setAAD(Buffer.from("aad"), { plaintextLength: text.length });
const chachaText = chacha.update(text, "utf8", "hex") + chacha.final("hex");
const chachaTag = chacha.getAuthTag();
console.log("chacha20-poly1305", chachaText, chachaTag.toString("hex"));
const unchacha = crypto.createDecipheriv("chacha20-poly1305", key(32), iv(12), { authTagLength: 16 });
unchacha.setAAD(Buffer.from("aad"), { plaintextLength: text.length });
unchacha.setAuthTag(chachaTag);
console.log(unchacha.update(chachaText, "hex", "utf8") + unchacha.final("utf8") === text);

// Errors
const zeros = (n) => Buffer.alloc(n);
attempt("key length", () => crypto.createCipheriv("aes-128-cbc", zeros(15), zeros(16)));
attempt("iv length", () => crypto.createCipheriv("aes-128-cbc", zeros(16), zeros(15)));
attempt("unknown cipher", () => crypto.createCipheriv("aes-128-xyz", zeros(16), zeros(16)));
attempt("cipher type", () => crypto.createCipheriv(5, zeros(16), zeros(16)));
attempt("key type", () => crypto.createCipheriv("aes-128-cbc", 5, zeros(16)));
attempt("iv type", () => crypto.createCipheriv("aes-128-cbc", zeros(16), 5));
attempt("bad decrypt", () => { const d = crypto.createDecipheriv("aes-128-cbc", zeros(16), zeros(16)); d.update(zeros(16)); return d.final(); });
attempt("wrong final length", () => { const d = crypto.createDecipheriv("aes-128-cbc", zeros(16), zeros(16)); d.update(zeros(15)); return d.final(); });
attempt("no padding partial", () => { const c = crypto.createCipheriv("aes-128-cbc", zeros(16), zeros(16)); c.setAutoPadding(false); c.update(zeros(15)); return c.final(); });
attempt("gcm without tag", () => { const d = crypto.createDecipheriv("aes-128-gcm", zeros(16), zeros(12)); d.update(zeros(15)); return d.final(); });
attempt("gcm wrong tag", () => { const d = crypto.createDecipheriv("aes-128-gcm", zeros(16), zeros(12)); d.setAuthTag(zeros(16)); d.update(zeros(15)); return d.final(); });
attempt("tag before final", () => { const c = crypto.createCipheriv("aes-128-gcm", zeros(16), zeros(12)); c.update("x"); return c.getAuthTag(); });
attempt("final twice", () => { const c = crypto.createCipheriv("aes-128-cbc", zeros(16), zeros(16)); c.final(); return c.final(); });
attempt("update after final", () => { const c = crypto.createCipheriv("aes-128-cbc", zeros(16), zeros(16)); c.final(); return c.update("a"); });
attempt("tag length", () => crypto.createCipheriv("aes-128-gcm", zeros(16), zeros(12), { authTagLength: 3 }));
attempt("cipher has no setAuthTag", () => typeof crypto.createCipheriv("aes-128-gcm", zeros(16), zeros(12)).setAuthTag);
attempt("decipher has no getAuthTag", () => typeof crypto.createDecipheriv("aes-128-gcm", zeros(16), zeros(12)).getAuthTag);
attempt("ecb", () => crypto.createCipheriv("aes-128-ecb", zeros(16), null).update("a"));
attempt("odd hex", () => crypto.createDecipheriv("aes-128-cbc", zeros(16), zeros(16)).update("zz", "hex"));
