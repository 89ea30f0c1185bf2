// The child of fork.mjs: answers its parent's messages. It prints only when asked to
// "report" (its parent then forked it silent, and reads what it printed).
const request = process.argv[2];
if (request === "throw") throw new Error("boom");
if (request === "env") {
  process.send({ args: process.argv.slice(3), connected: process.connected, channel: typeof process.channel?.ref, fd: process.env.NODE_CHANNEL_FD });
}
process.on("message", (message) => {
  if (message === "exit") process.exit(3);
  else if (message === "disconnect") {
    process.send("bye");
    process.disconnect();
    console.log("child connected after disconnect:", process.connected);
  } else process.send({ echo: message });
});
if (request === "report") process.on("disconnect", () => console.log("child saw disconnect"));
