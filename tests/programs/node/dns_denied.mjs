// toyjs only: a lookup needs --allow-net for the name; resolve* is not implemented yet.
import dns from "node:dns";

try {
  dns.lookup("localhost", () => console.log("looked up"));
} catch (error) {
  console.log(error.name, error.message);
}
dns.lookup("127.0.0.1", (error, address) => console.log("an IP needs no lookup:", error, address));
for (const call of [() => dns.resolve4("localhost", () => {}), () => dns.promises.resolveMx("localhost")]) {
  try {
    call();
  } catch (error) {
    console.log(error.code, error.message);
  }
}
