// process.stdout and process.stderr as streams: writes of strings, Buffers and encoded text
// come out in order with console's output; callbacks, the return value and the properties
// Node gives them when they are pipes.
import { Writable } from "node:stream";

const { stdout, stderr } = process;
console.log("instanceof Writable", stdout instanceof Writable, stderr instanceof Writable);
console.log("fd", stdout.fd, stderr.fd, "isTTY", stdout.isTTY, stderr.isTTY);
console.log("same object", process.stdout === stdout, "writable", stdout.writable);
console.log("highWaterMark", stdout.writableHighWaterMark);
for (let i = 0; i < 3; i++) {
  stdout.write(`write ${i}\n`);
  console.log(`log ${i}`);
  stdout.write(Buffer.from(`buffer ${i}\n`));
}
stdout.write("68657820656e636f6465640a", "hex");
stdout.write("YmFzZTY0IGVuY29kZWQK", "base64");
stdout.write(new Uint8Array([117, 56, 10]));
console.log("returns", stdout.write(""), stdout.write("x".repeat(100000) + "\n"), "pending", stdout.writableLength);
stdout.write("with callback\n", () => console.log("callback ran"));
stdout.write("encoding and callback\n", "utf8", (error) => console.log("second callback", error));
console.log("after the writes");
stderr.write("to stderr\n");
console.error("console.error");
stderr.write(Buffer.from("stderr buffer\n"));
process.nextTick(() => console.log("next tick"));
try {
  stdout.write(42);
} catch (error) {
  console.log(error.name, error.code, error.message);
}
stdout.on("finish", () => console.log("finish never comes to stdout"));
