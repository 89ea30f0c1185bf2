// node:worker_threads, one scenario at a time (each waits for its worker's exit, so that the
// output never depends on which thread runs first). Workers print nothing themselves: all they
// learn comes back as messages.
import { Worker, MessageChannel, isMainThread, threadId, parentPort, workerData, receiveMessageOnPort,
  markAsUntransferable, setEnvironmentData, getEnvironmentData, SHARE_ENV } from "node:worker_threads";
import { once } from "node:events";

console.log("main:", isMainThread, threadId, parentPort, workerData, typeof SHARE_ENV);

function exited(worker) {
  return new Promise((resolve) => worker.once("exit", resolve));
}

// workerData round trip and messages both ways (CommonJS worker file).
{
  const data = { name: "toy", list: [1, 2, 3], map: new Map([["k", 1n]]), date: new Date(0) };
  const worker = new Worker(new URL("./echo.cjs", import.meta.url), { workerData: data, argv: ["a", 7] });
  const events = [];
  worker.on("online", () => events.push("online"));
  worker.on("message", (message) => {
    console.log("echo said:", message);
    if (message.kind === "ready") worker.postMessage({ ask: "double", value: 21 });
    else if (message.kind === "doubled") worker.postMessage("bye");
  });
  const code = await exited(worker);
  console.log("echo exit:", code, events, worker.threadId);
}

// An ES module worker; an ArrayBuffer transferred both ways.
{
  const worker = new Worker(new URL("./buffers.mjs", import.meta.url));
  const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
  worker.postMessage({ buffer }, [buffer]);
  console.log("after transfer, here:", buffer.byteLength);
  const [reply] = await once(worker, "message");
  console.log("came back:", reply.constructor.name, [...new Uint8Array(reply)]);
  worker.postMessage("done");
  console.log("buffers exit:", await exited(worker));
}

// A MessageChannel between two workers: each gets one port.
{
  const { port1, port2 } = new MessageChannel();
  const ping = new Worker(new URL("./pinger.mjs", import.meta.url), { workerData: { role: "ping" } });
  const pong = new Worker(new URL("./pinger.mjs", import.meta.url), { workerData: { role: "pong" } });
  const log = [];
  for (const worker of [ping, pong]) worker.on("message", (line) => log.push(line));
  ping.postMessage({ port: port1 }, [port1]);
  pong.postMessage({ port: port2 }, [port2]);
  await Promise.all([exited(ping), exited(pong)]);
  console.log("channel:", log.sort());
}

// An uncaught error in a worker: 'error', then 'exit' with 1.
{
  const worker = new Worker(new URL("./thrower.cjs", import.meta.url));
  worker.on("error", (error) => console.log("error event:", error instanceof RangeError, error.name, error.message));
  console.log("thrower exit:", await exited(worker));
}

// process.exit(3) in a worker ends the worker only.
{
  const worker = new Worker("process.exit(3); require('worker_threads').parentPort.postMessage('unreached')", { eval: true });
  worker.on("message", (message) => console.log("unexpected:", message));
  console.log("exit(3) worker:", await exited(worker));
}

// eval: true, with require, workerData and the environment data.
{
  setEnvironmentData("color", "blue");
  const worker = new Worker(
    `const { parentPort, workerData, getEnvironmentData, isMainThread } = require("node:worker_threads");
     parentPort.postMessage([workerData * 2, getEnvironmentData("color"), isMainThread, typeof require("path").join, process.argv.slice(1)]);`,
    { eval: true, workerData: 21, argv: ["x"] },
  );
  const [message] = await once(worker, "message");
  console.log("eval worker:", message, getEnvironmentData("color"));
  console.log("eval exit:", await exited(worker));
}

// terminate(): a promise of the exit code; once exited, of undefined.
{
  const worker = new Worker("require('worker_threads').parentPort.postMessage('up'); setInterval(() => {}, 1000);", { eval: true });
  await once(worker, "message");
  const exitEvent = exited(worker);
  console.log("terminate:", await worker.terminate(), await exitEvent, worker.threadId);
  console.log("terminate again:", await worker.terminate());
}

// Node's MessageChannel in one thread: values (not events), receiveMessageOnPort, close.
{
  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ first: 1 });
  port1.postMessage({ second: 2 });
  console.log("received:", receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2));
  port2.on("message", (value) => console.log("port2 got:", value));
  port1.postMessage("hello");
  await once(port2, "message");
  const closes = [once(port1, "close"), once(port2, "close")];
  port1.on("close", () => console.log("port1 closed"));
  port2.on("close", () => console.log("port2 closed"));
  port1.close();
  await Promise.all(closes);
  const buffer = new ArrayBuffer(4);
  markAsUntransferable(buffer);
  try {
    port1.postMessage(buffer, [buffer]);
  } catch (error) {
    console.log("untransferable:", error.name, error.message);
  }
  console.log("still here:", buffer.byteLength);
}

// Errors in arguments.
for (const [filename, options] of [[42, {}], ["nope.js", {}], [new URL("https://example.com/w.js"), {}], [{}, { eval: true }]]) {
  try {
    new Worker(filename, options);
  } catch (error) {
    console.log("bad Worker:", error.name, error.code, error.message);
  }
}

// An unref'd worker does not keep this program alive (it would never end on its own).
const idle = new Worker("require('worker_threads').parentPort.on('message', () => {});", { eval: true });
idle.unref();
console.log("main done");
