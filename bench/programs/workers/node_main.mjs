// The same measures on node's worker_threads.
import { Worker } from "node:worker_threads";
import { measure } from "./measure.js";

const worker = new Worker(new URL("./node_worker.mjs", import.meta.url));
const channel = {
  send: (message) => worker.postMessage(message),
  onReply: (callback) => { worker.removeAllListeners("message"); worker.on("message", callback); },
};
console.log(JSON.stringify(await measure(channel)));
await worker.terminate();
