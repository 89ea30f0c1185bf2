// Bytes across runtimes. With no arguments: one line of v8.serialize hex per sample value.
// With arguments: each is such hex, deserialized and shown. (The test writes with one runtime
// and reads with the other.) The last sample, an error with both a stack and a cause, only
// goes from toyjs to node: node 20's V8 writes the cause before the stack, and V8 13.6 reads
// them only the other way round.
import v8 from "node:v8";
import { inspect } from "node:util";

function sample() {
  const error = new RangeError("with cause", { cause: { code: 7 } });
  error.stack = "stack text";
  const plain = new TypeError("plain");
  plain.stack = "TypeError: plain";
  const shared = { shared: true };
  const memory = new ArrayBuffer(8);
  return [
    { text: "h\u00e9llo \u65e5\u672c", count: 3, list: [1, , 3], nested: { deep: [shared, shared] } },
    new Map([[1, new Set(["a", 2n ** 70n])], [{ key: true }, new Date(0)]]),
    [Buffer.from("buffer"), new Uint16Array([1, 65535]), new Float64Array([0.5]), new DataView(memory, 2, 4)],
    [new BigInt64Array([-5n]), new Uint8ClampedArray([9]), new Int32Array([-1]), memory],
    [/re+/gimsuy, new Number(-0), new String("s"), new Boolean(true), NaN, -Infinity, 2 ** 53],
    plain,
    error,
  ];
}

const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  for (const value of sample()) console.log(v8.serialize(value).toString("hex"));
} else {
  for (const text of inputs) {
    const value = v8.deserialize(new Uint8Array(Buffer.from(text, "hex")));
    console.log(inspect(value, { depth: 5 }), value instanceof Error ? [value.stack, value.cause] : "");
  }
}
