// A program that replaces process.stdout.write (and stderr's) sees console's output go
// through its own function, as in Node; putting the method back restores direct writes.
const captured = [];
const original = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  captured.push(String(chunk));
  return original.call(this, `[captured] ${chunk}`, ...rest);
};
console.log("through the replacement", { n: 1 });
console.info("info too");
process.stdout.write("direct\n");
process.stdout.write = original;
console.log("restored");
console.log("captured", captured);

const errors = [];
const originalError = process.stderr.write;
process.stderr.write = (chunk) => errors.push(String(chunk));
console.error("an error");
console.warn("a warning");
process.stderr.write = originalError;
console.error("errors", errors);
