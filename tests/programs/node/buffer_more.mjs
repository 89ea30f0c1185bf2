// Numbers round trips, byte order, copy/compare/equals, slices sharing memory, the exports.
import buffer, { Buffer, Blob, File, atob, btoa, constants, kMaxLength, kStringMaxLength, SlowBuffer, resolveObjectURL } from "node:buffer";
const t = (name, f) => {
  try {
    console.log(name, "=>", f());
  } catch (e) {
    console.log(name, "!!", e.name, e.code, e.message);
  }
};

const b = Buffer.alloc(16);
const values = {
  UInt8: [0, 1, 127, 128, 255], Int8: [-128, -1, 0, 127],
  UInt16: [0, 1, 256, 65535], Int16: [-32768, -1, 0, 1, 32767],
  UInt32: [0, 1, 2 ** 31, 2 ** 32 - 1], Int32: [-(2 ** 31), -1, 0, 2 ** 31 - 1],
  Float: [0, -0, 1.5, -2.25, 3.4e38, 1e-45, Infinity, -Infinity, NaN, 0.1],
  Double: [0, -0, 1.5, Math.PI, -1e308, 5e-324, Infinity, NaN],
  BigInt64: [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n)], BigUInt64: [0n, 1n, 2n ** 64n - 1n, 2n ** 32n],
};
for (const [kind, list] of Object.entries(values)) {
  for (const suffix of kind.endsWith("8") ? [""] : ["LE", "BE"]) {
    for (const value of list) {
      b.fill(0xaa);
      const end = b[`write${kind}${suffix}`](value, 3);
      console.log(kind + suffix, value, end, b.toString("hex"), b[`read${kind}${suffix}`](3));
    }
  }
}
for (const byteLength of [1, 2, 3, 4, 5, 6]) {
  for (const value of [0, 1, 2 ** (8 * byteLength - 1) - 1, -(2 ** (8 * byteLength - 1)), -1]) {
    b.fill(0);
    const end = b.writeIntLE(value, 1, byteLength);
    const endBE = b.writeIntBE(value, 8, byteLength);
    console.log("int", byteLength, value, end, endBE, b.toString("hex"), b.readIntLE(1, byteLength), b.readIntBE(8, byteLength), b.readUIntLE(1, byteLength), b.readUIntBE(8, byteLength));
  }
  t(`uint range ${byteLength}`, () => b.writeUIntLE(2 ** (8 * byteLength), 0, byteLength));
  t(`int range ${byteLength}`, () => b.writeIntBE(-(2 ** (8 * byteLength - 1)) - 1, 0, byteLength));
  t(`read past ${byteLength}`, () => b.readUIntBE(16 - byteLength + 1, byteLength));
}
t("aliases", () => ["readUint8", "readUint16LE", "readUint32BE", "readUintLE", "readUintBE", "writeUint8", "writeUint16BE", "writeUint32LE", "writeUintLE", "writeUintBE", "readBigUint64LE", "writeBigUint64BE"].map((n) => Buffer.prototype[n].name));
t("names", () => [Buffer.prototype.readUInt8.name, Buffer.prototype.swap16.name, Buffer.alloc.name, Buffer.from.name, Buffer.prototype.toString.name]);
t("on Uint8Array", () => { const u = new Uint8Array(4); Buffer.prototype.writeUInt32BE.call(u, 0x01020304, 0); return [u, Buffer.prototype.readUInt16LE.call(u, 1)]; });

// Byte order.
t("swap16", () => Buffer.from("0102030405060708", "hex").swap16());
t("swap32", () => Buffer.from("0102030405060708", "hex").swap32());
t("swap64", () => Buffer.from("01020304050607080910111213141516", "hex").swap64());
t("swap on slice", () => { const x = Buffer.from("0011223344", "hex"); x.subarray(1).swap32(); return x; });
t("swap empty", () => Buffer.alloc(0).swap64());

// Copy, compare, equals.
const src = Buffer.from("0123456789");
for (const args of [[], [2], [2, 3], [2, 3, 6], [0, 8, 20], [9, 0, 10], [0, 5, 5]]) {
  const target = Buffer.alloc(6, 0x2d);
  console.log("copy", args, src.copy(target, ...args), target.toString());
}
t("copy within", () => { const x = Buffer.from("abcdefgh"); x.copy(x, 0, 3); return x.toString(); });
t("copy within back", () => { const x = Buffer.from("abcdefgh"); x.copy(x, 3, 0, 5); return x.toString(); });
t("compare", () => [Buffer.compare(Buffer.from("a"), Buffer.from("b")), Buffer.compare(Buffer.from("b"), Buffer.from("a")), Buffer.compare(Buffer.from("ab"), Buffer.from("a")), Buffer.compare(Buffer.from(""), Buffer.from("")), Buffer.compare(new Uint8Array([1]), Buffer.from([1]))]);
t("sort", () => [Buffer.from("b"), Buffer.from("ab"), Buffer.from("a"), Buffer.from("")].sort(Buffer.compare).map(String));
t("compare ranges", () => { const x = Buffer.from([1, 2, 3, 4, 5]); const y = Buffer.from([3, 4, 5, 6]); return [x.compare(y), x.compare(y, 0, 3, 2), x.compare(y, 0, 2, 2, 4), x.compare(y, 1, 3, 3, 5), x.compare(y, 0, 0, 0, 0), x.compare(y, 0, 0)]; });
t("equals", () => [Buffer.from("abc").equals(Buffer.from("abc")), Buffer.from("abc").equals(Buffer.from("abd")), Buffer.from("abc").equals(new Uint8Array([97, 98, 99])), Buffer.from("ab").equals(Buffer.from("abc"))]);

// Slices share memory.
t("slice shares", () => { const x = Buffer.from("hello"); const s = x.slice(1, 3); s[0] = 0x45; return [x.toString(), s.toString(), s.byteOffset - x.byteOffset, s instanceof Buffer]; });
t("slice forms", () => { const x = Buffer.from("abcdef"); return [x.slice(), x.slice(2), x.slice(-2), x.slice(1, -1), x.slice(-10, 2), x.slice(4, 2), x.slice(NaN, 3), x.slice("2", "4"), x.subarray(-3)].map(String); });
t("from ArrayBuffer shares", () => { const u = new Uint8Array([1, 2, 3, 4]); const x = Buffer.from(u.buffer, 1); x[0] = 9; return [u, x, x.buffer === u.buffer]; });
t("from Buffer copies", () => { const x = Buffer.from([1, 2]); const y = Buffer.from(x); y[0] = 5; return [x, y]; });
t("toJSON", () => JSON.stringify({ b: Buffer.from("hi"), e: Buffer.alloc(0) }));
t("JSON back", () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from("round")))).toString());
t("iterators", () => { const x = Buffer.from("ab"); return [[...x], [...x.keys()], [...x.entries()], Array.from(x.values())]; });
t("toLocaleString", () => Buffer.from("loc").toLocaleString());
t("string methods", () => { const x = Buffer.from("Hello, World"); return [x.toString("latin1", 7), x.toString("hex", 0, 5), x.toString("ucs2"), x.toString("base64", 1, 4), x.toString("ascii", -5, 100)]; });
t("fill chain", () => Buffer.alloc(8).fill("ab", 1, 7).fill(0x7a, 3, 4).toString());
t("fill encodings", () => ["utf8", "ucs2", "latin1", "ascii", "base64", "hex"].map((e) => Buffer.alloc(7).fill("00ff", e).toString("hex")));
t("alloc encodings", () => [Buffer.alloc(4, "YQ==", "base64"), Buffer.alloc(3, "é", "latin1"), Buffer.alloc(5, "é"), Buffer.alloc(4, 300), Buffer.alloc(4, Buffer.from("xyz"))]);
t("allocUnsafe", () => [Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(5).length, Buffer.allocUnsafe(0).length, Buffer.allocUnsafe(3) instanceof Buffer]);

// The other exports.
t("consts", () => [kMaxLength, kStringMaxLength, constants.MAX_LENGTH, constants.MAX_STRING_LENGTH, Buffer.poolSize]);
t("atob/btoa", () => [btoa("hello"), atob("aGVsbG8="), atob === globalThis.atob, btoa === globalThis.btoa]);
t("Blob/File", () => [Blob === globalThis.Blob, typeof File, new Blob(["ab"]).size, new File(["abc"], "f.txt").name]);
t("SlowBuffer", () => [SlowBuffer(4).length, SlowBuffer(2) instanceof Uint8Array, SlowBuffer.name]);
t("resolveObjectURL", () => [resolveObjectURL("blob:nodedata:1234"), resolveObjectURL("https://example.com")]);
t("isEncoding", () => ["utf8", "UTF-8", "ucs2", "Ucs-2", "utf16le", "UTF-16LE", "latin1", "BINARY", "ascii", "base64", "base64url", "hex", "utf16", "utf-16", "", "raw", "utf32"].map((e) => Buffer.isEncoding(e)));
t("isBuffer", () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer("x"), Buffer.isBuffer(null), Buffer.isBuffer(Buffer.from("x").subarray(0))]);
t("default", () => [buffer.Buffer === Buffer, typeof buffer.transcode, Object.keys(buffer).length]);
const blob = new Blob([Buffer.from("from a buffer")]);
console.log("blob text", await blob.text());
console.log("from blob", Buffer.from(await blob.arrayBuffer()).toString());
