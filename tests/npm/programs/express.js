// express's README: an application with routes, params, a router, JSON bodies, a 404 and an
// error handler, exercised by node:http requests to its own port (0).
const express = require("express");
const http = require("http");

const app = express();
app.use(express.json());
app.get("/", (req, res) => res.send("Hello World"));
app.get("/users/:id(\\d+)", (req, res) => res.json({ id: Number(req.params.id), q: req.query }));
app.post("/echo", (req, res) => res.status(201).json({ got: req.body, type: req.get("content-type") }));
const api = express.Router();
api.use((req, res, next) => {
  res.set("X-Api", "v1");
  next();
});
api.get("/items/:name", (req, res) => res.type("text").send(`item ${req.params.name}`));
app.use("/api", api);
app.get("/fail", () => {
  throw new Error("broken route");
});
app.get("/redirect", (req, res) => res.redirect(302, "/"));
app.use((req, res) => res.status(404).send("nothing here"));
// (body-parser's error type, not the JSON.parse message: that message is the engine's words)
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.type || err.message }));

function request(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { "content-type": "application/json" };
    const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve([res.statusCode, res.headers["content-type"], res.headers["x-api"], res.headers.location, text]));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const server = app.listen(0, "127.0.0.1", async () => {
  const { port } = server.address();
  const cases = [
    ["GET", "/"], ["GET", "/users/42?sort=asc&tag=a&tag=b"], ["GET", "/users/abc"],
    ["POST", "/echo", JSON.stringify({ a: [1, 2], b: "x" })], ["POST", "/echo", "{not json"],
    ["GET", "/api/items/pen"], ["GET", "/fail"], ["GET", "/redirect"], ["HEAD", "/"],
  ];
  for (const [method, path, body] of cases) console.log(method, path, await request(port, method, path, body));
  server.close(() => console.log("closed"));
});
