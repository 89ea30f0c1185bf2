// The deprecated Buffer() constructor (node warns on stderr, with its pid: compared on stdout).
import { Buffer } from "node:buffer";
const t = (name, f) => {
  try {
    console.log(name, "=>", f());
  } catch (e) {
    console.log(name, "!!", e.name, e.code, e.message);
  }
};
t("Buffer(3)", () => Buffer(3));
t("new Buffer(str)", () => new Buffer("ab"));
t("Buffer(str, enc)", () => Buffer("6162", "hex"));
t("Buffer(array)", () => Buffer([1, 2, 300]));
t("Buffer(ab, off, len)", () => { const ab = new ArrayBuffer(4); const b = Buffer(ab, 1, 2); b[0] = 7; return [b, new Uint8Array(ab)]; });
t("Buffer(5, utf8)", () => Buffer(5, "utf8"));
t("Buffer(-1)", () => Buffer(-1));
t("Buffer({})", () => Buffer({}));
t("map keeps Buffer", () => { const m = Buffer.from([1, 2]).map((x) => x * 3); return [m, m instanceof Buffer]; });
t("filter keeps Buffer", () => Buffer.from([1, 2, 3]).filter((x) => x !== 2));
t("Buffer.of", () => Buffer.of(1, 2, 257));
t("subarray is Buffer", () => { const b = Buffer.from("abcdef"); const s = b.subarray(-4, -1); s[0] = 0x43; return [s, b.toString(), s instanceof Buffer]; });
t("SlowBuffer", () => { const s = new Uint8Array(0); return [Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.name, Buffer.length, typeof s]; });
