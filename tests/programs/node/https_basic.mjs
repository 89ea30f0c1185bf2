// node:https and node:tls against node: an https server with a self-signed certificate, asked
// with the certificate as `ca`, with rejectUnauthorized: false, and without either (node's
// self-signed error); a tls server and client with ALPN; a refused connection.
import https from "node:https";
import tls from "node:tls";
import { readFileSync } from "node:fs";

const key = readFileSync(new URL("./fixtures/tls_key.pem", import.meta.url));
const cert = readFileSync(new URL("./fixtures/tls_cert.pem", import.meta.url));

function get(port, options) {
  return new Promise((resolve) => {
    const req = https.get({ host: "127.0.0.1", port, path: "/hello?x=1", ...options }, (res) => {
      let body = "";
      const socket = res.socket;
      res.setEncoding("utf8");
      res.on("data", (chunk) => { body += chunk; });
      res.on("end", () => {
        console.log("status", res.statusCode, "body", body, "type", res.headers["content-type"]);
        console.log("encrypted", socket.encrypted, "authorized", socket.authorized, "error", socket.authorizationError);
        resolve();
      });
    });
    req.on("error", (error) => {
      console.log("error", error.code, error.message, error instanceof Error);
      resolve();
    });
  });
}

const server = https.createServer({ key, cert }, (req, res) => {
  res.setHeader("Content-Type", "text/plain");
  res.end(`${req.method} ${req.url} secure=${req.socket.encrypted}`);
});
server.on("tlsClientError", () => {});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();
console.log("https.Server", server instanceof https.Server, server instanceof tls.Server);

await get(port, { ca: cert });
await get(port, { rejectUnauthorized: false });
await get(port, { agent: false });
await get(port, { ca: cert, agent: new https.Agent({ ca: cert }) });
server.close();

// A plain tls server: ALPN, the peer's certificate, echo (the server's lines print at the end,
// as the two sides' order is the network's).
const serverLines = [];
const echo = tls.createServer({ key, cert, ALPNProtocols: ["x-echo", "h2"] }, (socket) => {
  serverLines.push(`server: secure ${socket.encrypted} ${socket.alpnProtocol}`);
  socket.on("data", (chunk) => socket.end(chunk));
});
echo.on("secureConnection", () => serverLines.push("server: secureConnection"));
await new Promise((resolve) => echo.listen(0, "127.0.0.1", resolve));
await new Promise((resolve) => {
  const client = tls.connect({ host: "127.0.0.1", port: echo.address().port, ca: cert, servername: "localhost", ALPNProtocols: ["x-echo"] }, () => {
    console.log("client: secureConnect", client.authorized, client.alpnProtocol, client.encrypted);
    const peer = client.getPeerCertificate();
    console.log("client: peer", peer.subject.CN, peer.issuer.CN, peer.subjectaltname);
    client.write("ping");
  });
  let text = "";
  client.setEncoding("utf8");
  client.on("data", (chunk) => { text += chunk; });
  client.on("close", () => {
    console.log("client: echoed", text);
    console.log(serverLines.join("\n"));
    resolve();
  });
});
echo.close();

// Nothing listens on the closed server's port.
await new Promise((resolve) => {
  const client = tls.connect({ host: "127.0.0.1", port, rejectUnauthorized: false });
  client.on("error", (error) => {
    console.log("refused", error.code, error.syscall, error.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
    resolve();
  });
});
