// node:zlib's streams and callback forms: event order, chunkSize pieces, flush(), params(),
// close(), bytesWritten, errors as events, pipeline and pipe, util.promisify.
import zlib from "node:zlib";
import { Readable, Writable, PassThrough, pipeline } from "node:stream";
import { pipeline as pipelinePromise } from "node:stream/promises";
import { promisify } from "node:util";

const log = (...args) => console.log(...args);
// Each case runs alone: the next starts when this one's stream has closed.
function traced(name, stream) {
  return new Promise((resolve) => {
    for (const event of ["finish", "end", "error"]) stream.on(event, (error) => log(name, event, error ? `${error.code} ${error.message}` : ""));
    stream.on("data", (chunk) => log(name, "data", chunk.length, chunk.toString("hex").slice(0, 16)));
    stream.on("close", () => {
      log(name, "close", stream.bytesWritten);
      resolve();
    });
  });
}
const input = Buffer.from("hello world ".repeat(2000));

{
  const gzip = zlib.createGzip({ chunkSize: 64 });
  const done = traced("gzip", gzip);
  gzip.write(input.subarray(0, 100), () => log("write 1", gzip.bytesWritten));
  gzip.write(input.subarray(100), () => log("write 2", gzip.bytesWritten));
  gzip.end(() => log("end callback", gzip.bytesWritten));
  await done;
}
{
  const deflate = zlib.createDeflate();
  const done = traced("flush", deflate);
  deflate.write("abc");
  deflate.flush(() => {
    log("flushed");
    deflate.write("hello hello hello ");
    deflate.params(9, 1, (error) => {
      log("params", error);
      deflate.end("hello hello world", () => log("ended"));
    });
  });
  await done;
}
{
  const raw = zlib.createDeflateRaw({ level: 1 });
  const done = traced("sync flush", raw);
  raw.write("one ");
  raw.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    raw.write("two ");
    raw.flush(zlib.constants.Z_PARTIAL_FLUSH, () => raw.end());
  });
  await done;
}
await traced("not gzip", zlib.createGunzip().end(Buffer.from("not gzip at all")));
await traced("truncated", zlib.createGunzip().end(zlib.gzipSync("abc").subarray(0, 12)));
await traced("brotli corrupt", zlib.createBrotliDecompress().end(Buffer.from([0xff, 0xff, 0xff, 0xff])));
{
  const closing = zlib.createGzip();
  const done = traced("close", closing);
  closing.close(() => log("close callback"));
  await done;
}
{
  // Destroyed while a large write is being worked on (in toyjs, on a worker thread): the
  // engine is freed once that write is done with it, and nothing more comes out.
  const large = Buffer.from("destroyed while busy ".repeat(200000));
  const makers = [["brotli busy", zlib.createBrotliCompress], ["gzip busy", zlib.createGzip], ["gunzip busy", zlib.createGunzip]];
  for (const [name, make] of makers) {
    const busy = make();
    const done = traced(name, busy);
    busy.write(name === "gunzip busy" ? zlib.gzipSync(large) : large);
    busy.destroy();
    await done;
  }
}
{
  // Decompression in pieces of chunkSize, from input written a few bytes at a time.
  const compressed = zlib.gzipSync(input, { strategy: zlib.constants.Z_HUFFMAN_ONLY });
  const gunzip = zlib.createGunzip({ chunkSize: 4096 });
  const sizes = [];
  gunzip.on("data", (chunk) => sizes.push(chunk.length));
  const done = new Promise((resolve) => gunzip.on("end", resolve));
  for (let at = 0; at < compressed.length; at += 500) gunzip.write(compressed.subarray(at, at + 500));
  gunzip.end();
  await done;
  log("gunzip pieces", sizes.join(","), gunzip.bytesWritten);
}
{
  const brotli = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  const chunks = [];
  brotli.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => brotli.on("end", resolve));
  brotli.write("brotli ");
  brotli.flush(() => brotli.end("stream"));
  await done;
  const out = Buffer.concat(chunks);
  log("brotli stream", out.toString("hex"), zlib.brotliDecompressSync(out).toString());
}

// pipeline and pipe, through every pair.
const pairs = [
  ["gzip", zlib.createGzip, zlib.createGunzip], ["deflate", zlib.createDeflate, zlib.createInflate],
  ["raw", zlib.createDeflateRaw, zlib.createInflateRaw], ["unzip", zlib.createGzip, zlib.createUnzip],
  ["brotli", zlib.createBrotliCompress, zlib.createBrotliDecompress],
];
for (const [name, compress, decompress] of pairs) {
  const received = [];
  const sink = new Writable({ write(chunk, encoding, callback) { received.push(chunk); callback(); } });
  await new Promise((resolve) => pipeline(Readable.from([input.subarray(0, 7000), input.subarray(7000)]), compress(), decompress(), sink, (error) => {
    log("pipeline", name, error, Buffer.concat(received).equals(input));
    resolve();
  }));
}
{
  const middle = new PassThrough();
  const chunks = [];
  Readable.from(["piped ", "through ", "gzip"]).pipe(zlib.createGzip()).pipe(zlib.createGunzip()).pipe(middle);
  middle.on("data", (chunk) => chunks.push(chunk));
  await new Promise((resolve) => middle.on("end", resolve));
  log("pipe", Buffer.concat(chunks).toString());
}
try {
  await pipelinePromise(Readable.from([Buffer.from("not compressed")]), zlib.createInflate(), new PassThrough());
} catch (error) {
  log("pipeline rejects", error.code, error.errno, error.message);
}

// Callback forms: called back later, with the same bytes as the sync forms.
let calledBack = false;
zlib.gzip("callback", (error, result) => {
  calledBack = true;
  log("gzip callback", error, result.toString("hex"));
});
log("called back at once", calledBack);
await new Promise((resolve) => setTimeout(resolve, 20));
const forms = [["deflate", "inflate"], ["gzip", "gunzip"], ["deflateRaw", "inflateRaw"], ["gzip", "unzip"], ["brotliCompress", "brotliDecompress"]];
for (const [compress, decompress] of forms) {
  const packed = await promisify(zlib[compress])(input, { level: 1 });
  const unpacked = await promisify(zlib[decompress])(packed);
  log("promisify", compress, decompress, unpacked.equals(input), packed.equals(zlib[`${compress}Sync`](input, { level: 1 })));
}
await promisify(zlib.gunzip)(Buffer.from("nope")).catch((error) => log("promisify rejects", error.code, error.errno, error.message));
const { buffer, engine } = await promisify(zlib.deflate)("info", { info: true });
log("info", buffer.toString("hex"), engine.constructor.name, engine.bytesWritten);
zlib.inflate(new Uint8Array([1, 2, 3]).buffer, (error) => log("ArrayBuffer input", error.code, error.message));
