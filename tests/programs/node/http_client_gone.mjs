// node:http against node: a client that resets its connection in the middle of a request's
// body: the request is aborted, the server's socket closes, and the server can close.
import http from "node:http";
import net from "node:net";
import { once } from "node:events";

const server = http.createServer((req, res) => {
  req.on("data", (chunk) => console.log("server got", String(chunk)));
  req.on("end", () => res.end("ok"));
  req.on("aborted", () => console.log("aborted"));
  req.on("error", (error) => console.log("request error", error.code));
});
server.on("connection", (socket) => {
  socket.on("error", (error) => console.log("socket error", error.code));
  socket.on("close", () => console.log("server socket closed"));
});
server.listen(0, "127.0.0.1");
await once(server, "listening");

const client = net.connect(server.address().port, "127.0.0.1");
await once(client, "connect");
client.write("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n");
await new Promise((resolve) => setTimeout(resolve, 50));
client.resetAndDestroy();
await new Promise((resolve) => setTimeout(resolve, 50));
server.close(() => console.log("server closed"));
