const inner = new Worker(new URL("./inner_worker.js", import.meta.url), { type: "module", name: "inner" });
inner.onmessage = (event) => {
  postMessage(`inner says ${event.data}`);
  inner.terminate();
  setTimeout(() => close(), 20);
};
onmessage = (event) => inner.postMessage(event.data + 1);
