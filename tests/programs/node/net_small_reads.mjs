// Many small reads on several connections, every chunk kept as it came (not copied) until
// the end: each must still hold its own bytes when read again, however the runtime stores
// reads (toyjs puts small ones in a shared slab, as Buffer's pool), and transferring one
// chunk's ArrayBuffer leaves the others whole.
import net from "node:net";

const CONNECTIONS = 4;
const MESSAGES = 600; // per connection, each answered before the next: a read each
const kept = [];

const server = net.createServer((socket) => {
  socket.on("data", (chunk) => {
    kept.push(chunk);
    socket.write("k");
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();

function client(id) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let sent = 0;
    const next = () => {
      if (sent === MESSAGES) {
        socket.end();
        return;
      }
      socket.write(`<${id}:${sent}:${"x".repeat(sent % 97)}>`);
      sent++;
    };
    socket.on("connect", next);
    socket.on("data", (answer) => {
      for (let i = 0; i < answer.length; i++) next();
    });
    socket.on("close", resolve);
    socket.on("error", reject);
  });
}

await Promise.all(Array.from({ length: CONNECTIONS }, (_, id) => client(id)));
server.close();

const text = kept.map((chunk) => chunk.toString("latin1")).join("");
const messages = text.match(/<[^>]*>/g);
const intact = messages.every((message) => {
  const [id, index, filler] = message.slice(1, -1).split(":");
  return Number(id) < CONNECTIONS && filler === "x".repeat(Number(index) % 97);
});
console.log("messages", messages.length, "intact", intact, "bytes", text.length);

// Transferring a chunk's ArrayBuffer (whatever it is shared with) leaves every other chunk whole.
const first = kept[0];
const length = first.length;
structuredClone(first.buffer, { transfer: [first.buffer] });
const others = kept.slice(1).map((chunk) => chunk.toString("latin1")).join("");
console.log("others intact", others === text.slice(length));

// As node 20, Buffer's pool is copied, not moved, by a transfer: its other buffers stay whole.
const pooled = [Buffer.from("abc"), Buffer.from("def")];
const clone = structuredClone(pooled[0].buffer, { transfer: [pooled[0].buffer] });
const { port1, port2 } = new MessageChannel();
port1.postMessage(pooled[1].buffer, [pooled[1].buffer]);
port1.close();
port2.close();
console.log("pool", clone.byteLength === pooled[0].buffer.byteLength, pooled.map(String));
