// node:http against node: how a server reads well-formed request heads (the fields its
// request handler sees, the framing it takes from them), sent whole, in pieces and pipelined.
import http from "node:http";
import net from "node:net";
import { once } from "node:events";

// Sends `pieces` on a new connection (one write each, a pause between), half-closes, and
// gives back what came before the close.
function exchange(port, pieces) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (data) => (received += data));
    socket.on("close", () => resolve(received.replace(/Date: .*\r\n/g, "Date: (now)\r\n")));
    socket.once("connect", async () => {
      for (const piece of pieces) {
        socket.write(piece, "latin1");
        await new Promise((done) => setTimeout(done, 20));
      }
      socket.end();
    });
  });
}

const server = http.createServer((req, res) => {
  const body = [];
  req.setEncoding("latin1");
  req.on("data", (chunk) => body.push(chunk));
  req.on("end", () => {
    console.log("request", req.method, req.url, req.httpVersion, JSON.stringify(req.rawHeaders),
      JSON.stringify(req.headers), JSON.stringify(body.join("")));
    res.end(`ok ${req.url}`);
  });
});
server.on("upgrade", (req, socket) => {
  console.log("upgrade", req.url, JSON.stringify(req.rawHeaders));
  socket.end("HTTP/1.1 101 Switching Protocols\r\n\r\n");
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const { port } = server.address();

const head = (...lines) => `${lines.join("\r\n")}\r\n\r\n`;
const cases = [
  [head("GET / HTTP/1.1", "Host: a")],
  [head("GET /x?y=1 HTTP/1.1", "Host: a", "X-Empty:", "X-Tabs:\t v \t", "X-Latin: caf\xe9\xa0", "x-dup: 1", "X-Dup: 2")],
  [head("POST /body HTTP/1.1", "Host: a", "CONTENT-LENGTH: 5") + "hello"],
  [head("POST /zero HTTP/1.1", "Host: a", "Content-Length: 0")],
  [head("GET   /spaces HTTP/1.1", "Host: a")],
  [head("GET /close HTTP/1.1", "Host: a", "Connection: Close")],
  [head("GET /keep HTTP/1.0", "Host: a", "Connection: Keep-Alive"), head("GET /second HTTP/1.0", "Host: a")],
  [head("GET /upgrade-header-only HTTP/1.1", "Host: a", "Upgrade: websocket")],
  [head("GET /upgrade HTTP/1.1", "Host: a", "Connection: Upgrade", "Upgrade: websocket")],
  [head("GET /chunked HTTP/1.1", "Host: a", "X-Latin: \xa0x\xa0 ", "Transfer-Encoding: chunked") + "3\r\nabc\r\n0\r\n\r\n"],
  ["GET /split HTTP/1.1\r\nHo", "st: a\r\nX-A: b\r", "\n\r\n"],
  [head("POST /pipelined HTTP/1.1", "Host: a", "Content-Length: 2") + "ab" + head("GET /next HTTP/1.1", "Host: a")],
  ["\r\n\r\n" + head("GET /after-blank-lines HTTP/1.1", "Host: a")],
  [head("OPTIONS * HTTP/1.1", "Host: a")],
  [head("GET /long HTTP/1.1", "Host: a", `X-Long: ${"v".repeat(8000)}`)],
];
for (const pieces of cases) {
  console.log(JSON.stringify(await exchange(port, pieces)));
}
server.close();
