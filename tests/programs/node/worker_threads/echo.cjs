// Tells its parent what it was given, answers one question, and ends when told "bye".
const { parentPort, workerData, isMainThread, threadId } = require("worker_threads");
parentPort.postMessage({ kind: "ready", workerData, isMainThread, threadIdIsNumber: threadId > 0, argv: process.argv.slice(2) });
parentPort.on("message", (message) => {
  if (message === "bye") parentPort.close();
  else parentPort.postMessage({ kind: "doubled", value: message.value * 2 });
});
