// safe-buffer's README: Buffer's safe constructors, the same API as Node's.
const Buffer = require("safe-buffer").Buffer;

console.log(Buffer.from("hey", "utf8"), Buffer.from("aGV5", "base64").toString(), Buffer.from([1, 2, 3]));
console.log(Buffer.alloc(4), Buffer.alloc(4, "ab"), Buffer.allocUnsafe(3).fill(9), Buffer.allocUnsafeSlow(2).fill(0).length);
console.log(Buffer === require("buffer").Buffer, Buffer.isBuffer(Buffer.from("x")), Buffer.byteLength("héllo"), Buffer.concat([Buffer.from("a"), Buffer.from("b")]).toString("hex"));
try {
  Buffer.from(42);
} catch (error) {
  console.log(error.name, error.code, error.message);
}
