// node:net against node: an echo server and its client on 127.0.0.1, half-open sockets,
// refused connections, a port in use, timeouts, backpressure both ways, close and unref.
import net from "node:net";
import { once } from "node:events";

function listening(server, ...args) {
  return new Promise((resolve) => server.listen(...args, () => resolve(server.address().port)));
}

async function echo() {
  // What the server sees is printed at the end: its order against the client's depends on load.
  const serverLog = [];
  const log = (...parts) => serverLog.push(parts.join(" "));
  const server = net.createServer((socket) => {
    log("server: connection", socket.remoteAddress, socket.remoteFamily, typeof socket.remotePort);
    socket.setEncoding("utf8");
    let text = "";
    socket.on("data", (chunk) => (text += chunk));
    socket.on("end", () => {
      log("server: end, got", JSON.stringify(text));
      socket.end(text.toUpperCase());
    });
    socket.on("close", (hadError) => log("server: socket close", hadError, socket.bytesRead, socket.bytesWritten));
  });
  server.on("listening", () => console.log("server: listening", server.listening));
  console.log("address before listen:", server.address(), server.listening);
  const port = await listening(server, 0, "127.0.0.1");
  const address = server.address();
  console.log("address:", address.address, address.family, port > 0);
  const client = net.connect(port, "127.0.0.1");
  console.log("connecting:", client.connecting, client.pending, client.readyState);
  client.on("connect", () => {
    console.log("client: connect", client.connecting, client.readyState, client.remotePort === port, client.localAddress);
    server.getConnections((error, count) => console.log("connections:", error, count));
  });
  client.on("ready", () => console.log("client: ready"));
  const chunks = [];
  client.on("data", (chunk) => chunks.push(chunk));
  client.on("end", () => console.log("client: end", Buffer.concat(chunks).toString(), Buffer.isBuffer(chunks[0])));
  client.write("hello, ");
  client.end("world");
  const [hadError] = await once(client, "close");
  console.log("client: close", hadError, client.bytesRead, client.bytesWritten, client.destroyed, client.readyState);
  await new Promise((resolve) => server.close(() => resolve()));
  console.log("server closed", server.listening, server.address());
  console.log(serverLog.join("\n"));
}

async function halfOpen() {
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    socket.resume();
    socket.on("end", () => {
      console.log("half-open server: end; still writable", socket.writable);
      socket.write("late ");
      setTimeout(() => socket.end("reply"), 5);
    });
  });
  const port = await listening(server, { port: 0, host: "127.0.0.1" });
  const client = net.connect({ port, host: "127.0.0.1", allowHalfOpen: true });
  let text = "";
  client.setEncoding("utf8");
  client.on("data", (chunk) => (text += chunk));
  client.end();
  await once(client, "end");
  console.log("half-open client got", JSON.stringify(text));
  await once(client, "close");
  server.close();
  await once(server, "close");
  console.log("half-open server closed");
}

async function refused() {
  const client = net.createConnection({ port: 1, host: "127.0.0.1" });
  const [error] = await once(client, "error");
  console.log(error.message, error.name, error.errno, error.code, error.syscall, error.address, error.port);
  console.log(Object.keys(error));
  const [hadError] = await once(client, "close");
  console.log("refused close", hadError, client.destroyed);
}

async function inUse() {
  const first = net.createServer();
  const port = await listening(first, 0, "127.0.0.1");
  const second = net.createServer();
  second.listen(port, "127.0.0.1");
  const [error] = await once(second, "error");
  console.log(error.message.replace(String(port), "PORT"), error.code, error.errno, error.syscall, error.address, error.port === port);
  console.log(Object.keys(error), second.listening);
  first.close();
  await once(first, "close");
}

async function timeout() {
  const server = net.createServer((socket) => socket.on("data", () => {}));
  const port = await listening(server, 0, "127.0.0.1");
  const client = net.connect(port, "127.0.0.1");
  client.setTimeout(30, () => console.log("timeout callback", client.timeout));
  await once(client, "timeout");
  console.log("timed out; destroyed?", client.destroyed);
  client.setTimeout(0);
  console.log("timeout now", client.timeout);
  client.destroy();
  await once(client, "close");
  server.close();
  await once(server, "close");
}

async function backpressure() {
  const total = 32 * 1024 * 1024; // more than the kernel's buffers hold
  let filled;
  const serverFull = new Promise((resolve) => (filled = resolve));
  const piece = Buffer.alloc(64 * 1024, 120);
  let sawFull = false;
  let drains = 0;
  const server = net.createServer((socket) => {
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += piece.length;
        if (!socket.write(piece)) {
          sawFull = true;
          filled();
          socket.once("drain", () => {
            drains++;
            pump();
          });
          return;
        }
      }
      socket.end();
    };
    pump();
  });
  const port = await listening(server, 0, "127.0.0.1");
  const client = net.connect(port, "127.0.0.1");
  console.log("new socket:", client.timeout, client.bytesRead, client.bytesWritten, client.remoteAddress, client.address());
  let received = 0;
  const counting = (chunk) => (received += chunk.length);
  client.on("data", counting);
  // The client stops taking data after its first chunk: its socket reads no further than its
  // buffer, and the server's writes report the kernel's buffers full.
  await once(client, "data");
  client.pause();
  await serverFull;
  console.log("paused client holds at most its buffer:", client.readableLength <= client.readableHighWaterMark + 256 * 1024);
  console.log("server's writes filled up:", sawFull, received < total);
  client.resume();
  await once(client, "end");
  console.log("received all:", received === total, "drains > 0:", drains > 0);
  server.close();
  await once(server, "close");
}

async function closing() {
  const server = net.createServer();
  server.close((error) => console.log("close when not running:", error.code, error.message));
  await once(server, "close");
  try {
    net.connect(70000);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  try {
    net.createServer().listen(-1);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  const twice = net.createServer();
  await listening(twice, 0, "127.0.0.1");
  try {
    twice.listen(0);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  twice.close();
  const noHost = net.createServer().listen(0);
  console.log("no host:", noHost.address().address, noHost.address().family, noHost.listening);
  noHost.close();
}

function addresses() {
  for (const input of ["127.0.0.1", "::1", "::", "01.2.3.4", "1.2.3", "256.1.1.1", "fe80::1%eth0", "::ffff:1.2.3.4",
    "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "x", "", undefined, 4]) {
    console.log(JSON.stringify(input), net.isIP(input), net.isIPv4(input), net.isIPv6(input));
  }
}

addresses();
await echo();
await halfOpen();
await refused();
await inUse();
await timeout();
await backpressure();
await closing();
// An unref'd server does not keep the program alive.
net.createServer().listen(0, "127.0.0.1").unref();
const kept = net.createServer().listen(0, "127.0.0.1");
kept.unref();
kept.ref();
kept.close(() => console.log("done"));
