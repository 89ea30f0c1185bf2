// cors' README: the middleware on an express app (port 0): simple requests, a configured origin
// and a preflight, checked with node:http requests to it.
const express = require("express");
const cors = require("cors");
const http = require("http");

const app = express();
app.get("/open", cors(), (req, res) => res.json({ msg: "CORS-enabled for all origins" }));
const only = cors({ origin: ["http://example.com", /\.test$/], methods: ["GET", "PUT"], credentials: true, maxAge: 600, exposedHeaders: ["X-Count"] });
app.options("/only", only);
app.put("/only", only, (req, res) => res.send("put"));

function request(port, method, path, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => {
        const cors = Object.fromEntries(Object.entries(res.headers).filter(([name]) => name.startsWith("access-control") || name === "vary"));
        resolve([res.statusCode, cors, body]);
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const server = app.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  console.log(await request(port, "GET", "/open", { Origin: "http://a.com" }));
  console.log(await request(port, "OPTIONS", "/only", { Origin: "http://x.test", "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "x-a" }));
  console.log(await request(port, "PUT", "/only", { Origin: "http://example.com" }));
  console.log(await request(port, "PUT", "/only", { Origin: "http://evil.com" }));
  server.close();
});
