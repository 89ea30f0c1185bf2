// Connections that fail: an error event (an ErrorEvent, as Node's), then close 1006.
const base = process.argv[2];
const refused = process.argv[3];
function connect(url, protocols, now) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, protocols);
    const events = [];
    socket.onopen = () => {
      events.push(`open ${JSON.stringify(socket.protocol)}`);
      socket.close();
    };
    socket.onerror = (event) => events.push(`${event.constructor.name} ${event.error instanceof TypeError} ${socket.readyState}`);
    socket.onclose = (event) => {
      events.push(`close ${event.code} ${JSON.stringify(event.reason)} ${event.wasClean} ${socket.readyState}`);
      console.log(url.replace(base, "").replace(refused, "REFUSED"), JSON.stringify(protocols), events.join(", "));
      resolve();
    };
    now?.(socket);
  });
}
await connect(refused);
await connect(`${base}/missing`);
await connect(`${base}/redirect`);
await connect(`${base}/echo`, ["nope"]);
await connect(`${base}/protocols`, ["nope", "superchat"]);
await connect(`${base}/echo`, [], (socket) => { socket.close(); console.log("closed while connecting", socket.readyState); });
await connect("ws://127.0.0.1:6000/");
