// What ends a program with an open WebSocket: process.exit, or an error a listener throws.
const [base, how] = process.argv.slice(2);
const socket = new WebSocket(`${base}/echo`);
socket.onopen = () => {
  console.log("open");
  if (how === "exit") process.exit(3);
  socket.send("ping");
};
socket.onmessage = (event) => {
  throw new Error(`thrown by a listener of ${event.data}`);
};
