import { parentPort } from "node:worker_threads";
let received = 0;
parentPort.on("message", (message) => {
  if (message.ping !== undefined) parentPort.postMessage(message.ping);
  else if (message.end) { parentPort.postMessage(received); received = 0; }
  else received += message.payload.length;
});
