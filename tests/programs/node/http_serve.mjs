// A server for a client in Python: prints its port, answers each request with what it got,
// and closes after the request to /stop.
import http from "node:http";

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString();
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ method: req.method, url: req.url, agent: req.headers["x-client"], body }));
    if (req.url === "/stop") server.close();
  });
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
