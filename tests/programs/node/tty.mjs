// node:tty's isatty on the descriptors the test gives (stdin a terminal, stdout and stderr
// pipes), on closed ones, and on values that are no descriptor at all.
import tty, { isatty } from "node:tty";

console.log(Object.keys(tty).join(), isatty.length, tty.ReadStream.length, tty.WriteStream.length);
for (const fd of [0, 1, 2, 3, 99, 2147483647, -1, 1.5, "0", null, undefined, NaN, Infinity, 0n, 2 ** 31, [0], { valueOf: () => 0 }]) {
  console.log(typeof fd === "bigint" ? "0n" : JSON.stringify(fd) ?? String(fd), isatty(fd));
}
