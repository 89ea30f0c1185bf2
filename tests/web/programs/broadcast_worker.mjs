// broadcast_channel.mjs's worker: answers on the "local" channel, then closes it (and ends).
import { BroadcastChannel } from "node:worker_threads";

const channel = new BroadcastChannel("local");
channel.onmessage = (event) => {
  if (event.data?.ask !== "echo") return;
  channel.postMessage(`echo ${event.data.text}`);
  channel.postMessage({ from: "worker", date: new Date(1000) });
  channel.postMessage("bye");
  channel.close();
};
channel.postMessage("ready");
