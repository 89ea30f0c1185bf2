// compression's README: the middleware on an express app (port 0) gzips and deflates what it
// sends when the client accepts it; node:http requests read and unzip the answers.
const express = require("express");
const compression = require("compression");
const http = require("http");
const zlib = require("zlib");

const app = express();
app.use(compression({ threshold: 100 }));
app.get("/big", (req, res) => res.type("text").send("hello compression ".repeat(200)));
app.get("/small", (req, res) => res.send("tiny"));
app.get("/stream", (req, res) => {
  res.type("json");
  for (let i = 0; i < 50; i++) res.write(`${JSON.stringify({ i, text: "row" })}\n`);
  res.end();
});

function get(port, path, encoding) {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path, headers: encoding ? { "Accept-Encoding": encoding } : {} }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const coding = res.headers["content-encoding"];
        const body = coding === "gzip" ? zlib.gunzipSync(raw) : coding === "deflate" ? zlib.inflateSync(raw) : raw;
        resolve([path, encoding, res.statusCode, coding, res.headers.vary, res.headers["content-length"] === undefined, body.length, body.toString().slice(0, 24)]);
      });
    }).on("error", reject);
  });
}

const server = app.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  for (const [path, encoding] of [["/big", "gzip"], ["/big", "deflate"], ["/big", undefined], ["/small", "gzip"], ["/stream", "gzip, deflate"]]) {
    console.log(await get(port, path, encoding));
  }
  server.close();
});
