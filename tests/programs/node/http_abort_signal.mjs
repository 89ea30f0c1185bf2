// node:http's `signal` option: an AbortSignal that aborts (before or while the request waits)
// destroys the request with node's AbortError, its reason as `cause`. (Run by toyjs alone:
// node 20 throws the same error a second time, uncaught.)
import http from "node:http";
import { once } from "node:events";

const server = http.createServer(() => {}); // never answers
server.listen(0, "127.0.0.1");
await once(server, "listening");
const { port } = server.address();

const controller = new AbortController();
for (const signal of [AbortSignal.abort("early"), controller.signal]) {
  const req = http.get({ port, host: "127.0.0.1", signal });
  req.on("error", (error) => console.log(error.name, error.code, error.message, String(error.cause)));
  if (signal === controller.signal) setTimeout(() => controller.abort("late"), 20);
  await new Promise((resolve) => req.on("close", resolve));
  console.log("closed", req.destroyed);
}
try {
  http.get({ port, host: "127.0.0.1", signal: "no" });
} catch (error) {
  console.log(error.code, error.message);
}
server.close();
server.closeAllConnections();
