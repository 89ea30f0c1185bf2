// node:http against node: requests a server cannot read. With a 'clientError' listener it gets
// node's parse error (code, reason, the bytes read); without one the client gets node's canned
// reply (400, 431 for a head too large) and the connection closes. Also: what node's parser
// lets through (HTTP/0.9 and 1.0, blank lines before a request, a header value in latin1).
import http from "node:http";
import net from "node:net";
import { once } from "node:events";

// Sends `text` on a new connection, half-closes, and gives back what came before the close.
function exchange(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (data) => (received += data));
    socket.on("close", () => resolve(received.replace(/Date: .*\r\n/, "Date: (now)\r\n")));
    socket.end(text, "latin1");
  });
}

const server = http.createServer((req, res) => {
  console.log("request", req.method, req.url, req.httpVersion, JSON.stringify(req.rawHeaders));
  req.resume();
  req.on("end", () => res.end(`ok ${req.url}`));
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const { port } = server.address();

const head = (lines) => `${lines.join("\r\n")}\r\n\r\n`;
const host = "Host: a";
const bad = [
  "BAD\x01 / HTTP/1.1\r\n\r\n",
  "get / HTTP/1.1\r\n\r\n",
  "GET\r\n\r\n",
  "GET /\x01 HTTP/1.1\r\n\r\n",
  "GET /a b HTTP/1.1\r\n\r\n",
  "GET / FOO/1.1\r\n\r\n",
  "GET / HTTP/1.x\r\n\r\n",
  "GET / HTTP/12.1\r\n\r\n",
  "GET / HTTP/1.1 \r\n\r\n",
  "GET / HTTP/1.1\nHost: a\n\n",
  head(["GET / HTTP/1.1", "Host: a\n"]),
  head(["GET / HTTP/1.1", " X: x"]),
  head(["GET / HTTP/1.1", host, "X: y", " z"]),
  head(["GET / HTTP/1.1", host, "bad header"]),
  head(["GET / HTTP/1.1", host, ": x"]),
  head(["GET / HTTP/1.1", host, "X\x01: y"]),
  head(["GET / HTTP/1.1", host, "X: a\x01b"]),
  head(["GET / HTTP/1.1", host, "X: a\x7fb"]),
  head(["POST / HTTP/1.1", host, "Content-Length: x"]),
  head(["POST / HTTP/1.1", host, "Content-Length: 2, 2"]) + "ab",
  head(["POST / HTTP/1.1", host, "Content-Length: 1", "Content-Length: 2"]) + "ab",
  head(["POST / HTTP/1.1", host, "Content-Length: 2", "Transfer-Encoding: chunked"]) + "0\r\n\r\n",
  head(["POST / HTTP/1.1", host, "Transfer-Encoding: chunked, gzip"]) + "ab",
  head(["POST / HTTP/1.1", host, "Transfer-Encoding: gzip"]) + "ab",
  head(["POST / HTTP/1.1", host, "Transfer-Encoding: chunked"]) + "zz\r\n",
  head(["POST / HTTP/1.1", host, "Transfer-Encoding: chunked"]) + "2\r\nabX\r\n",
  head(["GET /1 HTTP/1.1", host]) + "XX\x01",
];
const good = [
  "GET /\r\n\r\n",
  head(["GET / HTTP/1.0"]),
  head(["GET / HTTP/1.0", "Connection: keep-alive"]),
  head(["GET / HTTP/1.1"]),
  `\r\n${head(["GET /after-blank-line HTTP/1.1", host, "Connection: close"])}`,
  head(["GET  /two-spaces HTTP/1.1", host, "Connection: close"]),
  head(["GET /latin1 HTTP/1.1", host, "X: a\xffb", "Empty:", "Connection: close"]),
  head(["POST /chunks HTTP/1.1", host, "Transfer-Encoding: chunked", "Connection: close"]) + "2;a=b\r\nab\r\n0\r\nT: 1\r\n\r\n",
];

console.log("-- no 'clientError' listener");
for (const text of [...bad.slice(0, 3), head(["GET / HTTP/1.1", `X: ${"a".repeat(20000)}`])]) {
  console.log(JSON.stringify(await exchange(port, text)));
}
for (const text of good) console.log(JSON.stringify(await exchange(port, text)));

console.log("-- with a 'clientError' listener");
server.on("clientError", (error, socket) => {
  console.log("clientError", error.name, error.code, JSON.stringify(error.message), error.bytesParsed, Object.keys(error));
  console.log("  rawPacket", Buffer.isBuffer(error.rawPacket), JSON.stringify(error.rawPacket.toString("latin1")), socket.writable);
  socket.end("HTTP/1.1 400 Custom\r\n\r\n");
});
for (const text of bad) console.log(JSON.stringify(await exchange(port, text)));
server.close();

// maxHeaderSize: node counts the target and each header's name and value.
for (const maxHeaderSize of [100, 16384]) {
  const small = http.createServer({ maxHeaderSize }, (req, res) => res.end("fits"));
  small.on("clientError", (error, socket) => {
    console.log("clientError", error.code, error.reason);
    socket.destroy();
  });
  small.listen(0, "127.0.0.1");
  await once(small, "listening");
  const fixed = "/abc".length + "Host".length + "a".length + "X".length;
  for (const size of [maxHeaderSize - 1, maxHeaderSize]) {
    const text = head(["GET /abc HTTP/1.1", host, "Connection: close", `X: ${"v".repeat(size - fixed - "Connection".length - "close".length)}`]);
    console.log(maxHeaderSize, size, JSON.stringify(await exchange(small.address().port, text)).slice(0, 40));
  }
  small.close();
}
