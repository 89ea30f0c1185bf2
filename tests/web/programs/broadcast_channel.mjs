// BroadcastChannel within one thread and across node:worker_threads workers: structured
// clones, names, closing, errors, and a worker kept alive by its open channel.
import { BroadcastChannel as ThreadsBroadcastChannel, Worker } from "node:worker_threads";

console.log(ThreadsBroadcastChannel === BroadcastChannel);
console.log(Object.getOwnPropertyNames(BroadcastChannel.prototype));

const received = (channel) => new Promise((resolve) => channel.addEventListener("message", resolve, { once: true }));

// ---- one thread
const a = new BroadcastChannel("local");
const b = new BroadcastChannel("local");
const other = new BroadcastChannel("elsewhere");
other.onmessage = (event) => console.log("elsewhere got", event.data);
console.log(a, a.name, Object.prototype.toString.call(a));
a.onmessage = (event) => console.log("the sender got its own message", event.data);
let event = received(b);
a.postMessage({ n: 1, date: new Date(0), map: new Map([[1, "one"]]), bytes: new Uint8Array([1, 2]) });
event = await event;
console.log(event.constructor.name, event.type, event.data, event.origin, event.lastEventId, event.source, event.ports, event.target === b);
const messages = [];
b.onmessage = (e) => messages.push(e.data);
for (let i = 0; i < 3; i++) a.postMessage(i);
await received(b);
await new Promise((resolve) => setTimeout(resolve, 20));
console.log(messages);
for (const name of [12, {}, null]) {
  const channel = new BroadcastChannel(name);
  console.log(channel.name, channel.close());
}
for (const attempt of [() => a.postMessage(() => {}), () => a.postMessage(), () => new BroadcastChannel(), () => a.postMessage(Symbol())]) {
  try {
    attempt();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
a.close();
a.close();
try {
  a.postMessage("after close");
} catch (error) {
  console.log(error.name, error.code, error.message, error instanceof DOMException);
}
console.log(a);
b.postMessage("nobody listens on a closed channel");
const late = new BroadcastChannel("local");
late.postMessage("to b only");
console.log(await new Promise((resolve) => (b.onmessage = (e) => resolve(e.data))));
late.close();
other.close();

// ---- across threads: a worker answers, and its open channel keeps it alive until it closes it
const worker = new Worker(new URL("./broadcast_worker.mjs", import.meta.url));
worker.on("exit", (code) => {
  console.log("worker exited", code);
  startIdleWorker();
});
const replies = [];
b.onmessage = (e) => {
  replies.push(e.data);
  if (e.data === "ready") b.postMessage({ ask: "echo", text: "hello" });
  if (e.data === "bye") {
    console.log(replies);
    b.close();
  }
};

// ---- an unref'd channel does not keep a worker alive
function startIdleWorker() {
  const idle = new Worker(
    "const c = new (require('worker_threads').BroadcastChannel)('idle'); c.onmessage = () => {};" +
      "c.unref(); require('worker_threads').parentPort.postMessage([c.ref() === c, c.unref() === c])",
    { eval: true },
  );
  idle.on("message", (value) => console.log("idle worker", value));
  idle.on("exit", (code) => console.log("idle worker exited", code));
}
