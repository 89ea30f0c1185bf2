// 10,000 worker_threads round trips of a small object, one at a time (median of 5 rounds):
// the same program under node and toyjs.
import { Worker } from "node:worker_threads";

const ROUND_TRIPS = 10000;
const worker = new Worker(new URL("./echo.mjs", import.meta.url));
const samples = [];
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  for (let i = 0; i < ROUND_TRIPS; i++) {
    await new Promise((resolve) => {
      worker.once("message", resolve);
      worker.postMessage({ id: i, text: "ping" });
    });
  }
  samples.push(((performance.now() - start) * 1000) / ROUND_TRIPS);
}
samples.sort((a, b) => a - b);
console.log(JSON.stringify({ roundTripMicroseconds: samples[2] }));
await worker.terminate();
