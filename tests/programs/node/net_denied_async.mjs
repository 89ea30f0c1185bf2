// toyjs only: a server given a host name is refused once the name was looked up.
import net from "node:net";

const server = net.createServer();
server.on("error", (error) => console.log("error event:", error.name, error.message));
server.listen(0, "localhost", () => console.log("listening"));
