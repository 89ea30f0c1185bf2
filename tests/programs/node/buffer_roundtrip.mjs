// Encodings on many inputs: every byte value, every kind of code point, long strings.
import { Buffer, isUtf8, isAscii } from "node:buffer";

// A deterministic pseudo-random generator (xorshift).
let seed = 12345;
const random = () => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 2 ** 32; };
const randomBytes = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = (random() * 256) | 0; return b; };
const checksum = (text) => { let h = 0; for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0; return h; };
const codes = (text) => Array.from(text, (c) => c.codePointAt(0).toString(16)).join(" ");

const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const encoding of ["utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex"]) {
  const text = all.toString(encoding);
  const back = Buffer.from(text, encoding);
  console.log(encoding, text.length, checksum(text), back.length, checksum(back.toString("hex")), Buffer.byteLength(text, encoding));
}

// Invalid UTF-8, sequence by sequence.
const invalid = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41], [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xe0, 0xa0, 0x41],
  [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xef, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x90, 0x80], [0xf0, 0x90, 0x80, 0x80],
  [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80], [0xfe], [0xff, 0xfe], [0xe2, 0x82], [0xe2, 0x82, 0xac, 0xe2],
  [0x61, 0xf0, 0x9f, 0x98, 0x80, 0x62], [0xf0, 0x9f, 0x98], [0xc3, 0xa9, 0xc3],
];
for (const bytes of invalid) {
  const b = Buffer.from(bytes);
  console.log(b.toString("hex"), "->", codes(b.toString()), isUtf8(b), isAscii(b));
}

// Strings with every kind of UTF-16: ASCII, two- and three-byte, pairs, lone surrogates.
const samples = ["", "a", "é", "€", "😀", "a😀b", "\ud800", "\udc00", "\ud800\ud800", "\udc00\ud800", "x\ud83d", "\u0000", "\uffff", "日本語テキスト"];
for (const s of samples) {
  const b = Buffer.from(s);
  console.log(JSON.stringify(s), b.toString("hex"), Buffer.byteLength(s), codes(b.toString()), Buffer.from(s, "ucs2").toString("hex"), Buffer.from(s, "latin1").toString("hex"));
}

// Long random round trips.
const big = randomBytes(300000);
for (const encoding of ["utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex"]) {
  const text = big.toString(encoding);
  const back = Buffer.from(text, encoding);
  console.log("big", encoding, text.length, checksum(text), back.length, checksum(back.toString("base64")));
}
let long = "";
for (let i = 0; i < 20000; i++) long += String.fromCharCode((random() * 0x10000) | 0);
const encoded = Buffer.from(long);
console.log("long utf8", encoded.length, Buffer.byteLength(long), checksum(encoded.toString("hex")), checksum(encoded.toString()));

// write() cuts at whole characters.
for (const s of ["abc", "a€b", "😀😀", "ééé"]) {
  for (let size = 0; size <= 6; size++) {
    const b = Buffer.alloc(size, 0x2e);
    const n = b.write(s);
    const u = Buffer.alloc(size, 0x2e);
    const m = u.write(s, "ucs2");
    const h = Buffer.alloc(size, 0x2e);
    const k = h.write("00112233445566", "hex");
    const d = Buffer.alloc(size, 0x2e);
    const j = d.write("AAECAwQFBgc=", "base64");
    console.log(JSON.stringify(s), size, n, b.toString("hex"), m, u.toString("hex"), k, h.toString("hex"), j, d.toString("hex"));
  }
}

// The same bytes, long enough to be decoded on the host's side: every byte value, and every
// ill-formed sequence above, one after another, in each encoding.
const many = Buffer.concat([all, all, all, Buffer.concat(invalid.map((bytes) => Buffer.from(bytes))), all, Buffer.from([0xe2, 0x82])]);
for (const encoding of ["utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex"]) {
  const text = many.toString(encoding);
  console.log("many", encoding, many.length, text.length, checksum(text), codes(text.slice(0, 40)), codes(text.slice(-40)));
  const odd = many.subarray(1).toString(encoding);
  console.log("odd", encoding, odd.length, checksum(odd), many.toString(encoding, 3, 700).length);
}
const surrogates = Buffer.from("\ud800a\udc00".repeat(300), "utf16le");
console.log("utf16le lone surrogates", codes(surrogates.toString("utf16le").slice(0, 6)), surrogates.toString("utf16le").length, checksum(surrogates.toString("utf16le")));
console.log("utf8 of them", checksum(Buffer.from(surrogates.toString("utf16le")).toString()));

// Long base64 as MIME writes it (lines of 76), with stray characters and padding inside.
const mime = big.subarray(0, 5000).toString("base64").replace(/.{76}/g, "$&\r\n");
console.log("mime", mime.length, checksum(Buffer.from(mime, "base64").toString("hex")), Buffer.from(mime, "base64").equals(big.subarray(0, 5000)));
for (const noisy of ["QUJD RA==QUJD", "QU JDRE VG", "QUJDREVGR0hJ!!SktM", "QUJDREVG=R0hJ", "QUJ\nDREVGR0hJSktMTU5P", "-_-_QUJD", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo"]) {
  const out = [Buffer.from(noisy, "base64").toString("latin1")];
  for (const size of [1, 2, 3, 4, 5, 7, 10]) {
    const b = Buffer.alloc(size, 0x2e);
    out.push(`${b.write(noisy, "base64")}:${b.toString("latin1")}`);
  }
  console.log("noisy", JSON.stringify(noisy), out.join(" "));
}

// Comparisons long enough to be made on the host's side.
const left = Buffer.from(big.subarray(0, 4000));
const right = Buffer.from(left);
right[3999] ^= 1;
const shorter = left.subarray(0, 3000);
console.log("compare long", Buffer.compare(left, right), Buffer.compare(right, left), Buffer.compare(left, Buffer.from(left)), Buffer.compare(left, shorter), Buffer.compare(shorter, left),
  left.equals(right), left.equals(Buffer.from(left)), left.compare(right, 0, 3999, 0, 3999), left.compare(right, 1000, 4000, 1000, 4000), left.compare(right, 2000, 3500, 1500, 3000));
