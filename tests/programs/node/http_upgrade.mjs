// node:http protocol upgrades: a server with an 'upgrade' listener gets the socket and the
// bytes after the head; without one the request is an ordinary request; a client gets
// 'upgrade' on a 101.
import http from "node:http";

const withListener = http.createServer((req, res) => res.end("ordinary"));
withListener.on("upgrade", (req, socket, head) => {
  console.log("server upgrade", req.method, req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n");
  socket.on("data", (data) => socket.end(`echo:${data}`));
});
const withoutListener = http.createServer((req, res) => {
  console.log("ordinary request", req.url, req.headers.upgrade);
  res.end("no upgrade here");
});

function listen(server) {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
}

const upgradePort = await listen(withListener);
await new Promise((resolve) => {
  const req = http.request({ port: upgradePort, host: "127.0.0.1", path: "/chat", headers: { Connection: "Upgrade", Upgrade: "echo" } });
  req.on("upgrade", (res, socket, head) => {
    console.log("client upgrade", res.statusCode, res.headers.upgrade, head.length);
    socket.on("data", (data) => console.log("client got", String(data)));
    socket.on("end", resolve);
    socket.write("hello");
  });
  req.end();
});

const plainPort = await listen(withoutListener);
await new Promise((resolve) => {
  const req = http.request({ port: plainPort, host: "127.0.0.1", path: "/plain", headers: { Connection: "Upgrade", Upgrade: "echo" } });
  req.on("response", (res) => {
    let body = "";
    res.on("data", (chunk) => (body += chunk));
    res.on("end", () => {
      console.log("client response", res.statusCode, body);
      resolve();
    });
  });
  req.end();
});
withListener.close();
withoutListener.close();
