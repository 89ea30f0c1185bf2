// Close codes and reasons both ways, as the other side sees them; the program then ends.
const base = process.argv[2];
function connect(path, whenOpen) {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${base}${path}`);
    socket.onopen = () => whenOpen(socket);
    socket.onmessage = (event) => console.log(path, "message", event.data);
    socket.onerror = () => console.log(path, "error");
    socket.onclose = (event) => {
      console.log(path, "close", event.code, JSON.stringify(event.reason), event.wasClean);
      resolve();
    };
  });
}
await connect("/echo", (socket) => socket.send("close:4001:server says bye"));
await connect("/echo", (socket) => socket.send("close:1000:"));
await connect("/echo?name=a", (socket) => socket.close(3001, "client says bye ✓"));
await connect("/echo?name=b", (socket) => socket.close());
await connect("/echo?name=c", (socket) => { socket.close(4999); socket.close(1000, "ignored"); socket.send("dropped"); });
await connect("/echo?name=d", (socket) => { socket.send("sent"); socket.send("before"); socket.close(3002); });
for (const name of ["a", "b", "c", "d"]) console.log(name, "server saw", await (await fetch(`${base.replace("ws", "http")}/seen/${name}`)).text());
await connect("/drop", () => {});
