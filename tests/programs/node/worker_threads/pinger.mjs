// One end of a ping-pong over a MessagePort its parent sent: "ping" starts, three rounds.
import { parentPort, workerData } from "node:worker_threads";
const { role } = workerData;
parentPort.once("message", ({ port }) => {
  let count = 0;
  port.on("message", (value) => {
    parentPort.postMessage(`${role} got ${value}`);
    count += 1;
    if (count === 3) {
      port.close();
      return;
    }
    port.postMessage(value + 1);
  });
  if (role === "ping") port.postMessage(0);
});
