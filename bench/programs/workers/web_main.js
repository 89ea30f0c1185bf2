// Worker round trip and throughput on the Web Worker API (toyjs, Deno).
import { measure } from "./measure.js";

const worker = new Worker(new URL("./web_worker.js", import.meta.url), { type: "module" });
const channel = {
  send: (message) => worker.postMessage(message),
  onReply: (callback) => { worker.onmessage = (event) => callback(event.data); },
};
console.log(JSON.stringify(await measure(channel)));
worker.terminate();
