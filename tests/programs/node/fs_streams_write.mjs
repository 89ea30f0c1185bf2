// fs.createWriteStream, and file streams piped: events in order, positions, encodings,
// errors, file -> file, and pipelines through a hash and a cipher. Run in a fresh directory
// given as argv[2]; nothing printed names it.
import fs from "node:fs";
import fsp from "node:fs/promises";
import crypto from "node:crypto";
import { pipeline, Transform } from "node:stream";
import { pipeline as pipelinePromise } from "node:stream/promises";

const dir = process.argv[2];
const at = (name) => `${dir}/${name}`;
const hide = (text) => String(text).replaceAll(dir, "DIR");
const read = (name, encoding = "latin1") => JSON.stringify(fs.readFileSync(at(name), encoding));

function trace(label, stream, events = ["open", "ready", "finish", "error", "close"]) {
  return new Promise((resolve) => {
    for (const event of events) {
      stream.on(event, (value) => {
        const shown = value instanceof Error ? `${value.code} ${hide(value.message)}` : typeof value === "number" ? "fd" : "";
        console.log(label, event, shown, stream.bytesWritten, stream.pending);
        if (event === "close") resolve();
      });
    }
  });
}

async function attempt(label, make) {
  try {
    const stream = make();
    console.log(label, "made", stream.constructor.name);
    stream.destroy();
  } catch (error) {
    console.log(label, error.name, error.code, hide(error.message));
  }
}

{
  const stream = fs.createWriteStream(at("out.txt"));
  console.log(stream instanceof fs.WriteStream, hide(stream.path), stream.pending, stream.bytesWritten, stream.start, stream.flags,
    stream.mode, stream.autoClose, stream.writableHighWaterMark, stream.fd);
  const done = trace("basic", stream);
  console.log(stream.write("abc"), stream.write(Buffer.from("def")), stream.write(new Uint8Array([103, 104])), stream.writableLength);
  stream.end("ij", () => console.log("end callback", read("out.txt")));
  await done;
}
{
  const stream = fs.createWriteStream(at("small.txt"), { highWaterMark: 4 });
  const results = [stream.write("12345"), stream.write("6")];
  stream.on("drain", () => console.log("drain", stream.bytesWritten));
  stream.end();
  await trace("hwm", stream, ["finish", "close"]);
  console.log("hwm", results.join(","), read("small.txt"));
}
{
  fs.writeFileSync(at("pos.txt"), "0123456789");
  const stream = fs.createWriteStream(at("pos.txt"), { flags: "r+", start: 3 });
  stream.write("ab");
  stream.end("cd");
  await trace("start", stream, ["finish", "close"]);
  console.log("start", read("pos.txt"), stream.pos);
}
{
  const stream = fs.createWriteStream(at("gap.txt"), { start: 4 });
  stream.end("zz");
  await trace("gap", stream, ["close"]);
  console.log("gap", read("gap.txt"));
}
{
  fs.writeFileSync(at("log.txt"), "first\n");
  const stream = fs.createWriteStream(at("log.txt"), { flags: "a" });
  stream.end("second\n");
  await trace("append", stream, ["close"]);
  console.log("append", read("log.txt"));
}
{
  const stream = fs.createWriteStream(at("hex.txt"), { encoding: "hex" });
  stream.write("414243");
  stream.write("44", "latin1");
  stream.write("RQ==", "base64");
  await new Promise((resolve) => stream.close((error) => { console.log("close callback", error, stream.closed); resolve(); }));
  console.log("hex", read("hex.txt"));
}
{
  const stream = fs.createWriteStream(at("corked.txt"));
  stream.cork();
  for (let i = 0; i < 5; i++) stream.write(`${i},`);
  process.nextTick(() => stream.uncork());
  stream.end("end");
  await trace("corked", stream, ["finish", "close"]);
  console.log("corked", read("corked.txt"));
}
{
  const stream = fs.createWriteStream(at("flushed.txt"), { flush: true });
  stream.end("flushed");
  await trace("flush", stream, ["finish", "close"]);
  console.log("flush", read("flushed.txt"));
}

// Errors.
{
  const stream = fs.createWriteStream(at("no/such/dir.txt"));
  stream.write("x", (error) => console.log("write callback", error?.code));
  await trace("missingDir", stream);
}
{
  fs.writeFileSync(at("exists.txt"), "keep");
  const stream = fs.createWriteStream(at("exists.txt"), { flags: "wx" });
  await trace("exclusive", stream);
  console.log("exclusive", read("exists.txt"));
}
{
  const stream = fs.createWriteStream(at("ended.txt"));
  stream.end("done");
  stream.write("late", (error) => console.log("late write", error.code, error.message));
  stream.on("error", (error) => console.log("late error", error.code));
  await trace("ended", stream, ["finish", "close"]);
}
{
  const stream = fs.createWriteStream(at("destroyed.txt"));
  stream.write("partial");
  stream.destroy();
  await trace("destroyed", stream, ["finish", "error", "close"]);
}

// A descriptor, and autoClose: false.
{
  const fd = fs.openSync(at("fd.txt"), "w");
  const stream = fs.createWriteStream(null, { fd, autoClose: false });
  console.log("fd", stream.path, stream.pending);
  stream.end("through fd");
  await new Promise((resolve) => stream.on("finish", resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log("fd open", fs.fstatSync(fd).size, stream.destroyed);
  fs.closeSync(fd);
  console.log("fd", read("fd.txt"));
}

// A custom fs.
{
  const calls = [];
  const custom = {
    open(path, flags, mode, callback) { calls.push(`open ${hide(path)} ${flags} ${mode}`); fs.open(path, flags, mode, callback); },
    write(fd, buffer, offset, length, position, callback) { calls.push(`write ${length} ${position}`); fs.write(fd, buffer, offset, length, position, callback); },
    close(fd, callback) { calls.push("close"); fs.close(fd, callback); },
  };
  const stream = fs.createWriteStream(at("custom.txt"), { fs: custom, start: 0 });
  stream.write("one");
  await new Promise((resolve) => stream.once("ready", resolve));
  stream.end("two");
  await trace("custom", stream, ["close"]);
  console.log("custom", read("custom.txt"), calls.join(" | "));
}

// FileHandle.createWriteStream.
{
  const handle = await fsp.open(at("handle.txt"), "w");
  const stream = handle.createWriteStream();
  console.log("handle stream", stream.path, stream.pending);
  stream.write("via ");
  stream.end("handle");
  await trace("handle", stream, ["open", "finish", "close"]);
  console.log("handle", read("handle.txt"), handle.fd);
}

// file -> file.
const source = Buffer.alloc(300000);
for (let i = 0; i < source.length; i++) source[i] = (i * 7 + (i >> 9)) & 255;
fs.writeFileSync(at("source.bin"), source);
{
  const from = fs.createReadStream(at("source.bin"));
  const to = fs.createWriteStream(at("copy.bin"));
  const chunks = [];
  from.on("data", (chunk) => chunks.push(chunk.length));
  from.pipe(to);
  await trace("pipe", to, ["finish", "close"]);
  console.log("pipe", chunks.join(","), fs.readFileSync(at("copy.bin")).equals(source));
}
{
  await pipelinePromise(fs.createReadStream(at("source.bin"), { start: 1000, end: 99999, highWaterMark: 5000 }), fs.createWriteStream(at("part.bin")));
  console.log("pipeline part", fs.readFileSync(at("part.bin")).equals(source.subarray(1000, 100000)));
}

// Through a hash: the digest is what the hash stream gives.
{
  const hash = crypto.createHash("sha256");
  hash.setEncoding("hex");
  fs.createReadStream(at("source.bin"), { highWaterMark: 1000 }).pipe(hash);
  const digest = await new Promise((resolve) => hash.on("data", resolve));
  console.log("piped hash", digest, digest === crypto.createHash("sha256").update(source).digest("hex"));
}
{
  const out = fs.createWriteStream(at("digest.txt"));
  await pipelinePromise(fs.createReadStream(at("source.bin")), crypto.createHash("sha1"), new Transform({
    transform(chunk, encoding, callback) { callback(null, chunk.toString("base64")); },
  }), out);
  console.log("hash pipeline", read("digest.txt"), out.bytesWritten);
}
{
  const hmac = crypto.createHmac("sha256", "key");
  await pipelinePromise(fs.createReadStream(at("source.bin")), hmac);
  console.log("hmac read", hmac.read().toString("hex"));
}

// Through a cipher and back.
const key = Buffer.alloc(32, 7);
const iv = Buffer.alloc(16, 9);
{
  await pipelinePromise(fs.createReadStream(at("source.bin")), crypto.createCipheriv("aes-256-cbc", key, iv), fs.createWriteStream(at("secret.bin")));
  const secret = fs.readFileSync(at("secret.bin"));
  console.log("encrypted", secret.length, crypto.createHash("md5").update(secret).digest("hex"));
  await pipelinePromise(fs.createReadStream(at("secret.bin")), crypto.createDecipheriv("aes-256-cbc", key, iv), fs.createWriteStream(at("plain.bin")));
  console.log("decrypted", fs.readFileSync(at("plain.bin")).equals(source));
}
{
  fs.writeFileSync(at("bad.bin"), Buffer.alloc(33, 1));
  await new Promise((resolve) => {
    pipeline(fs.createReadStream(at("bad.bin")), crypto.createDecipheriv("aes-256-cbc", key, iv), fs.createWriteStream(at("bad.out")), (error) => {
      console.log("bad decrypt", error.code, error.message);
      resolve();
    });
  });
}
{
  await new Promise((resolve) => {
    pipeline(fs.createReadStream(at("nothing.bin")), crypto.createHash("sha256"), fs.createWriteStream(at("never.out")), (error) => {
      console.log("missing source", error.code, hide(error.message));
      resolve();
    });
  });
}

// Arguments.
await attempt("start<0", () => fs.createWriteStream(at("a"), { start: -1 }));
await attempt("start string", () => fs.createWriteStream(at("a"), { start: "x" }));
await attempt("encoding", () => fs.createWriteStream(at("a"), { encoding: "x" }));
await attempt("fs.write", () => fs.createWriteStream(at("a"), { fs: { open() {}, write: 3 } }));
await attempt("fs.close", () => fs.createWriteStream(at("a"), { fs: { open() {}, write() {}, close: 1 } }));
await attempt("flush", () => fs.createWriteStream(at("a"), { flush: "yes" }));
await attempt("path", () => fs.createWriteStream({}));
await attempt("no new", () => fs.WriteStream(at("b")));
