// fs.createReadStream: events in order, ranges, chunking, encodings, descriptors, errors.
// Run in a fresh directory given as argv[2]; nothing printed names it.
import fs from "node:fs";
import fsp from "node:fs/promises";
import { finished } from "node:stream/promises";

const dir = process.argv[2];
const at = (name) => `${dir}/${name}`;
const hide = (text) => String(text).replaceAll(dir, "DIR");
const text = "The quick brown fox jumps over the lazy dog.\n".repeat(4);
fs.writeFileSync(at("fox.txt"), text);
fs.writeFileSync(at("utf8.txt"), "héllo wörld, € and 𝄞 clef");
fs.writeFileSync(at("empty.txt"), "");

function show(value) {
  if (Buffer.isBuffer(value)) return `<${value.length}> ${JSON.stringify(value.toString("latin1"))}`;
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Error) return `${value.code} ${hide(value.message)}`;
  if (typeof value === "number") return "fd";
  return String(value);
}

// Every event of a stream, with bytesRead and pending at the time; resolves at 'close'.
function trace(label, stream, events = ["open", "ready", "data", "end", "error", "close"]) {
  return new Promise((resolve) => {
    for (const event of events) {
      stream.on(event, (value) => {
        console.log(label, event, event === "ready" || event === "close" ? "" : show(value), stream.bytesRead, stream.pending);
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
  const stream = fs.createReadStream(at("fox.txt"));
  console.log(stream instanceof fs.ReadStream, hide(stream.path), stream.pending, stream.bytesRead, stream.start, stream.end,
    stream.flags, stream.mode, stream.autoClose, stream.readableHighWaterMark, stream.fd);
  await trace("whole", stream);
}
await trace("hwm16", fs.createReadStream(at("fox.txt"), { highWaterMark: 16 }));
await trace("range", fs.createReadStream(at("fox.txt"), { start: 4, end: 30, highWaterMark: 10 }));
await trace("start", fs.createReadStream(at("fox.txt"), { start: 170 }));
await trace("end0", fs.createReadStream(at("fox.txt"), { end: 0 }));
await trace("beyond", fs.createReadStream(at("fox.txt"), { start: 1000 }));
await trace("startend", fs.createReadStream(at("fox.txt"), { start: 5, end: 5 }));
await trace("empty", fs.createReadStream(at("empty.txt")));
await trace("utf8", fs.createReadStream(at("utf8.txt"), { encoding: "utf8", highWaterMark: 5 }));
await trace("hex", fs.createReadStream(at("utf8.txt"), { encoding: "hex", highWaterMark: 7, end: 12 }));
await trace("base64", fs.createReadStream(at("utf8.txt"), "base64"));
{
  const stream = fs.createReadStream(at("utf8.txt"), { highWaterMark: 4 });
  stream.setEncoding("utf8");
  await trace("setEncoding", stream);
}

// Errors: 'error' then 'close' (or no 'close' with emitClose: false).
await trace("missing", fs.createReadStream(at("missing.txt")));
await trace("directory", fs.createReadStream(dir));
{
  const stream = fs.createReadStream(at("missing.txt"), { emitClose: false });
  await new Promise((resolve) => stream.on("error", (error) => { console.log("noEmitClose", show(error), stream.destroyed); resolve(); }));
  stream.on("close", () => console.log("noEmitClose close (never)"));
  await new Promise((resolve) => setTimeout(resolve, 20));
}

// Paused mode: read() and 'readable'.
{
  const stream = fs.createReadStream(at("fox.txt"), { highWaterMark: 50 });
  const parts = [];
  stream.on("readable", () => {
    let chunk;
    while ((chunk = stream.read(30)) !== null) parts.push(chunk.length);
  });
  await finished(stream);
  console.log("paused", parts.join(","), stream.bytesRead);
}

// Async iteration.
{
  const lengths = [];
  for await (const chunk of fs.createReadStream(at("fox.txt"), { highWaterMark: 64 })) lengths.push(chunk.length);
  console.log("iterated", lengths.join(","));
}

// A descriptor: no 'open', read from its offset; autoClose: false leaves it open.
{
  const fd = fs.openSync(at("fox.txt"), "r");
  fs.readSync(fd, Buffer.alloc(10), 0, 10, null);
  const stream = fs.createReadStream(null, { fd, autoClose: false, highWaterMark: 100 });
  console.log("fd", stream.path, stream.pending);
  stream.on("end", () => console.log("fd end", stream.bytesRead, stream.destroyed));
  stream.on("close", () => console.log("fd close (never)"));
  stream.resume();
  await new Promise((resolve) => stream.on("end", resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log("fd still open", fs.fstatSync(fd).size);
  fs.closeSync(fd);
}
{
  const fd = fs.openSync(at("fox.txt"), "r");
  const stream = fs.createReadStream(undefined, { fd, start: 10, end: 19 });
  await trace("fdRange", stream, ["open", "data", "end", "close"]);
  try { fs.fstatSync(fd); } catch (error) { console.log("fd closed", error.code); }
}

// Ending early: destroy(), close(callback), an abort signal.
{
  const stream = fs.createReadStream(at("fox.txt"), { highWaterMark: 8 });
  stream.once("data", (chunk) => { console.log("first", show(chunk)); stream.destroy(); });
  await trace("destroyed", stream, ["end", "error", "close"]);
}
{
  const stream = fs.createReadStream(at("fox.txt"));
  await new Promise((resolve) => stream.on("open", () => stream.close((error) => { console.log("close callback", error?.code, stream.destroyed); resolve(); })));
}
{
  const controller = new AbortController();
  const stream = fs.createReadStream(at("fox.txt"), { signal: controller.signal, highWaterMark: 8 });
  stream.once("data", () => controller.abort());
  await trace("aborted", stream, ["error", "close"]);
}
{
  const stream = fs.createReadStream(at("fox.txt"), { signal: AbortSignal.abort() });
  await trace("preAborted", stream, ["open", "data", "error", "close"]);
}

// A custom fs: its own open, read and close are used.
{
  const calls = [];
  const custom = {
    open(path, flags, mode, callback) { calls.push(`open ${hide(path)} ${flags} ${mode}`); fs.open(path, flags, mode, callback); },
    read(fd, buffer, offset, length, position, callback) { calls.push(`read ${offset} ${length} ${position}`); fs.read(fd, buffer, offset, length, position, callback); },
    close(fd, callback) { calls.push("close"); fs.close(fd, callback); },
  };
  const chunks = [];
  const stream = fs.createReadStream(at("fox.txt"), { fs: custom, start: 3, end: 40, highWaterMark: 20 });
  stream.on("data", (chunk) => chunks.push(chunk.toString()));
  await finished(stream);
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log("custom", JSON.stringify(chunks), calls.join(" | "));
}

// FileHandle.createReadStream: the handle's descriptor, closed with the stream.
{
  const handle = await fsp.open(at("fox.txt"));
  const stream = handle.createReadStream({ start: 4, end: 24, highWaterMark: 7, encoding: "utf8" });
  console.log("handle stream", stream.path, stream.pending);
  handle.on("close", () => console.log("handle closed"));
  await trace("handle", stream, ["open", "data", "end", "close"]);
  console.log("handle fd", handle.fd);
}

// Arguments checked as Node checks them.
await attempt("start>end", () => fs.createReadStream(at("fox.txt"), { start: 5, end: 2 }));
await attempt("start<0", () => fs.createReadStream(at("fox.txt"), { start: -1 }));
await attempt("start string", () => fs.createReadStream(at("fox.txt"), { start: "1" }));
await attempt("end fraction", () => fs.createReadStream(at("fox.txt"), { end: 1.5 }));
await attempt("end Infinity", () => fs.createReadStream(at("fox.txt"), { end: Infinity }));
await attempt("encoding", () => fs.createReadStream(at("fox.txt"), { encoding: "nope" }));
await attempt("options", () => fs.createReadStream(at("fox.txt"), 5));
await attempt("path", () => fs.createReadStream(5));
await attempt("fs.open", () => fs.createReadStream(at("fox.txt"), { fs: { open: 1 } }));
await attempt("fs.read", () => fs.createReadStream(at("fox.txt"), { fs: { open() {}, close() {} } }));
await attempt("highWaterMark", () => fs.createReadStream(at("fox.txt"), { highWaterMark: -1 }));
await attempt("fd", () => fs.createReadStream(at("fox.txt"), { fd: "x" }));
await attempt("signal", () => fs.createReadStream(at("fox.txt"), { signal: 1 }));
await attempt("no new", () => fs.ReadStream(at("fox.txt")));
