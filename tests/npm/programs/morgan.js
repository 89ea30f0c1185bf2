// morgan's README: request logging middleware with predefined and custom formats, to a stream,
// on an express app (port 0) exercised by node:http requests.
const express = require("express");
const morgan = require("morgan");
const http = require("http");
const { Writable } = require("stream");

const lines = [];
const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk).trimEnd()); done(); } });
morgan.token("kind", (req) => req.headers["x-kind"] || "-");
const app = express();
app.use(morgan("tiny", { stream: { write: (line) => lines.push(`tiny: ${line.replace(/ - [\d.]+ ms/, " - N ms").trimEnd()}`) } }));
app.use(morgan(":method :url :status :res[content-length] :kind :req[x-kind] HTTP/:http-version", { stream }));
app.use(morgan("short", { skip: (req, res) => res.statusCode < 400, stream: { write: (line) => lines.push(`errors only: ${/ (\d{3}) /.exec(line)[1]}`) } }));
app.get("/hello", (req, res) => res.send("hi"));

function get(port, path, headers = {}) {
  return new Promise((resolve) => http.get({ host: "127.0.0.1", port, path, headers }, (res) => res.resume().on("end", resolve)));
}

const server = app.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  await get(port, "/hello", { "x-kind": "first" });
  await get(port, "/missing");
  server.close(() => console.log(lines.sort().join("\n")));
});
