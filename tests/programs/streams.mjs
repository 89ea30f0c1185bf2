// ReadableStream, WritableStream, TransformStream and the encoding streams, as node has them.
const source = new ReadableStream({
  start(controller) { controller.enqueue("a"); },
  pull(controller) { if (++pulls > 3) controller.close(); else controller.enqueue(String(pulls)); },
});
let pulls = 0;
const seen = [];
for await (const chunk of source) seen.push(chunk);
console.log(seen, source.locked);
const reader = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).getReader();
console.log(await reader.read(), await reader.read(), await reader.closed);
const written = [];
const sink = new WritableStream({ write(chunk) { written.push(chunk); }, close() { written.push("closed"); } });
const writer = sink.getWriter();
await writer.write("x");
await writer.write("y");
await writer.close();
console.log(written, sink.locked);
const upper = new TransformStream({ transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); } });
const out = [];
await ReadableStream.from(["one", "two"]).pipeThrough(upper).pipeTo(new WritableStream({ write(c) { out.push(c); } }));
console.log(out);
const bytes = ReadableStream.from(["h\u00e9", "llo \uD83D", "\uDE00"]).pipeThrough(new TextEncoderStream());
const text = [];
for await (const chunk of bytes.pipeThrough(new TextDecoderStream())) text.push(chunk);
console.log(text.join(""), new TextDecoderStream().encoding, new TextEncoderStream().encoding);
const [left, right] = ReadableStream.from([1, 2, 3]).tee();
const l = [], r = [];
for await (const v of left) l.push(v);
for await (const v of right) r.push(v);
console.log(l, r);
const errored = new ReadableStream({ start(c) { c.error(new Error("broken")); } });
try { await errored.getReader().read(); } catch (e) { console.log(e.message); }
const failing = new WritableStream({ write() { throw new Error("sink failed"); } });
const w = failing.getWriter();
try { await w.write(1); } catch (e) { console.log(e.message); }
try { await w.closed; } catch (e) { console.log("closed rejected:", e.message); }
const cancelled = new ReadableStream({ cancel(reason) { console.log("cancelled with", reason); } });
await cancelled.cancel("enough");
console.log(Object.prototype.toString.call(new TransformStream()));
