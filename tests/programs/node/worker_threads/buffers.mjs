// Gets an ArrayBuffer, sends it back transferred, and ends when told "done".
import { parentPort } from "node:worker_threads";
parentPort.on("message", (message) => {
  if (message === "done") {
    parentPort.close();
    return;
  }
  const bytes = new Uint8Array(message.buffer);
  bytes.reverse();
  parentPort.postMessage(message.buffer, [message.buffer]);
});
