// ws's README: a WebSocketServer on a local port (0) and a client: text and binary messages,
// an echo, a broadcast, a ping and the closing handshake.
const { WebSocket, WebSocketServer } = require("ws");

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
// The two ends' 'close' events come in the order their sockets close, which is the kernel's:
// they are shown together once both came.
const closes = {};
function closed(side, code, reason) {
  closes[side] = [code, reason.toString()];
  if (!closes.server || !closes.client) return;
  console.log("client: close", ...closes.client, "server: close", ...closes.server);
  wss.close(() => console.log("server: closed"));
}
wss.on("connection", (socket, request) => {
  console.log("server: connection", request.url, request.headers["sec-websocket-protocol"]);
  socket.on("message", (data, isBinary) => {
    console.log("server: message", isBinary, isBinary ? [...data] : data.toString().slice(0, 20), data.length);
    if (!isBinary && data.toString() === "bye") {
      socket.close(1000, "done");
      return;
    }
    for (const client of wss.clients) {
      if (client.readyState === WebSocket.OPEN) client.send(isBinary ? data : `echo: ${data}`, { binary: isBinary });
    }
  });
  socket.on("close", (code, reason) => closed("server", code, reason));
  socket.send("welcome");
});

wss.on("listening", () => {
  const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}/path?x=1`, "chat");
  const received = [];
  ws.on("open", () => {
    console.log("client: open", ws.protocol, ws.readyState === WebSocket.OPEN);
    ws.ping("are you there");
  });
  ws.on("pong", (data) => {
    console.log("client: pong", data.toString());
    ws.send("something");
    ws.send(Buffer.from([1, 2, 3, 250]));
    ws.send("x".repeat(70000));
  });
  ws.on("message", (data, isBinary) => {
    received.push(isBinary ? [...data] : data.toString().slice(0, 20));
    console.log("client: message", isBinary, received.at(-1), data.length);
    if (received.length === 4) ws.send("bye");
  });
  ws.on("close", (code, reason) => {
    console.log("client: closed", ws.readyState === WebSocket.CLOSED);
    closed("client", code, reason);
  });
});
