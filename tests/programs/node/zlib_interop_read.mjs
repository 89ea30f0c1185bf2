// Reads zlib_interop_make.mjs's lines from the file named by the first argument and says, for
// each, whether it decompresses to the text (the first line).
import zlib from "node:zlib";
import { readFileSync } from "node:fs";

const lines = readFileSync(process.argv[2], "utf8").trim().split("\n").map((line) => line.split(" "));
const text = Buffer.from(lines[0][2], "base64");
const inverse = { gzip: "gunzipSync", deflate: "inflateSync", deflateRaw: "inflateRawSync", brotliCompress: "brotliDecompressSync" };
for (const [format, level, data] of lines.slice(1)) {
  console.log(format, level, zlib[inverse[format]](Buffer.from(data, "base64")).equals(text));
}
