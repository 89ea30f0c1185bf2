// Text and binary messages echoed by the server, with both binary types; then a clean close.
const base = process.argv[2];
const hex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join(" ");
const socket = new WebSocket(`${base}/echo`);
console.log("constructed", socket.readyState, socket.url, socket.binaryType, socket.bufferedAmount, JSON.stringify(socket.protocol));
const replies = [];
socket.onopen = (event) => {
  console.log("open", event.constructor.name, socket.readyState, JSON.stringify(socket.extensions));
  socket.send("héllo");
  console.log("bufferedAmount after a text", socket.bufferedAmount);
  socket.send(new Uint8Array([1, 2, 3]));
  socket.send(new Uint16Array([0x0102]).buffer);
  socket.send(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
  socket.send(new Blob(["blob"]));
  socket.send({ toString: () => "an object" });
  console.log("bufferedAmount after all", socket.bufferedAmount);
};
socket.onmessage = async (event) => {
  const number = replies.push(event) ;
  if (number === 3) socket.binaryType = "arraybuffer";
  if (number < 6) return;
  for (const reply of replies) {
    const data = reply.data;
    const shown = typeof data === "string" ? JSON.stringify(data)
      : data instanceof Blob ? `Blob(${JSON.stringify(data.type)}) ${hex(await data.arrayBuffer())}`
      : `${data.constructor.name} ${hex(data)}`;
    console.log("message", reply.constructor.name, reply.origin, JSON.stringify(reply.lastEventId), reply.source, shown);
  }
  console.log("bufferedAmount once echoed", socket.bufferedAmount);
  socket.close(1000, "done");
  console.log("closing", socket.readyState);
};
socket.onerror = (event) => console.log("error", event.error);
socket.addEventListener("close", (event) => {
  console.log("close", event.constructor.name, event.code, JSON.stringify(event.reason), event.wasClean, socket.readyState);
});
