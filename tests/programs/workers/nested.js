// A worker that starts a worker: messages relayed through the middle one; the program stays
// alive until the workers close themselves.
const middle = new Worker(new URL("./middle_worker.js", import.meta.url), { type: "module", name: "middle" });
middle.onmessage = (event) => console.log("main got:", event.data);
middle.postMessage(20);
console.log("main module done");
