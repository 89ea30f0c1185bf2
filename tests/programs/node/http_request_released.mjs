// Once its exchange is over, a keep-alive connection holds on to neither the request nor the
// response: both can be collected while the connection stays open for the next one.
// (Run with V8's --expose-gc.)
import http from "node:http";

const finalized = [];
const registry = new FinalizationRegistry((what) => finalized.push(what));
const server = http.createServer((req, res) => {
  registry.register(req, "request");
  registry.register(res, "response");
  res.end("hello");
});
server.listen(0, "127.0.0.1", () => {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port: server.address().port, host: "127.0.0.1", agent }, (reply) => {
    reply.resume();
    reply.on("end", () => {
      setTimeout(async () => {
        for (let i = 0; i < 5 && finalized.length < 2; i++) {
          globalThis.gc();
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        console.log("collected while the connection is open:", finalized.sort().join(", "));
        agent.destroy();
        server.close();
      }, 20);
    });
  });
});
