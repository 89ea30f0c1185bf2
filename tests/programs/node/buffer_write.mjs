// write(), toString(), fill() and indexOf() across every encoding, offset and length.
import { Buffer } from "node:buffer";
const t = (name, f) => {
  try {
    console.log(name, "=>", f());
  } catch (e) {
    console.log(name, "!!", e.name, e.code, e.message);
  }
};
const ENCODINGS = ["utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex", "binary", "ucs2", "UTF-8", "Hex"];
const TEXTS = ["", "abc", "héllo wörld", "€uro", "😀!", "0123abcdEF", "aGVsbG8gd29ybGQ=", "_-+/ x", "\ud800x"];
for (const encoding of ENCODINGS) {
  for (const text of TEXTS) {
    const results = [];
    for (const [offset, length] of [[undefined, undefined], [0, undefined], [2, undefined], [1, 3], [5, 100], [8, 0]]) {
      const b = Buffer.alloc(8, 0x2e);
      let written;
      try {
        written = offset === undefined ? b.write(text, encoding) : length === undefined ? b.write(text, offset, encoding) : b.write(text, offset, length, encoding);
      } catch (e) {
        written = e.code;
      }
      results.push(`${written}:${b.toString("hex")}`);
    }
    console.log(encoding, JSON.stringify(text), results.join(" "), Buffer.byteLength(text, encoding), Buffer.from(text, encoding).toString("hex"));
  }
}

const sample = Buffer.from("héllo wörld, 😀 and €", "utf8");
for (const encoding of ENCODINGS) {
  const parts = [];
  for (const [start, end] of [[undefined, undefined], [0, 3], [1, 2], [2, 7], [-3, 4], [3, -1], [5, 1000], [1000, 2], [NaN, 5], [2.9, 6.1], ["3", "9"], [null, 4]]) {
    parts.push(JSON.stringify(sample.toString(encoding, start, end)));
  }
  console.log(encoding, parts.join(" "));
}

for (const encoding of ENCODINGS) {
  const filled = [];
  for (const value of ["ab", "é", "😀", "00ff11", "YWJj", "x", ""]) {
    try {
      filled.push(Buffer.alloc(7).fill(value, encoding).toString("hex"));
    } catch (e) {
      filled.push(e.code);
    }
  }
  console.log("fill", encoding, filled.join(" "));
}

const hay = Buffer.from("ab\u00e9cd\u20ac ab\u00e9 \ud83d\ude00 end", "utf8");
for (const encoding of ["utf8", "latin1", "ucs2", "hex", "base64"]) {
  for (const needle of ["ab", "é", "€", "😀", "end", "z", "6162", "YWI="]) {
    console.log("search", encoding, JSON.stringify(needle), hay.indexOf(needle, encoding), hay.lastIndexOf(needle, encoding), hay.includes(needle, 3, encoding), hay.indexOf(needle, -5, encoding), hay.lastIndexOf(needle, 4, encoding));
  }
}
const wide = Buffer.from("abcabc\u0100xyz", "ucs2");
t("ucs2 search", () => [wide.indexOf("bc", "ucs2"), wide.lastIndexOf("bc", "ucs2"), wide.indexOf("c", 5, "ucs2"), wide.indexOf("\u0100", "ucs2"), wide.indexOf(Buffer.from([0x62, 0])), wide.lastIndexOf("abc", -1, "ucs2")]);
for (const offset of [undefined, 0, 3, -3, -100, 100, 2.7, "2", "utf8", NaN, null, true, [], {}]) {
  t(`offset ${JSON.stringify(offset) ?? String(offset)}`, () => [hay.indexOf(97, offset), hay.lastIndexOf(97, offset), hay.indexOf("ab", offset), hay.lastIndexOf("ab", offset), hay.indexOf("", offset), hay.lastIndexOf("", offset)]);
}
for (const offset of [0, 1, 3, 5, 7, 9, -1, -3, -6, -7, 13, 100]) {
  console.log("ucs2 offset", offset, wide.indexOf("c", offset, "ucs2"), wide.lastIndexOf("c", offset, "ucs2"), wide.indexOf("bc", offset, "ucs2"), wide.lastIndexOf("abc", offset, "utf16le"), Buffer.from("abcde").indexOf("c", offset, "ucs2"));
}
