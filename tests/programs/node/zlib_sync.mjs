// node:zlib's one-shot sync functions: the bytes each makes for fixed inputs (levels,
// strategies, window and memory sizes, dictionaries, Brotli params), round trips, input types.
// Node's zlib is Chromium's, whose match finder differs from zlib's own: the same bytes come
// out for short inputs, and for Huffman-only and RLE at any size; longer inputs with the other
// strategies are checked by round trip.
import zlib from "node:zlib";

const hex = (buffer) => buffer.toString("hex");
// Text that repeats unevenly.
function text(size) {
  const words = ["alpha", "beta", "gamma", "delta", "zlib", "node", "stream", "buffer", "\n"];
  let seed = 7;
  let out = "";
  while (out.length < size) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += words[seed % words.length] + (seed % 5) + " ";
  }
  return Buffer.from(out.slice(0, size));
}
const small = Buffer.from("hello hello hello world, hello zlib!");
const medium = text(700);

for (const level of [-1, 0, 1, 2, 5, 6, 9]) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const options = { level, strategy };
    console.log("deflate", level, strategy, hex(zlib.deflateSync(small, options)));
    console.log("gzip", level, strategy, hex(zlib.gzipSync(small, options)));
    if (strategy === 2 || strategy === 3) console.log("medium", level, strategy, hex(zlib.deflateSync(medium, options)));
    console.log("medium round trip", level, strategy, zlib.inflateSync(zlib.deflateSync(medium, options)).equals(medium));
    console.log("raw", level, strategy, hex(zlib.deflateRawSync(small, options)));
  }
}
for (const windowBits of [8, 9, 12, 15]) {
  for (const memLevel of [1, 5, 9]) {
    console.log("window", windowBits, memLevel, hex(zlib.deflateSync(small, { windowBits, memLevel })));
    console.log("raw window", windowBits, memLevel, hex(zlib.deflateRawSync(small, { windowBits, memLevel })));
  }
}
console.log("gzip window 9", hex(zlib.gzipSync(small, { windowBits: 9 })));
// Large inputs: stored, Huffman-only and RLE are the same in every zlib.
const large = text(200000);
for (const options of [{ strategy: 2 }, { strategy: 3 }]) {
  const gz = zlib.gzipSync(large, options);
  console.log("large", JSON.stringify(options), gz.length, zlib.crc32(gz), zlib.gunzipSync(gz).equals(large));
}
for (const level of [1, 6, 9]) {
  console.log("large round trip", level, zlib.inflateSync(zlib.deflateSync(large, { level })).equals(large),
    zlib.unzipSync(zlib.gzipSync(large, { level })).equals(large), zlib.inflateRawSync(zlib.deflateRawSync(large, { level })).equals(large));
}
console.log("empty", hex(zlib.deflateSync("")), hex(zlib.gzipSync("")), hex(zlib.deflateRawSync("")), hex(zlib.brotliCompressSync("")));
console.log("level 1.5", hex(zlib.gzipSync("a", { level: 1.5 })), "NaN", hex(zlib.gzipSync("a", { level: NaN })));

// Dictionaries: zlib's header names them; gzip ignores them.
const dictionary = Buffer.from("hello world zlib");
const withDictionary = zlib.deflateSync(small, { dictionary });
console.log("dictionary", hex(withDictionary), zlib.inflateSync(withDictionary, { dictionary }).toString());
console.log("raw dictionary", zlib.inflateRawSync(zlib.deflateRawSync(small, { dictionary }), { dictionary }).toString());
console.log("gzip dictionary", hex(zlib.gzipSync(small, { dictionary })));

// Input types.
const inputs = {
  string: "héllo ✓",
  buffer: Buffer.from("héllo ✓"),
  uint16: new Uint16Array([1, 2, 3, 65535]),
  dataView: new DataView(new Uint8Array([9, 8, 7, 6, 5]).buffer, 1, 3),
  arrayBuffer: new Uint8Array([1, 2, 3]).buffer,
  subarray: Buffer.from("0123456789").subarray(3, 7),
};
for (const [name, input] of Object.entries(inputs)) {
  console.log("input", name, hex(zlib.gzipSync(input)), hex(zlib.deflateRawSync(input)), hex(zlib.brotliCompressSync(input)));
}

// Decompression: multiple gzip members, padding, trailing data, windowBits 0, finishFlush.
const member = zlib.gzipSync("ab");
console.log("members", zlib.gunzipSync(Buffer.concat([member, zlib.gzipSync("cd")])).toString(),
  zlib.unzipSync(Buffer.concat([member, member])).toString());
console.log("zero padding", zlib.gunzipSync(Buffer.concat([member, Buffer.alloc(4)])).toString());
console.log("inflate trailing", zlib.inflateSync(Buffer.concat([zlib.deflateSync("ab"), Buffer.from("garbage")])).toString());
console.log("unzip both", zlib.unzipSync(zlib.deflateSync("zz")).toString(), zlib.unzipSync(member).toString());
console.log("windowBits 0", zlib.inflateSync(zlib.deflateSync("w"), { windowBits: 0 }).toString(),
  zlib.gunzipSync(member, { windowBits: 0 }).toString());
console.log("sync flush", zlib.gunzipSync(zlib.gzipSync("hello world").subarray(0, 15), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
console.log("chunkSize", zlib.gunzipSync(zlib.gzipSync(large), { chunkSize: 64 }).equals(large));

// Brotli: qualities, modes, window, size hint.
const P = zlib.constants;
for (const quality of [0, 1, 4, 5, 9, 11]) {
  console.log("brotli", quality, hex(zlib.brotliCompressSync(medium, { params: { [P.BROTLI_PARAM_QUALITY]: quality } })));
}
for (const mode of [P.BROTLI_MODE_GENERIC, P.BROTLI_MODE_TEXT, P.BROTLI_MODE_FONT]) {
  console.log("brotli mode", mode, hex(zlib.brotliCompressSync(small, { params: { [P.BROTLI_PARAM_MODE]: mode, [P.BROTLI_PARAM_QUALITY]: 6 } })));
}
console.log("brotli lgwin", hex(zlib.brotliCompressSync(small, { params: { [P.BROTLI_PARAM_LGWIN]: 10 } })));
console.log("brotli size hint", hex(zlib.brotliCompressSync(medium, { params: { [P.BROTLI_PARAM_SIZE_HINT]: medium.length } })));
console.log("brotli clamps", hex(zlib.brotliCompressSync("hello", { params: { [P.BROTLI_PARAM_QUALITY]: 20 } })));
const brotliLarge = zlib.brotliCompressSync(large, { params: { [P.BROTLI_PARAM_QUALITY]: 5 } });
console.log("brotli large", brotliLarge.length, zlib.crc32(brotliLarge), zlib.brotliDecompressSync(brotliLarge).equals(large));
console.log("brotli trailing", zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync("hi"), Buffer.from("zz")])).toString());

// info: the output and the engine that made it.
const { buffer, engine } = zlib.gzipSync(small, { info: true });
console.log("info", hex(buffer), engine.constructor.name, engine instanceof zlib.Gzip, engine.bytesWritten);
