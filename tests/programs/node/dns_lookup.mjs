// node:dns lookup against node: names from /etc/hosts, IP addresses, options, a name that
// does not exist, bad arguments, and the promise form.
import dns from "node:dns";
import dnsPromises from "node:dns/promises";

const lookup = (...args) =>
  new Promise((resolve) => dns.lookup(...args, (error, address, family) => resolve([error, address, family])));

console.log(await lookup("localhost"));
console.log(await lookup("localhost", 4));
console.log(await lookup("localhost", { family: "IPv4" }));
console.log(await lookup("localhost", { all: true }));
console.log(await lookup("localhost", { all: true, verbatim: false }));
console.log(await lookup("127.0.0.1"));
console.log(await lookup("::1", { all: true }));
console.log(await lookup("127.0.0.1", { family: 6, all: true }));
const [error] = await lookup("nonexistent.invalid");
console.log(error.message, error.code, error.syscall, error.hostname, Object.keys(error));
console.log(await dnsPromises.lookup("localhost"));
console.log(await dns.promises.lookup("localhost", { all: true }));
await dnsPromises.lookup("nonexistent.invalid").catch((failure) => console.log("rejected:", failure.code));
for (const bad of [
  () => dns.lookup(1, () => {}),
  () => dns.lookup("x", { family: 5 }, () => {}),
  () => dns.lookup("x", 7, () => {}),
  () => dns.lookup("x", { all: "yes" }, () => {}),
  () => dns.lookup("x"),
  () => dns.setDefaultResultOrder("random"),
]) {
  try {
    bad();
  } catch (failure) {
    console.log(failure.name, failure.code, failure.message);
  }
}
console.log(dns.getDefaultResultOrder(), dns.NOTFOUND, dns.ADDRCONFIG, typeof dns.resolve4, typeof dnsPromises.resolve);
