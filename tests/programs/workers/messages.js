// Messages both ways: structured clones of rich values, transferred ArrayBuffers, order.
const worker = new Worker(new URL("./echo_worker.js", import.meta.url), { type: "module", name: "echo" });
const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
const replies = [];

worker.onmessage = (event) => {
  replies.push(event.data);
  if (replies.length === 4) {
    for (const reply of replies) {
      console.log(typeof reply === "string" ? reply : `#${reply.count} from ${reply.name}: ${reply.description}`);
    }
    const echoed = replies[0].echoed;
    console.log("the clone is a copy:", echoed.nested.map.get("a"), echoed.error instanceof RangeError, echoed.bytes instanceof Uint16Array);
    console.log("event:", event.constructor.name, event.type, event.target === worker);
    worker.terminate();
    worker.postMessage("ignored after terminate");
    console.log("terminated");
  }
};

worker.postMessage({
  text: "héllo ☃",
  numbers: [1, 2.5, -0, NaN, Infinity, 2n ** 70n],
  nested: { map: new Map([["a", 1]]), set: new Set([1, 2]), date: new Date(0), regexp: /x+/gi },
  error: new RangeError("out of range"),
  bytes: new Uint16Array([65535, 7]),
});
worker.postMessage(buffer, [buffer]);
console.log("sender's buffer after transfer:", buffer.byteLength, buffer.detached);
worker.postMessage({ shared: "twice", list: [undefined, null] }, { transfer: [] });
worker.postMessage("last");
console.log("posted", typeof worker.onmessage, String(worker), worker instanceof EventTarget);
