// node:http against node: a server on 127.0.0.1 and requests to it from the same program
// (bodies by length and by chunks, keep-alive reuse, HEAD, headers API, errors).
import http from "node:http";
import net from "node:net";
import { once } from "node:events";

const server = http.createServer((req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const summary = `${req.method} ${req.url} ${req.httpVersion} ${JSON.stringify(body)} ${req.headers["x-test"]} ${req.headers.host.replace(/\d+$/, "PORT")}`;
    if (req.url === "/chunked") {
      res.setHeader("Content-Type", "text/plain");
      res.write("part one, ");
      res.write("part two");
      res.end();
    } else if (req.url === "/status") {
      res.writeHead(418, { "X-Reply": "teapot", "Set-Cookie": ["a=1", "b=2"] });
      res.end("short and stout");
    } else if (req.url === "/headers") {
      res.setHeader("X-One", "1");
      console.log("server headers:", res.getHeader("x-one"), res.hasHeader("X-ONE"), res.getHeaderNames(), res.headersSent);
      res.removeHeader("x-one");
      try {
        res.setHeader("bad name", "x");
      } catch (error) {
        console.log(error.name, error.code, error.message);
      }
      try {
        res.setHeader("x-bad", "a\nb");
      } catch (error) {
        console.log(error.name, error.code, error.message);
      }
      console.log("finished before end:", res.finished);
      res.end();
      console.log("finished after end:", res.finished);
      try {
        res.setHeader("x-late", "1");
      } catch (error) {
        console.log(error.name, error.code, error.message);
      }
      console.log("headersSent after end:", res.headersSent);
    } else {
      res.end(summary);
    }
  });
});
server.listen(0, "127.0.0.1");
await once(server, "listening");
const { port } = server.address();

function fetchText(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, ...options }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ res, text, reused: req.reusedSocket }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function show({ res, text, reused }) {
  const headers = { ...res.headers };
  delete headers.date;
  console.log(res.statusCode, res.statusMessage, res.httpVersion, JSON.stringify(text), headers, "reused:", reused);
}

show(await fetchText({ path: "/plain?x=1", headers: { "X-Test": "yes" } }));
show(await fetchText({ method: "POST", path: "/post" }, "a body"));
show(await fetchText({ path: "/chunked" }));
show(await fetchText({ path: "/status" }));
show(await fetchText({ path: "/headers" }));
show(await fetchText({ method: "HEAD", path: "/head" }));

// http.get with a URL string, and a response nobody reads.
await new Promise((resolve) => http.get(`http://127.0.0.1:${port}/get`, (res) => {
  console.log("get:", res.statusCode, res.headers["content-length"]);
  res.resume();
  res.on("end", resolve);
}));

// A connection refused, and a server that hangs up.
const refused = http.get({ host: "127.0.0.1", port: 1, agent: false });
const [error] = await once(refused, "error");
console.log(error.message, error.code);

// A server that hangs up before answering.
const rude = net.createServer((socket) => socket.once("data", () => socket.destroy()));
rude.listen(0, "127.0.0.1");
await once(rude, "listening");
const hungUp = http.get({ host: "127.0.0.1", port: rude.address().port, agent: false });
const [hangUp] = await once(hungUp, "error");
console.log(hangUp.message, hangUp.code);
rude.close();

// A large body goes through with backpressure on both sides.
const big = http.createServer((req, res) => {
  let size = 0;
  req.on("data", (chunk) => (size += chunk.length));
  req.on("end", () => {
    let sent = 0;
    let full = false;
    const piece = Buffer.alloc(1 << 16, 97);
    const pump = () => {
      while (sent < size) {
        sent += piece.length;
        if (!res.write(piece)) {
          full = true;
          res.once("drain", pump);
          return;
        }
      }
      res.end(() => console.log("response body backpressure seen:", full));
    };
    pump();
  });
});
big.listen(0, "127.0.0.1");
await once(big, "listening");
const upload = http.request({ host: "127.0.0.1", port: big.address().port, method: "POST", agent: false });
const [bigResponse] = await Promise.all([once(upload, "response"), new Promise((resolve) => upload.end(Buffer.alloc(4 << 20, 98), resolve))]);
let downloaded = 0;
for await (const chunk of bigResponse[0]) downloaded += chunk.length;
console.log("downloaded", downloaded, bigResponse[0].headers["transfer-encoding"]);
big.close();

console.log(http.METHODS.length, http.STATUS_CODES[404], http.STATUS_CODES[418], typeof http.globalAgent, http.maxHeaderSize);
for (const bad of [() => http.request({ method: "BAD METHOD" }), () => http.request("ftp://x/")]) {
  try {
    bad();
  } catch (failure) {
    console.log(failure.name, failure.code, failure.message);
  }
}
server.close(() => console.log("server closed"));
