// node:http against node: how an exchange goes beyond a plain request and response. Interim
// responses (100 Continue, 102, 103) and the client's 'continue' and 'information' events,
// expectations, CONNECT tunnels, timeouts on both sides (server.setTimeout, requestTimeout's
// 408, the client's `timeout` and setTimeout), and closing a server's idle or all connections.
import http from "node:http";
import net from "node:net";
import { once } from "node:events";

const server = http.createServer((req, res) => {
  if (req.url === "/hang") return; // never answered
  if (req.url === "/slow-body") return void setTimeout(() => res.end("late"), 300);
  req.resume();
  req.on("end", () => res.end(`ok ${req.url}`));
});
server.on("checkContinue", (req, res) => {
  console.log("server: checkContinue", req.url, req.headers.expect);
  if (req.url === "/refuse") {
    res.writeHead(403);
    return void res.end("no");
  }
  res.writeContinue(() => console.log("server: 100 written"));
  res.writeProcessing();
  res.writeEarlyHints({ link: ["</a.css>; rel=preload", "</b.js>; rel=preload"], "x-hint": "1" });
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => res.end(`got ${body}`));
});
server.on("checkExpectation", (req, res) => {
  console.log("server: checkExpectation", req.headers.expect);
  res.writeHead(417, { "X-Why": "unknown expectation" });
  res.end();
});
server.on("connect", (req, socket, head) => {
  console.log("server: connect", req.method, req.url, JSON.stringify(head.toString()));
  socket.end("HTTP/1.1 200 Connection Established\r\n\r\ntunnel data");
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const { port } = server.address();

function collect(res) {
  return new Promise((resolve) => {
    let text = "";
    res.setEncoding("utf8");
    res.on("data", (chunk) => (text += chunk));
    res.on("end", () => resolve(text));
  });
}

// 100-continue: the client holds its body until the server says go on.
{
  const req = http.request({ port, host: "127.0.0.1", method: "PUT", path: "/upload", headers: { Expect: "100-continue" } });
  req.on("continue", () => {
    console.log("client: continue");
    req.end("the body");
  });
  req.on("information", (info) => {
    const { headers, rawHeaders, ...rest } = info;
    console.log("client: information", JSON.stringify(rest), headers, rawHeaders);
  });
  const [res] = await once(req, "response");
  console.log("client:", res.statusCode, await collect(res));
}
{
  const req = http.request({ port, host: "127.0.0.1", method: "PUT", path: "/refuse", headers: { Expect: "100-continue" } });
  req.on("continue", () => console.log("client: continue (not expected)"));
  req.end();
  const [res] = await once(req, "response");
  console.log("client:", res.statusCode, await collect(res));
}
{
  const req = http.request({ port, host: "127.0.0.1", path: "/odd", headers: { Expect: "something-else" } });
  req.end();
  const [res] = await once(req, "response");
  console.log("client:", res.statusCode, res.headers["x-why"], JSON.stringify(await collect(res)));
}

// CONNECT: the socket and what came after the head go to 'connect' on both sides.
{
  const req = http.request({ port, host: "127.0.0.1", method: "CONNECT", path: "example.test:443" });
  req.end();
  const [res, socket, head] = await once(req, "connect");
  console.log("client: connect", res.statusCode, res.statusMessage, JSON.stringify(head.toString()));
  socket.destroy();
}

// Client timeouts: 'timeout' is only news; the program decides to destroy.
{
  const req = http.get({ port, host: "127.0.0.1", path: "/hang", timeout: 50 });
  req.on("timeout", () => {
    console.log("client: timeout option fired", req.timeout);
    req.destroy();
  });
  const [error] = await once(req, "error");
  console.log("client: error", error.code, error.message);
}
{
  const req = http.get({ port, host: "127.0.0.1", path: "/hang" });
  req.setTimeout(50, () => {
    console.log("client: setTimeout callback");
    req.destroy(new Error("gave up"));
  });
  const [error] = await once(req, "error");
  console.log("client: error", error.message);
}
{
  const req = http.get({ port, host: "127.0.0.1", path: "/slow-body" });
  const [res] = await once(req, "response");
  console.log("client: slow-body", res.statusCode, await collect(res));
}

server.close();
server.closeAllConnections();

// Server timeouts: an idle socket goes to 'timeout' (the listener decides: here it closes it;
// with none the socket is destroyed); a request whose head or body is too slow gets 408.
function sendAndWait(port, text) {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (data) => (received += data));
  socket.write(text);
  return once(socket, "close").then(() => received);
}
{
  const idle = http.createServer((req, res) => res.end("never"));
  idle.setTimeout(50, (socket) => {
    console.log("server: 'timeout' for an idle socket", socket instanceof net.Socket);
    socket.destroy();
  });
  idle.listen(0, "127.0.0.1");
  await once(idle, "listening");
  console.log("server: idle got", JSON.stringify(await sendAndWait(idle.address().port, "GET / HTTP/1.1\r\n")));
  idle.removeAllListeners("timeout");
  console.log("server: idle got", JSON.stringify(await sendAndWait(idle.address().port, "GET / HTTP/1.1\r\n")));
  idle.close();
}
{
  const timed = http.createServer({ requestTimeout: 200, headersTimeout: 100, connectionsCheckingInterval: 20 }, (req, res) => {
    req.resume();
    req.on("end", () => res.end("done"));
  });
  timed.listen(0, "127.0.0.1");
  await once(timed, "listening");
  const replies = [];
  for (const text of ["GET / HTTP/1.1\r\nHost: a\r\n", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc"]) {
    replies.push(await sendAndWait(timed.address().port, text));
  }
  console.log("server: slow requests got", JSON.stringify(replies));
  timed.close();
}

// closeIdleConnections closes a kept-alive connection between requests; closeAllConnections
// also one with a request in flight.
{
  const busy = http.createServer((req, res) => {
    if (req.url === "/quick") res.end("quick");
  });
  busy.listen(0, "127.0.0.1");
  await once(busy, "listening");
  const idle = net.connect(busy.address().port, "127.0.0.1");
  idle.write("GET /quick HTTP/1.1\r\nHost: a\r\n\r\n");
  await once(idle, "data"); // the answer; the connection stays open, idle
  const stuck = net.connect(busy.address().port, "127.0.0.1");
  stuck.write("GET /stuck HTTP/1.1\r\nHost: a\r\n\r\n"); // never answered
  await new Promise((resolve) => setTimeout(resolve, 50));
  busy.closeIdleConnections();
  await once(idle, "close");
  console.log("after closeIdleConnections: idle closed", idle.destroyed, "stuck closed", stuck.destroyed);
  busy.closeAllConnections();
  await once(stuck, "close");
  console.log("after closeAllConnections: stuck closed", stuck.destroyed);
  busy.close(() => console.log("server closed"));
}
