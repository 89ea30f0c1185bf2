// node:http against node: keepAliveTimeout closes a connection idle that long, counted from
// its last response (a request in between starts the count again).
import http from "node:http";
import net from "node:net";
import { once } from "node:events";

const server = http.createServer((req, res) => res.end(`ok ${req.url}`));
server.keepAliveTimeout = 300;
server.listen(0, "127.0.0.1");
await once(server, "listening");

const socket = net.connect(server.address().port, "127.0.0.1");
socket.setEncoding("latin1");
let received = "";
socket.on("data", (data) => (received += data));
const closed = once(socket, "close");
const request = (path) => socket.write(`GET ${path} HTTP/1.1\r\nHost: a\r\n\r\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const start = Date.now();
request("/first");
await sleep(200); // idle for less than the timeout...
request("/second"); // ...so the connection is still there
await sleep(200);
console.log("open after 400 ms:", !socket.destroyed, received.match(/ok \/[a-z]+/g));
await closed;
const elapsed = Date.now() - start;
console.log("closed by the server after the second response's timeout:", elapsed >= 450 && elapsed < 2000);
server.close();
