// Connecting to a name: 'lookup' then the connection (refused: nothing listens on port 1).
import net from "node:net";

const socket = net.connect(1, "localhost");
socket.on("lookup", (error, address, family) => console.log("lookup", error, address, family));
socket.on("error", (error) => console.log("error", error.code, error.message));
