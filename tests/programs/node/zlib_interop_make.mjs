// Compresses 200 KB of text in every format at a few levels (or Brotli qualities) and prints
// each result as "format level base64", for another runtime to decompress.
import zlib from "node:zlib";

const words = ["alpha", "beta", "gamma", "delta", "zlib", "node", "stream", "buffer", "\n"];
let seed = 11;
const parts = [];
for (let size = 0; size < 200000; size += parts[parts.length - 1].length + 1) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  parts.push(words[seed % words.length] + (seed % 13));
}
const text = Buffer.from(parts.join(" "));
console.log("text", 0, text.toString("base64"));
for (const format of ["gzip", "deflate", "deflateRaw"]) {
  for (const level of [1, 6, 9]) console.log(format, level, zlib[`${format}Sync`](text, { level }).toString("base64"));
}
for (const quality of [1, 11]) {
  console.log("brotliCompress", quality, zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }).toString("base64"));
}
