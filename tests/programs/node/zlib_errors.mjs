// node:zlib's errors: corrupt and truncated data (zlib's and Brotli's codes and errnos), bad
// options and arguments, crc32's checks.
import zlib from "node:zlib";

function attempt(label, run) {
  try {
    const result = run();
    console.log(label, "ok", Buffer.isBuffer(result) ? result.toString("hex") : result);
  } catch (error) {
    console.log(label, error.name, error.code, error.errno, JSON.stringify(error.message), Object.keys(error).join(","), error instanceof RangeError);
  }
}

const gz = zlib.gzipSync("hello");
const corrupt = (buffer, at) => {
  const copy = Buffer.from(buffer);
  copy[at] ^= 1;
  return copy;
};
attempt("gunzip not gzip", () => zlib.gunzipSync(Buffer.from("hello")));
attempt("inflate not zlib", () => zlib.inflateSync(Buffer.from("hello")));
attempt("inflateRaw garbage", () => zlib.inflateRawSync(Buffer.from("hello")));
attempt("gunzip truncated", () => zlib.gunzipSync(gz.subarray(0, 10)));
attempt("inflate truncated", () => zlib.inflateSync(zlib.deflateSync("hello").subarray(0, 5)));
attempt("gunzip empty", () => zlib.gunzipSync(Buffer.alloc(0)));
attempt("inflate empty", () => zlib.inflateSync(Buffer.alloc(0)));
attempt("gunzip bad crc", () => zlib.gunzipSync(corrupt(gz, gz.length - 5)));
attempt("gunzip bad length", () => zlib.gunzipSync(corrupt(gz, gz.length - 1)));
attempt("gunzip bad method", () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f, 0x8b, 1, 2])])));
attempt("gunzip garbage after", () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from("garbage")])));
attempt("gunzip one byte after", () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from("x")])));
attempt("unzip garbage", () => zlib.unzipSync(Buffer.from("xx")));
attempt("inflate window too small", () => zlib.inflateSync(zlib.deflateSync("a"), { windowBits: 8 }));
const withDictionary = zlib.deflateSync("a", { dictionary: Buffer.from("abc") });
attempt("missing dictionary", () => zlib.inflateSync(withDictionary));
attempt("bad dictionary", () => zlib.inflateSync(withDictionary, { dictionary: Buffer.from("abd") }));
attempt("brotli truncated", () => zlib.brotliDecompressSync(zlib.brotliCompressSync("hello").subarray(0, 3)));
attempt("brotli short", () => zlib.brotliDecompressSync(Buffer.from("hello")));
attempt("brotli corrupt", () => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff])));
attempt("brotli empty", () => zlib.brotliDecompressSync(Buffer.alloc(0)));

// Options.
for (const [name, value] of [
  ["level", 10], ["level", -2], ["level", "1"], ["level", Infinity], ["windowBits", 7], ["windowBits", 16],
  ["windowBits", 0], ["memLevel", 0], ["memLevel", 10], ["strategy", 5], ["strategy", -1],
  ["chunkSize", 10], ["chunkSize", "x"], ["chunkSize", Infinity], ["finishFlush", 9], ["flush", 9],
  ["dictionary", "x"], ["dictionary", 5],
]) {
  attempt(`gzipSync ${name}=${String(value)}`, () => zlib.gzipSync("a", { [name]: value }));
  attempt(`deflateSync ${name}=${String(value)}`, () => zlib.deflateSync("a", { [name]: value }));
}
attempt("gzip windowBits 8", () => zlib.gzipSync("a", { windowBits: 8 }));
attempt("raw windowBits 8", () => zlib.deflateRawSync("a", { windowBits: 8 }));
attempt("inflateRaw windowBits 0", () => zlib.inflateRawSync(zlib.deflateRawSync("a"), { windowBits: 0 }));
attempt("options not an object", () => zlib.gzipSync("a", 5));
attempt("options null", () => zlib.gzipSync("a", null));
const P = zlib.constants;
attempt("brotli finishFlush", () => zlib.brotliCompressSync("a", { finishFlush: 4 }));
attempt("brotli unknown param", () => zlib.brotliCompressSync("a", { params: { 99: 1 } }));
attempt("brotli named param", () => zlib.brotliCompressSync("a", { params: { abc: 1 } }));
attempt("brotli param type", () => zlib.brotliCompressSync("a", { params: { [P.BROTLI_PARAM_QUALITY]: "x" } }));
attempt("brotli params not object", () => zlib.brotliCompressSync("a", { params: 5 }));
attempt("brotli decoder param", () => zlib.brotliDecompressSync(zlib.brotliCompressSync("a"), { params: { 5: 1 } }));
attempt("brotli decoder param ok", () => zlib.brotliDecompressSync(zlib.brotliCompressSync("a"), { params: { 0: 1 } }));

// Arguments.
attempt("sync input", () => zlib.gzipSync(5));
attempt("sync input object", () => zlib.deflateSync({}));
attempt("callback missing", () => zlib.gzip("a"));
attempt("callback not a function", () => zlib.gzip("a", {}, 5));
attempt("callback input", () => zlib.gzip(5, () => {}));
attempt("callback options", () => zlib.gzip("a", { level: 20 }, () => {}));
attempt("params level", () => zlib.createGzip().params(12, 0, () => {}));
attempt("params strategy", () => zlib.createDeflate().params(1, 9, () => {}));
attempt("create options", () => zlib.createInflate({ windowBits: 3 }));

// crc32.
attempt("crc32 string", () => zlib.crc32("hello"));
attempt("crc32 continued", () => zlib.crc32("world", zlib.crc32("hello ")) === zlib.crc32("hello world"));
attempt("crc32 value", () => zlib.crc32("hello", 5));
attempt("crc32 empty", () => zlib.crc32(""));
attempt("crc32 utf8", () => zlib.crc32("héllo ✓"));
attempt("crc32 typed", () => zlib.crc32(new Uint16Array([1, 2])));
attempt("crc32 number", () => zlib.crc32(5));
attempt("crc32 ArrayBuffer", () => zlib.crc32(new ArrayBuffer(2)));
attempt("crc32 value type", () => zlib.crc32("a", "b"));
attempt("crc32 negative", () => zlib.crc32("a", -1));
attempt("crc32 too large", () => zlib.crc32("a", 2 ** 32));
attempt("crc32 fraction", () => zlib.crc32("a", 1.5));

// The module's shape.
console.log(Object.keys(zlib).join(" "));
console.log(Object.keys(zlib.constants).length, JSON.stringify(zlib.constants));
console.log(JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes), Object.getPrototypeOf(zlib.constants));
const legacy = Object.getOwnPropertyNames(zlib).filter((name) => name.startsWith("Z_"));
console.log(legacy.length, JSON.stringify(Object.getOwnPropertyDescriptor(zlib, "Z_SYNC_FLUSH")), "BROTLI_MODE_TEXT" in zlib);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(zlib.constants, "Z_OK")));
for (const name of ["Gzip", "Gunzip", "Deflate", "Inflate", "DeflateRaw", "InflateRaw", "Unzip", "BrotliCompress", "BrotliDecompress"]) {
  const Class = zlib[name];
  const made = Class();
  const parent = Object.getPrototypeOf(Class.prototype).constructor.name;
  console.log(name, made instanceof Class, parent, Object.getPrototypeOf(Object.getPrototypeOf(Class.prototype)).constructor.name, typeof made.flush, typeof made.close);
}
const gzip = zlib.createGzip({ level: 3, strategy: 1 });
console.log(gzip._level, gzip._strategy, gzip.bytesWritten, gzip._chunkSize, gzip._defaultFlushFlag, gzip._finishFlushFlag, gzip._defaultFullFlushFlag);
