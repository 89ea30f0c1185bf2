// node:stream's bridges to the WHATWG streams (Readable/Writable toWeb and fromWeb),
// node:stream/consumers and node:stream/web.
import { Readable, Writable } from "node:stream";
import { text, json, buffer, arrayBuffer } from "node:stream/consumers";
import * as web from "node:stream/web";

console.log("stream/web", web.ReadableStream === ReadableStream, web.WritableStream === WritableStream, web.TransformStream === TransformStream);

const fromNode = Readable.toWeb(Readable.from(["a", "b"], { objectMode: false }));
const reader = fromNode.getReader();
for (;;) {
  const { value, done } = await reader.read();
  if (done) break;
  console.log("toWeb chunk", value.constructor.name, Buffer.from(value).toString());
}

const objects = Readable.toWeb(Readable.from([{ n: 1 }, { n: 2 }]));
for await (const value of objects) console.log("toWeb object", value);

const webSource = new ReadableStream({
  start(controller) {
    controller.enqueue(new TextEncoder().encode("hello "));
    controller.enqueue(new TextEncoder().encode("web"));
    controller.close();
  },
});
const nodeReadable = Readable.fromWeb(webSource);
let received = "";
for await (const chunk of nodeReadable) received += chunk;
console.log("fromWeb", received, nodeReadable.readableObjectMode);

const objectReadable = Readable.fromWeb(new ReadableStream({
  start(controller) { controller.enqueue({ k: 1 }); controller.close(); },
}), { objectMode: true });
console.log("fromWeb objects", await objectReadable.toArray());

const written = [];
const sinkStream = new WritableStream({ write(chunk) { written.push(Buffer.from(chunk).toString()); } });
const nodeWritable = Writable.fromWeb(sinkStream);
nodeWritable.write("one");
nodeWritable.end("two");
await new Promise((resolve) => nodeWritable.on("finish", resolve));
console.log("Writable.fromWeb", written);

const collected = [];
const webWritable = Writable.toWeb(new Writable({
  write(chunk, encoding, callback) { collected.push(chunk.toString()); callback(); },
}));
const writer = webWritable.getWriter();
await writer.write(new TextEncoder().encode("x"));
await writer.write(new TextEncoder().encode("y"));
await writer.close();
console.log("Writable.toWeb", collected);

for (const call of [() => Readable.fromWeb({}), () => Writable.fromWeb("no"), () => Readable.toWeb({})]) {
  try {
    call();
  } catch (error) {
    console.log(error.code, error.message);
  }
}

console.log("text", await text(Readable.from(["h", Buffer.from("é")])));
console.log("json", await json(Readable.from(['{"a":', "[1,2]}"])));
console.log("buffer", await buffer(Readable.from([Buffer.from("ab"), "c"])));
const bytes = await arrayBuffer(Readable.from([Buffer.from([1, 2, 3])]));
console.log("arrayBuffer", bytes.constructor.name, bytes.byteLength);
console.log("text of web stream", await text(new ReadableStream({
  start(controller) { controller.enqueue(new TextEncoder().encode("from web")); controller.close(); },
})));
