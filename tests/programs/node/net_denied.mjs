// toyjs only: listening and connecting need --allow-net for the address.
import net from "node:net";

for (const attempt of [
  () => net.createServer().listen(0, "127.0.0.1"),
  () => net.createServer().listen(8123),
  () => net.connect(9, "127.0.0.1"),
  () => net.connect({ port: 9, host: "::1" }),
]) {
  try {
    const handle = attempt();
    console.log("allowed");
    if (handle instanceof net.Server) handle.close();
    else handle.on("error", () => {});
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
